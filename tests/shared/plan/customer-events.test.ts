/**
 * The dates a service business lives by beyond a hearing or an exam (key-dates.test.ts): a couple's
 * wedding day, a school's next fee day, a house's closing day. Each is reminded ahead to the row's
 * owner in the sheet's own word; a wedding held is no follow-up overdue; a job the remark calls done
 * and paid is chased for no balance; a parent's number Excel cut is never offered to dial.
 * (Testers h70 #10 #17, h71 #13 #14 #15 #17 #18.) helpers' TODAY is 2024-12-01.
 */
import { t, type Plan } from '../../../shared';
import { planOf } from './helpers';

const said = (plan: Plan, kinds: string[], lang: 'zh-CN' | 'en' = 'zh-CN') =>
  plan.reminders.reminders.filter((r) => kinds.includes(r.kind)).map((r) => [r.sheetRow, r.owner, t(lang, r.reason.code, r.reason.params)]);
const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)?.field ?? null;

describe('a wedding planner\'s 婚期', () => {
  const plan = planOf([
    ['新郎', '新娘', '联系电话', '婚期', '婚礼酒店', '合同金额', '尾款', '负责人', '备注'],
    ['赵一鸣', '孙悦', '13711112222', '2024-12-03', '香格里拉', '120000', '84000', '小周', ''],
    ['马骏', '林芳', '13811110004', '2024-11-28', '万豪', '26800', '18800', '小周', '尾款还没结清'],
    ['陈浩然', '林思思', '13912345678', '2024-12-12', '万豪', '88800', '62160', '阿杰', ''],
    ['吴昊', '郑欣', '13811110003', '2024-12-01', '希尔顿', '56800', '36800', '阿杰', '今天婚礼'],
  ]);

  it('is the couple\'s booked day, not a follow-up', () => {
    expect(fieldOf(plan, '婚期')).toBe('appointment');
  });

  it('reminds the planner of a wedding in two days and of today\'s, in the column\'s word; not one 11 days off', () => {
    expect(said(plan, ['appointment']).filter(([row]) => row !== 3).sort()).toEqual([
      [2, '小周', '婚期 2024-12-03，还有 2 天'],
      [5, '阿杰', '婚期今天（2024-12-01）'],
    ]);
  });

  it('never calls a wedding held an overdue follow-up: what is left is the balance owed', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'followUp')).toEqual([]);
    expect(said(plan, ['appointment']).filter(([row]) => row === 3)).toEqual([[3, '小周', '婚期 2024-11-28 已过 3 天，尾款 18800 未结清']]);
  });

  it('asks nothing of a wedding held and paid', () => {
    const paid = planOf([
      ['新郎', '新娘', '联系电话', '婚期', '尾款', '负责人', '备注'],
      ['马骏', '林芳', '13811110004', '2024-11-28', '0', '小周', ''],
      ['周子豪', '钱多多', '18600001111', '2024-11-20', '20160', '小周', '已结清'],
    ]);
    expect(paid.reminders.reminders).toEqual([]);
  });

  it('reads Event Date and Wedding Date as the booked day in an English sheet', () => {
    const en = planOf([
      ['Client', 'Phone', 'Event Date', 'Venue', 'Owner'],
      ['Hannah Wright', '07700 900456', '2024-12-03', 'The Grange', 'Zoe'],
    ]);
    expect(fieldOf(en, 'Event Date')).toBe('appointment');
    expect(said(en, ['appointment'], 'en')).toEqual([[2, 'Zoe', 'Event on 2024-12-03, in 2 days']]);
  });
});

