/**
 * One client holding two member cards (tester's 美容院 会员表: 何丽娟 with 会员卡号 00012 and 00014, each
 * card served by its own 美容师): the two rows are two accounts because the card numbers differ, and the
 * duplicate group says that first, naming both numbers; the 美容师 of each card is said after it. Each
 * card keeps its own balance: a rule on 储值余额 classes each card's row by its own balance, never by the
 * other card's. An English gym's member list with two membership cards is the twin.
 */
import { cellText, messageText, resolveSettings, run, type Cell, type Grid, type Plan } from '../../../shared';

const TODAY = '2024-12-01';
const cell = (v: string | number): Cell => (v === '' ? { kind: 'empty' } : typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v });
const gridOf = (rows: (string | number)[][], sheetName: string): Grid => ({ sheetName, firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map(cell)) });

function planOf(grid: Grid, input: object = {}): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(`settings: ${JSON.stringify(settings.errors)}`);
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(messageText('en', out.problem.code, out.problem.params));
  return out.plan;
}

/** The reasons against the group of `row`, as the sheet's 重复说明 says them. */
const againstOf = (plan: Plan, row: number, lang: 'zh-CN' | 'en') =>
  plan.duplicates.groups.find((g) => g.rows.includes(row))!.reasons.filter((r) => r.evidence === 'against').map((r) => messageText(lang, r.code, r.params));
const balanceClass = (plan: Plan) => plan.classification.rows.map((r) => [r.sheetRow, r.labels.custom.bal]);

/** The tester's rule: a card holding ¥1,000 or more is a 大额储值 card. */
const BIG_BALANCE = {
  classify: {
    custom: [{
      id: 'bal',
      label: { 'zh-CN': '储值', en: 'Balance' },
      levels: [
        { id: 'big', label: { 'zh-CN': '大额储值', en: 'Big balance' }, when: { field: '储值余额', op: 'gte', value: 1000 } },
        { id: 'other', label: { 'zh-CN': '其他', en: 'Other' } },
      ],
    }],
  },
};

// After the tester's 美容院 会员表: 何丽娟's first card (00012) holds ¥3,200.50 with 小美, her new one (00014) ¥0 with 阿芳.
const SALON = gridOf([
  ['会员卡号', '姓名', '手机', '生日', '储值余额', '到店次数', '最近到店', '开卡日期', '美容师'],
  ['00012', '何丽娟', '13511112222', '正月初八', 3200.5, 25, '2024-11-20', '2022-01-08', '小美'],
  ['00013', '罗婷', '13622223333', '1988-12-06', '¥1,500.00', 8, '2024-06-01', '2023-05-20', '小美'],
  ['00014', '何丽娟', '135-1111-2222', '农历正月初八', 0, 3, '2024-11-25', '2024-03-01', '阿芳'],
  ['00015', '谢雨桐', '13733334444', '1990年冬月十二', 800, 12, '2024-11-01', '2023-09-09', '阿芳'],
  ['00016', '邓佳怡', '13844445555', '12-10', 12000, 40, '2024-11-30', '2021-06-06', '小美'],
], '会员表');

// A gym's member list: Hannah Price renewed on a second membership card (M1047) with another trainer.
const GYM = gridOf([
  ['Card Number', 'Member Name', 'Mobile', 'Email', 'Card Balance', 'Visits', 'Last Visit', 'Joined', 'Trainer'],
  ['M1002', 'Hannah Price', '(415) 555-0187', 'hannah.price@gmail.com', '$420.00', 31, '2024-11-22', '2022-02-14', 'Jake Morris'],
  ['M1019', 'Daniel Ortiz', '(415) 555-0123', 'dortiz@outlook.com', '$1,250.00', 54, '2024-11-29', '2021-09-03', 'Jake Morris'],
  ['M1047', 'Hannah Price', '415-555-0187', 'hannah.price@gmail.com', '$1,600.00', 6, '2024-11-27', '2024-08-01', 'Chloe Bennett'],
  ['M1052', 'Grace Turner', '(415) 555-0164', 'grace.t@yahoo.com', '$0.00', 2, '2024-07-15', '2024-06-20', 'Chloe Bennett'],
], 'Members');

