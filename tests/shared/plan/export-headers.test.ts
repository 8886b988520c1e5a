/**
 * Headers of form and platform exports a tester found unread or misread: Qualtrics' respondent
 * (Recipient First Name, ExternalReference), Pipedrive's deals (Deal - Title is the deal's, Deal -
 * Organization the customer's company, its Status, Value and Expected close date the deals list's), 抖店's order and its lines (主订单编号 / 子订单编号), and when a
 * form was sent (Timestamp, Submit Date, 提交时间, 填写时间): the customer's creation date.
 */
import type { Plan } from '../../../shared';
import { planOf } from './helpers';

const fieldsOf = (plan: Plan) => Object.fromEntries(plan.columns.filter((c) => c.header !== '').map((c) => [c.header, c.extra ? `${c.field} (extra)` : c.field]));

describe('a Qualtrics survey sent to a contact list: the Recipient is the respondent', () => {
  const HEADERS = ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId', 'RecipientLastName', 'RecipientFirstName',
    'RecipientEmail', 'ExternalReference', 'LocationLatitude', 'LocationLongitude', 'DistributionChannel', 'UserLanguage', 'Q1_1', 'Q1_2', 'Q2'];
  const plan = planOf([
    HEADERS,
    ['2024-11-12 22:50:02', '2024-11-12 22:53:47', '0', '91.14.238.199', '100', '225', '1', '2024-11-12 22:53:47', 'R_3bfdLPhM0d1ha6g', 'Jones', 'Elizabeth', 'elizabeth.jones3@gmail.com', 'CRM-10442',
      '36.1223', '-111.8066', 'email', 'EN', '5', '4', 'Great staff'],
    ['2024-11-05 00:51:10', '2024-11-05 00:55:00', '0', '50.110.84.224', '100', '230', '1', '2024-11-05 00:55:00', 'R_jkg043gf5gMjaLN', 'Davis', 'Elizabeth', 'elizabeth.davis1@gmail.com', 'CRM-10587',
      '32.4893', '-113.4434', 'email', 'EN', '3', '2', ''],
    ['2024-10-27 09:18:03', '2024-10-27 09:30:44', '0', '64.94.246.121', '100', '761', '1', '2024-10-27 09:30:44', 'R_fbia6LMa08NLM19', 'Jones', 'Mary', 'mary.jones2@gmail.com', 'CRM-10611',
      '30.1362', '-117.8973', 'email', 'EN', '5', '5', 'Quick and friendly'],
  ], { phone: { defaultRegion: 'US' } });
  const fields = fieldsOf(plan);

  it('reads RecipientFirstName, RecipientLastName and RecipientEmail as the customer\'s, ExternalReference as his id in the sender\'s CRM', () => {
    expect(fields).toMatchObject({ RecipientFirstName: 'firstName', RecipientLastName: 'lastName', RecipientEmail: 'email', ExternalReference: 'customerId' });
  });

  it('reads the Recorded Date as when he was created; the response\'s start and end, its id and the answers stay unread', () => {
    expect(fields).toMatchObject({ RecordedDate: 'createdAt', StartDate: null, EndDate: null, ResponseId: null, Q1_1: null, Q1_2: null, Q2: null });
  });

  it('keeps the answers to "What is your name?" beside the recipient\'s own columns, with the recipient\'s e-mail first', () => {
    const asked = planOf([
      ['Start Date', 'End Date', 'Response ID', 'Recipient Last Name', 'Recipient First Name', 'Recipient Email', 'External Data Reference', 'Distribution Channel', 'What is your full name?', 'What is your email?'],
      ['2024-11-12 22:50:02', '2024-11-12 22:53:47', 'R_3bfdLPhM0d1ha6g', 'Jones', 'Elizabeth', 'elizabeth.jones3@gmail.com', 'CRM-10442', 'email', 'Liz Jones', 'liz@jones.example'],
      ['2024-11-05 00:51:10', '2024-11-05 00:55:00', 'R_jkg043gf5gMjaLN', 'Davis', 'Elizabeth', 'elizabeth.davis1@gmail.com', 'CRM-10587', 'email', 'Elizabeth Davis', 'elizabeth.davis1@gmail.com'],
      ['2024-10-27 09:18:03', '2024-10-27 09:30:44', 'R_fbia6LMa08NLM19', 'Jones', 'Mary', 'mary.jones2@gmail.com', 'CRM-10611', 'email', 'Mary Jones', 'mary.jones2@gmail.com'],
    ], { phone: { defaultRegion: 'US' } });
    expect(fieldsOf(asked)).toMatchObject({
      'Recipient First Name': 'firstName', 'Recipient Last Name': 'lastName', 'Recipient Email': 'email', 'External Data Reference': 'customerId',
      'What is your full name?': 'name', 'What is your email?': 'email (extra)',
    });
  });

  it('a gift order form\'s Recipient is still someone else\'s (no Qualtrics column beside it)', () => {
    const gift = planOf([
      ['Submission ID', 'Submission Date', 'Your name', 'Your email', 'Recipient Name', 'Recipient Email'],
      ['5801', '2024-11-20 10:02:11', 'Anna Lee', 'anna.lee@gmail.com', 'Tom Lee', 'tom.lee@gmail.com'],
      ['5802', '2024-11-21 18:40:53', 'Ben Ross', 'ben.ross@gmail.com', 'Amy Ross', 'amy.ross@gmail.com'],
      ['5803', '2024-11-22 08:15:37', 'Cara Holt', 'cara.holt@gmail.com', 'Dan Holt', 'dan.holt@gmail.com'],
    ], { phone: { defaultRegion: 'US' } });
    expect(fieldsOf(gift)).toMatchObject({ 'Your name': 'name', 'Your email': 'email', 'Recipient Name': null, 'Recipient Email': null });
  });
});

