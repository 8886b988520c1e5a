import fc from 'fast-check';
import { classify, type ClassifiedRow } from '../../../shared/classify/classify';
import { DEFAULT_CLASSIFY_SETTINGS, type ClassifySettings } from '../../../shared/classify/settings';
import { reasonText } from '../../../shared/classify/reason';
import { labelText } from '../../../shared/classify/labels';
import { anyRecords, civil, d, rec } from './helpers';

const TODAY = civil('2025-06-30');

/** A sheet as a sales team keeps it: Chinese and English names, clean and unreadable values. */
const SHEET = [
  rec(2, { name: '张伟', company: '深圳前海科技有限公司', lastPurchase: d('2025-05-20'), orders: 12, amount: 186000, owner: '李娜' }),
  rec(3, { name: '王芳', lastPurchase: d('2024-05-26'), lastContact: d('2025-01-15'), orders: 3, amount: 25000 }),
  rec(4, { name: 'Emily Chen', company: 'Acme Trading Ltd', lastContact: d('2025-06-01') }),
  rec(5, { name: '刘强', lastPurchase: d('2025-04-01'), orders: 40, amount: 680000 }),
  rec(6, { name: '陈静', lastPurchase: d('2025-03-31'), orders: 1, amount: 9999 }),
  rec(7, { name: '赵磊', lastPurchase: '去年', orders: '若干', amount: '面议' }),
  rec(8, { name: 'John Smith', orders: 5 }),
  rec(9, { name: '孙丽', lastPurchase: d('2024-06-30'), amount: 10000 }),
  rec(10, { name: '周杰', lastPurchase: d('2024-06-29'), amount: 99999.5 }),
  rec(11, { name: '吴敏', lastPurchase: d('2025-08-01'), orders: 2, amount: 3000 }),
  rec(12, { name: 'Zero Li', orders: 0, amount: 0 }),
  rec(13, { name: '郑浩', lastContact: { kind: 'error', value: '#N/A' }, amount: { kind: 'error', value: '#VALUE!' } }),
];

const result = classify(SHEET, DEFAULT_CLASSIFY_SETTINGS, TODAY);
const byRow = new Map(result.rows.map((r) => [r.sheetRow, r]));
const reasonsOf = (row: ClassifiedRow, dim: string, lang: 'zh-CN' | 'en') =>
  row.reasons.filter((r) => r.dimension === dim).map((r) => reasonText(lang, r));

