/**
 * A merged customer's co-owners as the merged workbook holds them: the owner cell as typed (王磊/刘洋)
 * and the rest in the kept row's 合并记录 note (共管负责人：王磊/刘洋/陈静). A later run reads the note back,
 * so 陈静 still hears of him and is no 撞单 with him, in this sheet or in her own tab; the note stands
 * only while the cell names reps it lists (a customer handed to 张伟 since is 张伟's alone).
 */
import { cellText, DEFAULT_SETTINGS, findAcrossSheets, resolveSettings, run, type Plan } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

const HEADER = ['姓名', '手机', '公司', '负责人', '生日', '整理问题', '重复组', '重复依据', '合并记录'];
// The kept row as last week's --merge wrote it; his birthday is in four days.
const KEPT = ['陈志远', '13711112222', '广州粤海贸易有限公司', '王磊/刘洋', '1980-12-05', '', '', '', '共管负责人：王磊/刘洋/陈静；负责人: 王磊/陈静（2024-11-25 原第3行）'];
const OTHER = ['林晓', '13922223333', '深圳前海物流有限公司', '李娜', '1990-12-03', '', '', '', ''];

/** Each rep's block: the rep and the customers reminded to him. */
const blocks = (plan: Plan) => plan.reminders.groups.map((g) => [g.owner, g.reminders.map((r) => r.sheetRow)]);

describe('co-owners read back from the 合并记录 note of an earlier merge', () => {
  it('reminds every co-owner the note names, the owner cell left as typed', () => {
    const plan = planOf([HEADER, KEPT, OTHER]);
    expect(blocks(plan)).toEqual([['刘洋', [2]], ['李娜', [3]], ['王磊', [2]], ['陈静', [2]]]);
    expect(plan.edits.filter((e) => e.col === 3)).toEqual([]);
  });

  it('reads a note an English run wrote (co-owners: …; Owner: …)', () => {
    const en = KEPT.map((v, i) => (i === 8 ? 'co-owners: 王磊/刘洋/陈静; 负责人: 王磊/陈静 (row 3 as of 2024-11-25)' : v));
    expect(blocks(planOf([HEADER, en, OTHER]))).toEqual([['刘洋', [2]], ['李娜', [3]], ['王磊', [2]], ['陈静', [2]]]);
  });

  it('sees no 撞单 when 陈静 types the customer again under her own name', () => {
    const again = ['陈志远', '137-1111-2222', '广州粤海贸易有限公司', '陈静', '', '', '', '', ''];
    const plan = planOf([HEADER, KEPT, OTHER, again]);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.ownerConflict ?? null])).toEqual([[[2, 4], null]]);
  });

  it('sees no 撞单 between the kept row and 陈静\'s own tab', () => {
    const s = resolveSettings({});
    if (!s.ok) throw new Error('settings');
    const { groups } = findAcrossSheets(
      [gridOf([HEADER, KEPT, OTHER], '客户'), gridOf([['姓名', '手机', '公司'], ['陈志远', '137 1111 2222', '广州粤海贸易有限公司']], '陈静')],
      { settings: s.settings, today: TODAY },
    );
    expect(groups).toHaveLength(1);
    // Each line still names its own row's owner as its sheet writes it.
    expect(groups[0].rows.map((r) => [r.sheet, r.owner])).toEqual([['客户', '王磊/刘洋'], ['陈静', '陈静']]);
    expect(groups[0].owners).toBeUndefined();
  });

  it('merges him again with the noted co-owners counted: 张伟 joins them, 陈静 is not lost, nor said twice', () => {
    const again = ['陈志远', '137-1111-2222', '广州粤海贸易有限公司', '王磊/张伟', '', '', '', '', ''];
    const out = run(gridOf([HEADER, KEPT, OTHER, again]), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.plan.merge?.coOwners).toEqual([{ sheetRow: 2, owners: '王磊/刘洋/陈静/张伟' }]);
    expect(blocks(out.plan)).toEqual([['刘洋', [2]], ['张伟', [2]], ['李娜', [3]], ['王磊', [2]], ['陈静', [2]]]);
    const ownersOnly = ['陈志远', '137-1111-2222', '广州粤海贸易有限公司', '陈静', '', '', '', '', ''];
    const same = run(gridOf([HEADER, KEPT, OTHER, ownersOnly]), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
    if (!same.ok) throw new Error(same.problem.code);
    expect(same.plan.merge?.coOwners).toBeUndefined();
    expect(cellText(same.plan.merge!.mergedColumn!.values[0]).match(/共管负责人/g)).toHaveLength(1);
  });

  it('leaves the note as history once the customer is handed to a rep it does not name', () => {
    const handed = KEPT.map((v, i) => (i === 3 ? '张伟' : v));
    expect(blocks(planOf([HEADER, handed, OTHER]))).toEqual([['张伟', [2]], ['李娜', [3]]]);
  });

  it('reads nothing from a 合并记录 the user keeps himself (no run columns before it)', () => {
    const own = ['姓名', '手机', '公司', '负责人', '生日', '合并记录'];
    const row = [...KEPT.slice(0, 5), '共管负责人：王磊/刘洋/陈静'];
    expect(blocks(planOf([own, row]))).toEqual([['刘洋', [2]], ['王磊', [2]]]);
  });
});
