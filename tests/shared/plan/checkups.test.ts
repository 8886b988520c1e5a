/**
 * A health-check centre's and an optician's sheets: one row per check-up or eye test, with its
 * package or prescription. Its day is the customer's last visit, the next one (下次体检, 复查日期) the
 * call to book; one person's two yearly check-ups are his two records, not one customer typed twice.
 */
import { DEFAULT_SETTINGS, run, t } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

// The tester's 体检中心 sheet, its dates moved two years back (helpers' TODAY is 2024-12-01): 钱伟 came
// to his company's group check-up in 2022 and again in 2023.
const TIJIAN = [
  ['单位名称', '姓名', '性别', '手机', '身份证号', '体检日期', '体检套餐', '套餐金额', '下次体检', '客户经理', '备注'],
  ['杭州华联电子有限公司', '钱伟', '男', '13800138000', '330102198512013012', '2023-12-03', '入职套餐A', '680', '2024-12-03', '周经理', '团检 2023年度'],
  ['杭州华联电子有限公司', '孙芳', '女', '13800138001', '330102199003154023', '2023/12/3', '女性套餐B', '880', '2024/12/3', '周经理', '团检'],
  ['杭州华联电子有限公司', '钱伟', '男', '138 0013 8000', '330102198512013012', '2022-12-05', '入职套餐A', '680', '2023-12-05', '周经理', '去年团检 同一人'],
  ['', '赵老师', '女', '15900001234', '', '2023-11-15', '深度套餐', '3680', '2024-11-15', '吴经理', '个人客户 自费'],
];

// The tester's 眼镜店 sheet, two years back: 李秀英's one eye test typed twice by the front desk.
const YANJING = [
  ['姓名', '性别', '手机', '生日', '验光日期', '右眼(OD)', '左眼(OS)', '瞳距', '复查日期', '消费金额', '备注'],
  ['张丽', '女', '139 0571 2233', '1982-04-12', '2023-12-05', '-3.50', '-3.25', '62', '2024-12-05', '1280', '王小明妈妈'],
  ['李秀英', '女', '0571-88776655', '1956.12.24', '2023-11-28', '+2.50', '+2.75', '60', '2024-11-28', '3560', '渐进多焦点 VIP'],
  ['李秀英', '女', '0571 8877 6655', '', '2023/11/28', '+2.50', '+2.75', '60', '', '3560', '同一人 前台又登记一次'],
  ['赵一鸣', '男', '15867453210', '2001-03-15', '2024-11-20', '-6.00', '-6.25', '63', '2025-05-20', '4200', '高度近视 半年复查'],
];

describe('a health-check centre\'s sheet', () => {
  const plan = planOf(TIJIAN);

  it('reads 体检日期 as the last visit and 下次体检 as the next follow-up', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['company', 'name', 'gender', 'mobile', 'idCard', 'lastContact', null, 'amount', 'nextFollowUp', 'owner', 'notes']);
  });

  it('reminds to book the next check-up that is due (赵老师\'s) or due within the week (钱伟\'s and 孙芳\'s of 2024-12-03, two days on: due-call.ts), not one a later check-up replaced: 钱伟\'s 2022 record planned 2023-12-05', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.customer, r.owner, r.due])).toEqual([
      ['赵老师', '吴经理', '2024-11-15'],
      ['钱伟 · 杭州华联电子有限公司', '周经理', '2024-12-03'],
      ['孙芳 · 杭州华联电子有限公司', '周经理', '2024-12-03'],
    ]);
  });

  it('keeps 钱伟\'s two yearly check-ups as his two records: review, never merged', () => {
    const [g] = plan.duplicates.groups;
    expect([g.rows, g.confidence, g.records]).toEqual([[2, 4], 'review', true]);
    expect(g.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('体检日期不同：可能是同一客户的两次到访或预订（入住、配送、出行、体检、预约、报名），不宜合并');
    const merged = run(gridOf(TIJIAN), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely', 'review'] });
    expect(merged.ok && merged.plan.merge?.removeRows).toEqual([]);
  });
});

describe('an optician\'s sheet', () => {
  const plan = planOf(YANJING);

  it('reads 验光日期 as the last visit and 复查日期 as the next follow-up', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['name', 'gender', 'mobile', 'birthday', 'lastContact', null, null, null, 'nextFollowUp', 'amount', 'notes']);
  });

  it('an eye test typed twice (one day, written two ways) is one customer, not two records', () => {
    const g = plan.duplicates.groups.find((x) => x.rows.includes(3))!;
    expect([g.rows, g.records ?? false]).toEqual([[3, 4], false]);
  });
});

describe('a later plan replaces an earlier one only where it is the same plan', () => {
  it('keeps each car\'s own service date: 张伟\'s 帕萨特 is due before his 途观L', () => {
    const plan = planOf([
      ['车主姓名', '联系电话', '车牌号', '车架号', '车型', '上次保养', '下次保养', '销售顾问'],
      ['张伟', '13912345678', '粤B·12345', 'LSVAU2180N2123456', '帕萨特', '2024-06-01', '2024-11-28', '李明'],
      ['张伟', '13912345678', '粤B·67890', 'LSVAU2180N2654321', '途观L', '2024-09-01', '2025-03-01', '李明'],
    ]);
    expect(plan.duplicates.groups.map((g) => g.records)).toEqual([true]);
    expect(plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.sheetRow, r.due])).toEqual([[2, '2024-11-28']]);
  });

  it('keeps each rep\'s own plan for a customer two reps hold (撞单)', () => {
    const plan = planOf([
      ['公司', '姓名', '手机', '录入人', '下次跟进'],
      ['深圳市华强电子有限公司', '刘强', '13823456789', '小王', '2024-11-20'],
      ['深圳华强电子', '刘强', '138 2345 6789', '小李', '2024-11-25'],
    ]);
    const plans = plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => `${r.owner} ${r.due}`);
    expect(plans.sort()).toEqual(['小李 2024-11-25', '小王 2024-11-20']);
  });
});
