/** Visit logs: a clinic's 就诊记录, a garage's 保养记录. One row per visit; the latest visit says when the customer was last seen. */
import { planOf } from './helpers';

// The tester's dental log, its dates moved before helpers' TODAY (2024-12-01): 林小红 came twice in May
// and not since (a recall is due); 陈大文 came last week.
const CLINIC = [
  ['病历号', '患者姓名', '性别', '出生日期', '联系电话', '就诊日期', '治疗项目', '消费金额', '主治医生', '复诊日期', '咨询师', '备注'],
  ['00123', '林小红', '女', '1990-03-15', '13800001111', '2024-05-06', '根管治疗(第1次)', '800', '王医生', '2024-05-20', '小美', ''],
  ['00123', '林小红', '女', '1990-03-15', '13800001111', '2024-05-20', '根管治疗(第2次)', '600', '王医生', '', '小美', ''],
  ['00456', '陈大文', '男', '1985-08-02', '13900002222', '2024-11-25', '洗牙', '300', '王医生', '', '小美', ''],
];

describe('a dental clinic\'s visit log', () => {
  const plan = planOf(CLINIC);

  it('reads each visit\'s day as when the patient was last seen, and the treatment as what was done', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['customerId', 'name', 'gender', 'birthday', 'phone', 'lastContact', 'product', 'amount', 'owner', 'nextFollowUp', null, 'notes']);
  });

  it('tells the doctor who has not been seen for half a year (林小红, last seen 2024-05-20), once', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'stale').map((r) => [r.customer, r.owner])).toEqual([['林小红', '王医生']]);
  });

  it('classes the patient seen last week as active', () => {
    const activity = plan.addedColumns.find((c) => c.id === 'class.activity')!.values.map((v) => (v.kind === 'text' ? v.value : ''));
    expect(activity[2]).toBe('活跃');
  });
});

describe('a garage\'s service log', () => {
  // 黄师傅's car came in twice; its next service is due on 2024-12-01 (today).
  const plan = planOf([
    ['车主姓名', '联系电话', '车牌号', '车型', '进厂日期', '保养日期', '当前里程', '保养项目', '下次保养日期', '下次保养里程', '服务顾问', '保险到期'],
    ['黄师傅', '13800001234', '粤B12345', '丰田凯美瑞', '2024-06-10', '2024-06-10', '45000', '小保养', '2024-12-01', '50000', '小刘', '2025-08-01'],
  ]);

  it('reminds the adviser of the next service as a follow-up', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.customer, r.owner, r.due])).toEqual([['黄师傅', '小刘', '2024-12-01']]);
  });
});