describe('classify with the default rules', () => {
  it.each<[number, string, string, string, string, string]>([
    [2, 'existing', 'active', 'high', 'regular', 'bought 41 days ago, ¥186,000'],
    [3, 'churned', 'dormant', 'medium', 'regular', 'last purchase 400 days ago, but contacted 166 days ago'],
    [4, 'potential', 'active', 'unknown', 'regular', 'no purchase data at all; contacted 29 days ago'],
    [5, 'existing', 'active', 'high', 'vip', 'exactly 90 days is still active; ¥680,000 ≥ VIP bar'],
    [6, 'existing', 'dormant', 'low', 'regular', '91 days is dormant; 9,999 < 10,000'],
    [7, 'unknown', 'unknown', 'unknown', 'regular', 'text the cleaner could not read is unknown, never a crash'],
    [8, 'existing', 'unknown', 'unknown', 'regular', 'orders but no purchase date: existing, recency unknown'],
    [9, 'existing', 'dormant', 'medium', 'regular', 'exactly 365 days is not churned yet; 10,000 is medium'],
    [10, 'churned', 'lost', 'medium', 'regular', '366 days is churned and lost'],
    [11, 'unknown', 'unknown', 'low', 'regular', 'a last purchase in the future cannot be placed'],
    [12, 'potential', 'unknown', 'low', 'regular', 'orders 0 and amount 0 count as no purchase'],
    [13, 'unknown', 'unknown', 'unknown', 'regular', 'error cells are unknown values'],
  ])('row %i → %s / %s / %s / %s (%s)', (sheetRow, lifecycle, activity, tier, vip) => {
    const row = byRow.get(sheetRow)!;
    expect(row.labels).toEqual({ lifecycle, activity, tier, vip, custom: {} });
  });

  it('explains churn in both languages', () => {
    const row = byRow.get(3)!;
    expect(reasonsOf(row, 'lifecycle', 'zh-CN')).toEqual(['最近购买 400 天前 > 365 天']);
    expect(reasonsOf(row, 'lifecycle', 'en')).toEqual(['Last purchase 400 days ago > 365 days']);
    expect(reasonsOf(row, 'activity', 'zh-CN')).toEqual(['最近互动 166 天前 ≤ 365 天']);
  });

  it('explains tiers, VIP and the unknowns', () => {
    expect(reasonsOf(byRow.get(5)!, 'tier', 'zh-CN')).toEqual(['累计金额 680000 ≥ 100000']);
    expect(reasonsOf(byRow.get(5)!, 'vip', 'en')).toEqual(['Amount 680000 ≥ 500000']);
    expect(reasonsOf(byRow.get(4)!, 'lifecycle', 'zh-CN')).toEqual(['无购买记录（没有最近购买日期、购买次数和金额）']);
    expect(reasonsOf(byRow.get(7)!, 'tier', 'en')).toEqual(['the amount is not a number, or is in another currency than the one the tiers count']);
    expect(reasonsOf(byRow.get(8)!, 'activity', 'en')).toEqual(['no last purchase or last contact date']);
  });

  it('keeps the later of last purchase and last contact as the last activity', () => {
    expect(byRow.get(3)).toMatchObject({ lastActivity: '2025-01-15', daysSinceActivity: 166 });
    expect(byRow.get(8)!.lastActivity).toBeUndefined();
    expect(byRow.get(11)).toMatchObject({ lastActivity: '2025-08-01', daysSinceActivity: -32 });
  });

  it('tells the day a dormant row turned dormant: the first day past the active days (90) after his last activity', () => {
    expect(byRow.get(3)).toMatchObject({ labels: expect.objectContaining({ activity: 'dormant' }), dormantSince: '2025-04-16' });
    const notDormant = result.rows.filter((r) => r.labels.activity !== 'dormant');
    expect(notDormant.length).toBeGreaterThan(0);
    expect(notDormant.map((r) => r.dormantSince)).toEqual(notDormant.map(() => undefined));
  });

  it('returns a legend with texts in both languages and no settings errors', () => {
    expect(result.errors).toEqual([]);
    expect(result.rfm).toBeUndefined();
    const tier = result.legend.find((l) => l.dimension === 'tier')!;
    expect(tier.title).toEqual({ 'zh-CN': '价值等级', en: 'Value tier' });
    expect(tier.labels.map((l) => l.text['zh-CN'])).toEqual(['高价值', '中价值', '低价值', '未知']);
  });
});

