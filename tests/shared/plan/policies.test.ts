/** An insurance agent's policy lists: one row per policy; the policyholder is the customer, the insured often someone else. */
import { t } from '../../../shared';
import { planOf } from './helpers';

// The tester's 续期清单, its dates moved around helpers' TODAY (2024-12-01): 张建华 insures his son
// 张小宝 (born 2016-12-03) and himself; 李红 and 李军 each insure their mother 王桂兰.
const RENEWALS = [
  ['保单号', '投保人', '投保人电话', '被保人', '被保人电话', '被保人出生日期', '险种名称', '保费', '生效日期', '保险止期', '业务员', '状态'],
  ['8801234501', '张建华', '13811110001', '张小宝', '', '2016-12-03', '少儿重疾', '5000', '2020-06-13', '2040-06-12', '李明', '有效'],
  ['8801234502', '张建华', '13811110001', '张建华', '13811110001', '1980-09-09', '定期寿险', '3000', '2019-03-01', '2039-02-28', '李明', '有效'],
  ['8801234503', '李红', '13922220002', '王桂兰', '13700003333', '1952-12-05', '防癌险', '2200', '2023-12-20', '2024-12-19', '李明', '有效'],
  ['8801234504', '李军', '13933330003', '王桂兰', '13700003333', '1952-12-05', '医疗险', '1500', '2023-12-25', '2024-12-24', '赵云', '有效'],
];

describe('an insurance agent\'s renewal list', () => {
  const plan = planOf(RENEWALS);

  it('greets no policyholder on his insured son\'s or mother\'s birthday', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'birthday')).toEqual([]);
  });

  it('never makes two children one customer because they insure one mother (her phone is not theirs)', () => {
    expect(plan.duplicates.groups.filter((g) => g.rows.includes(4) || g.rows.includes(5))).toEqual([]);
  });

  it('reminds each policyholder of his policy ending, under his own name', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.sheetRow, r.customer])).toEqual([[4, '李红'], [5, '李军']]);
  });
});

describe('a US agency\'s book of business', () => {
  // Emily (born 2012-12-04) and Jacob are Robert Carter's children, insured on his policies.
  const plan = planOf([
    ['Policy Number', 'Insured Name', 'Insured DOB', 'Policyholder', 'Policyholder Phone', 'Policyholder Email', 'Line of Business', 'Premium', 'Effective Date', 'Expiration Date', 'Agent'],
    ['TL-100201', 'Emily Carter', '2012-12-04', 'Robert Carter', '(512) 555-0110', 'rob.carter@example.com', 'Child Whole Life', '1200', '2021-12-20', '2024-12-19', 'Dana Lee'],
    ['TL-100202', 'Jacob Carter', '2015-09-02', 'Robert Carter', '(512) 555-0110', 'rob.carter@example.com', 'Child Whole Life', '1100', '2021-12-20', '2024-12-19', 'Dana Lee'],
    ['AU-200301', 'Robert Carter', '1980-01-30', 'Robert Carter', '(512) 555-0110', 'rob.carter@example.com', 'Auto', '1850', '2023-07-01', '2025-06-30', 'Dana Lee'],
  ], { phone: { defaultRegion: 'US' } });

  // Each policy's reminder names the child it covers (insured-columns.ts): both are Child Whole Life.
  it('reads the policyholder as the customer, not the insured child left of him: his two policies ending are his', () => {
    expect(plan.columns.find((c) => c.field === 'name')?.header).toBe('Policyholder');
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.customer)).toEqual(['Robert Carter（TL-100201 被保险人 Emily Carter）', 'Robert Carter（TL-100202 被保险人 Jacob Carter）']);
  });

  it('does not wish Robert a happy birthday on his daughter\'s', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'birthday')).toEqual([]);
  });
});

describe('a renewal list\'s premiums falling due', () => {
  // 张建华's son's policy runs to 2040, but its yearly premium falls due in four days.
  const plan = planOf([
    ['保单号', '投保人', '投保人电话', '险种名称', '保费', '生效日期', '交费日期', '保险止期', '业务员'],
    ['8801234501', '张建华', '13811110001', '少儿重疾', '5000', '2020-12-05', '2024-12-05', '2040-12-04', '李明'],
  ]);

  it('reminds the agent of the premium, named as such, not of a contract ending in 2040', () => {
    const texts = plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => t('zh-CN', r.reason.code, r.reason.params));
    expect(texts).toEqual(['交费日 2024-12-05，还有 4 天（提前 7 天提醒）']);
  });
});

