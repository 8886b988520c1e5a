/**
 * An insurance agent's policy book (保单台账), one row per policy, as agents keep it (tester h78 #2, #3, #6):
 * - a policy 有效 or in its 宽限期 keeps its holder a current customer, however long ago it was taken out;
 * - 缴费日, the yearly premium day, is the agent's call to collect it: reminded, a yearless 12月3日 on its
 *   coming day;
 * - one 保单号 typed on two people (another name and mobile) is a mistyped number, said on the row, never
 *   one customer of the two.
 */
import { messageText, type Plan } from '../../../shared';
import { planOf as planWith } from './helpers';

const planOf = (rows: string[][]): Plan => planWith(rows, {}, { sheet: '保单台账' });

// Today is helpers' TODAY, 2024-12-01.
const HEAD = ['序号', '投保人', '投保人手机', '投保人生日', '被保险人', '与投保人关系', '保单号', '险种', '生效日期', '缴费日', '年缴保费', '保单状态', '代理人'];
const BOOK = [
  HEAD,
  ['1', '陈建国', '13912345678', '1975-12-05', '陈建国', '本人', 'P2021000123', '重疾险', '2021-03-15', '2024-12-10', '¥12,000', '有效', '张敏'],
  ['2', '陈建国', '139 1234 5678', '1975.12.5', '陈小雨', '子女', 'P2022000456', '少儿医疗', '2022-06-01', '6月1日', '1800元', '失效', '张敏'],
  ['3', '冯丽', '17788889999', '1980-07-07', '冯丽', '本人', 'P2022004444', '重疾险', '2019-12-03', '12月3日', '¥8,600', '宽限期', '刘洋'],
  // 卢艳's 保单号 is 陈建国's, one digit off what it should be: a typo, not his policy.
  ['4', '卢艳', '15299304294', '1989-07-06', '陆艳', '配偶', 'P2021000123', '医疗险', '2024-01-22', '4月17日', '1.2万', '有效', '张敏'],
  ['5', '郑大海', '15000001111', '1968.3.3', '郑大海', '本人', 'P2020003333', '年金险', '2020-01-10', '1月10日', '10万', '退保', '何静'],
  ['6', '谢丽', '18920219922', '1977-09-28', '谢丽', '本人', 'P2021000109', '意外险', '2019-12-13', '1月16日', '3200', '有效', '刘洋'],
  // In their grace periods: 董梅轩's premium of 11月10日 is 21 days unpaid; 毛敏杰's of 9月1日, 91 days, is past any grace.
  ['7', '董梅轩', '17764752221', '1970.10.13', '黎敏', '子女', 'P2021000120', '重疾险', '2019-06-21', '11月10日', '¥4,500', '宽限期', '何静'],
  ['8', '毛敏杰', '15837527719', '1988年7月1日', '毛敏杰', '本人', 'P2021000116', '少儿医疗', '2021-10-21', '9月1日', '3200', '宽限期', '何静'],
];

const labelsOf = (plan: Plan, sheetRow: number) => plan.classification.rows.find((r) => r.sheetRow === sheetRow)!.labels;
const remindersOf = (plan: Plan, name: string, kind: string) => plan.reminders.reminders.filter((r) => r.customer.startsWith(name) && r.kind === kind);

describe('an agent\'s policy book: 保单状态, 缴费日 and a 保单号 typed on two people', () => {
  const plan = planOf(BOOK);

  it('keeps a holder whose policy is 有效 or in its 宽限期 a current customer, one who surrendered it lost', () => {
    expect(labelsOf(plan, 2).lifecycle).toBe('existing');
    expect(labelsOf(plan, 4).lifecycle).toBe('existing');
    // Taken out five years ago, never a purchase since: still in force.
    expect(labelsOf(plan, 7).lifecycle).toBe('existing');
    expect(labelsOf(plan, 6).lifecycle).toBe('churned');
  });

  it('reads 缴费日 as the premium falling due', () => {
    expect(plan.columns.find((c) => c.header === '缴费日')?.field).toBe('contractEnd');
    expect((plan.unreadColumns ?? []).map((c) => c.header)).not.toContain('缴费日');
  });

  it('says once that the yearless premium days are read as each year\'s, never "add the year" on each of them', () => {
    expect(plan.issues.filter((i) => i.field === 'contractEnd').map((i) => i.code)).toEqual([]);
    const said = plan.problems.filter((p) => p.code === 'date.noYearPaymentColumn');
    expect(said).toEqual([{ code: 'date.noYearPaymentColumn', severity: 'info', params: { header: '缴费日', count: 7 } }]);
    expect(messageText('zh-CN', said[0].code, said[0].params)).toBe('缴费日 7 个只有月日，没有年份：按每年到期的缴费读取，在今年或明年的这一天提醒。');
  });

  it('reminds 冯丽 of the premium of her policy in its grace period, due 12月3日, in 2 days', () => {
    const hers = remindersOf(plan, '冯丽', 'contract');
    expect(hers.map((r) => r.due)).toEqual(['2024-12-03']);
    expect(messageText('zh-CN', hers[0].reason.code, hers[0].reason.params)).toContain('缴费日');
  });

  it('reminds 董梅轩 of the premium her grace period waits for, 21 days overdue; 毛敏杰\'s grace is long over', () => {
    const hers = remindersOf(plan, '董梅轩', 'contractExpired');
    expect(hers.map((r) => r.due)).toEqual(['2024-11-10']);
    expect(messageText('zh-CN', hers[0].reason.code, hers[0].reason.params)).toContain('21');
    expect(plan.reminders.reminders.filter((r) => r.customer.startsWith('毛敏杰'))).toEqual([]);
  });

  it('reminds 陈建国 of his 重疾险 premium due 2024-12-10', () => {
    expect(remindersOf(plan, '陈建国', 'contract').map((r) => r.due)).toEqual(['2024-12-10']);
  });

  it('keeps 卢艳 and 陈建国 two customers though one 保单号 is on both, and says the number is likely mistyped', () => {
    expect(plan.orderList?.customers).toBe(7);
    const said = plan.issues.filter((i) => i.code === 'rule.orderNumberShared');
    expect(said.map((i) => [i.sheetRow, i.params?.row, i.params?.name])).toEqual([[5, 2, '陈建国']]);
    expect(messageText('zh-CN', said[0].code, said[0].params)).toBe('保单号“P2021000123”也在第 2 行（陈建国），但那是另一个人（手机等联系方式不同）：两人仍算两位客户，不合在一起。其中一个号码可能录错了，请核对。');
    expect(messageText('en', said[0].code, said[0].params)).toContain('is also on row 2 (陈建国)');
  });

  it('wishes 陈建国 a happy birthday on 12-05 once, his own and not 卢艳\'s', () => {
    expect(remindersOf(plan, '陈建国', 'birthday').map((r) => r.due)).toEqual(['2024-12-05']);
  });
});