describe('a sheet without the columns a rule reads', () => {
  it('does not call a plain contact list potential customers', () => {
    const out = classify([
      rec(2, { name: '张伟', mobile: '138 1234 5678', lastContact: d('2025-06-01') }),
      rec(3, { name: 'Emily Chen', mobile: '+1 415 555 0100' }),
    ], DEFAULT_CLASSIFY_SETTINGS, TODAY);
    expect(out.rows.map((r) => r.labels)).toEqual([
      { lifecycle: 'unknown', activity: 'active', tier: 'unknown', vip: 'unknown', custom: {} },
      { lifecycle: 'unknown', activity: 'unknown', tier: 'unknown', vip: 'unknown', custom: {} },
    ]);
    // A first purchase alone tells too (a car dealer's 购车日期), a package held (a roster's 剩余课时), and a
    // contract or policy taken out (合同开始日, Effective Date), so the list names them.
    expect(reasonsOf(out.rows[0], 'lifecycle', 'zh-CN')).toEqual(['表中没有这条规则所需的列（最近购买、首次购买、购买次数、累计金额、剩余课时、合同开始日）']);
    expect(reasonsOf(out.rows[0], 'tier', 'en')).toEqual(['the sheet has no column this rule reads (Amount)']);
  });

  it('a member who spent but has no purchase date is churned when last seen over a year ago, not "existing" beside an activity of lost', () => {
    // A salon's member list: 累计消费 and 最近到店 (last contact), no purchase dates.
    const out = classify([
      rec(2, { name: '陈美玲', amount: 2600, lastContact: d('2024-01-02') }),
      rec(3, { name: '林晓燕', amount: 18800, lastContact: d('2025-06-28') }),
      rec(4, { name: '王丽', amount: 5600 }),
    ], DEFAULT_CLASSIFY_SETTINGS, TODAY);
    expect(out.rows.map((r) => [r.labels.lifecycle, r.labels.activity])).toEqual([['churned', 'lost'], ['existing', 'active'], ['existing', 'unknown']]);
    expect(reasonsOf(out.rows[0], 'lifecycle', 'zh-CN')).toEqual(['有消费但没有最近购买日期，最近互动 545 天前 > 365 天']);
    expect(reasonsOf(out.rows[0], 'lifecycle', 'en')).toEqual(['bought, no last purchase date, and last seen 545 days ago > 365 days']);
  });

  it('still calls a customer the status says has left churned (停止合作, 已解约): the one thing the sheet says of him', () => {
    // A dealer contact list with no purchase columns: only the status tells, and only of those it names.
    const out = classify([
      rec(2, { company: '杭州鑫通商贸有限公司', name: '王强', status: '停止合作' }),
      rec(3, { company: '宁波华发五金商行', name: '李明', status: '正常' }),
      rec(4, { company: 'Northgate Ltd', name: 'Sarah Jones', status: 'Former customer' }),
    ], DEFAULT_CLASSIFY_SETTINGS, TODAY);
    expect(out.rows.map((r) => [r.labels.lifecycle, r.labels.activity])).toEqual([['churned', 'lost'], ['unknown', 'unknown'], ['churned', 'lost']]);
    expect(reasonsOf(out.rows[0], 'lifecycle', 'zh-CN')).toEqual(['状态写明客户已离开（退费、退学、退卡、流失等）']);
    expect(reasonsOf(out.rows[2], 'activity', 'en')).toEqual(['the status says the customer has left (fees refunded, withdrawn, card returned, churned …)']);
  });

  it('judges by the columns it has when some are missing (no orders column)', () => {
    const out = classify([rec(2, { lastPurchase: null, amount: null }), rec(3, { lastPurchase: d('2025-01-01'), amount: 800 })], DEFAULT_CLASSIFY_SETTINGS, TODAY);
    expect(out.rows.map((r) => r.labels.lifecycle)).toEqual(['potential', 'existing']);
  });
});

describe('leap years', () => {
  it.each<[string, string, string, string]>([
    ['2024-03-01', '2023-03-01', 'churned', '2024 is a leap year: 366 days have passed'],
    ['2025-03-01', '2024-03-01', 'existing', '2024-03-01 → 2025-03-01 is 365 days'],
    ['2025-02-28', '2024-02-29', 'existing', 'from a 29 February, 365 days to the next 28 February'],
    ['2025-03-01', '2024-02-29', 'churned', 'and 366 to 1 March'],
  ])('today %s, last purchase %s → %s (%s)', (today, last, expected) => {
    const [row] = classify([rec(2, { lastPurchase: d(last), amount: 500 })], DEFAULT_CLASSIFY_SETTINGS, civil(today)).rows;
    expect(row.labels.lifecycle).toBe(expected);
  });
});

