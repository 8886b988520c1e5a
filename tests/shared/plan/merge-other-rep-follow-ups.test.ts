/**
 * Two reps typed 陈建国 of 深圳市鹏程电子 in (撞单): 阿杰 planned to call him on 12-03, 小美 on 12-20.
 * The kept row of a --merge holds one 下次跟进 (its own rep's plan); the other rep's plan is a promise to
 * the customer, and a merge must not cancel it silently: as a CRM merge keeps both records' tasks,
 * each with its owner, the other rep's plan is said in the 合并记录 note, first (a note cut at Excel's
 * limit keeps it), and reminded to that rep on the kept row, on the merge day and on every later run
 * that reads the note back, until a later contact answers it. Same for an English sheet.
 */
import { reminderText, run, resolveSettings, type Plan } from '../../../shared';
import { cellText } from '../../../shared/table/cell';
import { gridOf } from './helpers';

const RUN_COLUMNS = ['整理问题', '重复组', '重复依据', '合并记录'];

function planOn(rows: string[][], today: string, merge = false): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today, ...(merge ? { merge: ['exact', 'likely'] as ('exact' | 'likely')[] } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** The follow-ups reminded, as owner|customer|due. */
const followUps = (plan: Plan) =>
  plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => `${r.owner}|${r.customer}|${r.due}`).sort();

/** The note the merge wrote on its kept row. */
function keptNote(plan: Plan): { row: number; note: string } {
  const kept = plan.merge!.archive[0].survivorRow;
  return { row: kept, note: cellText(plan.merge!.mergedColumn!.values[kept - 2]) };
}

/**
 * The sheet as the merged workbook holds it: the kept row with the merge's edits and its note, the
 * others as typed, the archived row gone (the run columns are the run's own, read back by the next).
 */
function mergedSheet(rows: string[][], plan: Plan): string[][] {
  const { row: kept, note } = keptNote(plan);
  const gone = new Set(plan.merge!.removeRows);
  const out = [[...rows[0], ...RUN_COLUMNS]];
  rows.slice(1).forEach((cells, i) => {
    const sheetRow = i + 2;
    if (gone.has(sheetRow)) return;
    const values = [...cells];
    for (const e of plan.merge!.edits) if (e.sheetRow === sheetRow) values[e.col] = e.after.kind === 'date' ? e.after.value.slice(0, 10) : cellText(e.after);
    out.push([...values, '', '', '', sheetRow === kept ? note : '']);
  });
  return out;
}

describe.each([
  {
    sheet: 'a 华南 sheet two reps typed 陈建国 into (下次跟进)',
    rows: [
      ['客户名称', '联系人', '手机', '跟进人', '最近联系', '下次跟进'],
      ['深圳市鹏程电子有限公司', '陈建国', '13812345678', '阿杰', '2024-11-20', '2024-12-03'],
      ['广州汇通物流有限公司', '李娜', '13900139000', '小美', '2024-11-10', '2024-12-02'],
      ['深圳市鹏程电子有限公司', '陈建国', '138 1234 5678', '小美', '2024-11-25', '2024-12-20'],
    ],
    customer: '陈建国 · 深圳市鹏程电子有限公司',
    reps: ['阿杰', '小美'],
    other: '李娜 · 广州汇通物流有限公司',
    said: /阿杰/,
  },
  {
    sheet: 'an English accounts sheet two reps typed Daniel Brooks into (Next Follow-up)',
    rows: [
      ['Company', 'Contact', 'Mobile', 'Owner', 'Last Contact', 'Next Follow-up'],
      ['Harbor Freight Logistics', 'Daniel Brooks', '+1 415 555 0134', 'Megan Ortiz', '2024-11-20', '2024-12-03'],
      ['Pinecrest Dental Group', 'Laura Chen', '+1 650 555 0199', 'Tom Reilly', '2024-11-10', '2024-12-02'],
      ['Harbor Freight Logistics', 'Daniel Brooks', '(415) 555-0134', 'Tom Reilly', '2024-11-25', '2024-12-20'],
    ],
    customer: 'Daniel Brooks · Harbor Freight Logistics',
    reps: ['Megan Ortiz', 'Tom Reilly'],
    other: 'Laura Chen · Pinecrest Dental Group',
    said: /Megan Ortiz/,
  },
])('$sheet', ({ rows, customer, reps: [first, second], other, said }) => {
  it('reminds both reps on 12-20 after --merge, as the run without it does', () => {
    const before = planOn(rows, '2024-12-20');
    const after = planOn(rows, '2024-12-20', true);
    expect(after.merge?.removeRows).toHaveLength(1);
    expect(followUps(before)).toEqual([`${first}|${customer}|2024-12-03`, `${second}|${customer}|2024-12-20`, `${second}|${other}|2024-12-02`].sort());
    expect(followUps(after)).toEqual(followUps(before));
    // The rep is told the plan is his, made on a row since merged: the kept row's cell holds another day.
    const carried = after.reminders.reminders.find((r) => r.owner === first && r.due === '2024-12-03')!;
    expect(carried.mergedPlan).toBe(first);
    expect(reminderText(/[\u4e00-\u9fff]/.test(first) ? 'zh-CN' : 'en', carried)).toMatch(said);
  });

  it('keeps the other rep\'s plan in the note, and a run of the merged sheet two weeks later still reminds it', () => {
    const merged = planOn(rows, '2024-12-01', true);
    const { note } = keptNote(merged);
    // Never lost: both days are in the sheet, the kept one in its cell, the other in the note.
    expect(note).toContain('2024-12-03');
    expect(note).toContain(first);
    const sheet = mergedSheet(rows, merged);
    expect(sheet).toHaveLength(3);
    const later = planOn(sheet, '2024-12-20');
    expect(followUps(later)).toEqual([`${first}|${customer}|2024-12-03`, `${second}|${customer}|2024-12-20`, `${second}|${other}|2024-12-02`].sort());
  });

  it('lets a later contact on the kept row answer the carried plan', () => {
    const merged = planOn(rows, '2024-12-01', true);
    const sheet = mergedSheet(rows, merged);
    const lastContact = sheet[0].indexOf(rows[0][4]);
    const called = sheet.map((r, i) => (i > 0 && r[1] === rows[1][1] ? r.map((v, c) => (c === lastContact ? '2024-12-05' : v)) : r));
    const later = planOn(called, '2024-12-20');
    expect(followUps(later)).toEqual([`${second}|${customer}|2024-12-20`, `${second}|${other}|2024-12-02`].sort());
  });
});

