/**
 * A children's training school and a beauty salon write in their 状态 column that a customer took
 * his money back or left (已退费, 退学, 退卡, 销卡: ended) or paused (停课, 停卡: still a customer).
 * An ended one is no renewal to push, no stale record to chase, and no current or active customer;
 * a paused one keeps his class but gets no renewal push (the pause moves his package's end) and no
 * 'not seen for long'. Both still get a birthday greeting (a refund's family may come back).
 */
import { planOf } from './helpers';
import type { Plan } from '../../../shared';

const kindsOf = (plan: Plan, row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row).map((r) => r.kind).sort();
const labelsOf = (plan: Plan, row: number) => {
  const l = plan.classification.rows.find((r) => r.sheetRow === row)!.labels;
  return [l.lifecycle, l.activity];
};

// Today is 2024-12-01 (helpers' TODAY): every package ends within the 30-day ladder, every birthday in the week.
const SCHOOL = [
  ['学员姓名', '家长电话', '出生日期', '课程顾问', '报名日期', '课包到期', '学费', '最近联系', '状态', '备注'],
  ['邓书瑶', '17764234650', '2015-12-05', '周敏', '2024-06-21', '2024-12-09', '3600', '2024-11-16', '在读', ''],
  ['马天佑', '19116113114', '2014-12-03', '刘佳', '2024-07-07', '2024-12-10', '21000', '2024-11-19', '已退费', '家长要求退费，已退8节'],
  ['韩若汐', '15104197731', '2016-12-04', '陈晓', '2024-07-06', '2024-12-08', '25000', '2024-11-20', '停课', '出国停课半年'],
  ['冯铭泽', '19896854841', '2013-12-06', '刘佳', '2024-05-17', '2024-12-05', '5600', '2024-11-21', '结课', ''],
  ['曹乐瑶', '13915349195', '2017-12-02', '周敏', '2024-03-10', '2024-12-12', '8800', '2024-11-25', '退学', '转去公立学校'],
];

describe('a training school\'s statuses', () => {
  const plan = planOf(SCHOOL);

  it('reminds a student 在读 of his package\'s end, and a 结课 one too: the course over is when the next is sold', () => {
    expect(kindsOf(plan, 2)).toEqual(['birthday', 'contract']);
    expect(kindsOf(plan, 5)).toEqual(['birthday', 'contract']);
  });

  it('pushes no renewal to a family that took its money back (已退费) or withdrew (退学), but still wishes the child a happy birthday', () => {
    expect(kindsOf(plan, 3)).toEqual(['birthday']);
    expect(kindsOf(plan, 6)).toEqual(['birthday']);
  });

  it('pushes no renewal while classes are paused (停课): the pause moves the package\'s end', () => {
    expect(kindsOf(plan, 4)).toEqual(['birthday']);
  });

  it('counts the refunded and withdrawn students as churned and lost, not current and active', () => {
    expect(labelsOf(plan, 2)).toEqual(['existing', 'active']);
    expect(labelsOf(plan, 3)).toEqual(['churned', 'lost']);
    expect(labelsOf(plan, 6)).toEqual(['churned', 'lost']);
  });

  it('keeps a paused student a current customer, dormant for now, and says why', () => {
    expect(labelsOf(plan, 4)).toEqual(['existing', 'dormant']);
    const reasons = plan.classification.rows.find((r) => r.sheetRow === 4)!.reasons;
    expect(reasons.find((r) => r.dimension === 'activity')?.code).toBe('classify.reason.statusPaused');
  });

  it('counts the reminders left out, by standing', () => {
    expect(plan.reminders.silenced).toEqual({ doNotContact: 0, ended: 2, paused: 1 });
  });
});

const SALON = [
  ['会员卡号', '姓名', '手机号', '生日', '开卡日期', '会员卡到期', '充值金额', '最近到店', '美容顾问', '会员状态'],
  ['VIP80236', '宋梦洁', '18008694899', '1992-03-03', '2024-01-25', '2024-12-09', '20000', '2024-09-26', '小美', '正常'],
  ['VIP80233', '何静怡', '16638348138', '1988-12-06', '2023-10-19', '2024-12-10', '10000', '2024-02-25', 'Lily', '退卡'],
  ['VIP80234', '罗佳慧', '13970291736', '1990-12-08', '2024-01-18', '2024-12-12', '10000', '2023-12-21', '阿珍', '已退费'],
  ['VIP80240', '谢雅琴', '15609559226', '1985-07-08', '2023-09-18', '2024-12-20', '18000', '2024-03-24', 'Lily', '已销卡'],
  ['VIP80241', '韩晓燕', '15669785559', '1979-06-01', '2024-03-25', '2024-12-15', '10000', '2024-11-28', '阿珍', '停卡'],
];