describe('settings', () => {
  it('uses the user numbers of a preset', () => {
    const settings: ClassifySettings = {
      ...DEFAULT_CLASSIFY_SETTINGS,
      lifecycle: { preset: 'lifecycleByPurchase', churnDays: 180 },
      tier: { preset: 'tierByAmount', thresholds: [50000] },
    };
    const rows = classify([rec(2, { lastPurchase: d('2024-12-01'), amount: 60000 })], settings, TODAY).rows;
    expect(rows[0].labels).toMatchObject({ lifecycle: 'churned', tier: 'high' });
    expect(reasonText('zh-CN', rows[0].reasons[0])).toBe('最近购买 211 天前 > 180 天');
  });

  it('runs user rules in order, on any field and on earlier labels', () => {
    const settings: ClassifySettings = {
      ...DEFAULT_CLASSIFY_SETTINGS,
      custom: [
        {
          id: 'region',
          label: { 'zh-CN': '大区', en: 'Region' },
          levels: [
            { id: 'south', label: { 'zh-CN': '华南', en: 'South' }, when: { field: 'province', op: 'in', value: ['广东', '广西', '海南'] } },
            { id: 'east', label: { 'zh-CN': '华东', en: 'East' }, when: { field: 'province', op: 'in', value: ['上海', '江苏', '浙江'] } },
          ],
        },
        {
          id: 'focus',
          levels: [{
            id: 'key-south', label: { 'zh-CN': '华南重点', en: 'Key south' },
            when: { all: [{ field: '@custom.region', op: 'eq', value: 'south' }, { field: '@tier', op: 'eq', value: 'high' }] },
          }],
        },
      ],
    };
    const out = classify([
      rec(2, { province: '广东', amount: 150000 }),
      rec(3, { province: '浙江', amount: 150000 }),
      rec(4, { province: '广东', amount: 500 }),
      rec(5, { amount: 1 }),
    ], settings, TODAY);
    expect(out.errors).toEqual([]);
    expect(out.rows.map((r) => r.labels.custom)).toEqual([
      { region: 'south', focus: 'key-south' },
      { region: 'east', focus: null },
      { region: 'south', focus: null },
      { region: null, focus: null },
    ]);
    const regionReason = out.rows[0].reasons.find((r) => r.dimension === 'region')!;
    expect(reasonText('zh-CN', regionReason)).toBe('省份为 广东（属于 广东, 广西, 海南）');
    expect(out.legend.find((l) => l.dimension === 'region')!.labels).toEqual([
      { id: 'south', text: { 'zh-CN': '华南', en: 'South' } },
      { id: 'east', text: { 'zh-CN': '华东', en: 'East' } },
    ]);
  });

  it('a reason on an earlier label shows the label as the run\'s language writes it, not its id', () => {
    const settings: ClassifySettings = {
      ...DEFAULT_CLASSIFY_SETTINGS,
      custom: [
        {
          id: 'region',
          label: { 'zh-CN': '大区', en: 'Region' },
          levels: [{ id: 'south', label: { 'zh-CN': '华南', en: 'South' }, when: { field: 'province', op: 'in', value: ['广东', '广西'] } }],
        },
        {
          id: 'focus',
          label: { 'zh-CN': '重点客户', en: 'Focus' },
          levels: [{
            id: 'key', label: { 'zh-CN': '重点', en: 'Key' },
            when: { all: [{ field: '@custom.region', op: 'in', value: ['south'] }, { field: '@tier', op: 'eq', value: 'high' }, { field: '@vip', op: 'ne', value: 'vip' }] },
          }],
        },
      ],
    };
    const out = classify([rec(2, { name: '深圳前海科技', province: '广东省', amount: 150000 })], settings, TODAY);
    expect(reasonsOf(out.rows[0], 'focus', 'zh-CN')).toEqual(['大区为 华南（属于 华南）', '价值等级为 高价值', 'VIP为 普通，不是 VIP']);
    expect(reasonsOf(out.rows[0], 'focus', 'en')).toEqual(['Region is South (one of South)', 'Value tier is High value', 'VIP is Regular, not VIP']);
  });

  it('skips a dimension whose rules are wrong, reports why, and runs the rest', () => {
    const settings = {
      ...DEFAULT_CLASSIFY_SETTINGS,
      tier: [{ id: 'high', when: { field: 'amount', op: 'greaterThan', value: 5 } }],
      custom: [{ id: 'x', levels: [{ id: 'y', when: { field: 'shoeSize', op: 'gt', value: 40 } }] }],
    } as unknown as ClassifySettings;
    const out = classify([rec(2, { amount: 200000, lastPurchase: d('2025-06-01') })], settings, TODAY);
    expect(out.errors.map((e) => [e.code, e.path])).toEqual([
      ['classify.settings.unknownOp', 'classify.tier[0].when.op'],
      ['classify.settings.unknownField', 'classify.custom[0].levels[0].when.field'],
    ]);
    expect(out.rows[0].labels).toEqual({ lifecycle: 'existing', activity: 'active', tier: null, vip: 'regular', custom: {} });
  });

  it('switches a dimension off with null', () => {
    const out = classify([rec(2, { amount: 1 })], { ...DEFAULT_CLASSIFY_SETTINGS, activity: null, vip: null }, TODAY);
    expect(out.rows[0].labels.activity).toBeNull();
    expect(out.rows[0].labels.vip).toBeNull();
    expect(out.legend.map((l) => l.dimension)).toEqual(['lifecycle', 'tier']);
  });

  it('tiers by RFM when asked, with the score bands in the summary', () => {
    const rows = Array.from({ length: 10 }, (_, i) =>
      rec(i + 2, { lastPurchase: d(`2025-06-${String(i + 1).padStart(2, '0')}`), orders: i + 1, amount: (i + 1) * 1000 }));
    const out = classify(rows, { ...DEFAULT_CLASSIFY_SETTINGS, tier: { preset: 'tierByRfm', thresholds: [12, 8] } }, TODAY);
    expect(out.rows.map((r) => r.rfm!.total)).toEqual([3, 3, 6, 6, 9, 9, 12, 12, 15, 15]);
    expect(out.rows.map((r) => r.labels.tier)).toEqual(['low', 'low', 'low', 'low', 'medium', 'medium', 'high', 'high', 'high', 'high']);
    expect(out.rfm!.scored).toBe(10);
    expect(out.rfm!.bands.filter((b) => b.component === 'm')[0]).toEqual({ component: 'm', score: 5, min: 9000, max: 10000, count: 2 });
  });
});

