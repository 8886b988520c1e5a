/**
 * A customer row that also describes one thing he has (a car by its VIN, a pet, a flat, a legal case)
 * is one record per thing. Two rows of one customer naming two things are his two records, kept and
 * reminded each; two rows naming the same thing are that thing typed twice (two 服务顾问, two doctors,
 * two 管家 each logged it), a copy --merge takes, even beside a third row of his other thing (tester h68,
 * findings 1, 4, 5, 6, 9, 20, 21).
 */
import { DEFAULT_SETTINGS, run, t, cellText, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

const planWith = (rows: string[][], merge: ('exact' | 'likely')[] = [], input: object = {}): Plan => {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, ...input }, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};
const shape = (p: Plan) => p.duplicates.groups.map((g) => [g.rows, g.records === true ? 'records' : g.confidence]);
const reasonsOf = (p: Plan, rows: number[], lang: 'zh-CN' | 'en' = 'zh-CN') =>
  p.duplicates.groups.find((g) => g.rows.join() === rows.join())!.reasons.map((r) => t(lang, r.code, r.params));
const remindersOf = (p: Plan, kind: string) => p.reminders.reminders.filter((r) => r.kind === kind).map((r) => [r.sheetRow, r.owner, r.due]);
// A 4S dealer's service list: 张伟's 别克 typed again by a second 服务顾问 (VIN in lower case with a dash,
// plate with a dot, phone with spaces), and his second car, a 宝来. 王芳 is another customer.
const DEALER = [
  ['客户姓名', '手机', '车架号', '车牌号', '车型', '保养到期', '保险到期', '消费金额', '服务顾问'],
  ['张伟', '13800138000', 'LVGBE40K8KP123456', '粤B12345', '别克GL8', '2024-12-03', '2024-12-10', '18600', '周海涛'],
  ['张伟', '13800138000', 'LFV2A21K5M4012345', '粤B6F789', '宝来', '2025-04-01', '2025-03-01', '4200', '周海涛'],
  ['王芳', '13911112222', 'LSVAU2180N2183294', '粤A88888', '帕萨特', '2025-06-01', '2025-06-20', '9800', '吴敏'],
  ['张伟', '138 0013 8000', 'lvgbe40k8-kp123456', '粤b·12345', '别克GL8', '2024-12-03', '2024-12-10', '18600', '吴敏'],
];

describe('a car typed twice beside the customer\'s second car (4S)', () => {
  const plan = planWith(DEALER);

  it('is one group of the car\'s two rows, and his records group holds the car\'s kept row beside his other car', () => {
    expect(shape(plan)).toEqual([[[2, 5], 'likely'], [[2, 3], 'records']]);
  });

  it('gives reasons true of each pair: the copies share their VIN, the two cars differ, and no contract is said of 保养 days', () => {
    expect(reasonsOf(plan, [2, 5]).join('；')).not.toMatch(/车架号或车牌不同|合同日期/);
    expect(reasonsOf(plan, [2, 3])).toContain('车架号或车牌不同：可能是同一客户的两辆车，不宜合并');
    expect(reasonsOf(plan, [2, 3]).join('；')).not.toMatch(/合同日期或编号不同/);
  });

  it('reminds each car once, to the 服务顾问 of the row a merge keeps, naming the copy as a co-carer\'s', () => {
    expect(remindersOf(plan, 'contract')).toEqual([[2, '周海涛', '2024-12-03'], [2, '周海涛', '2024-12-10']]);
    const [r] = plan.reminders.reminders.filter((x) => x.sheetRow === 2);
    expect(r.heldBy).toEqual([{ owner: '吴敏', rows: [5] }]);
  });

  it('--merge folds the copy into the car\'s row, the other 服务顾问 kept in the merged values, and leaves the second car', () => {
    const merged = planWith(DEALER, ['exact', 'likely']);
    expect(merged.merge!.removeRows).toEqual([5]);
    expect(merged.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[5, 2]]);
    expect(merged.merge!.mergedColumn!.values.map((c) => cellText(c)).join(' ')).toMatch(/吴敏/);
  });
});

// A vet's sheet: 李娜's 豆豆 typed again by another doctor (her name with a space, the birthday written
// with slashes), and her cat 咪咪.
const VET = [
  ['主人', '手机', '宠物名', '品种', '宠物生日', '疫苗到期', '主治医生'],
  ['李娜', '13711112222', '豆豆', '柯基', '2022-12-06', '2024-12-05', '孙医生'],
  ['李娜', '13711112222', '咪咪', '英短', '2023-05-01', '2025-03-10', '林医生'],
  ['李 娜', '137 1111 2222', '豆豆', '柯基', '2022/12/6', '2024-12-05', '钱医生'],
];

describe('a pet typed twice beside the owner\'s second pet (宠物医院)', () => {
  const plan = planWith(VET);

  it('is one group of the pet\'s two rows (name, breed and birthday alike); her cat stays her other record', () => {
    const one = plan.duplicates.groups.find((g) => g.rows.join() === '2,4')!;
    expect(one.confidence).toBe('likely');
    expect(one.records).toBeUndefined();
    const records = plan.duplicates.groups.find((g) => g.records)!;
    expect(records.rows).toContain(3);
    expect(records.reasons.map((r) => r.code)).toContain('dedupe.reason.twoPets');
    expect(records.reasons.map((r) => r.code)).not.toContain('dedupe.reason.twoRecords');
  });

  it('reminds the vaccine once', () => {
    expect(remindersOf(plan, 'contract').filter(([, , due]) => due === '2024-12-05')).toHaveLength(1);
  });

  it('--merge folds the copy and keeps 咪咪', () => {
    const merged = planWith(VET, ['exact', 'likely']);
    expect(merged.merge!.removeRows).toHaveLength(1);
    expect([2, 4]).toContain(merged.merge!.removeRows[0]);
  });

  it('a second 豆豆 of another breed is another pet: never merged', () => {
    const two = VET.map((r) => [...r]);
    two[3][3] = '泰迪';
    two[3][4] = '2024-01-15';
    expect(planWith(two, ['exact', 'likely']).merge!.removeRows).toEqual([]);
  });
});