describe('the kept row with no 下次跟进 of its own (tester h67: 李娜\'s plan filled 王磊\'s row)', () => {
  // 王磊's row is kept (the fuller one: e-mail, city) and plans nothing; 李娜 planned a call on the row merged away.
  const rows = [
    ['客户名称', '联系人', '手机', '邮箱', '城市', '跟进人', '最近联系', '下次跟进'],
    ['杭州云帆科技有限公司', '周敏', '13612345678', '', '', '李娜', '2024-11-20', '2024-12-03'],
    ['杭州云帆科技有限公司', '周敏', '136 1234 5678', 'zhoumin@yunfan.cn', '杭州', '王磊', '2024-11-28', ''],
  ];

  it('is not filled with the other rep\'s plan: it stays hers, in the note, reminded to her alone', () => {
    const merged = planOn(rows, '2024-12-03', true);
    expect(merged.merge?.removeRows).toEqual([2]);
    const planCol = rows[0].indexOf('下次跟进');
    expect(merged.merge!.edits.filter((e) => e.col === planCol)).toEqual([]);
    expect(keptNote(merged).note).toContain('李娜 的待办跟进：2024-12-03');
    expect(followUps(merged)).toEqual(['李娜|周敏 · 杭州云帆科技有限公司|2024-12-03']);
  });
});

describe('one rep\'s two plans of a customer typed twice', () => {
  it('stay one after --merge: his newer plan supersedes the older, which only the note keeps', () => {
    const rows = [
      ['客户名称', '联系人', '手机', '跟进人', '最近联系', '下次跟进'],
      ['深圳市鹏程电子有限公司', '陈建国', '13812345678', '阿杰', '2024-11-20', '2024-12-03'],
      ['深圳市鹏程电子有限公司', '陈建国', '138 1234 5678', '阿杰', '2024-11-25', '2024-12-20'],
    ];
    const before = planOn(rows, '2024-12-20');
    const after = planOn(rows, '2024-12-20', true);
    expect(followUps(before)).toEqual(['阿杰|陈建国 · 深圳市鹏程电子有限公司|2024-12-20']);
    expect(followUps(after)).toEqual(followUps(before));
    expect(keptNote(after).note).toContain('2024-12-03');
  });
});

describe.each([
  {
    sheet: '陈建国 typed twice with two birthdays (one a slip)',
    rows: [
      ['客户名称', '联系人', '手机', '跟进人', '最近联系', '生日'],
      ['深圳市鹏程电子有限公司', '陈建国', '13812345678', '阿杰', '2024-11-20', '1985-12-03'],
      ['深圳市鹏程电子有限公司', '陈建国', '138 1234 5678', '阿杰', '2024-11-25', '1985-12-05'],
    ],
    check: /核对/,
  },
  {
    sheet: 'Daniel Brooks typed twice with two birthdays (one a slip)',
    rows: [
      ['Company', 'Contact', 'Mobile', 'Owner', 'Last Contact', 'Birthday'],
      ['Harbor Freight Logistics', 'Daniel Brooks', '+1 415 555 0134', 'Megan Ortiz', '2024-11-20', '1985-12-03'],
      ['Harbor Freight Logistics', 'Daniel Brooks', '(415) 555-0134', 'Megan Ortiz', '2024-11-25', '1985-12-05'],
    ],
    check: /check/,
  },
])('$sheet', ({ rows, check }) => {
  const birthdays = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'birthday').map((r) => `${r.owner}|${r.due}`).sort();

  it('reminds of both after --merge, as before it, the one from the note marked to check', () => {
    const before = planOn(rows, '2024-12-01');
    const after = planOn(rows, '2024-12-01', true);
    expect(after.merge?.removeRows).toHaveLength(1);
    expect(birthdays(before)).toHaveLength(2);
    expect(birthdays(after)).toEqual(birthdays(before));
    const fromNote = after.reminders.reminders.filter((r) => r.kind === 'birthday' && r.mergedValue);
    expect(fromNote).toHaveLength(1);
    expect(reminderText(check.source === '核对' ? 'zh-CN' : 'en', fromNote[0])).toMatch(check);
  });

  it('still reminds of both on a later run of the merged sheet', () => {
    const merged = planOn(rows, '2024-11-20', true);
    const later = planOn(mergedSheet(rows, merged), '2024-12-01');
    expect(birthdays(later)).toEqual(birthdays(planOn(rows, '2024-12-01')));
  });
});
