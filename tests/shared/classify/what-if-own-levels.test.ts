/**
 * The what-if preview on a team's own tier names: a sheet states its tiers in the words the
 * settings define (A/B/C, Key Account/Standard/Small, 大/中/小客户), and is compared in them.
 */
import { classify } from '../../../shared/classify/classify';
import { DEFAULT_CLASSIFY_SETTINGS, type ClassifySettings } from '../../../shared/classify/settings';
import { civil, d, rec } from './helpers';

const TODAY = civil('2026-12-02');
const level = (id: string, zh: string, en: string, when?: unknown) => ({ id, label: { 'zh-CN': zh, en }, ...(when ? { when } : {}) });
const gte = (value: number) => ({ field: 'amount', op: 'gte', value });
const whatIf = (sheet: ReturnType<typeof rec>[], settings: ClassifySettings, dimension: string) =>
  classify(sheet, settings, TODAY).whatIf.dimensions.find((x) => x.dimension === dimension)!;

describe('tiers of the team’s own: ids and labels A, B, C', () => {
  const settings = {
    ...DEFAULT_CLASSIFY_SETTINGS,
    tier: [level('A', 'A', 'A', gte(1_000_000)), level('B', 'B', 'B', gte(200_000)), level('C', 'C', 'C', { field: 'amount', op: 'notEmpty' }), { id: 'unknown' }],
  } as unknown as ClassifySettings;
  // By hand: 宏达 (¥300,000) falls from A to B, 新锐 (¥1,200,000) rises from C to A, 明远 (¥80,000) from B级 to C.
  const sheet = [
    rec(2, { company: '华东精工机械有限公司', amount: 1_500_000, tier: 'A', lastPurchase: d('2026-11-20') }),
    rec(3, { company: '宏达化工有限公司', amount: 300_000, tier: 'A', lastPurchase: d('2026-10-02') }),
    rec(4, { company: '锦程物流有限公司', amount: 250_000, tier: 'B', lastPurchase: d('2026-09-15') }),
    rec(5, { company: '顺丰五金商行', amount: 50_000, tier: 'C', lastPurchase: d('2026-06-30') }),
    rec(6, { company: '新锐医药科技有限公司', amount: 1_200_000, tier: 'C', lastPurchase: d('2026-11-28') }),
    rec(7, { company: '明远贸易有限公司', amount: 80_000, tier: 'B级', lastPurchase: d('2026-08-08') }),
  ];

  it('compares A with A: three of six change, in the settings’ order', () => {
    const tier = whatIf(sheet, settings, 'tier');
    expect(tier).toMatchObject({ compared: 6, unchanged: 3, changed: 3, unrecognized: 0 });
    expect(tier.transitions).toEqual([
      { from: 'A', to: 'A', count: 1 },
      { from: 'A', to: 'B', count: 1 },
      { from: 'B', to: 'B', count: 1 },
      { from: 'B', to: 'C', count: 1 },
      { from: 'C', to: 'A', count: 1 },
      { from: 'C', to: 'C', count: 1 },
    ]);
  });

  it('a built-in word (高) names none of A, B, C: unrecognized, not a change from high to A', () => {
    const tier = whatIf([rec(2, { company: '华东精工机械有限公司', amount: 1_500_000, tier: '高' })], settings, 'tier');
    expect(tier).toMatchObject({ compared: 0, changed: 0, unrecognized: 1 });
  });
});

describe('English tiers: Key Account, Standard, Small in the Tier column', () => {
  const settings = {
    ...DEFAULT_CLASSIFY_SETTINGS,
    tier: [
      level('key', '大客户', 'Key Account', gte(500_000)),
      level('standard', '标准', 'Standard', gte(100_000)),
      level('small', '小客户', 'Small', { field: 'amount', op: 'lt', value: 100_000 }),
      { id: 'unknown' },
    ],
  } as unknown as ClassifySettings;
  // By hand: Contoso ($150,000) is Standard now, Litware ($700,000) a Key Account.
  const sheet = [
    rec(2, { company: 'Northwind Traders', amount: 600_000, tier: 'Key Account' }),
    rec(3, { company: 'Contoso Ltd.', amount: 150_000, tier: 'Key Account' }),
    rec(4, { company: 'Fabrikam Inc.', amount: 120_000, tier: 'standard' }),
    rec(5, { company: 'Tailspin Toys', amount: 40_000, tier: 'Small' }),
    rec(6, { company: 'Litware Inc.', amount: 700_000, tier: 'Small' }),
  ];

  it('reads the exact words the settings label the levels with: five compared, two change', () => {
    expect(whatIf(sheet, settings, 'tier')).toMatchObject({ compared: 5, changed: 2, unrecognized: 0 });
  });
});

describe('大客户 / 中客户 / 小客户 in 客户等级', () => {
  const settings = { ...DEFAULT_CLASSIFY_SETTINGS, tier: { preset: 'tierByAmount', thresholds: [1_000_000, 200_000] } } as unknown as ClassifySettings;
  const sheet = [
    rec(2, { company: '合肥丰安制药有限公司', amount: 2_460_000, tier: '大客户', customerType: '流失' }),
    rec(3, { company: '青岛广昌化工材料有限公司', amount: 883_000, tier: '中客户', customerType: '流失' }),
    rec(4, { company: '苏州明德电子有限公司', amount: 150_000, tier: '大客户', customerType: '成交' }),
    rec(5, { company: '温州宏利鞋业有限公司', amount: 60_000, tier: '小客户', customerType: '成交' }),
  ];

  it('reads 大客户 as the top tier: 苏州明德 (¥150,000) falls from it to low', () => {
    const tier = whatIf(sheet, settings, 'tier');
    expect(tier).toMatchObject({ compared: 4, changed: 1, unrecognized: 0 });
    expect(tier.transitions).toContainEqual({ from: 'high', to: 'low', count: 1 });
  });

  it('does not read the tier column’s 大客户 as a VIP mark: the sheet says nothing of VIP', () => {
    expect(whatIf(sheet, settings, 'vip')).toMatchObject({ compared: 0, changed: 0, transitions: [] });
  });

  it('still reads a VIP written in the tier column as one', () => {
    const marked = [...sheet.slice(0, 3), rec(5, { ...sheet[3].fields, tier: 'VIP' })];
    expect(whatIf(marked, settings, 'vip')).toMatchObject({ compared: 4 });
  });
});