describe('a 婚期 chosen by the lunar calendar and typed with its year', () => {
  // 2025年正月初三 is 2025-01-31; 2024年冬月初三 is 2024-12-03.
  const plan = planOf([
    ['新郎', '新娘', '联系电话', '婚期', '负责人'],
    ['宋博', '何雨', '13811110007', '2024年冬月初三', '阿杰'],
    ['许磊', '吴宇', '18656341075', '2025年正月初三', 'Lily'],
  ]);

  it('says the solar day it is and keeps the text as typed', () => {
    const issue = plan.issues.find((i) => i.sheetRow === 2 && i.field === 'appointment');
    expect(issue?.code).toBe('date.lunarFixedDay');
    expect(t('zh-CN', issue!.code, issue!.params)).toContain('公历 2024-12-03');
    expect(plan.edits.filter((e) => e.field === 'appointment')).toEqual([]);
  });

  it('reminds it ahead on that solar day', () => {
    expect(said(plan, ['appointment'])).toEqual([[2, '阿杰', '婚期 2024-12-03，还有 2 天']]);
  });
});

describe('a music school\'s 下次缴费日', () => {
  const plan = planOf([
    ['学员姓名', '家长姓名', '家长电话', '乐器', '剩余课时', '下次缴费日', '课程顾问'],
    ['李沐阳', '李娜', '13912345678', '古筝', '12', '2024-12-04', '王老师'],
    ['王子涵', '王建国', '13800138000', '钢琴', '20', '2024-11-28', '王老师'],
    ['曹铭轩', '曹伟', '13600084593', '小提琴', '19', '2025-02-10', '刘老师'],
  ]);

  it('is the day the next fee falls due', () => {
    expect(fieldOf(plan, '下次缴费日')).toBe('contractEnd');
  });

  it('is reminded as a fee falling due, and as one past due, not as a contract', () => {
    expect(said(plan, ['contract', 'contractExpired']).sort()).toEqual([
      [2, '王老师', '缴费日 2024-12-04，还有 3 天（提前 7 天提醒）'],
      [3, '王老师', '缴费日 2024-11-28 已过 3 天'],
    ].sort());
  });

  it('reads an English club\'s Next Payment the same way', () => {
    const en = planOf([
      ['Member', 'Mobile', 'Membership', 'Next Payment', 'Coach'],
      ['Olivia Brown', '(415) 555-0132', 'Monthly', '2024-12-02', 'Sam'],
    ]);
    expect(fieldOf(en, 'Next Payment')).toBe('contractEnd');
    expect(said(en, ['contract'], 'en')).toEqual([[2, 'Sam', expect.stringContaining('Payment due on 2024-12-02')]]);
  });

  // Tester h72: a 台灣 補習班's 下次繳費日 written in 民國 years (113/12/04) was left unread beside its 繳費日期.
  it('reads a 補習班\'s 下次繳費日 written in 民國 years, and a UK club\'s Next Payment typed day first', () => {
    const tw = planOf([
      ['學生姓名', '家長手機', '剩餘堂數', '繳費日期', '下次繳費日', '班導師'],
      ['林小明', '0912-345-678', '2', '113/09/01', '113/12/04', '王老師'],
      ['張柏翰', '0910-215-811', '12', '', '', '陳主任'],
      ['蕭宥廷', '0960-851-405', '9', '113/10/01', '114/02/10', '王老師'],
    ]);
    expect(fieldOf(tw, '下次繳費日')).toBe('contractEnd');
    expect(said(tw, ['contract'])).toEqual([[2, '王老師', expect.stringContaining('缴费日 2024-12-04，还有 3 天')]]);
    const uk = planOf([
      ['Member', 'Mobile', 'Membership', 'Next Payment', 'Coach'],
      ['Olivia Brown', '07700 900132', 'Monthly', '02/12/2024', 'Sam'],
      ['Harry Jones', '07700 900245', 'Annual', '28/02/2025', 'Sam'],
    ], { phone: { defaultRegion: 'GB' } });
    expect(fieldOf(uk, 'Next Payment')).toBe('contractEnd');
  });
});