describe('RFM tiers on a sheet without an orders column (累计消费 and 最近消费 only)', () => {
  // A shop's member list: spend and last visit, no count of visits. Frequency cannot be scored, so
  // it is left out and the other two scores are scaled to the 3–15 total the thresholds speak of.
  const SHOP = [
    rec(2, { name: '张伟', amount: 900000, lastPurchase: d('2025-06-29') }),
    rec(3, { name: '李娜', amount: 50000, lastPurchase: d('2025-04-30') }),
    rec(4, { name: '王强', amount: 20000, lastPurchase: d('2024-12-29') }),
    rec(5, { name: '刘洋', amount: 8000, lastPurchase: d('2024-08-01') }),
    rec(6, { name: '陈静', amount: 1000, lastPurchase: d('2023-12-30') }),
  ];
  const out = classify(SHOP, { ...DEFAULT_CLASSIFY_SETTINGS, tier: { preset: 'tierByRfm' } }, TODAY);

  it('the best customer reaches "high": a missing column counts against nobody', () => {
    expect(out.rows.map((r) => r.rfm)).toEqual([
      { r: 5, m: 5, total: 15 },
      { r: 4, m: 4, total: 12 },
      { r: 3, m: 3, total: 9 },
      { r: 2, m: 2, total: 6 },
      { r: 1, m: 1, total: 3 },
    ]);
    expect(out.rows.map((r) => r.labels.tier)).toEqual(['high', 'high', 'medium', 'low', 'low']);
    expect(out.rfm!.missing).toEqual(['f']);
  });

  it('says in the reason that frequency was not scored', () => {
    expect(reasonsOf(out.rows[0], 'tier', 'zh-CN')).toEqual([
      'RFM 总分 15 ≥ 12',
      'RFM 未计购买次数（表中没有这一列或整列为空），总分由其余得分按比例折算到 3–15',
    ]);
    expect(reasonsOf(out.rows[1], 'tier', 'en')).toEqual([
      'RFM total 12 ≥ 12',
      'RFM without Orders (no such column, or one nobody filled): the total is the other scores scaled to 3–15',
    ]);
  });

  it('a 购买次数 column nobody filled is no column: the best customer still reaches "high"', () => {
    const blankOrders = classify(SHOP.map((r) => rec(r.sheetRow, { ...Object.fromEntries(Object.entries(r.fields)), orders: null })),
      { ...DEFAULT_CLASSIFY_SETTINGS, tier: { preset: 'tierByRfm' } }, TODAY);
    expect(blankOrders.rows.map((r) => r.labels.tier)).toEqual(['high', 'high', 'medium', 'low', 'low']);
    expect(blankOrders.rfm!.missing).toEqual(['f']);
  });

  it('a sheet with all three columns keeps its plain sum and says nothing more', () => {
    const full = classify(SHOP.map((r, i) => rec(r.sheetRow, { ...Object.fromEntries(Object.entries(r.fields)), orders: 5 - i })),
      { ...DEFAULT_CLASSIFY_SETTINGS, tier: { preset: 'tierByRfm' } }, TODAY);
    expect(full.rfm!.missing).toEqual([]);
    expect(full.rows[0].rfm).toEqual({ r: 5, f: 5, m: 5, total: 15 });
    expect(reasonsOf(full.rows[0], 'tier', 'en')).toEqual(['RFM total 15 ≥ 12']);
  });
});

