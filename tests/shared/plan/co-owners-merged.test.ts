/**
 * A customer typed twice by reps who share him with different colleagues (王磊/刘洋 and 王磊/陈静): no
 * cell names all three. --merge keeps one row and its owner cell as the user typed it, yet the
 * customer's co-owners are all three, said in the merged-values note and the archive, and each of
 * them still hears of him.
 */
import { cellText, DEFAULT_SETTINGS, run, t, type Plan } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

// 陈志远's birthday is in four days; 王磊 shares him with 刘洋 on one row and with 陈静 on the other.
const SHEET = [
  ['姓名', '手机', '公司', '负责人', '生日'],
  ['陈志远', '13711112222', '广州粤海贸易有限公司', '王磊/刘洋', '1980-12-05'],
  ['陈志远', '137 1111 2222', '广州粤海贸易有限公司', '王磊/陈静', ''],
];

const merged = (rows: string[][], language: 'zh-CN' | 'en' = 'zh-CN'): Plan => {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};

/** Each rep's block: the rep and the kinds and rows reminded to him. */
const blocks = (plan: Plan) => plan.reminders.groups.map((g) => [g.owner, g.reminders.map((r) => `${r.kind}:${r.sheetRow}`)]);

describe('one customer under 王磊/刘洋 and 王磊/陈静, merged', () => {
  const before = planOf(SHEET);
  const after = merged(SHEET);

  it('each of the three reps hears of his birthday, before and after --merge', () => {
    expect(blocks(before)).toEqual([['刘洋', ['birthday:2']], ['王磊', ['birthday:2']], ['陈静', ['birthday:2']]]);
    expect(after.merge?.removeRows).toEqual([3]);
    expect(blocks(after)).toEqual([['刘洋', ['birthday:2']], ['王磊', ['birthday:2']], ['陈静', ['birthday:2']]]);
  });

  it('leaves the kept row\'s owner cell as typed', () => {
    expect(after.merge?.edits.filter((e) => e.field === 'owner')).toEqual([]);
  });

  it('names the co-owners in the kept row\'s merged-values note and in the archive, in both languages', () => {
    const note = after.merge?.mergedColumn?.values.map(cellText) ?? [];
    expect(note[0]).toContain('共管负责人：王磊/刘洋/陈静');
    expect(after.merge?.archive.map((a) => t('zh-CN', a.reason.code, a.reason.params))).toEqual([
      expect.stringContaining('共管负责人：王磊/刘洋/陈静'),
    ]);
    expect(after.merge?.coOwners).toEqual([{ sheetRow: 2, owners: '王磊/刘洋/陈静' }]);
    const en = merged(SHEET, 'en');
    expect(en.merge?.mergedColumn?.values.map(cellText)[0]).toContain('co-owners: 王磊/刘洋/陈静');
    expect(en.merge?.archive.map((a) => t('en', a.reason.code, a.reason.params))).toEqual([expect.stringContaining('co-owners: 王磊/刘洋/陈静')]);
  });

  it('says nothing of co-owners when the kept row already names them all (王磊 and 王磊/刘洋)', () => {
    const p = merged([SHEET[0], [...SHEET[1].slice(0, 3), '王磊', SHEET[1][4]], SHEET[2].map((v, i) => (i === 3 ? '王磊/刘洋' : v))]);
    expect(p.merge?.coOwners ?? []).toEqual([]);
    expect((p.merge?.mergedColumn?.values.map(cellText) ?? []).join('')).not.toContain('共管负责人');
  });
});