describe('a Pipedrive deals export: the deal\'s own columns are not the customer\'s', () => {
  const plan = planOf([
    ['Deal - ID', 'Deal - Title', 'Deal - Value', 'Deal - Organization', 'Deal - Contact person', 'Deal - Owner', 'Deal - Stage', 'Deal - Status', 'Deal - Label',
      'Deal - Deal created', 'Deal - Expected close date', 'Deal - Next activity date', 'Deal - Last activity date', 'Organization - Name', 'Organization - Address', 'Person - Email', 'Person - Phone'],
    ['312', 'Website redesign 2025', '18000', 'Acme Corp', 'James Thomas', 'Tom Baker', 'Proposal Made', 'open', 'Hot', '2024-09-02 10:14:00', '2025-01-31', '2024-12-03', '2024-11-28',
      'Acme Corp', '1 Main St, Springfield', 'james.thomas@acme.example', '(745) 556-2098'],
    ['318', '50 licences', '6500', 'Bluebird LLC', 'Joseph Miller', 'Tom Baker', 'Negotiations Started', 'lost', 'Cold', '2024-10-11 09:00:00', '2024-12-20', '2024-11-29', '2024-11-02',
      'Bluebird LLC', '22 Oak Ave, Dayton', 'joseph.miller@bluebird.example', '(722) 360-8362'],
    ['321', 'Support renewal', '2400', 'Cedar & Co', 'Mary Jones', 'Ann Wu', 'Qualified', 'won', '', '2024-06-20 15:30:00', '2024-11-30', '2024-12-10', '2024-11-30',
      'Cedar & Co', '9 Elm Rd, Toledo', 'mary@cedar.example', '(415) 838-3219'],
  ], { phone: { defaultRegion: 'US' } });
  const fields = fieldsOf(plan);

  it('reads the deal\'s Title as no one\'s name or job title, its ID, Stage, Label and creation as the deal\'s alone', () => {
    expect(fields).toMatchObject({
      'Deal - Title': null, 'Deal - ID': null, 'Deal - Stage': null, 'Deal - Label': null, 'Deal - Deal created': null,
    });
  });

  it('reads its Status, Value and Expected close date for the deals list (tester h75: won deals were Potential)', () => {
    expect(fields).toMatchObject({ 'Deal - Status': 'status', 'Deal - Value': 'amount', 'Deal - Expected close date': 'closeDate' });
    expect(plan.orderList?.deals).toBe(true);
  });

  it('reads who the customer is, who holds him and when he is to be called', () => {
    expect(fields).toMatchObject({
      'Deal - Contact person': 'name', 'Organization - Address': 'address', 'Deal - Owner': 'owner',
      'Deal - Next activity date': 'nextFollowUp', 'Deal - Last activity date': 'lastContact', 'Person - Email': 'email', 'Person - Phone': 'phone',
    });
    // The deal's Organization and the organisation's Name hold one name: either is the company.
    expect([fields['Deal - Organization'], fields['Organization - Name']].filter((f) => f === 'company')).toHaveLength(1);
  });

  it('a lost deal plans no call, nor makes its customer ended', () => {
    // Joseph Miller's 50 licences are lost: the Next activity left in the deal is no call to make (as a
    // HubSpot Closed lost deal's Next Step Date, plan/deal-list.ts), and he is silenced as no ended customer.
    expect(plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => r.sheetRow)).not.toContain(3);
    expect(plan.reminders.silenced).toEqual({ doNotContact: 0, ended: 0, paused: 0 });
  });
});

