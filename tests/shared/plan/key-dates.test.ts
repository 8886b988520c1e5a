/**
 * The dates a business lives by: a law firm's hearing (开庭日期), a driving school's exam (考试日期), a
 * salon's booking (预约日期), an English practice's Hearing Date or Appointment. Each is a day the
 * customer is booked for, reminded ahead to its owner in the column's own word (开庭 2024-12-02，明天),
 * as a follow-up is; a day gone by is held, not a call overdue.
 */
import { t, type Plan } from '../../../shared';
import { planOf } from './helpers';

const texts = (plan: Plan, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  plan.reminders.reminders.filter((r) => r.kind === 'appointment').map((r) => [r.sheetRow, r.owner, t(lang, r.reason.code, r.reason.params)]);

// helpers' TODAY is 2024-12-01.
const LAW = [
  ['案件编号', '委托人', '联系电话', '案由', '开庭日期', '主办律师', '律师费', '下次跟进'],
  ['(2024)粤律102号', '黄建国', '13912345678', '买卖合同纠纷', '2024-12-04', '宋律师', '50000', '2024-12-01'],
  ['(2024)粤律105号', '周丽华', '13822223333', '劳动争议', '2024/12/2', '许律师', '20000', ''],
  ['(2024)粤律107号', '林志强', '13755556666', '离婚纠纷', '2024-12-20', '宋律师', '30000', ''],
  ['(2024)粤律088号', '陈晓东', '13600001111', '民间借贷纠纷', '2024-11-20', '许律师', '15000', ''],
];

describe('a law firm\'s 开庭日期', () => {
  const plan = planOf(LAW);

  it('is read as the booked day of the matter', () => {
    expect(plan.columns.find((c) => c.header === '开庭日期')?.field).toBe('appointment');
  });

  it('reminds the lawyer of a hearing tomorrow and one in three days, in the column\'s word; not one in 19 days, nor one held', () => {
    expect(texts(plan).sort()).toEqual([
      [2, '宋律师', '开庭 2024-12-04，还有 3 天'],
      [3, '许律师', '开庭 2024-12-02，明天'],
    ]);
  });

  it('keeps the follow-up planned beside the hearing: two situations, two reminders', () => {
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 2).map((r) => r.kind).sort()).toEqual(['appointment', 'followUp'].sort());
  });
});

describe('a driving school\'s 考试日期 and a salon\'s 预约日期', () => {
  it('reminds the coach of his student\'s exam today', () => {
    const plan = planOf([
      ['学员姓名', '手机号', '科目', '考试日期', '教练'],
      ['邓思远', '150 1234 5678', '科目二', '2024-12-01', '老周'],
      ['小冯', '13512341234', '科目三', '2025-01-15', '老钱'],
    ]);
    expect(texts(plan)).toEqual([[2, '老周', '考试今天（2024-12-01）']]);
  });

  it('reminds the stylist of tomorrow\'s booking, and keeps two bookings of one client apart', () => {
    const plan = planOf([
      ['顾客姓名', '手机', '预约日期', '项目', '负责人'],
      ['王芳', '13900001111', '2024-12-02', '烫发', 'Tony'],
      ['王芳', '13900001111', '2024-11-10', '剪发', 'Tony'],
    ]);
    expect(texts(plan)).toEqual([[2, 'Tony', '预约 2024-12-02，明天']]);
    expect(plan.duplicates.groups.map((g) => g.records)).toEqual([true]);
  });
});

describe('an English practice\'s Hearing Date and Appointment', () => {
  it('says the hearing in the sheet\'s word', () => {
    const plan = planOf([
      ['Client', 'Phone', 'Matter', 'Hearing Date', 'Owner'],
      ['Margaret Hughes', '07700 900123', 'Tenancy dispute', '2024-12-03', 'J. Patel'],
    ]);
    expect(texts(plan, 'en')).toEqual([[2, 'J. Patel', 'Hearing on 2024-12-03, in 2 days']]);
  });

  it('reminds a bare Appointment column', () => {
    const plan = planOf([
      ['Patient Name', 'Mobile', 'Appointment', 'Owner'],
      ['Emily Carter', '(415) 555-0132', '2024-12-02', 'Dr. Lee'],
    ]);
    expect(texts(plan, 'en')).toEqual([[2, 'Dr. Lee', 'Appointment on 2024-12-02, tomorrow']]);
  });
});

describe('a property company\'s fees overdue for long (物业费到期, 欠费)', () => {
  // helpers' TODAY is 2024-12-01: 2024-10-10 ended 52 days ago, beyond the 30 days of an "expired" reminder.
  const plan = planOf([
    ['房号', '业主姓名', '手机', '物业费到期', '欠费(元)', '管家'],
    ['2-101', '陈静', '13800001111', '2024-10-10', '3560.5', '何丽'],
    ['3-202', '戴志', '13800002222', '2024-10-10', '0', '何丽'],
    ['5-303', '王芳', '13800003333', '2024-10-10', '', '罗斌'],
    ['6-404', '李强', '13800004444', '2024-11-20', '', '罗斌'],
  ]);

  it('keeps reminding a fee long overdue while the row owes money: the 催缴 list', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contractExpired').map((r) => [r.sheetRow, r.owner]).sort()).toEqual([[2, '何丽'], [5, '罗斌']]);
  });

  it('counts, for each owner, the fees overdue for long that owe nothing', () => {
    expect(plan.reminders.expired).toEqual({ count: 2, afterDays: 30, byOwner: [{ owner: '何丽', count: 1 }, { owner: '罗斌', count: 1 }] });
  });
});
