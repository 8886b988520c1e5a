/**
 * A child's birthday is never the customer's for duplicates: two mothers whose babies were born on one
 * day are two people, however alike their names; one mother typed twice is still found by her phone,
 * and her two children on two rows stay two records of hers (accounts.ts reads 宝宝姓名).
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { gridOf } from '../plan/helpers';

function planOf(rows: string[][], merge: ('exact' | 'likely')[] = []): Plan {
  const out = run(gridOf(rows, '会员'), { settings: DEFAULT_SETTINGS, today: '2026-12-04', merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const groups = (plan: Plan) => plan.duplicates.groups.map((g) => [g.rows, g.confidence, g.records ?? false]);

const HEAD = ['会员姓名', '手机', '宝宝姓名', '宝宝生日', '累计消费', '导购'];

describe('a 母婴店 keeping only the baby\'s birthday', () => {
  it('two members named 王芳 with two phones, whose babies were born the same day, are no duplicate', () => {
    const plan = planOf([
      HEAD,
      ['王芳', '13800138001', '李乐乐', '2024-05-01', '5200', '小周'],
      ['王芳', '13912345678', '张果果', '2024-05-01', '3100', '阿梅'],
    ]);
    expect(groups(plan)).toEqual([]);
  });

  it('one mother typed twice (her phone written with dashes) is one customer, her baby\'s birthday no evidence either way', () => {
    const plan = planOf([
      HEAD,
      ['王芳', '13800138001', '李乐乐', '2024-05-01', '5200', '小周'],
      ['王芳', '138-0013-8001', '李乐乐', '', '', '小周'],
    ]);
    expect(groups(plan)).toEqual([[[2, 3], 'exact', false]]);
  });

  it('one mother with two children on two rows: two records of hers, never merged', () => {
    const rows = [
      HEAD,
      ['张敏', '13800138001', '张乐乐', '2023-05-17', '5200', '小周'],
      ['张敏', '13800138001', '张团团', '2025-09-02', '1500', '小周'],
    ];
    expect(groups(planOf(rows))).toEqual([[[2, 3], 'review', true]]);
    expect(planOf(rows, ['exact', 'likely']).merge?.removeRows ?? []).toEqual([]);
  });
});

describe('a 母婴店 keeping the baby\'s birthday and no name column of hers but 会员姓名', () => {
  const BIRTHDAYS = ['会员姓名', '手机', '宝宝生日'];

  it('a member with her phone and one without, whose babies share a birthday, is no likely duplicate by that birthday', () => {
    const plan = planOf([BIRTHDAYS, ['王芳', '13800138001', '2024-05-01'], ['王芳', '', '2024-05-01']]);
    expect(plan.duplicates.groups.flatMap((g) => g.reasons.map((r) => r.code))).not.toContain('dedupe.reason.birthday.same');
    expect(plan.duplicates.groups.filter((g) => g.confidence !== 'review')).toEqual([]);
  });

  it('one mother (one name, one phone) with two babies born on two days: two records of hers, never merged', () => {
    const rows = [BIRTHDAYS, ['王芳', '13800138001', '2024-05-01'], ['王芳', '13800138001', '2026-01-09']];
    expect(groups(planOf(rows))).toEqual([[[2, 3], 'review', true]]);
    expect(planOf(rows, ['exact', 'likely']).merge?.removeRows ?? []).toEqual([]);
  });
});
