import { claimOwner, withClaimFirst } from '../../../shared/dedupe/owner-rule';
import { ownerConflictTexts } from '../../../shared/dedupe/reason-text';
import { findDuplicates } from '../../../shared/dedupe/find-duplicates';
import { planMerge } from '../../../shared/dedupe/merge';
import { resolveDedupeSettings } from '../../../shared/dedupe/validate-settings';
import { toRecords } from '../../../shared/table/records';
import { cellText } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';
import { records, table, type RowSpec } from './helpers';

/**
 * 撞单: two sales reps each entered the same customer. Row 2 is 王五's, more complete (so the survivor
 * rules pick it) but entered later; row 3 is 李四's, entered first; 王五 followed up last.
 */
const CLASH: RowSpec[] = [
  { name: '张伟', mobile: '13812345678', email: 'zw@xingchen.com', company: '北京星辰科技有限公司', owner: '王五', createdAt: '2024-03-12', lastContact: '2024-05-20' },
  { name: '张伟', mobile: '138 1234 5678', owner: '李四', createdAt: '2024-01-05', lastContact: '2024-02-01' },
];

describe('owner rule (撞单): who keeps a customer two reps hold', () => {
  it('first touch: the rep who entered the customer first (the earliest 创建日期)', () => {
    expect(claimOwner(records(CLASH), 'first-touch', 'CN')).toEqual({ rule: 'first-touch', owner: '李四', sheetRow: 3, field: 'createdAt', date: '2024-01-05' });
  });

  it('last contact: the rep who follows the customer now (the latest 最近联系)', () => {
    expect(claimOwner(records(CLASH), 'last-contact', 'CN')).toEqual({ rule: 'last-contact', owner: '王五', sheetRow: 2, field: 'lastContact', date: '2024-05-20' });
  });

  it('decides nothing when the owners agree, the rule is off, no row has the date, or two owners tie on it', () => {
    const agree = CLASH.map((r) => ({ ...r, owner: '李四' }));
    expect(claimOwner(records(agree), 'first-touch', 'CN')).toBeNull();
    // The same rep written with other spaces and case is one owner.
    expect(claimOwner(records([{ ...CLASH[0], owner: 'Li Si' }, { ...CLASH[1], owner: 'li  si' }]), 'first-touch', 'CN')).toBeNull();
    expect(claimOwner(records(CLASH), 'none', 'CN')).toBeNull();
    const undated = CLASH.map(({ createdAt: _c, ...r }) => r);
    expect(claimOwner(records(undated), 'first-touch', 'CN')).toBeNull();
    const tied = CLASH.map((r) => ({ ...r, createdAt: '2024-01-05' }));
    expect(claimOwner(records(tied), 'first-touch', 'CN')).toBeNull();
    // 王五 wrote no date: he may have been first, so the rule does not hand the customer to 李四.
    const oneUndated = [{ ...CLASH[0], createdAt: '' }, CLASH[1]];
    expect(claimOwner(records(oneUndated), 'first-touch', 'CN')).toBeNull();
  });

  it('a row without an owner (公海) claims nothing, however early it was entered', () => {
    const pool = [...CLASH, { name: '张伟', mobile: '13812345678', createdAt: '2023-06-01' }];
    expect(claimOwner(records(pool), 'first-touch', 'CN')?.owner).toBe('李四');
  });

  it('the winning owner’s best-ranked row is its claim, whichever of its rows is the oldest', () => {
    const rows = records([
      { name: '张伟', mobile: '13812345678', email: 'zw@qq.com', owner: '李四', createdAt: '2024-04-01' },
      { name: '张伟', mobile: '13812345678', owner: '王五', createdAt: '2024-02-01' },
      { name: '张伟', mobile: '13812345678', owner: '李四', createdAt: '2024-01-05' },
    ]);
    expect(claimOwner(rows, 'first-touch', 'CN')).toMatchObject({ owner: '李四', sheetRow: 2, date: '2024-01-05' });
  });

  it('puts the claimed row first and keeps the others in their order', () => {
    const [a, b, c] = records([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    const claim = { rule: 'first-touch' as const, owner: 'x', sheetRow: c.sheetRow, field: 'createdAt' as FieldId, date: '2024-01-01' };
    expect(withClaimFirst([a, b, c], claim)).toEqual([c, a, b]);
    expect(withClaimFirst([a, b, c], null)).toEqual([a, b, c]);
  });
});

describe('the duplicate group and its merge follow the owner rule', () => {
  const find = (ownerRule?: 'first-touch' | 'last-contact' | 'none') =>
    findDuplicates(records(CLASH), resolveDedupeSettings(ownerRule ? { ownerRule } : {}), { defaultRegion: 'CN' }).groups;

  it('by default the first-touch owner’s row survives, though the other row is more complete', () => {
    const [g] = find();
    expect(g.survivor).toBe(3);
    expect(g.ownerConflict).toEqual({ owners: ['李四', '王五'], claim: { rule: 'first-touch', owner: '李四', sheetRow: 3, field: 'createdAt', date: '2024-01-05' } });
    // The survivor takes the other row's e-mail and company into its empty cells; its owner stays.
    expect(g.fields.find((f) => f.field === 'owner')).toEqual({ field: 'owner', sheetRow: 3, value: '李四', action: 'keep' });
    expect(g.fields.find((f) => f.field === 'email')).toMatchObject({ sheetRow: 2, action: 'fill' });
  });

  it('with ownerRule "none" the survivor rules alone decide (the most complete row)', () => {
    const [g] = find('none');
    expect(g.survivor).toBe(2);
    expect(g.ownerConflict).toEqual({ owners: ['王五', '李四'] });
  });

  it('with "last-contact" the rep who followed up last keeps the customer', () => {
    expect(find('last-contact')[0]).toMatchObject({ survivor: 2, ownerConflict: { claim: { owner: '王五', date: '2024-05-20' } } });
  });

  it('merging keeps the first-touch owner in the owner cell and the other owner in the merged-values note', () => {
    const fields: FieldId[] = ['name', 'mobile', 'email', 'company', 'owner', 'createdAt', 'lastContact'];
    const { table: t, fieldCols } = table(fields, CLASH, ['姓名', '手机', '邮箱', '公司', '负责人', '创建日期', '最近联系']);
    const { groups } = findDuplicates(toRecords(t, fieldCols), resolveDedupeSettings({}), { defaultRegion: 'CN' });
    const plan = planMerge(t, fieldCols, groups, { language: 'zh-CN' });
    expect(plan.removeRows).toEqual([2]);
    // The customer was last contacted on the other rep's 2024-05-20: the kept row says so.
    expect(plan.edits.map((e) => [e.field, cellText(e.after)])).toEqual([['email', 'zw@xingchen.com'], ['company', '北京星辰科技有限公司'], ['lastContact', '2024-05-20']]);
    expect(plan.edits.every((e) => e.sheetRow === 3)).toBe(true);
    expect(cellText(plan.mergedColumn!.values[1])).toContain('负责人: 王五（第2行）');
    expect(cellText(plan.mergedColumn!.values[1])).toContain('最近联系: 2024-02-01（第3行）');
  });
});

/**
 * A date after the run's today is a typo the run flags (rule.dateInFuture), and the activity class leaves
 * it out: the owner rule and the survivor rules do too. A HK trading firm's contact both reps hold: Cathy
 * Ng's row says she called on 2024-12-02, the day after the run; Ben Ho called on 2024-11-29.
 */
describe('a date after today decides nothing', () => {
  const TODAY = '2024-12-01';
  const HK: RowSpec[] = [
    { name: 'Wong Siu Ming', mobile: '+852 9123 4567', email: 'sm.wong@luckytrading.hk', company: 'Lucky Trading Ltd', owner: 'Cathy Ng', createdAt: '2021-10-26', lastContact: '2024-12-02' },
    { name: 'Wong Siu Ming', mobile: '9123 4567', email: 'sm.wong@luckytrading.hk', company: 'Lucky Trading Ltd', owner: 'Ben Ho', createdAt: '2021-12-25', lastContact: '2024-11-29' },
  ];

  it('last contact: Cathy may have called last or not, so the rule cannot say', () => {
    expect(claimOwner(records(HK), 'last-contact', 'HK', TODAY)).toBeNull();
    // On 2024-12-05 the day is past, and hers.
    expect(claimOwner(records(HK), 'last-contact', 'HK', '2024-12-05')).toMatchObject({ owner: 'Cathy Ng', date: '2024-12-02' });
  });

  it('first touch: a 创建日期 after today neither wins nor loses the customer', () => {
    const typo = [{ ...HK[0], createdAt: '2025-10-26' }, HK[1]];
    expect(claimOwner(records(typo), 'first-touch', 'HK', TODAY)).toBeNull();
    // Another row of Cathy's with a real day still counts.
    const more = [...typo, { ...HK[0], email: '', createdAt: '2021-09-01' }];
    expect(claimOwner(records(more), 'first-touch', 'HK', TODAY)).toMatchObject({ owner: 'Cathy Ng', date: '2021-09-01' });
  });

  it('the group: no claim, the row of the latest real activity kept, and 重复依据 says which day was left out', () => {
    const [g] = findDuplicates(records(HK), resolveDedupeSettings({ ownerRule: 'last-contact' }), { defaultRegion: 'HK', today: TODAY }).groups;
    expect(g.ownerConflict).toEqual({ owners: ['Ben Ho', 'Cathy Ng'], future: [{ owner: 'Cathy Ng', field: 'lastContact', date: '2024-12-02' }] });
    expect(g.survivor).toBe(3);
    expect(ownerConflictTexts('en', g.ownerConflict!.owners, g.ownerConflict!.claim, g.ownerConflict!.future)).toEqual([
      'owner conflict: the same customer is held by Ben Ho / Cathy Ng',
      "Cathy Ng's Last contact 2024-12-02 lies after today: not used to decide the owner",
    ]);
    expect(ownerConflictTexts('zh-CN', g.ownerConflict!.owners, g.ownerConflict!.claim, g.ownerConflict!.future)[1]).toBe('Cathy Ng 的最近联系 2024-12-02 晚于今天，未用于判定归属');
  });
});
