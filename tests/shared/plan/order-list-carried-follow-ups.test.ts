/**
 * An order list (one row per order, several rows per customer) where two reps typed one order in (撞单):
 * 阿杰 planned to call 陈建国 on 12-05, 小美 on 12-20. A merge keeps 小美's order row and writes 阿杰's plan
 * into its 合并记录 (阿杰 的待办跟进：2024-12-05（2024-12-03 原第2行）), which a customer sheet reminds to
 * 阿杰 (merge-other-rep-follow-ups.test.ts). An order list reminds a customer's follow-ups once, on
 * the record his orders make, and did not read the note: 阿杰's promise went unreminded. Now it is
 * reminded to him once per customer, on the merge day and on every later run that reads the note back.
 */
import { run, resolveSettings, type Plan } from '../../../shared';
import { cellText } from '../../../shared/table/cell';
import { gridOf } from './helpers';

function planOn(rows: string[][], today: string, merge = false): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today, ...(merge ? { merge: ['exact', 'likely'] as ('exact' | 'likely')[] } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const followUps = (plan: Plan) =>
  plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => `${r.owner}|${r.customer}|${r.due}`).sort();

/** The sheet as the merged workbook holds it: the archived row gone, the note in the run's 合并记录 column. */
function mergedSheet(rows: string[][], plan: Plan, runColumns: string[]): string[][] {
  const gone = new Set(plan.merge!.removeRows);
  const notes = plan.merge!.mergedColumn!.values;
  const out = [[...rows[0], ...runColumns]];
  rows.slice(1).forEach((cells, i) => {
    const sheetRow = i + 2;
    if (gone.has(sheetRow)) return;
    out.push([...cells, ...runColumns.slice(1).map(() => ''), cellText(notes[i])]);
  });
  return out;
}

describe.each([
  {
    sheet: 'a 家电 shop\'s order list',
    rows: [
      ['订单号', '下单日期', '客户姓名', '手机', '商品', '金额', '跟进人', '最近联系', '下次跟进'],
      ['DD20241101', '2024-11-01', '陈建国', '13812345678', '工业风扇', '3200', '阿杰', '2024-11-20', '2024-12-05'],
      ['DD20241102', '2024-11-02', '李娜', '13900139000', '除湿机', '2100', '小美', '2024-11-10', '2024-12-02'],
      ['DD20241101', '2024-11-01', '陈建国', '138 1234 5678', '工业风扇', '3200', '小美', '2024-11-25', '2024-12-20'],
      ['DD20241115', '2024-11-15', '陈建国', '13812345678', '空气净化器', '5800', '小美', '2024-11-25', '2024-12-20'],
    ],
    runColumns: ['整理问题', '重复组', '重复依据', '合并记录'],
    carried: '阿杰|陈建国|2024-12-05',
    other: '小美|李娜|2024-12-02',
  },
  {
    sheet: 'an English web shop\'s orders export',
    rows: [
      ['Order ID', 'Order Date', 'Customer', 'Phone', 'Product', 'Amount', 'Owner', 'Last Contact', 'Next Follow-up'],
      ['SO-1001', '2024-11-01', 'Daniel Brooks', '+1 415 555 0134', 'Standing desk', '640', 'Megan Ortiz', '2024-11-20', '2024-12-05'],
      ['SO-1002', '2024-11-02', 'Laura Chen', '+1 650 555 0199', 'Office chair', '310', 'Tom Reilly', '2024-11-10', '2024-12-02'],
      ['SO-1001', '2024-11-01', 'Daniel Brooks', '(415) 555-0134', 'Standing desk', '640', 'Tom Reilly', '2024-11-25', '2024-12-20'],
      ['SO-1015', '2024-11-15', 'Daniel Brooks', '+1 415 555 0134', 'Monitor arm', '120', 'Tom Reilly', '2024-11-25', '2024-12-20'],
    ],
    runColumns: ['Sheet Keeper issues', 'Duplicate group', 'Duplicate reasons', 'Merged values'],
    carried: 'Megan Ortiz|Daniel Brooks|2024-12-05',
    other: 'Tom Reilly|Laura Chen|2024-12-02',
  },
])('$sheet', ({ rows, runColumns, carried, other }) => {
  it('reminds the other rep\'s plan the merge carried into the note, on the merge day', () => {
    const merged = planOn(rows, '2024-12-05', true);
    expect(merged.orderList).toBeDefined();
    expect(merged.merge?.removeRows).toEqual([2]);
    expect(followUps(merged)).toEqual([carried, other].sort());
  });

  it('reminds it once on a later run of the merged sheet, however many of the customer\'s orders carry it', () => {
    const merged = planOn(rows, '2024-12-01', true);
    const sheet = mergedSheet(rows, merged, runColumns);
    expect(followUps(planOn(sheet, '2024-12-05'))).toEqual([carried, other].sort());
    // The note copied onto his other order too (a user's paste): still one reminder.
    const note = sheet.slice(1).find((r) => r[r.length - 1] !== '')![sheet[0].length - 1];
    const copied = sheet.map((r, i) => (i > 0 && r[2] === rows[1][2] ? [...r.slice(0, -1), note] : r));
    expect(followUps(planOn(copied, '2024-12-05'))).toEqual([carried, other].sort());
  });
});