// A 物业's ledger: 陈静 owns 2-101 and 5-202; 2-101 was typed again by another 管家 with a smaller debt.
const ESTATE = [
  ['楼栋', '房号', '业主', '联系电话', '物业费到期', '欠费(元)', '管家'],
  ['2栋', '2-101', '陈静', '13922223333', '2024-12-20', '1200', '何丽'],
  ['5栋', '5-202', '陈静', '13922223333', '2024-12-20', '0', '唐军'],
  ['2栋', '2-101', '陈 静', '１３９２２２２３３３３', '2024-12-20', '600', '罗斌'],
];

describe('a flat typed twice beside the owner\'s other flat (物业)', () => {
  const plan = planWith(ESTATE);

  it('is one group of the flat\'s two rows, and her flats are her records, without a 撞单 of their 管家', () => {
    expect(shape(plan).map(([rows, kind]) => [(rows as number[]).includes(3) ? 'other flat' : rows, kind])).toEqual([[[2, 4], 'likely'], ['other flat', 'records']]);
    for (const g of plan.duplicates.groups) expect(g.ownerConflict).toBeUndefined();
  });

  it('reminds each flat\'s fee once', () => {
    const fees = remindersOf(plan, 'contract');
    expect(fees).toHaveLength(2);
    expect(fees.map(([row]) => row)).toContain(3);
  });

  it('--merge folds the copy of 2-101 only', () => {
    const merged = planWith(ESTATE, ['exact', 'likely']);
    expect(merged.merge!.removeRows).toHaveLength(1);
    expect([2, 4]).toContain(merged.merge!.removeRows[0]);
  });
});

// A law firm's case list: 黄建国's two matters, 102号 retyped with full-width brackets by the 协办 lawyer.
const LAW = [
  ['案件编号', '委托人', '联系电话', '案由', '委托合同到期', '承办律师', '律师费'],
  ['(2024)粤律102号', '黄建国', '13612345678', '买卖合同纠纷', '2025-06-30', '宋律师', '50000'],
  ['(2024)粤律109号', '黄建国', '13612345678', '民间借贷纠纷', '2025-06-30', '许律师', '30000'],
  ['（2024）粤律102号', '黄建国', '136-1234-5678', '买卖合同纠纷', '2025/6/30', '许律师', '50000'],
];

describe('a case typed twice beside the client\'s other case (律所)', () => {
  // 许律师 holds two of 黄建国's three rows: the main carer, whose row of case 102 is kept (main-carer.ts).
  it('--merge folds only one row of case 102, into the main carer\'s: case 109 stays in the sheet', () => {
    const merged = planWith(LAW, ['exact', 'likely']);
    expect(merged.merge!.removeRows).toEqual([2]);
    expect(merged.merge!.archive.map((a) => a.survivorRow)).toEqual([4]);
    expect(reasonsOf(merged, [2, 4])).toContain('保留第 4 行：许律师 负责该客户 3 行中的 2 行，是主要负责人');
    expect(merged.merge!.mergedColumn!.values.map((c) => cellText(c)).join(' ')).toMatch(/宋律师/);
  });

  it('says the case numbers differ, and no 撞单 of the case\'s two lawyers', () => {
    const plan = planWith(LAW);
    expect(shape(plan)).toEqual([[[2, 4], 'likely'], [[3, 4], 'records']]);
    expect(reasonsOf(plan, [3, 4]).join('；')).toMatch(/^.*案件编号不同（\(2024\)粤律109号 \/ （2024）粤律102号）/);
    for (const g of plan.duplicates.groups) expect(g.ownerConflict).toBeUndefined();
  });

  it('names the case numbers, not two contract days, where the two cases\' contracts end on other days', () => {
    const rows = LAW.map((r) => [...r]);
    rows[2][4] = '2025-09-30';
    const reasons = reasonsOf(planWith(rows), [3, 4]).join('；');
    expect(reasons).toMatch(/案件编号不同/);
    expect(reasons).not.toMatch(/合同日期或编号不同/);
  });

  it('an English firm\'s two matters of one client under Case No. are never merged', () => {
    const en = planWith([
      ['Case No.', 'Client', 'Phone', 'Email', 'Matter', 'Attorney'],
      ['CV-2024-0102', 'John Smith', '(617) 555-0199', 'john.smith@gmail.com', 'Contract dispute', 'Adams'],
      ['CV-2024-0109', 'John Smith', '(617) 555-0199', 'john.smith@gmail.com', 'Loan recovery', 'Adams'],
    ], ['exact', 'likely'], { phone: { ...DEFAULT_SETTINGS.phone, defaultRegion: 'US' } });
    expect(en.merge?.removeRows ?? []).toEqual([]);
    expect(en.duplicates.groups.map((g) => g.records)).toEqual([true]);
    expect(reasonsOf(en, [2, 3], 'en').join('; ')).toMatch(/different Case No\./);
  });
});