describe('a beauty salon\'s member card statuses', () => {
  const plan = planOf(SALON);

  it('reminds an ordinary member of her card\'s end', () => {
    expect(kindsOf(plan, 2)).toContain('contract');
  });

  it.each([
    [3, '退卡 (card returned)'],
    [4, '已退费 (money taken back)'],
    [5, '已销卡 (card closed)'],
    [6, '停卡 (card frozen)'],
  ])('pushes no renewal to row %i, %s', (row) => {
    expect(kindsOf(plan, row)).not.toContain('contract');
  });
});

const ACADEMY = [
  ['Student Name', 'Parent Phone', 'Date of Birth', 'Account Manager', 'Enrollment Date', 'Membership Expires', 'Fees Paid', 'Last Contact', 'Status'],
  ['Olivia Brown', '(646) 743-7902', '2015-12-05', 'Emma Lewis', '2024-06-21', '2024-12-09', '$3,600', '2024-11-16', 'Enrolled'],
  ['Noah Smith', '(646) 743-7903', '2014-12-03', 'Emma Lewis', '2024-07-07', '2024-12-10', '$2,100', '2024-11-19', 'Dropped out'],
  ['Ava Jones', '(646) 743-7904', '2016-12-04', 'Tom West', '2024-07-06', '2024-12-08', '$2,500', '2024-11-20', 'Withdrawn'],
  ['Liam Davis', '(646) 743-7905', '2013-12-06', 'Tom West', '2024-05-17', '2024-12-05', '$5,600', '2024-11-21', 'Cancelled membership'],
  ['Mia Wilson', '(646) 743-7906', '2017-12-02', 'Tom West', '2024-03-10', '2024-12-12', '$8,800', '2024-11-25', 'Membership on hold'],
];

describe('the English words', () => {
  const plan = planOf(ACADEMY, { phone: { defaultRegion: 'US' }, amount: { currency: 'USD' } });

  it('reads Dropped out, Withdrawn and Cancelled membership as ended, Membership on hold as paused', () => {
    expect(kindsOf(plan, 2)).toContain('contract');
    for (const row of [3, 4, 5, 6]) expect(kindsOf(plan, row)).not.toContain('contract');
    expect([3, 4, 5].map((row) => labelsOf(plan, row))).toEqual([['churned', 'lost'], ['churned', 'lost'], ['churned', 'lost']]);
    expect(labelsOf(plan, 6)).toEqual(['existing', 'dormant']);
  });
});

describe('who holds a salon\'s member', () => {
  const CARDS = [
    ['会员姓名', '手机号', '美容师', '美容顾问', '会员卡到期', '会员状态'],
    ['宋梦洁', '18008694899', '小美', 'Coco', '2024-12-09', '正常'],
    ['曹海燕', '16698820137', '阿珍', 'Lily', '2024-12-20', '正常'],
  ];

  it('sends the card\'s renewal to the consultant (美容顾问), not the beautician (美容师) typed first', () => {
    const plan = planOf(CARDS);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.owner).sort()).toEqual(['Coco', 'Lily']);
  });
});

/**
 * An ordinary B2B contract list (after the regression tester's s1_zh_b2b_status.csv, s2_en_b2b_status.csv
 * and s3_en_pipeline_onhold_recent.csv): 暂停, 冻结, 已退款, On hold, Suspended, Payment on hold say
 * something of an account, a payment or a deal, never that the customer paused his classes or left.
 * His contract's renewal and his stale record are exactly what the rep needs: the renewal call, while
 * the contract is due, stands for the stale record (one situation, one reminder: remind/one-silence.ts).
 */
