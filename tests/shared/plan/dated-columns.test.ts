/**
 * Date columns a trade's users expect to be read and reminded (testers h72 #10, #12, #15, h73 #10, #16, #23):
 * a car-rental desk's 驾驶证到期 and a travel agent's 护照有效期 (a customer's document, renewed at an
 * office: reminded in its own word, a passport six months ahead, as a visa needs), a departure (出行日期),
 * a car due back (还车时间), a 月子中心's 预产期 and a salon's Next appointment (days the customer is
 * booked for, each reminded with its own lead), a letting agent's Next Inspection (a service falling due),
 * and a shop's Last Visit / First Visit (on a sheet of spending a visit is a purchase).
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-04';
function planOf(rows: string[][], language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)?.field ?? null;
const remindersOf = (plan: Plan, sheetRow: number) =>
  plan.reminders.reminders.filter((r) => r.sheetRow === sheetRow).map((r) => ({ kind: r.kind, due: r.due, what: r.reason.params.what }));

describe('a car-rental desk: each rental a row, the driver\'s licence checked', () => {
  const rows = [
    ['订单号', '客户姓名', '手机', '驾驶证到期', '车牌号', '取车时间', '还车时间', '业务员'],
    ['DD2611001', '赵磊', '13612345678', '2029-05-01', '粤B·A1234', '2026-03-01 09:00', '2026-03-05 18:00', '阿强'],
    ['DD2611002', '刘静志', '15320868611', '2031.10.14', '粤B·A1234', '2026-02-13 09:00', '2026/2/16 18:30', '何sir'],
    ['DD2611015', '冯小刚', '13900001111', '2026-12-15', '粤B·K9988', '2026-12-01 09:00', '2026-12-06 18:00', '何sir'],
    ['DD2611018', '蒋华涛', '19940525090', '2028-01-02', '粤B·A1234', '2026/11/18 9:30', '2026-11-21 18:00', '阿强'],
  ];
  const plan = planOf(rows);

  it('reads 驾驶证到期 as a due day, 取车时间 as the rental bought, 还车时间 as the day the car is due back', () => {
    expect([fieldOf(plan, '驾驶证到期'), fieldOf(plan, '取车时间'), fieldOf(plan, '还车时间')]).toEqual(['contractEnd', 'lastPurchase', 'appointment']);
  });

  it('reminds 冯小刚\'s licence running out on 12-15 in its own word, and his car due back on 12-06', () => {
    expect(remindersOf(plan, 4)).toEqual(expect.arrayContaining([
      { kind: 'contract', due: '2026-12-15', what: '驾驶证' },
      { kind: 'appointment', due: '2026-12-06', what: '还车' },
    ]));
  });

  it('never calls a licence a contract: a member who never rented is no customer under contract', () => {
    const members = planOf([
      ['会员姓名', '手机', '驾驶证到期', '业务员', '累计消费'],
      ['赵磊', '13612345678', '2029-05-01', '阿强', ''],
      ['刘静志', '15320868611', '2031.10.14', '何sir', '880'],
      ['冯小刚', '13900001111', '2026-12-15', '何sir', '1500'],
    ]);
    const zhao = members.classification.rows.find((r) => r.sheetRow === 2)!;
    expect(zhao.labels.lifecycle).toBe('potential');
    expect(zhao.reasons.map((x) => x.code)).not.toContain('classify.reason.contractSignedNoPurchase');
  });
});

describe('a travel agent\'s tour sheet', () => {
  const rows = [
    ['客户姓名', '手机', '护照号', '护照有效期', '出行日期', '线路', '销售顾问'],
    ['王建国', '13922457788', 'E99841372', '2031-05-20', '2026-03-10', '日本本州6晚7天', '张婷'],
    ['赵德明', '13802468135', 'E54811561', '2027.03.01', '2026-12-20', '欧洲法意瑞12天', '李强'],
    ['周慧敏', '13712345678', 'E12345678', '2026-12-30', '2027-02-05', '泰国曼谷5天', '张婷'],
    ['陈晓雯', '13612349876', 'E22369275', '2029-11-30', '2026-12-10', '新马泰8天', '李强'],
  ];
  const plan = planOf(rows);

  it('reads 护照有效期 as a passport\'s expiry and 出行日期 as the departure', () => {
    expect([fieldOf(plan, '护照有效期'), fieldOf(plan, '出行日期')]).toEqual(['contractEnd', 'appointment']);
  });

  it('reminds a passport six months ahead (赵德明\'s ends 2027-03-01, 87 days off), not one valid for years', () => {
    expect(remindersOf(plan, 3)).toContainEqual({ kind: 'contract', due: '2027-03-01', what: '护照' });
    expect(remindersOf(plan, 2).filter((r) => r.kind === 'contract')).toEqual([]);
  });

  it('reminds a departure the month before (赵德明 leaves on 12-20, 陈晓雯 on 12-10), not one two months off', () => {
    expect(remindersOf(plan, 3)).toContainEqual({ kind: 'appointment', due: '2026-12-20', what: '出行' });
    expect(remindersOf(plan, 5)).toContainEqual({ kind: 'appointment', due: '2026-12-10', what: '出行' });
    expect(remindersOf(plan, 4).filter((r) => r.kind === 'appointment')).toEqual([]);
  });

  it('says the passport expires, in English too', () => {
    const en = planOf([['Client', 'Mobile', 'Passport Expiry', 'Departure Date'], ['Maria Santos', '07700 900111', '2027-02-01', '2026-12-09'],
      ['Tom Baker', '07700 900222', '2030-01-01', '2027-06-01'], ['Ann Lee', '07700 900333', '2031-01-01', '2027-07-01']], 'en');
    const passport = en.reminders.reminders.find((r) => r.sheetRow === 2 && r.kind === 'contract');
    expect(passport?.reason.code).toBe('remind.reason.documentExpiring');
    expect(en.reminders.reminders.find((r) => r.sheetRow === 2 && r.kind === 'appointment')?.due).toBe('2026-12-09');
  });
});

describe('a 月子中心: the mother\'s due date', () => {
  const rows = [
    ['妈妈姓名', '手机', '预产期', '入住日期', '套餐', '月子顾问', '状态'],
    ['王芳', '13600112233', '2026-12-20', '', '28天经典套餐', '顾问小林', '已签约'],
    ['孙丽', '13510203040', '2027-01-18', '', '28天经典套餐', '顾问Amy', '意向'],
    ['邓华', '18044415187', '2026-02-22', '2026-02-25', '28天套房', '顾问周姐', '已出所'],
  ];
  const plan = planOf(rows);

  it('reads 预产期 as a day she is booked for, reminded weeks ahead (a baby comes from three weeks before)', () => {
    expect(fieldOf(plan, '预产期')).toBe('appointment');
    expect(remindersOf(plan, 2)).toContainEqual({ kind: 'appointment', due: '2026-12-20', what: '预产期' });
    expect(remindersOf(plan, 3).filter((r) => r.kind === 'appointment')).toEqual([]);
  });
});

describe('a UK salon\'s Fresha export', () => {
  it('reminds the Next appointment booked for tomorrow as an appointment', () => {
    const plan = planOf([
      ['Client ID', 'First name', 'Last name', 'Mobile', 'Stylist', 'Last visit', 'Next appointment', 'Total sales (£)'],
      ['C01005', 'Violet', 'Nakamura', '07095 305800', 'Kerry Walsh', '16/11/2026', '', '£180.00'],
      ['C01018', 'Eleanor', 'Fairbrother', '07700 900618', 'Jade Ellis', '2026-10-30', '2026-12-05', '£640.00'],
      ['C01006', 'Niamh', 'Gallagher', '07700 900601', 'Jade Ellis', '2026-11-14', '2026-12-19', '£1,240.00'],
    ], 'en');
    expect(fieldOf(plan, 'Next appointment')).toBe('appointment');
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 3).map((r) => [r.kind, r.due, r.reason.code])).toContainEqual(['appointment', '2026-12-05', 'remind.reason.appointmentSoon']);
  });
});

describe('a letting agent\'s tenancies', () => {
  it('chases an inspection overdue and one due, each in its own word beside the tenancy\'s end', () => {
    const plan = planOf([
      ['Ref', 'Tenant Name', 'Mobile', 'Tenancy Start', 'Tenancy End', 'Negotiator', 'Next Inspection'],
      ['NL0042', 'Owen Price', '07700 900701', '01/01/2026', '31/12/2026', 'Sam Hughes', '2027-02-01'],
      ['NL0050', 'Grzegorz Nowak', '07700 900750', '2026-03-01', '2027-02-28', 'Priya Nair', '25/11/2026'],
      ['NL0022', 'Chantelle Rhodes', '07700 900722', '2026-06-01', '2027-05-31', 'Sam Hughes', '2026-12-02'],
      ['NL0035', 'Zoe Zamora', '07857 711434', '2026-07-30', '2027-07-29', 'Sam Hughes', '2027-02-19'],
    ], 'en');
    expect(fieldOf(plan, 'Next Inspection')).toBe('contractEnd');
    expect(remindersOf(plan, 3)).toContainEqual({ kind: 'contractExpired', due: '2026-11-25', what: 'Inspection' });
    expect(remindersOf(plan, 4)).toContainEqual({ kind: 'contractExpired', due: '2026-12-02', what: 'Inspection' });
  });
});

describe('a shop\'s POS export: a visit is a purchase', () => {
  const rows = [
    ['First Name', 'Last Name', 'Email Address', 'Phone Number', 'First Visit', 'Last Visit', 'Transaction Count', 'Total Spend'],
    ['Alice', 'Eriksen', 'alice.eriksen@gmail.com', '+16176388702', '2024-08-26', '2026-09-02', '28', '$124.62'],
    ['Maya', 'Wexley', 'maya.wexley@outlook.com', '(512) 436-8683', '2024-05-30', '2026-09-25', '2', '$23.04'],
    ['Mason', 'Ueda', 'mason.ueda@yahoo.com', '(312) 690-1032', '2023-07-21', '2026-09-14', '20', '$124.00'],
  ];

  it('reads Last Visit and First Visit as the last and first purchase where the sheet counts what was spent', () => {
    const plan = planOf(rows, 'en');
    expect([fieldOf(plan, 'First Visit'), fieldOf(plan, 'Last Visit')]).toEqual(['firstPurchase', 'lastPurchase']);
  });

  it('keeps a Last Visit a contact on a sheet that counts no spending (a practice\'s patients)', () => {
    const plan = planOf([['Name', 'Mobile', 'Last Visit'], ['Jay Patel', '07700 900123', '2026-10-02'], ['Helen Moore', '07700 900456', '2026-09-02']], 'en');
    expect(fieldOf(plan, 'Last Visit')).toBe('lastContact');
  });
});

describe('a 台灣 補習班\'s roster: the fee paid beside the next one due', () => {
  const rows = [
    ['學號', '學生姓名', '家長姓名', '家長手機', '課程', '剩餘堂數', '學費', '繳費日期', '下次繳費日', '班導師'],
    ['S001', '林小明', '林志明', '0912-345-678', '國中數學', '2', 'NT$12,000', '114/09/01', '115/12/06', '王老師'],
    ['S002', '林小華', '林志明', '0912345678', '國小全科', '18', 'NT$9,600', '115/09/01', '', 'Amy老師'],
    ['S004', '謝佩珊', '謝太太', '0956-134-157', '國中英文', '7', '15,000', '115/10/14', '116/01/14', '王老師'],
  ];

  it('reads 繳費日期 as the day the fee was paid (a purchase), 下次繳費日 as the next fee due', () => {
    const plan = planOf(rows);
    expect([fieldOf(plan, '繳費日期'), fieldOf(plan, '下次繳費日')]).toEqual(['lastPurchase', 'contractEnd']);
  });

  it('leaves a bare 缴费日期 unread where nothing says whether it was paid or is due', () => {
    const plan = planOf([['学员姓名', '手机', '学费', '缴费日期'], ['王小明', '13812345678', '9600', '2026-09-01'], ['李华', '13912345678', '12000', '2026-10-01']]);
    expect(fieldOf(plan, '缴费日期')).toBeNull();
  });
});

describe('a 台灣 sheet\'s dates in 民國 years stay in 民國 years', () => {
  const rows = [
    ['學號', '學生姓名', '家長手機', '生日', '報名日期', '學費', '繳費日期', '下次繳費日', '班導師'],
    ['S001', '林小明', '0912-345-678', '103/12/10', '114/09/01', 'NT$12,000', '114/09/01', '115/12/06', '王老師'],
    ['S003', '高承恩', '0917-247277', '2012/8/6', '115.10.14', '9600', '115.10.14', '116/01/14', '王老師'],
    ['S004', '謝佩珊', '0956-134-157', '民國102年10月14日', '114/08/06', '15,000', '114/08/06', '', '王老師'],
    ['S005', '陳宥廷', '0933-222-111', '87/05/03', '114/09/01', '12,000', '114/09/01', '', 'Amy老師'],
    ['S006', '陳宥廷', '0933-222-111', '1998-05-03', '114/09/01', '12,000', '114/09/01', '', 'Amy老師'],
  ];
  const plan = planOf(rows);
  const edited = (sheetRow: number, header: string) => {
    const col = plan.columns.find((c) => c.header === header)!.col;
    return plan.edits.find((e) => e.sheetRow === sheetRow && e.col === col)?.after ?? null;
  };

  it('never writes a 民國 date back in 西元 (103/12/10 stays 103/12/10); a 西元 one is tidied as before', () => {
    expect(edited(2, '生日')).toBeNull();
    expect(edited(2, '下次繳費日')).toBeNull();
    expect(edited(4, '生日')).toBeNull();
    expect(edited(3, '生日')).toEqual({ kind: 'date', value: '2012-08-06' });
  });

  it('still reads them: 林小明\'s next fee on 115/12/06 (2026-12-06) is reminded, and his birthday on 12-10', () => {
    expect(remindersOf(plan, 2).map((r) => [r.kind, r.due])).toEqual(expect.arrayContaining([['contract', '2026-12-06'], ['birthday', '2026-12-10']]));
  });

  it('still knows 陳宥廷\'s 87/05/03 and 1998-05-03 for one birthday', () => {
    expect(plan.duplicates.groups.some((g) => g.rows.includes(5) && g.rows.includes(6))).toBe(true);
  });
});

describe('a 月子中心\'s stays are bought once', () => {
  const rows = [
    ['妈妈姓名', '手机', '预产期', '入住日期', '套餐', '套餐金额', '月子顾问', '状态'],
    ['邓华', '18044415187', '2026-02-22', '2026-02-25', '42天套房', '16.8万', '顾问周姐', '已出所'],
    ['孔文敏', '13320838999', '2026/6/2', '2026-06-05', '28天套房', '12.8万', '顾问Amy', '已出所'],
    ['王芳', '13600112233', '2026-12-20', '', '28天经典套餐', '3.88万', '顾问小林', '已签约'],
    ['钟俊杰', '18982941639', '2026.01.03', '2026年1月6日', '26天标准套餐', '3.88万', '顾问小林', '已出所'],
  ];

  it('reminds no mother who has left (已出所) as a key customer gone dormant: a 月子 stay is no habit', () => {
    const plan = planOf(rows);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'highValueDormant')).toEqual([]);
  });
});
