/**
 * A record the team voided (纷享销客's 生命状态 作废, a 客户状态 已作废, an English CRM's Status Void) is no
 * live customer: it gets no reminder (voided-record.test.ts), its 分类依据 says it is voided, and the
 * report counts it apart, so a 作废 lead is not read as one more prospect. The row stays as it is.
 */
import { reasonText } from '../../../shared/classify/reason';
import { planOf } from './helpers';

type Plan = ReturnType<typeof planOf>;
const reasonsOf = (plan: Plan, row: number, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  plan.classification.rows.find((r) => r.sheetRow === row)!.reasons.map((r) => reasonText(lang, r));
const customersSeries = (plan: Plan) =>
  plan.report.sections.find((s) => s.id === 'customers')!.series.map((s) => [s.id, s.count]);

// 纷享销客 客户 export (today 2024-12-01), as the tester's sheet h56/01: 宁波港城物流's record is 作废.
const FXXK = [
  ['客户名称', '客户编号', '客户级别', '成交状态', '负责人', '电话', '最后跟进时间', '创建时间', '生命状态'],
  ['上海启明星信息技术有限公司', 'KH2024000118', 'A（重要客户）', '已成交', '王磊', '021-62345678', '2024-11-28 16:42', '2024-03-12 09:15:33', '正常'],
  ['杭州云杉网络科技有限公司', 'KH2024000231', 'B（普通客户）', '未成交', '陈晓', '0571-88776655', '2024-05-02 10:03', '2024-05-20 14:22:10', '正常'],
  ['宁波港城物流有限公司', 'KH2024000602', '', '未成交', '陈晓', '0574-87001234-806', '2024-11-20 10:00', '2024-11-11 11:11:11', '作废'],
];

describe('a voided record is said and counted apart', () => {
  const plan = planOf(FXXK);

  it('its reasons say the record is voided, in both languages', () => {
    expect(reasonsOf(plan, 4)[0]).toBe('记录已作废（生命状态为“作废”）：不是在跟进的客户，不发提醒，报告中单独计数');
    expect(reasonsOf(plan, 4, 'en')[0]).toBe('the record is voided (Record status is "作废"): no live customer, no reminders, counted apart in the report');
    expect(reasonsOf(plan, 2).join('；')).not.toContain('作废');
  });

  it('the report counts it apart from the customers in force', () => {
    expect(customersSeries(plan)).toContainEqual(['voided', 1]);
  });

  it('is reminded of nothing and stays in the sheet as typed', () => {
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 4)).toEqual([]);
    expect(plan.edits.filter((e) => e.sheetRow === 4 && e.col === 8)).toEqual([]);
    expect(plan.classification.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4]);
  });

  it('a 客户状态 of 作废（重复录入） or an English Status Void is one too; 作废申请中 is not', () => {
    const zh = planOf([
      ['姓名', '手机', '客户状态', '负责人'],
      ['陈国平', '15900002222', '作废（重复录入）', '李明'],
      ['周涛', '13600003333', '作废申请中', '李明'],
    ]);
    expect(customersSeries(zh)).toContainEqual(['voided', 1]);
    const en = planOf([
      ['Name', 'Phone', 'Status', 'Owner'],
      ['Sarah Mitchell', '(617) 555-0142', 'Void', 'Jane Cooper'],
      ['Laura Chen', '(415) 555-0123', 'Working - Contacted', 'Tom Baker'],
    ]);
    expect(customersSeries(en)).toContainEqual(['voided', 1]);
  });

  it('a sheet without voided records has no such line', () => {
    const clean = planOf(FXXK.slice(0, 3));
    expect(customersSeries(clean).map(([id]) => id)).not.toContain('voided');
  });
});
