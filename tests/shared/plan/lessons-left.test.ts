/**
 * A school's (教培) roster counts what each family has left of its package (剩余课时, 剩余次数, Lessons
 * Remaining): the count a 课程顾问 renews by, long before any 到期 day. At or below the threshold
 * (remind.remaining.atMost, 3 by default) the row's owner is reminded in the sheet's own word; at 0 or
 * below the package has run out, and the reminder says so. A 剩余课时 the sheet computes (=J2-K2) is
 * read by its saved result, and never written.
 */
import { reasonText, run, resolveSettings, type Cell, type Grid, type Plan } from '../../../shared';
import { planOf, TODAY } from './helpers';

const text = (v: string): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v });
const num = (value: number): Cell => ({ kind: 'number', value });
/** A 剩余课时 cell as Excel saves it: the formula and its last result. */
const computed = (value: number, formula: string): Cell => ({ kind: 'number', value, formula });

/**
 * The front desk's 学员表 (today 2024-12-01): 剩余课时 is 已购课时 − 已上课时, computed by the sheet.
 * 李子涵 has 8 left, 王一诺 exactly 3, 陈思远 2, 张可欣 none, 刘子墨 took one lesson on credit (−1).
 */
function eduRoster(): Grid {
  const rows: Cell[][] = [
    ['学员姓名', '家长姓名', '家长电话', '年级', '课程', '剩余课时', '学员生日', '课程顾问', '已购课时', '已上课时'].map(text),
    [text('李子涵'), text('李强'), text('13611112222'), text('三年级'), text('少儿编程'), computed(8, '=I2-J2'), text('2015-03-05'), text('周老师'), num(48), num(40)],
    [text('王一诺'), text('王芳'), text('13722223333'), text('初一'), text('数学提高'), computed(3, '=I3-J3'), text('2012-06-15'), text('周老师'), num(96), num(93)],
    [text('陈思远'), text('陈丽'), text('13944445555'), text('高一'), text('物理'), computed(2, '=I4-J4'), text('2009-01-03'), text('吴老师'), num(32), num(30)],
    [text('张可欣'), text('张伟'), text('13833334444'), text('五年级'), text('英语'), computed(0, '=I5-J5'), text('2013-09-02'), text('吴老师'), num(24), num(24)],
    [text('刘子墨'), text('刘洋'), text('13566667777'), text('二年级'), text('围棋'), computed(-1, '=I6-J6'), text('2016-08-08'), text('吴老师'), num(20), num(21)],
  ];
  return { sheetName: '学员表', firstRow: 1, firstCol: 1, cells: rows };
}

function planOfGrid(grid: Grid, input: object = {}): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(`settings: ${JSON.stringify(settings.errors)}`);
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const lessonsLeft = (plan: Plan, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  plan.reminders.reminders.filter((r) => r.kind === 'remaining').sort((a, b) => a.sheetRow - b.sheetRow).map((r) => [r.sheetRow, r.owner, reasonText(lang, r.reason)]);

describe('a 教培 学员表 whose 剩余课时 the sheet computes', () => {
  const plan = planOfGrid(eduRoster());

  it('reads 剩余课时 as the lessons left, no longer a column left unread', () => {
    expect(plan.columns.find((c) => c.header === '剩余课时')?.field).toBe('remaining');
    expect((plan.unreadColumns ?? []).map((c) => c.header)).not.toContain('剩余课时');
  });

  it('reminds each 课程顾问 of the families at 3 lessons or fewer, in the sheet\'s word, and says which ran out', () => {
    expect(lessonsLeft(plan)).toEqual([
      [3, '周老师', '剩余课时 3，该续费了'],
      [4, '吴老师', '剩余课时 2，该续费了'],
      [5, '吴老师', '剩余课时 0，已用完，该续费了'],
      [6, '吴老师', '剩余课时 -1，已用完，该续费了'],
    ]);
    expect(lessonsLeft(plan, 'en').map((r) => r[2])).toEqual([
      '"剩余课时" 3: time to renew',
      '"剩余课时" 2: time to renew',
      '"剩余课时" 0: used up, time to renew',
      '"剩余课时" -1: used up, time to renew',
    ]);
  });

  it('counts them under their own kind, due today', () => {
    expect(plan.reminders.counts.remaining).toBe(4);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'remaining').every((r) => r.due === TODAY && r.daysLeft === 0)).toBe(true);
  });

  it('counts them in the report\'s reminders by kind, a kind only a sheet that counts what is left shows', () => {
    const byKind = (p: Plan) => p.report.sections.find((x) => x.id === 'reminders')!.series.map((x) => [x.label, x.count]);
    expect(byKind(plan)).toContainEqual(['即将用完', 4]);
    const b2b = planOf([['客户名称', '联系人', '手机', '合同到期日'], ['华鑫贸易有限公司', '王建军', '13812345678', '2025-06-30']]);
    expect(byKind(b2b).map((x) => x[0])).not.toContain('即将用完');
  });

  it('writes no cell of the computed 剩余课时 column', () => {
    const col = plan.columns.find((c) => c.header === '剩余课时')!.col;
    expect(plan.edits.filter((e) => e.col === col)).toEqual([]);
  });

  it('takes its threshold from remind.remaining.atMost, and is switched off by enabled: false', () => {
    expect(lessonsLeft(planOfGrid(eduRoster(), { remind: { remaining: { atMost: 0 } } })).map((r) => r[0])).toEqual([5, 6]);
    expect(lessonsLeft(planOfGrid(eduRoster(), { remind: { remaining: { enabled: false } } }))).toEqual([]);
  });

  it('says so when the threshold is no whole number of lessons', () => {
    const settings = resolveSettings({ remind: { remaining: { atMost: -2 } } });
    expect(settings.ok).toBe(false);
  });
});

