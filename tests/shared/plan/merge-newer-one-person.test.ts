/**
 * A newer row's phone wins a merge only where the group is one person (dedupe/one-person.ts): his own
 * e-mail, ID card, mobile or WeChat agreeing, or his whole name and birthday. A father and his son, or
 * two of a family, who share a name at one address or one firm are not one customer with a new number:
 * merged with --merge-review (or, in a US sheet, as likely on a name, a firm and an address), the kept
 * row keeps its phone and the other is listed in 合并记录, as any value that differs.
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

function planOf(rows: string[][], language: 'zh-CN' | 'en', merge: ('exact' | 'likely' | 'review')[] = ['exact', 'likely', 'review']): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today: '2026-12-08', merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const colOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)!.col;
const phoneEdits = (plan: Plan, header: string) => (plan.merge?.edits ?? []).filter((e) => e.col === colOf(plan, header)).map((e) => [e.sheetRow, cellText(e.before), cellText(e.after), e.reason]);
const mergedValues = (plan: Plan, sheetRow: number) => cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(sheetRow)]);
const phonesSaid = (plan: Plan, lang: 'zh-CN' | 'en') => plan.problems.filter((p) => p.code.startsWith('dedupe.newer')).map((p) => t(lang, p.code, p.params));

// A 装修 firm's client list: 张建国 the father (KH0007, his contract) and 张建国 the son, who came to the
// showroom this month; both of 上海申达精工 at one flat in 浦东. Nothing of the son's own says he is the father.
const ZH_HEADER = ['客户编号', '客户姓名', '公司名称', '手机号码', '邮箱', '地址', '生日', '合同额（元）', '最近联系', '备注'];
const FATHER = ['KH0007', '张建国', '上海申达精工机械有限公司', '13812345678', '', '上海市浦东新区张杨路1200弄5号302室', '', '280000', '2026-09-14', '老客户，年底续约'];
const SON = ['KH0031', '张建国', '上海申达精工机械有限公司', '13605718899', '', '上海市浦东新区张杨路1200弄5号302室', '', '', '2026-12-04', '展厅来访'];
const OTHER = ['KH0008', '李娜', '杭州云启科技有限公司', '13988887777', 'lina@yunqi.cn', '杭州市西湖区文三路90号', '', '86000', '2026-10-02', ''];

describe('张建国 and his son at one address, merged with --merge-review', () => {
  const plan = planOf([ZH_HEADER, FATHER, OTHER, SON], 'zh-CN');

  it('is a review group the flag merges into the father\'s fuller row', () => {
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence, g.survivor])).toEqual([[[2, 4], 'review', 2]]);
    expect(plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[4, 2]]);
  });

  it('keeps the father\'s 13812345678 and lists the son\'s newer 13605718899 in 合并记录', () => {
    expect(phoneEdits(plan, '手机号码')).toEqual([]);
    expect(mergedValues(plan, 2)).toContain('手机号码: 13605718899（2026-12-08 原第4行）');
  });

  it('says why it kept the older number, in Chinese and English', () => {
    expect(phonesSaid(plan, 'zh-CN')).toEqual([
      '第 2 行和第 4 行（合并到第 2 行）的“手机号码”不同：第 4 行的 13605718899 较新（最近日期 2026-12-04），但两行没有相同的手机号、邮箱、证件号或微信等表明是同一人（也可能是同名的家人或同事）：保留行仍用 13812345678，13605718899 记在合并记录中。',
    ]);
    expect(phonesSaid(planOf([ZH_HEADER, FATHER, OTHER, SON], 'en'), 'en')).toEqual([
      'Rows 2 and 4, merged into row 2, hold different "手机号码": row 4\'s 13605718899 is newer (latest date 2026-12-04), but nothing of one person\'s own (the same mobile, e-mail, ID or WeChat) says the rows are one man rather than two of a family or a firm: the kept row keeps 13812345678, and 13605718899 is in the merged values.',
    ]);
  });

  it('proposes the father\'s number as kept in the group\'s field choices', () => {
    expect(plan.duplicates.groups[0].fields.find((f) => f.field === 'mobile')).toEqual({ field: 'mobile', sheetRow: 2, value: '13812345678', action: 'keep' });
  });

  it('does not group them at all when their birthdays say two people', () => {
    const born = planOf([ZH_HEADER, [...FATHER.slice(0, 6), '1958-03-02', ...FATHER.slice(7)], OTHER, [...SON.slice(0, 6), '1986-07-15', ...SON.slice(7)]], 'zh-CN');
    expect(born.merge!.archive).toEqual([]);
    expect(phoneEdits(born, '手机号码')).toEqual([]);
  });
});

describe('one customer whose rows say so by his own e-mail or birthday still takes the newer phone', () => {
  it.each([
    ['the same e-mail', 'zhangjg@shenda.com', ''],
    ['the same whole name and birthday', '', '1958-03-02'],
  ])('%s', (_why, email, birthday) => {
    const father = [...FATHER.slice(0, 4), email, FATHER[5], birthday, ...FATHER.slice(7)];
    const again = [...SON.slice(0, 4), email, SON[5], birthday, ...SON.slice(7)];
    const plan = planOf([ZH_HEADER, father, OTHER, again], 'zh-CN');
    expect(phoneEdits(plan, '手机号码')).toEqual([[2, '13812345678', '13605718899', 'dedupe.fix.newerPhone']]);
    expect(mergedValues(plan, 2)).toContain('手机号码: 13812345678（2026-12-08 原第2行）');
  });
});

describe('John Smith of Acme Tools twice, two numbers, nothing else of his own (a US sheet, --merge-review)', () => {
  // A family firm's father and son as often as one man with a new phone.
  const header = ['First Name', 'Last Name', 'Company', 'Mobile Phone', 'Email', 'Street Address', 'City', 'Last Contacted', 'Notes'];
  const senior = ['John', 'Smith', 'Acme Tools Inc.', '+1 415-555-0134', '', '12 Oak St', 'San Francisco', '2026-09-14', 'renewal in Q1'];
  const again = ['John', 'Smith', 'Acme Tools Inc.', '+1 415-555-0199', '', '12 Oak St', 'San Francisco', '2026-12-04', ''];
  const other = ['Mary', 'Jones', 'Blue Harbor LLC', '+1 212-555-0187', 'mary@blueharbor.com', '40 Pier Rd', 'Boston', '2026-10-02', ''];

  it('keeps the kept row\'s number and lists the newer one in Merged values', () => {
    const plan = planOf([header, senior, other, again], 'en');
    expect(plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[4, 2]]);
    expect(phoneEdits(plan, 'Mobile Phone')).toEqual([]);
    expect(mergedValues(plan, 2)).toContain('Mobile Phone: +1 415 555 0199 (row 4 as of 2026-12-08)');
    expect(phonesSaid(plan, 'en')).toEqual([
      'Rows 2 and 4, merged into row 2, hold different "Mobile Phone": row 4\'s +1 415 555 0199 is newer (latest date 2026-12-04), but nothing of one person\'s own (the same mobile, e-mail, ID or WeChat) says the rows are one man rather than two of a family or a firm: the kept row keeps +1 415 555 0134, and +1 415 555 0199 is in the merged values.',
    ]);
  });

  it('keeps the father\'s cell when the rows share only the home\'s line at the home\'s address', () => {
    const home = ['First Name', 'Last Name', 'Home Phone', 'Mobile Phone', 'Street Address', 'City', 'Birthday', 'Last Contacted', 'Notes'];
    const father = ['John', 'Smith', '+1 217-555-0142', '+1 217-555-0188', '12 Oak St', 'Springfield', '', '2026-09-14', 'pays by check, prefers calls after 6'];
    const son = ['John', 'Smith', '+1 217-555-0142', '+1 217-555-0163', '12 Oak St', 'Springfield', '', '2026-12-04', ''];
    const plan = planOf([home, father, ['Mary', 'Jones', '+1 617-555-0111', '', '40 Pier Rd', 'Boston', '', '2026-10-02', ''], son], 'en');
    expect(plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[4, 2]]);
    expect(phoneEdits(plan, 'Mobile Phone')).toEqual([]);
    expect(mergedValues(plan, 2)).toContain('Mobile Phone: +1 217 555 0163 (row 4 as of 2026-12-08)');
  });

  it('takes the newer number when his e-mail says he is one man', () => {
    const withEmail = (r: string[]) => [...r.slice(0, 4), 'john@acmetools.com', ...r.slice(5)];
    const plan = planOf([header, withEmail(senior), other, withEmail(again)], 'en');
    expect(phoneEdits(plan, 'Mobile Phone')).toEqual([[2, '+1 415 555 0134', '+1 415 555 0199', 'dedupe.fix.newerPhone']]);
    expect(mergedValues(plan, 2)).toContain('Mobile Phone: +1 415 555 0134 (row 2 as of 2026-12-08)');
  });
});