describe('a 抖店 order export: the order is its 主订单编号, each line has a 子订单编号', () => {
  const HEADERS = ['主订单编号', '子订单编号', '选购商品', '商品数量', '订单应付金额', '收件人', '收件人手机号', '详细地址', '订单提交时间', '订单状态'];
  const ORDERS = [
    HEADERS,
    // One order of two products: two lines, one 主订单编号.
    ['6929839531322889108', '6929839531322889109', '小青柑普洱', '2', '119.80', '朱**', '138****5598', '****花园*栋***', '2024/9/26 13:01:27', '已完成'],
    ['6929839531322889108', '6929839531322889110', '白茶寿眉', '1', '129.00', '朱**', '138****5598', '****花园*栋***', '2024/9/26 13:01:27', '已完成'],
    ['6929556850958797919', '6929556850958797920', '白茶寿眉', '1', '129.00', '王**', '150****5717', '****小区*栋***', '2024/11/12 16:16:36', '已完成'],
    ['6929316157296627778', '6929316157296627779', '云南古树普洱茶饼', '1', '168.00', '杨**', '139****4464', '****大厦*栋***', '2024/9/13 14:02:00', '已完成'],
  ];
  const plan = planOf(ORDERS);

  it('reads 主订单编号 as the order number and leaves the line\'s 子订单编号 unread', () => {
    expect(fieldsOf(plan)).toMatchObject({ 主订单编号: 'orderId', 子订单编号: null });
  });

  it('keeps the two lines of one order apart (two products), one buyer\'s however masked: four lines, three customers', () => {
    expect(plan.duplicates.groups).toEqual([]);
    expect(plan.orderList).toEqual({ rows: 4, orders: 3, customers: 3 });
  });

  it('counts the buyer of one order of two products as buying once: no repeat buyer', () => {
    // The seller's own export, names and phones not masked: 张三's two lines are found his by his phone.
    const buyers = [['张三', '13800005598'], ['张三', '13800005598'], ['王芳', '15000005717'], ['杨洋', '13900004464']];
    const unmasked = ORDERS.map((r, i) => (i === 0 ? r : [...r.slice(0, 5), ...buyers[i - 1], ...r.slice(7)]));
    const repeat = planOf(unmasked, {
      classify: { custom: [{ id: 'repeat', label: { 'zh-CN': '复购', en: 'Repeat' }, levels: [{ id: 'yes', label: { 'zh-CN': '复购客户', en: 'Repeat buyer' }, when: { field: 'orders', op: 'gte', value: 2 } }] }] },
    });
    expect(repeat.classification.rows.map((r) => r.labels.custom.repeat ?? null)).toEqual([null, null, null, null]);
  });

  it('keeps two lines of one order of the same product apart (a white and a black T-shirt): only a line typed twice is a copy', () => {
    const SPEC = ['主订单编号', '子订单编号', '下单时间', '收货人', '收件人手机', '详细地址', '商品名称', '商品规格', '商品数量', '实付金额', '订单状态'];
    const white = ['6928374650192837465', '6928374650192837466', '2026/11/03 14:22:05', '张伟', '13812345678', '粤海街道科技园1号', '纯棉T恤', '白色 XL', '1', '99.00', '已完成'];
    const black = ['6928374650192837465', '6928374650192837467', '2026/11/03 14:22:05', '张伟', '13812345678', '粤海街道科技园1号', '纯棉T恤', '黑色 XL', '1', '99.00', '已完成'];
    const other = ['6928374650192837470', '6928374650192837471', '2026/11/05 10:00:00', '王芳', '13912345678', '建国路88号', '纯棉T恤', '白色 M', '1', '99.00', '已完成'];
    const lines = planOf([SPEC, white, black, other]);
    expect(lines.duplicates.groups).toEqual([]);
    expect(lines.orderList).toEqual({ rows: 3, orders: 2, customers: 2 });
    const pasted = planOf([SPEC, white, black, white, other]);
    expect(pasted.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'exact']]);
  });

  it('an export with only the lines\' 子订单编号 still reads it as the order number', () => {
    const lines = planOf([HEADERS.slice(1), ...[
      ['6929839531322889109', '小青柑普洱', '2', '119.80', '朱**', '138****5598', '****花园*栋***', '2024/9/26 13:01:27', '已完成'],
      ['6929556850958797920', '白茶寿眉', '1', '129.00', '王**', '150****5717', '****小区*栋***', '2024/11/12 16:16:36', '已完成'],
    ]]);
    expect(fieldsOf(lines)).toMatchObject({ 子订单编号: 'orderId' });
  });
});