describe('the same book kept in English, and a 续期日 written without its year', () => {
  const english = planOf([
    ['Policyholder', 'Mobile', 'Policy No.', 'Plan', 'Effective Date', 'Premium Due', 'Annual Premium', 'Policy Status', 'Agent'],
    ['Grace Lee', '+1 415 555 0142', 'AUT-70442', 'Term Life', '2019-05-01', '2024-12-04', '1,200', 'Grace Period', 'Tom'],
    ['Mark Chan', '+1 415 555 0199', 'AUT-70443', 'Whole Life', '2018-02-01', '', '2,400', 'In Force', 'Tom'],
    ['Mark Chan', '+1 415 555 0199', 'AUT-70450', 'Term Life', '2018-09-01', '', '600', 'Lapsed', 'Tom'],
    ['Amy Wong', '+1 415 555 0123', 'AUT-70444', 'Term Life', '2018-03-01', '', '900', 'Lapsed', 'Tom'],
  ]);

  it('keeps a holder in his grace period or in force a customer, whichever of his rows is the latest', () => {
    expect([2, 3, 4, 5].map((row) => labelsOf(english, row).lifecycle)).toEqual(['existing', 'existing', 'existing', 'churned']);
  });

  it('reminds Grace Lee of the premium her grace period runs on', () => {
    expect(remindersOf(english, 'Grace Lee', 'contract').map((r) => r.due)).toEqual(['2024-12-04']);
  });

  const renewal = planOf([
    ['投保人', '手机', '保单号', '险种', '生效日期', '续期日', '保单状态'],
    ['周杰', '13800001111', 'P2023000001', '重疾险', '2023-12-03', '12月3日', '有效'],
    ['吴敏', '13900002222', 'P2023000002', '医疗险', '2023-06-10', '6月10日', '有效'],
  ]);

  it('reads 续期日 12月3日 as this year\'s premium day, 吴敏\'s of June as next year\'s', () => {
    expect(renewal.columns.find((c) => c.header === '续期日')?.field).toBe('contractEnd');
    const due = renewal.reminders.reminders.filter((r) => r.kind === 'contract');
    expect(due.map((r) => [r.customer.slice(0, 2), r.due])).toEqual([['周杰', '2024-12-03']]);
    expect(messageText('zh-CN', due[0].reason.code, due[0].reason.params)).toContain('续期缴费日 2024-12-03');
  });
});

describe('one order\'s tickets, placed together, stay one buyer\'s', () => {
  // An event's attendee report: Order 7701244's two tickets, one for a colleague with her own e-mail.
  const tickets = planOf([
    ['Order #', 'Order Date', 'First Name', 'Last Name', 'Email', 'Quantity', 'Ticket Type', 'Total Paid'],
    ['7701244', '2024-10-05', 'Chloe', 'Fisher', 'chloe.fisher@gmail.com', '1', 'VIP', '$90.00'],
    ['7701244', '2024-10-05', 'Jack', 'Gibson', 'jack.gibson@company.com', '1', 'General Admission', '$90.00'],
    ['7701555', '2024-11-06', 'Henry', 'Reed', 'henry.reed@gmail.com', '1', 'Early Bird', '$45.00'],
  ]);

  it('counts the order\'s buyer once, its number said nowhere as mistyped', () => {
    expect(tickets.orderList?.customers).toBe(2);
    expect(tickets.issues.filter((i) => i.code === 'rule.orderNumberShared')).toEqual([]);
  });
});