describe('剩余次数, 剩余节数 and a count typed with its unit', () => {
  it.each([['剩余次数'], ['剩余节数'], ['剩余课次'], ['剩餘堂數']])('%s is the count left, worded by its own header', (header) => {
    const plan = planOf([
      ['学员姓名', '家长电话', header, '课程顾问'],
      ['周雨桐', '13812345678', '2节', '陈晓'],
      ['孙浩然', '13987654321', '12', '陈晓'],
    ]);
    expect(plan.columns.find((c) => c.header === header)?.field).toBe('remaining');
    expect(lessonsLeft(plan)).toEqual([[2, '陈晓', `${header} 2，该续费了`]]);
  });

  it('a student who stopped (停课) or left (退费) is not asked to renew', () => {
    const plan = planOf([
      ['学员姓名', '家长电话', '剩余课时', '课程顾问', '状态'],
      ['周雨桐', '13812345678', '1', '陈晓', '在读'],
      ['孙浩然', '13987654321', '1', '陈晓', '已退费'],
      ['马思琪', '13700001111', '0', '陈晓', '停课'],
    ]);
    expect(lessonsLeft(plan).map((r) => r[0])).toEqual([2]);
  });
});

describe('an English tutoring centre\'s roster', () => {
  const ROSTER = [
    ['Student', 'Parent Name', 'Parent Phone', 'Course', 'Lessons Remaining', 'Course Advisor'],
    ['Lily Chen', 'Grace Chen', '(415) 555-0134', 'SAT Math', '2', 'Tom Reed'],
    ['Ava Lopez', 'Maria Lopez', '(415) 555-0178', 'Reading Lab', '0', 'Tom Reed'],
    ['Noah Kim', 'Daniel Kim', '(415) 555-0191', 'SAT Math', '14', 'Sarah Park'],
  ];

  it('reads Lessons Remaining, and reminds the advisor in the sheet\'s words', () => {
    const plan = planOf(ROSTER, { language: 'en' });
    expect(plan.columns.find((c) => c.header === 'Lessons Remaining')?.field).toBe('remaining');
    expect(lessonsLeft(plan, 'en')).toEqual([
      [2, 'Tom Reed', 'Lessons Remaining 2: time to renew'],
      [3, 'Tom Reed', 'Lessons Remaining 0: used up, time to renew'],
    ]);
  });

  it.each([['Remaining Sessions'], ['Sessions Left'], ['Lessons Left'], ['Remaining Lessons'], ['Classes Remaining']])('%s is the count left', (header) => {
    const plan = planOf([['Student', 'Parent Phone', header, 'Advisor'], ['Lily Chen', '(415) 555-0134', '3', 'Tom Reed']], { language: 'en' });
    expect(plan.columns.find((c) => c.header === header)?.field).toBe('remaining');
    expect(lessonsLeft(plan, 'en')).toEqual([[2, 'Tom Reed', `${header} 3: time to renew`]]);
  });

  it('is never money: a Remaining Balance or 剩余金额 is no lesson count', () => {
    const en = planOf([['Student', 'Parent Phone', 'Remaining Balance'], ['Lily Chen', '(415) 555-0134', '$120.00']], { language: 'en' });
    expect(en.columns.find((c) => c.header === 'Remaining Balance')?.field ?? null).not.toBe('remaining');
    const zh = planOf([['学员姓名', '家长电话', '剩余金额'], ['周雨桐', '13812345678', '300']]);
    expect(zh.columns.find((c) => c.header === '剩余金额')?.field ?? null).not.toBe('remaining');
  });
});