describe('when a form was sent: the customer\'s creation date, not a contract\'s start nor his last contact', () => {
  it.each([
    ['Google Forms', ['Timestamp', 'Full name', 'Email address', 'Phone number'], ['9/17/2024 3:59:51', '10/2/2024 18:22:05', '11/20/2024 9:41:37'], 'Timestamp'],
    ['Typeform', ['#', 'Full name', 'Email', 'Start Date (UTC)', 'Submit Date (UTC)', 'Network ID'], ['2024-09-17 03:58:10', '2024-10-02 18:20:44', '2024-11-20 09:40:02'], 'Submit Date (UTC)'],
    ['Jotform', ['Submission Date', 'Full name', 'Email', 'Phone Number', 'Submission ID'], ['2024-09-17 03:59:51', '2024-10-02 18:22:05', '2024-11-20 09:41:37'], 'Submission Date'],
    ['腾讯问卷', ['编号', '开始答题时间', '提交时间', '答题时长', '姓名', '手机号'], ['2024-09-17 03:59:51', '2024-10-02 18:22:05', '2024-11-20 09:41:37'], '提交时间'],
    ['金数据', ['序号', '姓名', '手机', '填写时间', '填写设备'], ['2024-09-17 03:59:51', '2024-10-02 18:22:05', '2024-11-20 09:41:37'], '填写时间'],
  ])('%s', (_form, headers, times, sent) => {
    const people = [['Lisa Thomas', 'lisa.thomas33@gmail.com', '452-818-1885'], ['Mark Chen', 'mark.chen@gmail.com', '452-818-2290'], ['Ana Ruiz', 'ana.ruiz@gmail.com', '452-818-3371']];
    const rows = times.map((time, i) => headers.map((h) => {
      if (h === sent) return time;
      if (/start|开始/i.test(h)) return time;
      if (/name|姓名/i.test(h)) return people[i][0];
      if (/mail/i.test(h)) return people[i][1];
      if (/phone|手机/i.test(h)) return people[i][2];
      return String(i + 1);
    }));
    const plan = planOf([headers, ...rows], { phone: { defaultRegion: 'US' } });
    const fields = fieldsOf(plan);
    expect(fields[sent]).toBe('createdAt');
    expect(Object.values(fields).filter((f) => f === 'contractStart' || f === 'lastContact' || f === 'createdAt')).toEqual(['createdAt']);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'stale')).toEqual([]);
  });
});
