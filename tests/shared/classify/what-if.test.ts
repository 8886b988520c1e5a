import { classify } from '../../../shared/classify/classify';
import { DEFAULT_CLASSIFY_SETTINGS } from '../../../shared/classify/settings';
import { readExistingLabel, readLabelWord } from '../../../shared/classify/existing-labels';
import type { BuiltinDimension } from '../../../shared/classify/labels';
import { civil, d, rec } from './helpers';

describe('readLabelWord: the classes a sheet already states, read loosely', () => {
  it.each<[BuiltinDimension, string, string | null]>([
    ['lifecycle', '潜在客户', 'potential'],
    ['lifecycle', '意向客户', 'potential'],
    ['lifecycle', '现有客户', 'existing'],
    ['lifecycle', '老客户', 'existing'],
    ['lifecycle', '流失客户', 'churned'],
    ['lifecycle', 'Prospect', 'potential'],
    ['lifecycle', 'Existing customer', 'existing'],
    ['lifecycle', 'CHURNED', 'churned'],
    ['lifecycle', 'VIP', null],
    // A CRM's stages: HubSpot lifecycle stages, Salesforce lead status, a Chinese CRM's 销售阶段.
    ['lifecycle', 'Customer', 'existing'],
    ['lifecycle', 'Evangelist', 'existing'],
    ['lifecycle', 'Marketing Qualified Lead', 'potential'],
    ['lifecycle', 'Opportunity', 'potential'],
    ['lifecycle', 'Open - Not Contacted', 'potential'],
    ['lifecycle', 'Closed - Converted', 'existing'],
    ['lifecycle', 'Closed Won', 'existing'],
    ['lifecycle', 'Closed Lost', null],
    ['lifecycle', '签约客户', 'existing'],
    ['lifecycle', '合作中', 'existing'],
    ['lifecycle', '跟进中', 'potential'],
    ['lifecycle', '试用中', 'potential'],
    ['lifecycle', '新客户', null],
    ['activity', '休眠', 'dormant'],
    ['activity', 'Inactive', 'dormant'],
    ['activity', '跟进中', null],
    ['tier', '高价值客户', 'high'],
    ['tier', '高', 'high'],
    ['tier', 'A级', 'high'],
    ['tier', 'Ａ类客户', 'high'],
    ['tier', '中价值', 'medium'],
    ['tier', '一般客户', 'medium'],
    ['tier', '低', 'low'],
    ['tier', 'Low value', 'low'],
    ['tier', 'High Tier', 'high'],
    ['tier', '中国', null],
    ['vip', 'VIP客户', 'vip'],
    ['vip', 'svip', 'vip'],
    ['vip', '贵宾', 'vip'],
    ['vip', 'KA', 'vip'],
    ['vip', 'Kaiser', null],
  ])('%s: %s → %s', (dimension, text, expected) => {
    expect(readLabelWord(dimension, text)).toBe(expected);
  });

  it('looks in the next column when the first names nothing, and tells blank from unrecognized', () => {
    expect(readExistingLabel(rec(2, { customerType: 'VIP', status: '流失' }), 'lifecycle')).toBe('churned');
    expect(readExistingLabel(rec(2, { customerType: '合作伙伴' }), 'lifecycle')).toBe('unrecognized');
    expect(readExistingLabel(rec(2, {}), 'lifecycle')).toBe('blank');
    expect(readExistingLabel(rec(2, { tier: '高' }), 'vip')).toBe('unmarked');
    expect(readExistingLabel(rec(2, { tags: '展会, VIP' }), 'vip')).toBe('vip');
  });

  it.each<[string | boolean, string]>([
    ['是', 'vip'], ['否', 'regular'], ['Y', 'vip'], ['no', 'regular'], ['✓', 'vip'], ['×', 'regular'], [true, 'vip'], ['VIP', 'vip'], ['SVIP', 'vip'],
  ])('a yes/no VIP column (是否VIP): %j → %s, whatever the other columns say', (value, expected) => {
    expect(readExistingLabel(rec(2, { vip: value, tags: expected === 'vip' ? '' : 'VIP' }), 'vip')).toBe(expected);
  });

  it('an unreadable VIP cell leaves it to the other columns', () => {
    expect(readExistingLabel(rec(2, { vip: '待定', tags: 'VIP' }), 'vip')).toBe('vip');
  });

  it.each<[string, string]>([['★★★★★', 'high'], ['★★★', 'medium'], ['★', 'low'], ['5星', 'high'], ['三星', 'medium'], ['非常重要', 'high']])('stars and importance in a tier column: %j → %s', (value, expected) => {
    expect(readExistingLabel(rec(2, { tier: value }), 'tier')).toBe(expected);
  });
});