describe('RFM tiers on a sheet of buyers and leads typed 0 (意向客户: 0 次, ¥0)', () => {
  const SHEET_OF_LEADS = [
    rec(2, { name: '李娜', orders: 0, amount: 0, lastContact: d('2025-06-14'), status: '意向客户' }),
    rec(3, { name: '张伟', orders: 14, amount: 86000, lastPurchase: d('2025-06-20'), status: '已成交' }),
    rec(4, { name: '王芳', orders: 5, amount: 12800, lastPurchase: d('2025-03-02'), status: '已成交' }),
    rec(5, { name: 'John Smith', orders: 0, amount: 0, lastContact: d('2025-05-02'), status: '意向客户' }),
    rec(6, { name: '刘强', orders: 2, amount: 3600, lastPurchase: d('2024-11-15'), status: '已成交' }),
  ];
  const settings: ClassifySettings = { ...DEFAULT_CLASSIFY_SETTINGS, tier: { preset: 'tierByRfm', thresholds: [12, 8] } };

  it('a lead with no purchase on record has the lowest total, and his reasons say both', () => {
    const lead = classify(SHEET_OF_LEADS, settings, TODAY).rows[0];
    expect(lead.rfm).toEqual({ r: 1, f: 1, m: 1, total: 3 });
    expect(reasonsOf(lead, 'lifecycle', 'zh-CN')).toEqual(['无购买记录（没有最近购买日期、购买次数和金额）']);
    expect(reasonsOf(lead, 'tier', 'zh-CN')).toEqual(['RFM 总分 3 < 8']);
  });

  it('the buyers\' tiers are the same whether the leads were typed 0 or left blank', () => {
    const blank = SHEET_OF_LEADS.map((r) => (r.fields.status?.kind === 'text' && r.fields.status.value === '意向客户'
      ? rec(r.sheetRow, { name: (r.fields.name as { value: string }).value, lastContact: r.fields.lastContact ?? null, status: '意向客户' })
      : r));
    const typed = classify(SHEET_OF_LEADS, settings, TODAY).rows;
    const left = classify(blank, settings, TODAY).rows;
    expect(typed.map((r) => [r.rfm, r.labels.tier])).toEqual(left.map((r) => [r.rfm, r.labels.tier]));
  });
});

