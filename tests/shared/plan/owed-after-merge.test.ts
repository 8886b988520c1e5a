/**
 * What a customer owes (欠费, 欠款, 应收, Balance Due, Amount Due, Outstanding) does not leave the sheet
 * unsaid when a merge archives the row holding it (tester h66, 口腔诊所: 林晓's 欠费 1200 went to the
 * archive and the kept row showed 0). Rows of two accounts (two customer IDs) owe apart: the kept row
 * holds their sum, each account's figure in the merged values. Rows not told apart may be one balance
 * typed at two dates: the kept row keeps its own, and a warning names the amount on the archived row
 * and what the two come to. The same debt typed twice (one amount on both rows) is one debt: no sum,
 * no warning.
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

const TODAY = '2024-12-01';

function mergedPlan(rows: string[][]): Plan {
  const out = run(gridOf(rows, '患者档案'), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
/** The cell of `header` on `sheetRow` as the merged sheet holds it. */
function shown(plan: Plan, rows: string[][], sheetRow: number, header: string): string {
  const col = plan.columns.find((c) => c.header === header)!.col;
  const write = plan.merge?.edits.find((e) => e.sheetRow === sheetRow && e.col === col) ?? plan.edits.find((e) => e.sheetRow === sheetRow && e.col === col);
  return write ? cellText(write.after) : rows[sheetRow - 1][col];
}
const owedSaid = (plan: Plan, lang: 'zh-CN' | 'en') =>
  plan.problems.filter((p) => p.code === 'dedupe.owedElsewhere' || (p.code.startsWith('dedupe.totals') && /欠|Due/.test(String(p.params?.header)))).map((p) => [p.severity, t(lang, p.code, p.params)]);

describe('a patient typed twice at a 口腔诊所: what he owes stays in sight', () => {
  // 林晓 came for a root canal on 11-15 (1200 unpaid), and at her crown on 11-25 the front desk typed her
  // in again (欠费 0). No 病历号 says whether 1200 is still owed or was settled by the newer row.
  const DENTAL = [
    ['患者姓名', '性别', '出生日期', '电话', '上次就诊', '治疗项目', '医生', '欠费'],
    ['林晓', '女', '1990-12-05', '13760001234', '2024-11-15', '根管治疗', '张医生', '1200'],
    ['林晓', '女', '1990-12-05', '13760001234', '2024-11-25', '牙冠修复', '张医生', '0'],
    ['何家豪', '男', '2015-12-12', '020-38001234', '2024-07-01', '正畸', '李医生', '8600'],
    ['吴敏', '女', '1985-03-10', '13560009876', '2022-01-10', '洗牙', '李医生', '0'],
  ];
  const plan = mergedPlan(DENTAL);

  it('merges 林晓 into her newer row, the one owing 0', () => {
    expect(plan.merge?.removeRows).toEqual([2]);
  });

  it('warns, in zh-CN and en, that the archived row holds 欠费 1200 the kept row does not show', () => {
    expect(owedSaid(plan, 'zh-CN')).toEqual([[
      'warning',
      '同一客户重复录入，合并后保留原第 3 行；移到归档的原第 2 行“欠费”为 1200（保留行为 0）：这笔欠款不在保留行上。没有列标明两行是不同账户（可能是同一笔欠款在两个日期各录了一次），所以没有相加。如果两笔都还欠着，请把原第 3 行改为 1200。',
    ]]);
    expect(owedSaid(plan, 'en')).toEqual([[
      'warning',
      'The merge kept row 3 of a customer typed twice; row 2, moved to the archive, holds a "欠费" of 1200 (the kept row: 0): money owed that the kept row does not show. Nothing says the two rows are two accounts (it may be one balance typed at two dates), so they were not added. If both are still owed, change row 3 to 1200.',
    ]]);
  });

  it('leaves the kept row\'s own 欠费 as typed, and the 1200 in the merged values', () => {
    expect(shown(plan, DENTAL, 3, '欠费')).toBe('0');
    const note = cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(3)]);
    expect(note).toContain('欠费: 1200');
  });

  it('says nothing when the same debt was typed twice: one amount on both rows is one debt', () => {
    const TWICE = [
      ['患者姓名', '性别', '出生日期', '电话', '上次就诊', '治疗项目', '医生', '欠费'],
      ['陈志强', '男', '1979-06-18', '13922334455', '2024-10-08', '种植牙', '李医生', '3500'],
      ['陈志强', '男', '1979-06-18', '13922334455', '2024-10-08', '种植牙', '李医生', '3500'],
    ];
    const twice = mergedPlan(TWICE);
    expect(twice.merge?.removeRows).toEqual([3]);
    expect(owedSaid(twice, 'en')).toEqual([]);
    expect(shown(twice, TWICE, 2, '欠费')).toBe('3500');
  });

  it('a kept row with 欠费 left blank takes the copy\'s 800: nothing to warn of', () => {
    const BLANK = [
      ['患者姓名', '性别', '出生日期', '电话', '上次就诊', '治疗项目', '医生', '欠费'],
      ['黄丽萍', '女', '1982-04-09', '13825006789', '2024-09-02', '牙周治疗', '张医生', '800'],
      ['黄丽萍', '女', '1982-04-09', '13825006789', '2024-11-12', '复查', '张医生', ''],
    ];
    const filled = mergedPlan(BLANK);
    expect(filled.merge?.removeRows).toEqual([2]);
    expect(shown(filled, BLANK, 3, '欠费')).toBe('800');
    expect(owedSaid(filled, 'en')).toEqual([]);
  });

  it('a 应收款 column is read alike', () => {
    const ar = mergedPlan([
      ['客户名称', '联系人', '手机', '应收款'],
      ['佛山市南海区顺达陶瓷有限公司', '梁振东', '13602811234', '0'],
      ['佛山市南海区顺达陶瓷有限公司', '梁振东', '13602811234', '45000'],
    ]);
    expect(ar.merge?.removeRows).toEqual([3]);
    expect(ar.problems.filter((p) => p.code === 'dedupe.owedElsewhere').map((p) => [p.params?.header, p.params?.value])).toEqual([['应收款', '45000']]);
  });
});