describe('what-if summary', () => {
  const TODAY = civil('2025-06-30');
  const sheet = [
    rec(2, { customerType: '现有客户', tier: '高', lastPurchase: d('2025-06-01'), amount: 200000 }),
    rec(3, { customerType: '现有客户', tier: '高', lastPurchase: d('2024-01-01'), amount: 50000 }),
    rec(4, { customerType: '潜在客户', tier: '低' }),
    rec(5, { customerType: '潜在', tier: 'VIP', lastPurchase: d('2025-05-01'), amount: 900000 }),
    rec(6, { customerType: '合作伙伴', tier: '中', lastPurchase: '去年', amount: '面议' }),
    rec(7, { lastPurchase: d('2025-06-01'), amount: 100 }),
    rec(8, { tier: '普通', lastPurchase: d('2025-06-20'), amount: 600000 }),
  ];
  const { whatIf } = classify(sheet, DEFAULT_CLASSIFY_SETTINGS, TODAY);
  const dim = (id: string) => whatIf.dimensions.find((x) => x.dimension === id)!;

  it('counts lifecycle changes as a from → to table', () => {
    expect(dim('lifecycle')).toEqual({
      dimension: 'lifecycle', compared: 4, unchanged: 2, changed: 2, unrecognized: 1, undecided: 0, unreadLabels: { count: 1, example: '合作伙伴' },
      transitions: [
        { from: 'potential', to: 'potential', count: 1 },
        { from: 'potential', to: 'existing', count: 1 },
        { from: 'existing', to: 'existing', count: 1 },
        { from: 'existing', to: 'churned', count: 1 },
      ],
    });
  });

  // Row 4 has no amount: its tier is the sheet's own 低 (stated-tier.ts), the same; row 6's 面议 is an
  // amount the rule cannot read, undecided.
  it('counts tier changes; an undecided tier is not a change', () => {
    expect(dim('tier')).toEqual({
      dimension: 'tier', compared: 4, unchanged: 2, changed: 2, unrecognized: 1, undecided: 1, unreadLabels: { count: 1, example: 'VIP' },
      transitions: [
        { from: 'high', to: 'high', count: 1 },
        { from: 'high', to: 'medium', count: 1 },
        { from: 'low', to: 'high', count: 1 },
        { from: 'low', to: 'low', count: 1 },
      ],
    });
  });

  it('reads VIP marks from the tier column and counts rows changed overall', () => {
    expect(dim('vip')).toMatchObject({ compared: 6, unchanged: 5, changed: 1 });
    expect(dim('vip').transitions).toEqual([
      { from: 'vip', to: 'vip', count: 1 },
      { from: 'regular', to: 'vip', count: 1 },
      { from: 'regular', to: 'regular', count: 4 },
    ]);
    expect(whatIf.rowsCompared).toBe(6);
    expect(whatIf.rowsChanged).toBe(3);
  });
});