describe('a last purchase date after today (2025-08-01 typed on 2025-06-30), orders and amount readable', () => {
  const SHEET_WITH_TYPO = [
    rec(2, { name: '吴敏', lastPurchase: d('2025-08-01'), lastContact: d('2025-05-16'), orders: 7, amount: 31729, status: '已成交' }),
    rec(3, { name: '张伟', lastPurchase: d('2025-06-20'), orders: 14, amount: 86000, status: '已成交' }),
    rec(4, { name: '王芳', lastPurchase: d('2025-03-02'), orders: 5, amount: 12800 }),
    rec(5, { name: 'Emily Chen', lastPurchase: d('2025-08-01'), orders: 2, amount: 3600 }),
  ];
  const out = classify(SHEET_WITH_TYPO, { ...DEFAULT_CLASSIFY_SETTINGS, tier: { preset: 'tierByRfm', thresholds: [12, 8] } }, TODAY);

  it('earns no RFM recency of 5: no RFM score, and the tier says why', () => {
    expect(out.rows[0].rfm).toBeUndefined();
    expect(out.rows[0].labels.tier).toBe('unknown');
    expect(reasonsOf(out.rows[0], 'tier', 'zh-CN')).toEqual(['无法计算 RFM：最近购买日期 2025-08-01 晚于今天']);
    expect(reasonsOf(out.rows[0], 'tier', 'en')).toEqual(['no RFM score: the last purchase date 2025-08-01 lies after today']);
  });

  it('the lifecycle reason names the date after today, not orders or an amount that cannot be read', () => {
    // 吴敏's 状态 已成交 is the sheet's own label: the reason says why the rules could not tell.
    expect(reasonsOf(out.rows[0], 'lifecycle', 'zh-CN')).toEqual(['表中自己的标注：状态为“已成交”（最近购买日期 2025-08-01 晚于今天）']);
    expect(reasonsOf(out.rows[3], 'lifecycle', 'zh-CN')).toEqual(['最近购买日期 2025-08-01 晚于今天，无法据此判断']);
    expect(reasonsOf(out.rows[3], 'lifecycle', 'en')).toEqual(['the last purchase date 2025-08-01 lies after today, so it tells nothing']);
  });

  it('the activity is judged by the last contact when the last purchase lies after today', () => {
    // 吴敏 was called on 2025-05-16, 45 days ago: whatever day he really bought, he is active, as his
    // account manager reads the row. The purchase typed for the future is named as left out.
    const wu = classify(SHEET_WITH_TYPO, DEFAULT_CLASSIFY_SETTINGS, TODAY).rows[0];
    expect(wu.labels.activity).toBe('active');
    expect(wu).toMatchObject({ lastActivity: '2025-05-16', daysSinceActivity: 45 });
    expect(reasonsOf(wu, 'activity', 'zh-CN')).toEqual(['最近互动 45 天前 ≤ 90 天', '最近购买 2025-08-01 晚于今天，未计入']);
    expect(reasonsOf(wu, 'activity', 'en')).toEqual(['Last activity 45 days ago ≤ 90 days', 'Last purchase 2025-08-01 lies after today and is left out']);
    // His lifecycle still cannot be told from a purchase date after today.
    expect(reasonsOf(wu, 'lifecycle', 'en')).toEqual(['the sheet\'s own label: Status is "已成交" (the last purchase date 2025-08-01 lies after today)']);
    // Emily Chen has no other date: her activity stays unknown.
    expect(out.rows[3].labels.activity).toBe('unknown');
  });

  it('and by the last purchase when the last contact lies after today (a follow-up typed in the wrong column)', () => {
    const [row] = classify([rec(2, { name: '李娜', lastPurchase: d('2024-11-08'), lastContact: d('2025-07-15'), orders: 4, amount: 15800 })], DEFAULT_CLASSIFY_SETTINGS, TODAY).rows;
    expect(row.labels).toMatchObject({ lifecycle: 'existing', activity: 'dormant' });
    expect(reasonsOf(row, 'activity', 'zh-CN')).toEqual(['最近互动 234 天前 ≤ 365 天', '最近联系 2025-07-15 晚于今天，未计入']);
  });

  it('both dates after today leave the activity unknown', () => {
    const [row] = classify([rec(2, { name: '王芳', lastPurchase: d('2025-08-01'), lastContact: d('2025-07-15'), orders: 1, amount: 2000 })], DEFAULT_CLASSIFY_SETTINGS, TODAY).rows;
    expect(row.labels.activity).toBe('unknown');
    expect(reasonsOf(row, 'activity', 'en')).toEqual(['the last purchase or contact date lies in the future']);
  });

  it('a date that cannot be read keeps its own reasons', () => {
    const unreadable = classify([rec(2, { name: '赵磊', lastPurchase: '上个月', orders: 3, amount: 5000 }), ...SHEET_WITH_TYPO.slice(1, 3)],
      { ...DEFAULT_CLASSIFY_SETTINGS, tier: { preset: 'tierByRfm', thresholds: [12, 8] } }, TODAY);
    // He bought (3 orders, ¥5,000): 现有客户, as with no date at all (tester h60), the reason naming the unread date.
    expect(unreadable.rows[0].labels.lifecycle).toBe('existing');
    expect(reasonsOf(unreadable.rows[0], 'lifecycle', 'zh-CN')).toEqual(['有购买次数或金额；最近购买日期“上个月”读不出是哪一天，按没有日期计']);
    expect(reasonsOf(unreadable.rows[0], 'tier', 'zh-CN')).toEqual(['无法计算 RFM：最近购买日期、购买次数或金额无法识别']);
  });
});

