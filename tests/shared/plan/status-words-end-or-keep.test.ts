/**
 * The words a small business types in its 状态 column to say a customer is gone or still served, read as
 * such (tester h72 #3, #4, #13, #23; h73 #11, #12): a 代账 client whose 服务状态 is 已停止 has ended, as one
 * 已解约 has, and gets no renewal push; a company 已注销 has ended too (not "do not contact": its boss is
 * still greeted); a 月子中心 mother 已签约 with her deposit paid is a customer, though the package's price is
 * blank; a tenant 在租 is a current tenant, however long ago he moved in; an insurer's Non-Renewed and an
 * accountant's Disengaged end the policy and the client as Lapsed and Cancelled do.
 */
import { planOf, TODAY } from './helpers';

type PlanOf = ReturnType<typeof planOf>;
const labelsOf = (plan: PlanOf, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!.labels;
const kindsOf = (plan: PlanOf, row: number) => plan.reminders.reminders.filter((r) => r.sheetRow === row).map((r) => r.kind).sort();

describe('a 代账 firm\'s 服务状态', () => {
  expect(TODAY).toBe('2024-12-01');
  // Every contract ends within the week; every 负责人's boss has a birthday on 12-03.
  const plan = planOf([
    ['企业名称', '联系人', '联系电话', '客户经理', '代账合同到期', '月服务费', '生日', '服务状态'],
    ['深圳市恒达贸易有限公司', '李国强', '13902345678', '林经理', '2024-12-06', '300', '1975-12-03', '服务中'],
    ['深圳市星辰文化传媒有限公司', '罗敏', '13823456789', '林经理', '2024-12-06', '300', '1980-12-03', '已停止'],
    ['深圳市凯越科技有限公司', '邱强', '13734567890', '苏经理', '2024-12-06', '500', '1982-12-03', '已注销'],
    ['广州佳禾餐饮管理有限公司', '陈丽', '13645678901', '苏经理', '2024-12-06', '300', '1986-12-03', '已解约'],
    ['东莞市鑫隆五金制品有限公司', '钟伟明', '13556789012', '黄经理', '2024-12-06', '300', '1979-12-03', '服务停止'],
  ]);

  it('reminds a client 服务中 of his renewal, and none whose service 已停止, 已解约 or whose company 已注销', () => {
    expect(kindsOf(plan, 2)).toEqual(['birthday', 'contract']);
    for (const row of [3, 4, 5, 6]) expect(kindsOf(plan, row)).not.toContain('contract');
  });

  it('counts a company 已注销 as ended, not as one not to be contacted: its boss is still greeted', () => {
    expect(plan.reminders.silenced.doNotContact).toBe(0);
    expect(plan.reminders.silenced.ended).toBe(4);
    expect(kindsOf(plan, 4)).toEqual(['birthday']);
  });

  it('classes a stopped client as churned and a client 服务中 as a current one', () => {
    expect(labelsOf(plan, 2).lifecycle).toBe('existing');
    for (const row of [3, 4, 5, 6]) expect(labelsOf(plan, row).lifecycle).toBe('churned');
  });
});

describe('a 月子中心\'s mothers 已签约 with the package price still blank', () => {
  const plan = planOf([
    ['妈妈姓名', '手机', '预产期', '入住日期', '套餐金额', '已付定金', '月子顾问', '状态'],
    ['邱霞', '16634190559', '2025-01-23', '', '', '10000', '顾问周姐', '已签约'],
    ['贾静', '19953353989', '2025-03-05', '', '', '5000', '顾问小林', '已签约'],
    ['许子轩', '18757250273', '2025-02-13', '', '', '', '顾问小林', '意向'],
    ['汪欣怡', '18809144663', '2025-04-02', '', '38800', '10000', '顾问小林', '已签约'],
  ]);

  it('are customers by the stage the sheet states, not prospects for want of an amount', () => {
    expect(labelsOf(plan, 2).lifecycle).toBe('existing');
    expect(labelsOf(plan, 3).lifecycle).toBe('existing');
    expect(labelsOf(plan, 5).lifecycle).toBe('existing');
    // One who only showed interest and bought nothing is still a prospect.
    expect(labelsOf(plan, 4).lifecycle).toBe('potential');
  });

  it('say so in the reason: the sheet\'s own label', () => {
    const reasons = plan.classification.rows.find((r) => r.sheetRow === 2)!.reasons.filter((r) => r.dimension === 'lifecycle');
    expect(reasons.map((r) => r.code)).toEqual(['classify.reason.stated']);
    expect(reasons[0].params.value).toBe('已签约');
  });
});

describe('a 二房东\'s tenants', () => {
  // Moved in over a year before 2024-12-01: by the move-in day alone each would be 流失.
  const plan = planOf([
    ['房号', '租客姓名', '手机', '入住日期', '租约到期', '管家', '状态'],
    ['3-502', '周杰', '13760001234', '2023-10-15', '2025-10-14', '阿坤', '在租'],
    ['2-1103', '何晓东', '15811112222', '2023-11-01', '2024-11-30', '阿坤', '在租'],
    ['4-606', '林雪', '18600006666', '2023-09-16', '2024-12-15', '王姐', '已退租'],
    ['6-1808', '曹颖', '15900123456', '2023-08-05', '2025-08-04', '阿坤', '在住'],
  ]);

  it('still living there (在租, 在住) are current tenants, dormant at worst, never lost', () => {
    for (const row of [2, 3, 5]) {
      expect(labelsOf(plan, row).lifecycle).toBe('existing');
      expect(labelsOf(plan, row).activity).not.toBe('lost');
    }
  });

  it('who moved out (已退租) have ended', () => {
    expect(labelsOf(plan, 4).lifecycle).toBe('churned');
    expect(kindsOf(plan, 4)).toEqual([]);
  });
});

describe('an English agency\'s and practice\'s Status', () => {
  const plan = planOf([
    ['Policy #', 'Named Insured', 'Phone', 'Email', 'Effective Date', 'Renewal Date', 'Annual Premium', 'Producer', 'Status'],
    ['AUT-10000', 'Ruby Moreau', '(512) 308-4131', 'rmoreau@outlook.com', '2023-12-10', '2024-12-10', '1701', 'Carla Mendez', 'Active'],
    ['HOM-10480', 'Derrick Sims', '(512) 555-0147', 'dsims@gmail.com', '2023-11-20', '2024-11-20', '2210', 'Dana Whitley', 'Non-Renewed'],
    ['AUT-10533', 'Tiffany Rowe', '(512) 555-0188', 'trowe@yahoo.com', '2023-12-05', '2024-12-05', '1320', 'Dana Whitley', 'Lapsed'],
    ['LIF-10601', 'Quayside Cafe Ltd', '(512) 555-0190', 'hello@quayside.com', '2023-12-06', '2024-12-06', '900', 'Jeff Turner', 'Disengaged'],
    ['UMB-10611', 'Harrow & Finch', '(512) 555-0191', 'office@harrowfinch.com', '2023-12-07', '2024-12-07', '640', 'Jeff Turner', 'Dissolved'],
  ], { phone: { defaultRegion: 'US' } });

  it('renews an Active policy and none Non-Renewed, Lapsed, Disengaged or Dissolved', () => {
    expect(kindsOf(plan, 2)).toEqual(['contract']);
    for (const row of [3, 4, 5, 6]) expect(kindsOf(plan, row)).toEqual([]);
  });

  it('classes those as churned, as Lapsed is (a Cancelled policy is an order voided: order-list.ts)', () => {
    for (const row of [3, 4, 5, 6]) expect(labelsOf(plan, row).lifecycle).toBe('churned');
  });
});
