import { dueLabel } from '../../../shared/remind/due-label';

describe('dueLabel: what a contract-end column says ends, when it is no contract', () => {
  it.each<[string | undefined, string | undefined, string]>([
    ['疫苗到期', '疫苗', 'a vet\'s vaccine falls due'],
    ['交强险到期', '交强险', 'a car dealer\'s compulsory insurance'],
    ['会员卡到期日', '会员卡', 'a gym\'s membership card'],
    ['保险到期日期', '保险', ''],
    ['课程到期', '课程', 'a school\'s course'],
    ['结课日期', '课程', 'a school\'s class ends: its course, not a contract'],
    ['Membership Expiry', 'Membership', ''],
    ['Policy Expiry Date', 'Policy', ''],
    ['Rabies Vaccine Expiry', 'Rabies Vaccine', ''],
    ['交费日期', '交费', 'an insurance premium falls due: 交费 2024-06-13 到期'],
    ['缴费日期', '缴费', ''],
    ['续期缴费日', '续期缴费', ''],
    ['保险止期', '保险', 'a policy\'s end: 保险 2024-06-19 到期, not 合同'],
    ['保单满期日', '保单', ''],
    ['车险终保日期', '车险', ''],
    ['满期日', undefined, 'nothing before the expiry word'],
    ['合同到期日', undefined, 'a contract says 合同 itself'],
    ['租约到期', undefined, 'a lease is a contract'],
    ['Contract End Date', undefined, ''],
    ['到期日', undefined, 'nothing before the expiry word'],
    ['有效期至', undefined, ''],
    ['续约日期', undefined, 'no expiry word at the end'],
    ['Renewal Date', undefined, ''],
    ['续约后到期日', undefined, 'a renewed contract\'s end is a contract\'s'],
    ['续约到期', undefined, ''],
    ['续签到期日', undefined, ''],
    ['新合同到期日', undefined, '合同'],
    ['Renewal End Date', undefined, ''],
    [undefined, undefined, 'no contract-end column'],
  ])('%j → %j %s', (header, what) => {
    expect(dueLabel(header)).toBe(what);
  });
});
