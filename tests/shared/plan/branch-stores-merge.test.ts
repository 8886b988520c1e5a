/**
 * A merge never joins two branch stores, never calls two far-apart figures close, and never lets a
 * debt leave the main sheet unsaid. The sheet is a 酒水经销商's 客户台账 (h70): 好又多超市's 东门店 and
 * 西门店 share their boss's mobile, each with its own address, rep, 欠款 and 本年进货额; 老王烟酒店 was
 * typed again by a second rep as 老王烟酒 with a smaller figure (4.5万 against 186000) and its own 欠款.
 * And an American distributor's accounts, Joe's Pizza (Downtown) and (Airport).
 */
import { DEFAULT_SETTINGS, run, cellText, reasonTexts, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';

const LEDGER = [
  ['门店名称', '老板', '电话', '地址', '业务员', '最近进货日期', '欠款（元）', '本年进货额', '备注'],
  ['老王烟酒店', '王建军', '13812340001', '长沙市岳麓区桐梓坡路128号', '赵强', '2026-11-26', '12500', '186000', ''],
  ['好又多超市（东门店）', '刘德胜', '13812340003', '长沙市芙蓉区东二环一段88号', '钱明', '2026-11-20', '42000', '268000', ''],
  ['好又多超市（西门店）', '刘德胜', '138-1234-0003', '长沙市岳麓区枫林三路66号', '赵强', '2026-11-22', '18000', '152000', ''],
  ['湘江宴酒楼', '孙建平', '13907315566', '长沙市天心区湘江中路二段36号', '孙丽', '2026-07-15', '0', '380000', ''],
  ['家家乐超市一分店', '周桂兰', '13874800011', '长沙市雨花区劳动路12号', '孙丽', '2026-11-02', '5600', '88000', ''],
  ['家家乐超市二分店', '周桂兰', '13874800011', '长沙市雨花区韶山路99号', '孙丽', '2026-11-18', '0', '64000', ''],
  ['老王烟酒', '王建军', '138 1234 0001', '长沙市岳麓区桐梓坡路128号', '钱明', '2026-10-30', '3800', '4.5万', '钱明也在跑这家'],
];

const CHAIN = [
  ['Account Name', 'Contact', 'Phone', 'Address', 'Sales Rep', 'Balance Due', 'Total Spent'],
  ['Joe\'s Pizza (Downtown)', 'Joe Russo', '(212) 555-0147', '120 Main St, New York, NY', 'Emma Lewis', '1,250.00', '38,400.00'],
  ['Harbor Bakery', 'Ana Lopez', '(212) 555-0199', '8 Pier Rd, New York, NY', 'Emma Lewis', '0.00', '9,800.00'],
  ['Joe\'s Pizza (Airport)', 'Joe Russo', '212-555-0147', 'Terminal B, JFK Airport, Queens, NY', 'Ryan Cole', '640.00', '22,100.00'],
];

function planOf(rows: string[][], merge: ('exact' | 'likely')[], language: 'zh-CN' | 'en' = 'zh-CN', defaultRegion = 'CN'): Plan {
  const settings = { ...DEFAULT_SETTINGS, language, phone: { ...DEFAULT_SETTINGS.phone, defaultRegion } };
  const out = run(gridOf(rows), { settings, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const groupOf = (plan: Plan, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));
const spending = (plan: Plan) => plan.report.sections.find((s) => s.id === 'customers')!.spendTotal;
const mergedValues = (plan: Plan, sheetRow: number) => cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(sheetRow)]);
const codes = (plan: Plan) => plan.problems.map((p) => p.code);

describe('好又多超市（东门店） and （西门店）: two stores, two accounts', () => {
  const merged = planOf(LEDGER, ['exact', 'likely']);

  it('groups them for review only, saying they are two branches and naming both', () => {
    for (const plan of [planOf(LEDGER, []), merged]) {
      const g = groupOf(plan, 3)!;
      expect([g.rows, g.confidence]).toEqual([[3, 4], 'review']);
      expect(reasonTexts('zh-CN', g.reasons).join('；')).toContain('✗ 同一公司的不同分店或分支机构（东门店 / 西门店）：各是一个账户，不自动合并');
      // Two stores' two debts are two: the question asked of one customer typed twice is not asked of them.
      expect(reasonTexts('zh-CN', g.reasons).join('；')).not.toContain('分不清是两笔欠款还是同一笔');
      // Each rep holds his own store: no 撞单, sure or possible.
      expect([g.ownerConflict, g.possibleOwnerConflict]).toEqual([undefined, undefined]);
    }
  });

  it('--merge folds neither store, nor 家家乐超市 一分店 into 二分店: only 老王烟酒 typed twice', () => {
    expect(merged.merge!.removeRows.length).toBe(1);
    expect([2, 8]).toContain(merged.merge!.removeRows[0]);
  });

  it('leaves each store its own 欠款 and 本年进货额 (42000 / 268000 and 18000 / 152000)', () => {
    const touched = merged.merge!.edits.filter((e) => [3, 4, 6, 7].includes(e.sheetRow));
    expect(touched).toEqual([]);
  });

  it('counts both stores in the spending, before and after a merge: 老王烟酒 once, on its larger 186000', () => {
    const total = 186000 + 268000 + 152000 + 380000 + 88000 + 64000;
    expect(spending(planOf(LEDGER, []))).toBe(total);
    expect(spending(merged)).toBe(total);
  });
});

describe('老王烟酒店 / 老王烟酒 (one store typed twice): 186000 and 4.5万 are not close', () => {
  const merged = planOf(LEDGER, ['exact', 'likely']);
  const kept = () => merged.merge!.archive[0].survivorRow;

  it('never calls them close; 合并记录 keeps both figures and says the larger is kept without adding', () => {
    const note = mergedValues(merged, kept());
    expect(note).not.toContain('相近');
    expect(note).toContain('本年进货额：186000 / 45000 相差较大');
    expect(note).toMatch(/45000|4\.5万/);
    const en = planOf(LEDGER, ['exact', 'likely'], 'en');
    expect(mergedValues(en, en.merge!.archive[0].survivorRow)).toContain('本年进货额: 186000 / 45000 are far apart');
  });

  it('warns of the figure kept and of the 欠款 left on the archived row (never silently gone)', () => {
    expect(codes(merged)).toContain('dedupe.totals.larger.merged');
    expect(codes(merged)).toContain('dedupe.owedElsewhere');
  });
});

describe('Joe\'s Pizza (Downtown) and (Airport): one owner, two restaurants', () => {
  const merged = planOf(CHAIN, ['exact', 'likely'], 'en', 'US');

  it('is not merged but offered for review, each keeping its own balance and spend, the reason naming both locations', () => {
    expect(merged.merge?.removeRows ?? []).toEqual([]);
    const g = groupOf(merged, 2)!;
    expect([g.rows, g.confidence]).toEqual([[2, 4], 'review']);
    expect(reasonTexts('en', g.reasons).join('; ')).toContain("✗ one company's different branches or stores (Downtown / Airport): each its own account, never merged unasked");
    expect(spending(merged)).toBe(38400 + 9800 + 22100);
  });
});
