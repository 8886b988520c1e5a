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

  it('reads the policyholder as the customer, not the insured child left of him: his two policies ending are his', () => {
    expect(plan.columns.find((c) => c.field === 'name')?.header).toBe('Policyholder');
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => r.customer)).toEqual(['Robert Carter', 'Robert Carter']);
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
    expect(texts).toEqual(['交费 2024-12-05 到期，还有 4 天（提前 7 天提醒）']);
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