describe('labelText', () => {
  it.each<[string, string, string]>([
    ['potential', '潜在客户', 'Potential'],
    ['churned', '流失客户', 'Churned'],
    ['lost', '流失', 'Lost'],
    ['high', '高价值', 'High value'],
    ['vip', 'VIP', 'VIP'],
    ['gold', 'gold', 'gold'],
  ])('%s → %s / %s', (id, zh, en) => {
    expect(labelText('zh-CN', id)).toBe(zh);
    expect(labelText('en', id)).toBe(en);
  });
});

describe('invariants', () => {
  it('never throws on any cells, and the same input gives the same output', () => {
    fc.assert(fc.property(anyRecords, (records) => {
      const a = classify(records, DEFAULT_CLASSIFY_SETTINGS, TODAY);
      const b = classify(records, DEFAULT_CLASSIFY_SETTINGS, TODAY);
      expect(a).toEqual(b);
      expect(a.rows).toHaveLength(records.length);
    }), { seed: 20250630, numRuns: 200 });
  });

  it('a customer who bought once (a car: 购车日期) is churned exactly when his activity is lost, and existing whenever it is active or dormant', () => {
    const day = fc.date({ min: new Date(Date.UTC(2010, 0, 1)), max: new Date(Date.UTC(2026, 11, 31)), noInvalidDate: true }).map((dt) => d(dt.toISOString().slice(0, 10)));
    fc.assert(fc.property(day, fc.option(day, { nil: null }), fc.option(fc.constantFrom<number | string>(0, 3, 250000, '面议'), { nil: null }), (bought, serviced, amount) => {
      const [row] = classify([rec(2, { firstPurchase: bought, lastContact: serviced, amount })], DEFAULT_CLASSIFY_SETTINGS, TODAY).rows;
      expect(row.labels.lifecycle === 'churned').toBe(row.labels.activity === 'lost');
      // An amount beside a purchase day after today (a typo the run flags) is still a customer whose activity cannot be told.
      if (row.labels.activity === 'active' || row.labels.activity === 'dormant') expect(row.labels.lifecycle).toBe('existing');
    }), { seed: 20261201, numRuns: 300 });
  });

  it('a row gets the same labels whatever the order of the rows (RFM included)', () => {
    const settings: ClassifySettings = { ...DEFAULT_CLASSIFY_SETTINGS, tier: { preset: 'tierByRfm' }, vip: { preset: 'vipByRule', minRfmTotal: 13 } };
    fc.assert(fc.property(anyRecords, (records) => {
      const forward = classify(records, settings, TODAY).rows;
      const backward = classify([...records].reverse(), settings, TODAY).rows.reverse();
      expect(backward).toEqual(forward);
    }), { seed: 7, numRuns: 150 });
  });
});
