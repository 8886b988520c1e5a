import { dueLabel, dueLabelIn, isPaymentDue } from '../../../shared/remind/due-label';

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
    ['Premium Due Date', 'Premium', 'an English agent\'s premium falls due: Premium due on …'],
    ['Next Payment', 'Payment', 'the payment named, without the Next'],
    ['Renewal Premium Due', 'Renewal Premium', 'the renewal\'s premium, a payment, not a renewal ending'],
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
    ['会员到期', '会员', 'a gym\'s membership, as policy says 保险'],
    ['年卡到期', '年卡', 'a gym\'s or a park\'s yearly card'],
    ['预计竣工', '竣工', 'a 家装 project handed over: 竣工, not 合同'],
    ['完工日期', '完工', ''],
    ['Expected Completion', 'Completion', 'a builder\'s project handed over'],
    ['Completion Date', 'Completion', ''],
    [undefined, undefined, 'no contract-end column'],
  ])('%j → %j %s', (header, what) => {
    expect(dueLabel(header)).toBe(what);
  });
});

describe('dueLabelIn: a bare expiry column read beside the sheet\'s other headers', () => {
  it.each<[string, string[], string | undefined, string]>([
    ['Expiry', ['Member ID', 'Name', 'Mobile', 'Membership', 'Joined', 'Expiry', 'Fortnightly Fee', 'Trainer'], 'Membership', 'an Australian gym: the membership ends, not a contract'],
    ['Expiry Date', ['Name', 'Membership Type', 'Expiry Date'], 'Membership', ''],
    ['到期日', ['姓名', '手机', '卡种', '开卡日期', '到期日', '会籍顾问'], '会员卡', '健身房：会员卡到期，不是合同'],
    ['到期日期', ['学员姓名', '家长电话', '剩余课时', '到期日期'], '课程', 'a school\'s roster, as before'],
    // Tester h70's gym: 年卡 / 季卡 beside 私教剩余课时, whose 到期日期 was called 课程 (`课程 2026-12-10 到期`).
    ['到期日期', ['会员姓名', '手机号', '卡种', '开卡日期', '到期日期', '私教剩余课时', '私教教练', '会籍顾问'], '会员卡', '健身房：卡种旁的到期日期是会员卡的，私教课时不改变这一点'],
    ['Expiry Date', ['Member Name', 'Mobile', 'Membership Type', 'Expiry Date', 'PT Sessions Remaining'], 'Membership', 'a gym\'s PT sessions beside its membership'],
    ['Expiry', ['Client', 'Policy', 'Expiry'], undefined, 'no membership column: a contract, as before'],
    ['到期日', ['客户名称', '联系人', '到期日'], undefined, ''],
  ])('%j among %j → %j (%s)', (header, headers, what) => {
    expect(dueLabelIn(header, headers)).toBe(what);
  });
});

describe('isPaymentDue: a due column\'s what that is paid on its day, not ended', () => {
  it.each<[string | undefined, boolean, string]>([
    ['缴费', true, 'an agent\'s 缴费日期'],
    ['交费', true, '交费日期'],
    ['续期缴费', true, '续期缴费日'],
    ['Premium', true, 'Premium Due Date'],
    ['Payment', true, 'Payment Due'],
    ['保险', false, 'a policy ends (保险到期日期)'],
    ['疫苗', false, 'a vaccine falls due and is given, not paid'],
    ['Membership', false, ''],
    [undefined, false, 'a contract\'s end'],
  ])('%j → %j (%s)', (what, expected) => {
    expect(isPaymentDue(what)).toBe(expected);
  });
});
