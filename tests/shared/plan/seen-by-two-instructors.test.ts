/**
 * Where the owner column is service staff (Instructor, 老师, 教练, 主治医生), one client typed in by two
 * of them is no sales conflict: it is said as "seen by two instructors" / 同一客户由两位老师接待, never as
 * an owner conflict or 撞单, in the group's reasons, the reminders and the report (tester h71: Sarah
 * Mitchell "held by" Emma and Jake, two instructors). The copy is still one membership typed twice,
 * merged by --merge. A sales rep's column (Sales Rep, 课程顾问) keeps calling it a 撞单.
 */
import { ownerConflictTexts, reminderText, resolveSettings, run, type Cell, type Grid, type Plan } from '../../../shared';

const TODAY = '2026-12-04';

function planOf(rows: string[][], language: 'en' | 'zh-CN', merge = false): Plan {
  const settings = resolveSettings({ language });
  if (!settings.ok) throw new Error('settings');
  const grid: Grid = { sheetName: 'Clients', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
  const out = run(grid, { settings: settings.settings, today: TODAY, ...(merge ? { merge: ['exact', 'likely'] as const } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const studio = (owner: string) => [
  ['Client ID', 'First Name', 'Last Name', 'Mobile Phone', 'Email', 'Membership Type', 'Start Date', 'Expiry Date', owner, 'Birth Date'],
  ['2201', 'Hannah', 'Brooks', '(312) 555-0148', 'Hannah.Brooks@Gmail.com', 'Unlimited Monthly', '2026-03-15', '2026-12-10', 'Megan Hale', '1990-12-08'],
  ['2202', 'Daniel', 'Ortiz', '(312) 555-7012', 'dan.ortiz@yahoo.com', '10-Class Pack', '2026-09-01', '2027-03-01', 'Ravi Menon', '1985-04-12'],
  ['2203', 'Chloe', 'Park', '(312) 555-0190', 'chloe.park@gmail.com', 'Annual', '2026-01-02', '2027-01-01', 'Tom Fisher', '1992-06-30'],
  ['2287', 'hannah', 'brooks', '3125550148', 'hannah.brooks@gmail.com', 'Unlimited Monthly', '2026-03-15', '2026-12-10', 'Tom Fisher', '1990-12-08'],
];

const school = (owner: string) => [
  ['学员姓名', '家长电话', '课程', '开课日期', '下次缴费日', owner, '生日'],
  ['周子轩', '13912340011', '钢琴一对一', '2026-03-01', '2026-12-08', '陈老师', '2016-12-06'],
  ['吴雨桐', '13912340022', '小提琴', '2026-05-01', '2027-01-15', '刘老师', '2015-04-02'],
  ['周子轩', '139 1234 0011', '钢琴一对一', '2026-03-01', '2026-12-08', '刘老师', '2016-12-06'],
];

const groupOf = (plan: Plan, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row))!;
const said = (plan: Plan, row: number, lang: 'en' | 'zh-CN') => {
  const g = groupOf(plan, row);
  return ownerConflictTexts(lang, g.ownerConflict?.owners, g.ownerConflict?.claim, g.ownerConflict?.future, g.ownerConflict?.carers).join('; ');
};
const reminders = (plan: Plan, lang: 'en' | 'zh-CN', customer: string) =>
  plan.reminders.reminders.filter((r) => r.customer.toLowerCase().startsWith(customer.toLowerCase())).map((r) => reminderText(lang, r)).join('\n');
const duplicateSeries = (plan: Plan) => plan.report.sections.find((s) => s.id === 'duplicates')!.series.map((s) => `${s.id}:${s.count}`);

describe('two instructors on one client are no sales conflict', () => {
  const plan = planOf(studio('Instructor'), 'en');

  it('keeps the copy a likely duplicate that --merge takes, its two instructors named as carers', () => {
    expect(groupOf(plan, 2).confidence).toBe('likely');
    expect(groupOf(plan, 2).ownerConflict?.carers).toBe('Instructor');
    expect(planOf(studio('Instructor'), 'en', true).merge?.removeRows).toHaveLength(1);
  });

  it('says "seen by two instructors", not an owner conflict', () => {
    expect(said(plan, 2, 'en')).toBe('seen by two instructors (Megan Hale / Tom Fisher): the same client typed in by each, not a sales conflict');
    expect(said(plan, 2, 'en')).not.toMatch(/owner conflict/);
  });

  it('tells the instructor of the kept row the other sees the client too, not that another rep holds her', () => {
    const text = reminders(plan, 'en', 'Hannah');
    expect(text).toContain('Tom Fisher');
    expect(text).not.toMatch(/another rep/);
  });

  it('counts the group apart from owner conflicts in the report', () => {
    expect(duplicateSeries(plan)).toEqual(expect.arrayContaining(['ownerConflicts:0', 'seenByCarers:1']));
  });

  it('says it in Chinese as 由两位老师接待, never 撞单', () => {
    const zh = planOf(school('老师'), 'zh-CN');
    expect(said(zh, 2, 'zh-CN')).toBe('同一客户由两位老师接待（陈老师 / 刘老师）：各自登记了一次，是服务人员，不是撞单');
    expect(reminders(zh, 'zh-CN', '周子轩')).not.toMatch(/撞单/);
  });

  it('says it of a garage\'s two mechanics and a salon\'s two stylists too (tester h73)', () => {
    const garage = [
      ['Customer', 'Mobile', 'Email', 'Reg', 'MOT Due', 'Mechanic'],
      ['Declan O\'Rourke', '07700 900431', 'declan.orourke@gmail.com', 'KX19 ABC', '2026-12-30', 'Kev'],
      ['Barry Clough', '07700 900512', 'barry.clough@hotmail.co.uk', 'YJ21 PLO', '2026-12-08', 'Dave'],
      ['Declan ORourke', '07700900431', 'declan.orourke@gmail.com', 'KX19 ABC', '2026-12-30', 'Stu'],
    ];
    const plan = planOf(garage, 'en');
    expect(groupOf(plan, 2).ownerConflict?.carers).toBe('Mechanic');
    expect(said(plan, 2, 'en')).toMatch(/^seen by two mechanics \(Kev \/ Stu\)/);
    expect(groupOf(planOf(studio('Stylist'), 'en'), 2).ownerConflict?.carers).toBe('Stylist');
  });

  it('still calls two sales reps of one client an owner conflict (撞单)', () => {
    const sales = planOf(studio('Sales Rep'), 'en');
    expect(groupOf(sales, 2).ownerConflict?.carers).toBeUndefined();
    expect(said(sales, 2, 'en')).toMatch(/^owner conflict: the same customer is held by/);
    expect(said(planOf(school('课程顾问'), 'zh-CN'), 2, 'zh-CN')).toMatch(/^撞单/);
  });
});
