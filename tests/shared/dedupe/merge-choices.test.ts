/**
 * Two of a merge's choices (tester h64 finding 12):
 * - a birthday written without its year (有赞's 05-12) gives way to a copy's whole date of the same day
 *   (1992-05-12): the fuller value that agrees is kept, the yearless form listed with the merged values, as a
 *   surname and title gives way to the full name; another day, or a whole date on the kept row, stays;
 * - a copy's remark that says the copy is the customer's other account (Shopify's `second account`, 小号) is
 *   about that row, as 重复录入？ is: it does not fill the kept row's empty Note, and stays in the merged values.
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { gridOf } from '../plan/helpers';
import { completesDate } from '../../../shared/dedupe/full-date';
import type { Cell } from '../../../shared/table/cell';

function planOf(rows: string[][], language: 'zh-CN' | 'en', guess = false): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today: '2026-12-04', merge: ['exact', 'likely'], ...(guess ? { guess: { region: true, currency: true } } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const colOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)!.col;
const mergedValues = (plan: Plan, sheetRow: number) => cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(sheetRow)]);
const editsOf = (plan: Plan, header: string) => (plan.merge?.edits ?? []).filter((e) => e.col === colOf(plan, header)).map((e) => [e.sheetRow, cellText(e.after), e.reason]);

// The tester's 有赞 member export: 小桃子 at 西湖店 (05-12, the fuller row, kept), her 滨江店 copy as 桃子 with 1992-05-12.
const YOUZAN_HEADER = ['会员昵称', '手机号', '性别', '生日', '积分', '储值余额', '累计消费金额', '消费次数', '最近消费时间', '会员等级', '成为会员时间', '归属门店', '归属导购'];
const youzan = (copyBirthday: string) => [
  YOUZAN_HEADER,
  ['🌸小桃子🍑', '13812345678', '女', '05-12', '1280', '200.00', '3560.50', '12', '2026-11-28 14:22:05', '金卡会员', '2021-03-04 10:11:12', '杭州西湖店', '周敏'],
  ['「阿猫」', '13900001111', '男', '12-06', '50', '0.00', '128.00', '1', '2025-06-01 09:00:00', '普通会员', '2025-06-01 09:00:00', '线上商城', ''],
  ['桃子', '13812345678', '女', copyBirthday, '300', '0.00', '880.00', '3', '2026-10-01 12:00:00', '银卡会员', '2023-01-01 08:00:00', '杭州滨江店', '陈晓'],
  ['微信用户', '15987654321', '女', '12-10', '8800', '1500.00', '52000.00', '46', '2026-12-02 18:30:00', '钻石会员', '2019-08-08 08:08:08', '上海徐汇店', '李娜'],
];

describe('小桃子\'s 生日 05-12 merged with her copy\'s 1992-05-12', () => {
  const plan = planOf(youzan('1992-05-12'), 'zh-CN');

  it('keeps the whole date, the yearless 05-12 listed in 合并记录', () => {
    expect(plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[4, 2]]);
    expect(editsOf(plan, '生日')).toEqual([[2, '1992-05-12', 'dedupe.fix.fullDate']]);
    expect(mergedValues(plan, 2)).toContain('生日: 05-12（2026-12-04 原第2行）');
    expect(mergedValues(plan, 2)).not.toContain('1992-05-12');
  });

  it('no longer says the kept cell lacks its year', () => {
    expect(plan.issues.filter((i) => i.sheetRow === 2 && i.col === colOf(plan, '生日'))).toEqual([]);
  });

  it('keeps 05-12 beside a copy\'s yearless 06-12, which is listed', () => {
    const other = planOf(youzan('06-12'), 'zh-CN');
    expect(editsOf(other, '生日')).toEqual([]);
    expect(mergedValues(other, 2)).toContain('生日: 06-12（2026-12-04 原第4行）');
  });

  it.each([
    ['05-12', '1992-05-12', true, 'the same day with its year'],
    ['5月12日', '1992-05-12', true, 'written in Chinese'],
    ['05-12', '1992-06-12', false, 'another day'],
    ['05-12', '05-12', false, 'no year on either'],
    ['1991-05-12', '1992-05-12', false, 'two whole dates: values that differ'],
  ])('%s completed by %s: %s (%s)', (kept, copy, expected) => {
    const cell = (v: string): Cell => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? { kind: 'date', value: v } : { kind: 'text', value: v });
    expect(completesDate(cell(kept), cell(copy))).toBe(expected);
  });

  it('keeps the kept row\'s whole date over a copy\'s yearless one, which stays in 合并记录', () => {
    const rows = youzan('05-12').map((r, i) => (i === 1 ? [...r.slice(0, 3), '1992-05-12', ...r.slice(4)] : r));
    const other = planOf(rows, 'zh-CN');
    expect(editsOf(other, '生日')).toEqual([]);
    expect(mergedValues(other, 2)).toContain('生日: 05-12（2026-12-04 原第4行）');
  });
});

// The tester's Shopify customers export: Olivia Brown's second account (+shop alias) remarked `second account`.
const SHOPIFY_HEADER = ['Customer ID', 'First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Default Address Address1', 'Default Address City', 'Default Address Province Code', 'Default Address Country Code', 'Default Address Zip', 'Default Address Phone', 'Phone', 'Total Spent', 'Total Orders', 'Note', 'Tags'];
const shopify = (remark: string) => [
  SHOPIFY_HEADER,
  ['7012345678901', 'Emily', 'Chen', 'emily.chen@gmail.com', 'yes', '12 King St W', 'Toronto', 'ON', 'CA', 'M5H 1A1', '+14165550199', '+14165550199', '1245.50', '7', 'Prefers pickup', 'VIP, wholesale'],
  ['7012345678903', 'Maria', 'Garcia', 'maria.g@hotmail.com', 'yes', '77 Ocean Ave', 'Newark', 'NJ', 'US', '07102', '', '+19735550111', '0.00', '0', '', 'newsletter'],
  ['7012345678904', 'Olivia', 'Brown', 'olivia.brown@gmail.com', 'yes', '5 Pine St', 'Hartford', 'CT', 'US', '06103', '+18605550111', '+18605550111', '410.00', '6', '', ''],
  ['7012345678905', 'Olivia', 'Brown', 'olivia.brown+shop@gmail.com', 'yes', '5 Pine St', 'Hartford', 'CT', 'US', '06103', '+18605550111', '', '55.00', '1', remark, ''],
  ['7012345678906', 'Liam', "O'Brien", 'liam.obrien@outlook.com', 'no', '9 Main Rd', 'Portland', 'ME', 'US', '04101', '', '', '56.25', '1', '', ''],
];

describe('Olivia Brown\'s second Shopify account merged into her first', () => {
  it.each(['second account', '2nd account', 'alt account', '小号', '第二个账号'])('%s: a remark about the copy does not fill her empty Note; it is in Merged values', (remark) => {
    const plan = planOf(shopify(remark), 'en', true);
    expect(plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[5, 4]]);
    expect(editsOf(plan, 'Note')).toEqual([]);
    expect(mergedValues(plan, 4)).toContain(`Note: ${remark} (row 5 as of 2026-12-04)`);
  });

  it('a remark about her still fills the empty Note', () => {
    const plan = planOf(shopify('second account, prefers pickup'), 'en', true);
    expect(editsOf(plan, 'Note')).toEqual([[4, 'second account, prefers pickup', 'dedupe.fix.fill']]);
  });
});
