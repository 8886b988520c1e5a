/**
 * Owner cells naming several reps (王磊/刘洋) are compared as sets of reps: a customer typed twice under
 * 王磊 and under 王磊/刘洋 is 王磊's on both rows, shared with 刘洋, never a 撞单 between 王磊 and 王磊/刘洋;
 * each of the two reps hears of him, before and after --merge.
 */
import { cellText, DEFAULT_SETTINGS, reminderText, run, t, type Plan } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

// The tester's sheet (h57, 12): 陈志远 typed twice, the second time with 刘洋 beside 王磊; his birthday is in four days.
const SHEET = [
  ['姓名', '手机', '公司', '负责人', '生日'],
  ['陈志远', '13711112222', '广州粤海贸易有限公司', '王磊', '1980-12-05'],
  ['陈志远', '137 1111 2222', '广州粤海贸易有限公司', '王磊/刘洋', ''],
];

const merged = (rows: string[][]) => {
  const out = run(gridOf(rows), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};

/** Each rep's block: the rep and the kinds and rows reminded to him. */
const blocks = (plan: Plan) => plan.reminders.groups.map((g) => [g.owner, g.reminders.map((r) => `${r.kind}:${r.sheetRow}`)]);
const texts = (plan: Plan) => plan.reminders.reminders.map((r) => reminderText('zh-CN', r));
const groupTexts = (plan: Plan) => plan.duplicates.groups.flatMap((g) => g.reasons.map((r) => t('zh-CN', r.code, r.params)));

describe('one customer typed twice, under 王磊 and under 王磊/刘洋', () => {
  const plan = planOf(SHEET);

  it('is one customer of 王磊\'s shared with 刘洋, no 撞单', () => {
    const [g] = plan.duplicates.groups;
    expect([g.rows, g.confidence]).toEqual([[2, 3], 'likely']);
    expect(g.ownerConflict).toBeUndefined();
    expect(g.possibleOwnerConflict).toBeUndefined();
    expect(texts(plan).join('')).not.toContain('撞单');
  });

  it('reminds both reps of his birthday, once each, on the row a merge keeps (the one naming both)', () => {
    expect(plan.duplicates.groups[0].survivor).toBe(3);
    expect(blocks(plan)).toEqual([['刘洋', ['birthday:3']], ['王磊', ['birthday:3']]]);
    expect(texts(plan)).toEqual(['2024-12-05 满 44 岁生日，还有 4 天（同一客户也在第 2 行）']);
  });

  it('--merge keeps the row naming both reps, its blank birthday filled: both still hear of him', () => {
    const p = merged(SHEET);
    expect(p.merge?.removeRows).toEqual([2]);
    expect(p.merge?.edits.filter((e) => e.sheetRow === 3).map((e) => [e.field, cellText(e.after)])).toEqual([['birthday', '1980-12-05']]);
    expect(blocks(p)).toEqual([['刘洋', ['birthday:3']], ['王磊', ['birthday:3']]]);
  });

  it('still a 撞单 when the rows share no rep (王磊 / 刘洋, 王磊/刘洋 / 张伟)', () => {
    for (const [a, b] of [['王磊', '刘洋'], ['王磊/刘洋', '张伟']]) {
      const p = planOf([SHEET[0], [...SHEET[1].slice(0, 3), a, SHEET[1][4]], [...SHEET[2].slice(0, 3), b, '']]);
      expect(p.duplicates.groups[0].ownerConflict?.owners).toEqual([a, b]);
    }
  });
});

describe('an agent\'s three policies of one customer, under 王磊, 王磊 and 王磊/刘洋 (h57, 01b)', () => {
  const plan = planOf([
    ['编号', '投保人', '投保人手机', '险种', '保单生效日', '保单到期日', '投保人生日', '代理人'],
    ['P440100202301180001', '张建华', '13802201111', '重疾险', '2023-01-18', '2063-01-17', '1978-12-04', '王磊'],
    ['P440100202301180002', '张建华', '13802201111', '少儿医疗险', '2023-12-10', '2024-12-09', '', '王磊'],
    ['AUTO-2025-粤A8K661', '张建华', '13802201111', '车险', '2023-12-20', '2024-12-19', '', '王磊/刘洋'],
  ]);

  it('says no 撞单, sure or possible, anywhere: every row names 王磊', () => {
    expect(plan.duplicates.groups.map((g) => [g.ownerConflict, g.possibleOwnerConflict])).toEqual([[undefined, undefined]]);
    expect(groupTexts(plan).join('')).not.toContain('撞单');
    expect(texts(plan).join('')).not.toContain('撞单');
  });

  it('reminds 刘洋 of the car policy he shares, 王磊 of all three', () => {
    const of = (rep: string) => blocks(plan).find(([owner]) => owner === rep)?.[1];
    expect(of('刘洋')).toEqual(['contract:4']);
    expect(of('王磊')).toEqual(expect.arrayContaining(['birthday:2', 'contract:3', 'contract:4']));
  });
});
