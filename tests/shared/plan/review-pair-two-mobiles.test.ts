/**
 * 周杰 of 成都天府物流 typed by two reps with two different mobiles: one name at one company, but the
 * run is not sure it is one customer (review). Two reps may hold him, or two people share a common
 * name: the sheet, the report and the reminders say a possible 撞单, to check, never a sure one.
 * A pair the run is sure of (one mobile) still says 撞单.
 */
import { cellText, reminderText } from '../../../shared';
import { planOf } from './helpers';

const SHEET = [
  ['姓名', '公司名称', '手机', '地址', '合同到期', '负责人'],
  ['周杰', '成都天府物流', '13911110001', '成都市武侯区天府大道100号', '2024-12-20', '王芳'],
  ['周杰', '成都天府物流有限公司', '15866667777', '成都市武侯区天府大道100号', '', '赵磊'],
  ['何平', '重庆山城火锅', '13500001111', '', '', '王芳'],
  ['何平', '重庆山城火锅', '13500001111', '', '', '赵磊'],
];

describe('a review pair under one name and company with two mobiles, held by two reps', () => {
  const plan = planOf(SHEET);
  const [review, sure] = plan.duplicates.groups;
  const reasons = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!.values.map(cellText);
  const duplicates = plan.report.sections.find((s) => s.id === 'duplicates')!;

  it('is a possible 撞单 to check, with both reps, not a 撞单', () => {
    expect([review.rows, review.confidence]).toEqual([[2, 3], 'review']);
    expect(review.ownerConflict).toBeUndefined();
    expect(review.possibleOwnerConflict).toEqual({ owners: ['王芳', '赵磊'] });
    expect(reasons[0]).toContain('可能撞单：若为同一客户，则分属 王芳 / 赵磊，请核实');
    expect(reasons[0]).not.toContain('撞单：同一客户分属');
  });

  it('the pair with one mobile is sure, and still a 撞单', () => {
    expect([sure.rows, sure.confidence]).toEqual([[4, 5], 'likely']);
    expect(sure.ownerConflict?.owners).toEqual(['王芳', '赵磊']);
    expect(sure.possibleOwnerConflict).toBeUndefined();
    expect(reasons[2]).toContain('撞单：同一客户分属 王芳 / 赵磊');
  });

  it('the report counts one 撞单 and one possible 撞单', () => {
    expect(duplicates.series.find((s) => s.id === 'ownerConflicts')).toMatchObject({ count: 1 });
    expect(duplicates.series.find((s) => s.id === 'possibleOwnerConflicts')).toMatchObject({ count: 1 });
  });

  it('王芳’s contract reminder names 赵磊’s row as perhaps the same customer, to check', () => {
    const texts = plan.reminders.reminders.filter((r) => r.sheetRow === 2).map((r) => reminderText('zh-CN', r));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text).toContain('可能撞单');
      expect(text).not.toMatch(/（撞单：/);
    }
  });

  it('in English: a possible owner conflict, to check', () => {
    const en = planOf(SHEET, { language: 'en' });
    const text = en.addedColumns.find((c) => c.id === 'duplicateReasons')!.values.map(cellText)[0];
    expect(text).toContain('possible owner conflict: if one customer, held by 王芳 / 赵磊; check');
  });
});