describe('two accounts of one customer: what he owes is their sum', () => {
  // A wholesaler's QuickBooks-style customer list: Liz Taylor opened a second account (a new Customer ID,
  // her other e-mail) and owes on both.
  const LEDGER = [
    ['Customer ID', 'First Name', 'Last Name', 'Email', 'Default Address Address1', 'Default Address City', 'Default Address Zip', 'Phone', 'Balance Due'],
    ["'6012345678901", 'Liz', 'Taylor', 'liz.taylor@gmail.com', '88 Queen St W', 'Toronto', 'M5H 2M5', "'+14165550190", '250.00'],
    ["'6012345678902", 'Elizabeth', 'Taylor', 'e.taylor@outlook.com', '88 Queen Street West', 'Toronto', 'M5H2M5', "'+14165550190", '89.99'],
    ["'6012345678905", 'Chloé', 'Dubois', 'chloe.dubois@orange.fr', '12 rue de Rivoli', 'Paris', '75004', "'+33142601234", '0.00'],
  ];
  const plan = mergedPlan(LEDGER);

  it('keeps Liz\'s row holding the two accounts\' Balance Due summed, each one noted', () => {
    expect(plan.merge?.removeRows).toEqual([3]);
    expect(shown(plan, LEDGER, 2, 'Balance Due')).toBe('339.99');
    const note = cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(2)]);
    expect(note).toContain('Balance Due: 250');
    expect(note).toContain('Balance Due: 89.99');
  });

  it('says the sum as such, and gives no warning of money left on the archive', () => {
    const said = owedSaid(plan, 'en');
    expect(said).toHaveLength(1);
    expect(said[0][0]).toBe('info');
    expect(said[0][1]).toContain('"Balance Due" is their sum, 339.99 (250 + 89.99)');
  });
});