describe('a B2B sheet\'s statuses of an account, a payment or a deal', () => {
  const rowOf = (i: number, status: string) =>
    [`上海${'华申浦沪东宏新'[i]}达贸易有限公司`, `张${'伟敏静丽强军磊'[i]}`, `138123400${11 + 7 * i}`, `2024-12-${10 + i}`, '2024-05-01', `${50000 + 1000 * i}`, '李娜', status];
  const ZH = [['客户名称', '联系人', '手机', '合同到期日', '最近联系', '累计金额', '负责人', '状态'],
    ...['暂停', '冻结', '暂停跟进', '账户冻结', '已退款', '退款中', '资金冻结'].map((s, i) => rowOf(i, s))];

  it.each([[2, '暂停'], [3, '冻结'], [4, '暂停跟进'], [5, '账户冻结'], [6, '已退款'], [7, '退款中'], [8, '资金冻结']])(
    'keeps the contract renewal, and without a contract the stale record, of row %i, %s', (row) => {
      const plan = planOf(ZH);
      expect(kindsOf(plan, row)).toEqual(['contract']);
      expect(plan.reminders.silenced).toEqual({ doNotContact: 0, ended: 0, paused: 0 });
      const noContract = planOf(ZH.map((r) => r.filter((_, c) => c !== 3)));
      expect(kindsOf(noContract, row)).toEqual(['stale']);
      expect(noContract.reminders.silenced).toEqual({ doNotContact: 0, ended: 0, paused: 0 });
    });

  const EN = [['Company', 'Contact', 'Phone', 'Contract End', 'Last Contact', 'Annual Value', 'Account Manager', 'Status'],
    ...['Suspended', 'On hold', 'Paused', 'Frozen', 'Refunded', 'Lead - on hold', 'Payment on hold', 'Suspended - unpaid invoice'].map((s, i) =>
      [`Firm ${'ABCDEFGH'[i]} Inc`, `Person ${'ABCDEFGH'[i]} Smith`, `(415) 555-010${i}`, `2024-12-${10 + i}`, '2024-05-01', `$${50000 + 1000 * i}`, 'Alice Wong', s])];

  it('keeps every English account\'s renewal and stale record (a key account\'s silence said once, as gone dormant)', () => {
    const plan = planOf(EN, { phone: { defaultRegion: 'US' }, amount: { currency: 'USD' } });
    // The renewal due stands for the stale record; a key account's dormant reminder stays beside it.
    for (let row = 2; row <= 9; row++) expect([row, kindsOf(plan, row)]).toEqual([row, expect.arrayContaining(['contract'])]);
    for (let row = 2; row <= 9; row++) expect(kindsOf(plan, row)).not.toContain('stale');
    const noContract = planOf(EN.map((r) => r.filter((_, c) => c !== 3)), { phone: { defaultRegion: 'US' }, amount: { currency: 'USD' } });
    for (let row = 2; row <= 9; row++) expect([row, kindsOf(noContract, row)]).toEqual([row, [expect.stringMatching(/^(stale|highValueDormant)$/)]]);
    expect(noContract.reminders.silenced).toEqual({ doNotContact: 0, ended: 0, paused: 0 });
    expect(plan.reminders.silenced).toEqual({ doNotContact: 0, ended: 0, paused: 0 });
  });

  it('calls deals on hold contacted last week active, not dormant', () => {
    const PIPELINE = [['Company', 'Contact', 'Phone', 'Last Contact', 'Deal Value', 'Owner', 'Status'],
      ['Firm A Inc', 'Person A Lee', '(415) 555-0700', '2024-11-20', '$20000', 'Amy', 'On hold'],
      ['Firm B Inc', 'Person B Lee', '(415) 555-0701', '2024-11-21', '$21000', 'Amy', 'Paused'],
      ['Firm C Inc', 'Person C Lee', '(415) 555-0702', '2024-11-22', '$22000', 'Amy', 'Suspended'],
      ['Firm D Inc', 'Person D Lee', '(415) 555-0703', '2024-11-23', '$23000', 'Amy', 'Frozen'],
    ];
    const plan = planOf(PIPELINE, { phone: { defaultRegion: 'US' }, amount: { currency: 'USD' } });
    expect([2, 3, 4, 5].map((row) => labelsOf(plan, row)[1])).toEqual(['active', 'active', 'active', 'active']);
  });
});