describe('a VIP mark that is negated (非VIP, 不是VIP, Non-VIP) reads as regular', () => {
  it.each<[string, string | null, string]>([
    ['非VIP', 'regular', '非 before the mark'],
    ['不是VIP', 'regular', '不是 before the mark'],
    ['否VIP', 'regular', '否 before the mark'],
    ['非VIP客户', 'regular', 'a suffix after the negated mark'],
    ['非 VIP', 'regular', 'a space between'],
    ['非贵宾', 'regular', 'the Chinese mark negated'],
    ['Non-VIP', 'regular', 'non- before the mark'],
    ['not VIP', 'regular', 'not before the mark'],
    ['No VIP', 'regular', 'no before the mark'],
    ['Casino VIP', 'vip', '"no" inside a word negates nothing'],
    ['VIP, 非贵宾', 'vip', 'one mark stands un-negated'],
    ['VIP客户', 'vip', 'a plain mark'],
    ['老客户', null, 'no mark at all'],
  ])('%j → %s (%s)', (text, expected) => {
    expect(readLabelWord('vip', text)).toBe(expected);
  });

  it('the sheet of the tester (VIP客户 and 标签 columns): the negated marks are regular, and 李娜\'s VIP mark is kept', () => {
    // Every amount is far below the VIP bar (¥500,000): the rule makes no one VIP, and takes no one's
    // mark away either (a shop's own VIP list stands beside the rule: tester h74 #3).
    const sheet = [
      rec(2, { name: '张伟', amount: 1000, lastPurchase: d('2026-11-20'), vip: '非VIP', tags: null }),
      rec(3, { name: '李娜', amount: 2000, lastPurchase: d('2026-11-20'), vip: 'VIP', tags: null }),
      rec(4, { name: '王强', amount: 3000, lastPurchase: d('2026-11-20'), vip: null, tags: '非VIP客户' }),
      rec(5, { name: '刘洋', amount: 4000, lastPurchase: d('2026-11-20'), vip: '否', tags: null }),
      rec(6, { name: '陈静', amount: 4000, lastPurchase: d('2026-11-20'), vip: '不是VIP', tags: null }),
    ];
    const vip = classify(sheet, DEFAULT_CLASSIFY_SETTINGS, civil('2026-12-01')).whatIf.dimensions.find((x) => x.dimension === 'vip')!;
    expect(vip).toMatchObject({ compared: 5, unchanged: 5, changed: 0 });
    expect(vip.transitions).toEqual(expect.arrayContaining([
      { from: 'vip', to: 'vip', count: 1 },
      { from: 'regular', to: 'regular', count: 4 },
    ]));
  });
});

describe('a sheet that says nothing about VIP is not read as "all regular"', () => {
  const TODAY = civil('2026-12-01');
  // A HubSpot export: lifecycle stage and lead status, no VIP column, no VIP mark anywhere.
  const crm = [
    rec(2, { name: 'John Smith', customerType: 'Customer', status: 'Connected', lastPurchase: d('2026-11-20'), amount: 120000, orders: 4 }),
    rec(3, { name: 'Mary Jones', customerType: 'Lead', status: 'New', lastPurchase: d('2026-10-01'), orders: 0 }),
    rec(4, { name: 'Tim Green', customerType: 'Evangelist', lastPurchase: d('2026-11-30'), amount: 600000, orders: 12 }),
    rec(5, { name: 'Kim Blue', customerType: 'Former Customer', lastPurchase: d('2025-01-05'), amount: 20000, orders: 3 }),
  ];
  const vipOf = (sheet: typeof crm) => classify(sheet, DEFAULT_CLASSIFY_SETTINGS, TODAY).whatIf.dimensions.find((x) => x.dimension === 'vip')!;

  it('no VIP column and no VIP mark: nothing to compare, Tim Green (¥600,000) is no change', () => {
    expect(vipOf(crm)).toMatchObject({ compared: 0, changed: 0, transitions: [] });
  });

  it('one row marked VIP in a column: the rows without the mark are regular (the marked one stays VIP)', () => {
    const marked = [...crm.slice(0, 3), rec(5, { ...crm[3].fields, customerType: 'VIP' })];
    expect(vipOf(marked).transitions).toEqual(expect.arrayContaining([
      { from: 'vip', to: 'vip', count: 1 },
      { from: 'regular', to: 'vip', count: 1 },
      { from: 'regular', to: 'regular', count: 2 },
    ]));
    expect(vipOf(marked).transitions).toHaveLength(3);
  });

  it('a VIP column, even blank in a row, makes its other columns\' silence a no', () => {
    const withColumn = crm.map((r, i) => rec(r.sheetRow, { ...r.fields, vip: i === 0 ? '否' : null }));
    expect(vipOf(withColumn)).toMatchObject({ compared: 4, changed: 1 });
  });
});