describe('a client with two member cards (何丽娟, 00012 and 00014)', () => {
  const plan = planOf(SALON);

  it('is kept as two accounts because the card numbers differ: said first, with both numbers', () => {
    const zh = againstOf(plan, 2, 'zh-CN');
    expect(zh[0]).toBe('会员卡号不同（00012 / 00014）：同一客户的另一个账户（另一处房子、另一张卡、另一个孩子、另一套出租房、另一份合同、另一宗案件、另一笔商机或另一个账户），各自保留，不合并');
    expect(againstOf(plan, 2, 'en')[0]).toBe('different 会员卡号 (00012 / 00014): the same customer\'s other account (another house or flat, card, child, let, contract, case, deal or trade account), each kept, not merged');
  });

  it('says the 美容师 of each card after it, as each card\'s carer, never as a 撞单', () => {
    expect(againstOf(plan, 2, 'zh-CN').slice(1)).toEqual(['美容师不同（小美 / 阿芳）：同一客户由几位服务人员共同服务，是各自的服务记录，不是撞单，各自保留']);
  });

  it('stays one client\'s two records, never merged, with no 撞单', () => {
    const g = plan.duplicates.groups.find((x) => x.rows.includes(2))!;
    expect([g.rows, g.confidence, g.records]).toEqual([[2, 4], 'review', true]);
    expect(g.ownerConflict).toBeUndefined();
  });
});

describe('a rule on 储值余额 over her two cards', () => {
  it('classes each card by its own balance: 00012 (¥3,200.50) 大额储值, 00014 (¥0) not', () => {
    expect(balanceClass(planOf(SALON, BIG_BALANCE))).toEqual([[2, 'big'], [3, 'big'], [4, 'other'], [5, 'other'], [6, 'big']]);
  });

  it('gives the ¥0 card its own reason and its own last visit, not the other card\'s', () => {
    const plan = planOf(SALON, BIG_BALANCE);
    const col = plan.addedColumns.find((c) => c.id === 'class.reasons')!;
    // Each card is a card held, so each row is 现有客户 by its own card number (salon-cards.test.ts).
    expect(cellText(col.values[plan.rows.indexOf(4)])).toBe('会员卡号 00014：持卡或有储值，即是客户；最近互动 6 天前 ≤ 90 天；储值：其他（其他规则都不符合）');
    expect(cellText(col.values[plan.rows.indexOf(2)])).toBe('会员卡号 00012：持卡或有储值，即是客户；最近互动 11 天前 ≤ 90 天；储值余额 3,200.5 ≥ 1,000');
  });
});

describe('a gym member with two membership cards (Hannah Price, M1002 and M1047)', () => {
  const settings = {
    amount: { currency: 'USD' },
    phone: { defaultRegion: 'US' },
    language: 'en',
    classify: { custom: [{ ...BIG_BALANCE.classify.custom[0], levels: [{ ...BIG_BALANCE.classify.custom[0].levels[0], when: { field: 'Card Balance', op: 'gte', value: 1000 } }, BIG_BALANCE.classify.custom[0].levels[1]] }] },
  };
  const plan = planOf(GYM, settings);

  it('names the different card numbers first, the trainers after them', () => {
    expect(againstOf(plan, 2, 'en')).toEqual([
      'different Card Number (M1002 / M1047): the same customer\'s other account (another house or flat, card, child, let, contract, case, deal or trade account), each kept, not merged',
      'different Trainer (Jake Morris / Chloe Bennett): one client cared for by several staff, each row their own service record, not a sales conflict; each kept',
    ]);
  });

  it('classes each card by its own balance: $420 is no big balance because the other card holds $1,600', () => {
    expect(balanceClass(plan)).toEqual([[2, 'other'], [3, 'big'], [4, 'big'], [5, 'other']]);
  });
});

// After the tester's 母婴店 会员表: 李娜 buys for two children, each child a row of its own (two accounts).
const MOTHER_AND_BABY = gridOf([
  ['妈妈姓名', '手机', '宝宝姓名', '宝宝生日', '累计消费', '最近购买', '导购'],
  ['李娜', '13911112222', '乐乐', '2023-12-08', 8560, '2024-11-20', '小美'],
  ['王芳', '13822223333', '豆豆', '2022-05-01', 1200, '2024-09-12', '小美'],
  ['李娜', '13911112222', '欢欢', '2024-03-15', 1860, '2024-10-02', '小美'],
], '会员');

describe('a mother whose two children are two rows (李娜: 乐乐 ¥8,560, 欢欢 ¥1,860)', () => {
  const plan = planOf(MOTHER_AND_BABY);
  const reasonOf = (row: number) => cellText(plan.addedColumns.find((c) => c.id === 'class.reasons')!.values[plan.rows.indexOf(row)]);

  it('gives both rows her tier from what she spent in all, ¥10,420 (medium from ¥10,000), not each child\'s part (low)', () => {
    const tier = new Map(plan.classification.rows.map((r) => [r.sheetRow, r.labels.tier]));
    expect([tier.get(2), tier.get(4)]).toEqual(['medium', 'medium']);
    expect(tier.get(3)).toBe('low');
    expect(reasonOf(4)).toContain('累计金额 10420');
  });

  it('keeps each child\'s own last purchase in the row\'s reason', () => {
    expect(reasonOf(2)).toContain('最近购买 11 天前');
    expect(reasonOf(4)).toContain('最近购买 60 天前');
  });
});
