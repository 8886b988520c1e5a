/**
 * The note under the reminders and the report's owner section says why a customer is counted for
 * two reps, with an example: the sheet's own first owner cell naming two, never names it does not hold.
 */
import { sharedLinesNote, t, type MessageKey, type Plan } from '../../../shared';
import { planOf } from './helpers';

const reportNote = (plan: Plan, lang: 'zh-CN' | 'en') => {
  const note = plan.report.sections.find((s) => s.id === 'owner')!.note!;
  return t(lang, note.code as MessageKey, note.params);
};

describe('the shared-owner note of a sheet whose reps share customers', () => {
  // Contracts end on 2024-12-05, four days after the run.
  const sheet = [
    ['客户姓名', '手机号', '负责人', '合同到期日'],
    ['陈静', '13877770001', '张三', '2024-12-05'],
    ['刘洋', '13877770002', '张三/李四', '2024-12-05'],
    ['周杰', '13877770003', '李四', '2024-12-05'],
    ['赵敏', '13877770004', '张三、王五', '2024-12-05'],
  ];

  it('quotes the first owner cell naming two, as written (zh-CN)', () => {
    const plan = planOf(sheet);
    expect(sharedLinesNote('zh-CN', plan.reminders.groups)).toBe('提醒表共 6 行、4 条提醒：其中 2 条提醒的客户由多位负责人共同负责（如 张三/李四），在每位负责人名下各列一次。');
    expect(reportNote(plan, 'zh-CN')).toBe('2 位客户由多位负责人共同负责（如 张三/李四），每位负责人各计一次，与提醒一致。');
  });

  it('and in English', () => {
    const plan = planOf(sheet.map((r) => r.map((v) => v.replace('张三', 'Amy Lee').replace('李四', 'Ben Chan').replace('王五', 'Cara Diaz'))), { language: 'en' });
    expect(sharedLinesNote('en', plan.reminders.groups)).toBe('The reminders sheet lists 6 lines for 4 reminders: 2 reminders are of a customer several owners share (one owner cell naming two, such as Amy Lee/Ben Chan), listed under each of them.');
    expect(reportNote(plan, 'en')).toBe('2 customers are shared by several owners (one owner cell naming two, such as Amy Lee/Ben Chan) and counted for each of them, as in their reminders.');
  });
});