describe('an estate agent\'s Closing Date', () => {
  const rows = [
    ['Agent', 'Client Name', 'Client Type', 'Phone', 'Property Address', 'Closing Date', 'Next Follow-up'],
    ['Tom Becker', 'Alan Frost', 'Buyer', '(512) 555-1212', '12 Elm St', '2024-12-01', ''],
    ['Tom Becker', 'John Davis', 'Seller', '512-555-7788', '4410 Bull Creek Rd', '2024-12-04', '2024-12-20'],
    ['Linda Park', 'Mary Davis', 'Buyer', '(512) 555-7789', '2201 Lakeway Blvd', '2025-01-22', ''],
    ['Linda Park', 'Greg Holt', 'Seller', '(512) 555-0909', '88 Ranch Rd', '2024-11-20', ''],
  ];

  it('reminds the agent of a closing today and one in three days; not one in January, nor one held', () => {
    expect(said(planOf(rows), ['appointment'], 'en').sort()).toEqual([
      [2, 'Tom Becker', 'Closing today (2024-12-01)'],
      [3, 'Tom Becker', 'Closing on 2024-12-04, in 3 days'],
    ]);
  });

  it('leaves a sales pipeline\'s Close Date beside its Stage a forecast, not a booked day', () => {
    const pipeline = planOf([
      ['Account Name', 'Contact', 'Phone', 'Stage', 'Amount', 'Close Date', 'Owner'],
      ['Northwind Traders', 'Declan Price', '(871) 564-3869', 'Negotiation/Review', '71000', '2024-12-02', 'Priya Nair'],
    ]);
    expect(said(pipeline, ['appointment'], 'en')).toEqual([]);
  });

  it('leaves an expected close date a forecast too', () => {
    const crm = planOf([
      ['客户名称', '联系人', '手机', '预计成交日期', '销售'],
      ['深圳华强电子', '赵强', '13800001111', '2024-12-02', '王磊'],
    ]);
    expect(said(crm, ['appointment'])).toEqual([]);
  });
});

describe('a job the remark calls done and paid', () => {
  const plan = planOf([
    ['新郎', '新娘', '联系电话', '婚期', '尾款', '尾款到期日', '负责人', '备注'],
    ['周子豪', '钱多多', '18600001111', '2024-10-01', '20160', '2024-11-20', '小周', '已完成，客户很满意，可做转介绍'],
    ['赵一鸣', '孙悦', '13711112222', '2024-12-06', '84000', '2024-11-20', 'Lily', '尾款未付！！'],
    ['陈勇', '孙婷', '13800046886', '2024-11-02', '0', '2024-11-25', '阿杰', '已完成，尾款未付'],
  ]);

  it('chases no balance, and says why on the remark', () => {
    expect(said(plan, ['contract', 'contractExpired']).map(([row]) => row).sort()).toEqual([3, 4]);
    const issue = plan.issues.find((i) => i.sheetRow === 2 && i.field === 'notes');
    expect(issue?.code).toBe('rule.noteSaysSettled');
    expect(t('en', issue!.code, issue!.params)).toContain('is not chased');
  });

  it('still chases a balance the remark says is unpaid', () => {
    expect(plan.issues.filter((i) => i.code === 'rule.noteSaysSettled').map((i) => i.sheetRow)).toEqual([2]);
  });
});

describe('a pupil\'s parent whose number Excel cut', () => {
  it('is named without the cut number, which is said to be incomplete', () => {
    const plan = planOf([
      ['学员姓名', '生日', '家长姓名', '家长电话', '剩余课时', '老师'],
      ['周小雨', '2016-12-03', '周强', '1.5933E+10', '3', '王老师'],
      ['孙浩', '2013-12-05', '孙丽', '15922223333', '2', '王老师'],
    ]);
    const customers = [...new Set(plan.reminders.reminders.map((r) => r.customer))].sort();
    expect(customers).toEqual(['周小雨（家长 周强，号码不全）', '孙浩（家长 孙丽 15922223333）'].sort());
  });
});