describe('a policy ledger whose 缴费日期 describes the day (每年3月5日)', () => {
  // The tester's 保单台账: the premium column says when in the year, not a date; the policies' own 到期日 are the renewals.
  const plan = planOf([
    ['投保人', '手机', '保单号', '险种', '生效日期', '缴费日期', '保费', '到期日', '业务员'],
    ['王建国', '13812345678', 'P2024000101', '重疾险', '2024.3.5', '每年3月5日', '3000', '2024-12-20', '刘芳'],
    ['李秀英', '13912345678', 'P2023000501', '养老年金', '2023/6/1', '', '3000', '2024-12-06', '刘芳'],
  ]);

  it('keeps 到期日 as the end the agent is reminded of, and reads no date from 每年3月5日', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['name', 'mobile', 'orderId', 'product', 'contractStart', null, 'amount', 'contractEnd', 'owner']);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.customer, r.due])).toEqual([['李秀英', '2024-12-06'], ['王建国', '2024-12-20']]);
  });
});

describe('a policy ledger whose holder surrendered every policy he had', () => {
  // The tester's 保单台账 (h57, sheet 01), its dates moved before helpers' TODAY (2024-12-01): one row
  // per policy (保单号, so an order list); 周伟's only policy is 退保, one of 张建华's two is.
  const LEDGER = [
    ['保单号', '投保人', '投保人手机', '险种', '年缴保费', '保单生效日', '保单到期日', '代理人', '保单状态'],
    ['P440100202301180001', '张建华', '13802201111', '重疾险', '8600', '2023-01-18', '2063-01-17', '王磊', '有效'],
    ['AUTO-2024-粤A8K661', '张建华', '13802201111', '车险', '4820', '2024-06-20', '2025-06-19', '王磊', '退保'],
    ['P440100202003150099', '周伟', '13622224444', '重疾险', '12000', '2020-03-15', '2040-03-14', '刘洋', '退保'],
    ['P440100202106300311', '李秀英', '13926002222', '年金险', '50000', '2021-06-30', '2031-06-29', '刘洋', '已退保'],
    ['P440100202106300312', '李秀英', '13926002222', '定期寿险', '3200', '2021-06-30', '2041-06-29', '刘洋', '退保（2024.3）'],
  ];
  const plan = planOf(LEDGER);
  const labels = (name: string) => plan.classification.rows.filter((r) => LEDGER[r.sheetRow - 1][1] === name).map((r) => r.labels);

  it('is read as a ledger of policies: five policies, three holders', () => {
    expect(plan.orderList).toEqual({ rows: 5, orders: 5, customers: 3, policies: true });
  });

  it('classes a holder whose every policy was surrendered as churned, as the same row in a customer list is', () => {
    for (const name of ['周伟', '李秀英']) {
      for (const l of labels(name)) expect(l.lifecycle).toBe('churned');
    }
    // The ledger has no date of a last purchase or contact: his activity cannot be told, in either reading.
    const asList = planOf([LEDGER[0].map((h) => (h === '保单号' ? '编号' : h)), LEDGER[3]]);
    expect(asList.orderList).toBeNull();
    expect(labels('周伟')).toEqual([asList.classification.rows[0].labels]);
  });

  it('keeps a holder with one policy in force an existing customer, whatever his other policy says', () => {
    for (const l of labels('张建华')) expect(l.lifecycle).toBe('existing');
  });

  it('says why in both languages, and reminds no one of a surrendered policy', () => {
    const zhou = plan.classification.rows.find((r) => r.sheetRow === 4)!;
    expect(zhou.reasons.filter((r) => r.dimension === 'lifecycle').map((r) => t('en', r.code, r.params))).toEqual([
      'the status says the customer has left (fees refunded, withdrawn, card returned, churned …)',
    ]);
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 4 || r.sheetRow === 5 || r.sheetRow === 6)).toEqual([]);
  });
});

describe('a US agency\'s policies, one row each, some lapsed', () => {
  const plan = planOf([
    ['Policy Number', 'Policyholder', 'Phone', 'Line of Business', 'Premium', 'Effective Date', 'Expiration Date', 'Agent', 'Status'],
    ['AU-200301', 'Robert Carter', '(512) 555-0110', 'Auto', '1850', '2023-07-01', '2025-06-30', 'Dana Lee', 'Active'],
    ['HO-300410', 'Robert Carter', '(512) 555-0110', 'Home', '2400', '2022-03-01', '2025-02-28', 'Dana Lee', 'Lapsed'],
    ['AU-200377', 'Maria Lopez', '(512) 555-0190', 'Auto', '1600', '2022-05-01', '2025-04-30', 'Dana Lee', 'Lapsed'],
  ], { phone: { defaultRegion: 'US' } });

  it('classes the holder whose only policy lapsed churned, and the one with a policy in force existing', () => {
    expect(plan.orderList).toEqual({ rows: 3, orders: 3, customers: 2, policies: true });
    const byRow = (n: number) => plan.classification.rows.find((r) => r.sheetRow === n)!.labels;
    expect(byRow(4).lifecycle).toBe('churned');
    expect(byRow(2).lifecycle).toBe('existing');
    expect(byRow(3).lifecycle).toBe('existing');
  });
});
