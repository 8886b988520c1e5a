/** Visit logs: a clinic's 就诊记录, a garage's 保养记录. One row per visit; the latest visit says when the customer was last seen. */
import { t } from '../../../shared';
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

  it('reads each visit\'s day as when the patient was last seen, and the treatment as what was done; the 咨询师 holds him, the 主治医生 treats him', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['customerId', 'name', 'gender', 'birthday', 'phone', 'lastContact', 'product', 'amount', 'carer', 'nextFollowUp', 'owner', 'notes']);
  });

  it('tells the 咨询师 of the patient who has not been seen for half a year (林小红, last seen 2024-05-20), once, naming the doctor', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'stale').map((r) => [r.customer, r.owner])).toEqual([['林小红（主治医生 王医生）', '小美']]);
  });

  it('classes the patient seen last week as active', () => {
    const activity = plan.addedColumns.find((c) => c.id === 'class.activity')!.values.map((v) => (v.kind === 'text' ? v.value : ''));
    expect(activity[2]).toBe('活跃');
  });
});

describe('a dental clinic\'s log of many visits', () => {
  // The tester's whole log: 林小红 came three times, 陈大文 twice (two implant stages); the front desk typed 何美's one visit twice.
  const plan = planOf([
    CLINIC[0],
    ['00123', '林小红', '女', '1990-06-15', '13800001111', '2024-05-06', '根管治疗(第1次)', '800', '王医生', '2024-05-20', '小美', ''],
    ['00123', '林小红', '女', '1990-06-15', '13800001111', '2024-05-20', '根管治疗(第2次)', '600', '王医生', '2024-06-12', '小美', ''],
    ['00123', '林小红', '女', '1990-06-15', '13800001111', '2024-06-03', '洗牙', '200', '李医生', '', '小美', ''],
    ['00456', '陈大文', '男', '1975/8/8', '0755-26661234', '2023-11-02', '种植牙一期', '12000', '王医生', '2024-06-11', '小丽', '种植体 奥齿泰'],
    ['00456', '陈大文', '男', '1975/8/8', '0755-26661234', '2024-02-15', '种植牙二期', '8000', '王医生', '2024-08-15', '小丽', ''],
    ['00789', '张伟', '男', '1988-03-03', '13911112222', '2024-06-01', '补牙', '300', '李医生', '2024-06-15', '小美', ''],
    ['00888', '何美', '女', '1985.6.13', '１３６００００２２２２', '2023-12-01', '美白', '1500', '赵医生', '', '小美', ''],
    ['00888', '何美', '女', '1985.6.13', '13600002222', '2023-12-01', '美白', '1500', '赵医生', '', '小丽', '前台重复录入'],
  ]);

  it('is a log: every visit kept (no merge folds 林小红\'s treatments), only the visit typed twice a duplicate', () => {
    expect(plan.orderList).toEqual({ rows: 8, orders: 8, customers: 4 });
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[8, 9]]);
  });

  it('counts each patient once, on all his visits (陈大文: 20,000 over two stages)', () => {
    const tierOf = (row: number) => plan.classification.rows.find((r) => r.sheetRow === row)!;
    // Summed, 20,000: the second stage alone (8,000) would be a low-value patient.
    expect([tierOf(5).labels.tier, tierOf(6).labels.tier]).toEqual(['medium', 'medium']);
    expect(tierOf(6).reasons.filter((r) => r.dimension === 'tier').map((r) => t('zh-CN', r.code, r.params))).toEqual(['累计金额 20000 ≥ 10000']);
    expect(plan.report.sections.find((s) => s.id === 'customers')!.series.find((s) => s.id === 'total')!.count).toBe(4);
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
