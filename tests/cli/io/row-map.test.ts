import fc from 'fast-check';
import type { ArchivedRow, MergePlan } from '../../../shared';
import { rowMap } from '../../../cli/io/row-map';
import { EMPTY_ANALYSIS, gridOf, planFor } from '../helpers';

/** A plan over sheet rows 2…n+1 whose merge archived `archived` (row → survivor). */
function planWith(n: number, archived: [number, number][]) {
  const grid = gridOf([['姓名'], ...Array.from({ length: n }, (_, i) => [`客户${i + 1}`])]);
  const plan = planFor(grid);
  const archive = archived.map(([sheetRow, survivorRow]): ArchivedRow => ({
    sheetRow, survivorRow, cells: [], groupId: 'G1', confidence: 'exact', reason: { code: 'dedupe.archive.merged', params: {} },
  }));
  const merge: MergePlan | null = archived.length === 0 ? null : {
    edits: [], mergedColumn: null, archiveSheet: '已合并重复', archiveHeaders: [], archiveCols: [], archive,
    removeRows: archived.map(([r]) => r).sort((a, b) => a - b),
    stats: { groupsMerged: 1, rowsArchived: archived.length, cellsFilled: 0, notesTruncated: 0, groupsSkipped: 0 },
  };
  return { ...plan, ...EMPTY_ANALYSIS, merge };
}

describe('rowMap: where an input row is in the output after a merge', () => {
  const rows = rowMap(planWith(8, [[3, 7], [5, 2]]));

  it.each([
    [2, 2, 'above every removed row: unchanged'],
    [3, null, 'archived'],
    [4, 3, 'one removed row above'],
    [5, null, 'archived'],
    [6, 4, 'two removed rows above'],
    [9, 7, 'the last row'],
  ])('out(%i) = %p (%s)', (row, expected, _why) => {
    expect(rows.out(row)).toBe(expected);
  });

  it.each([
    [3, 5, 'an archived row points at its survivor, which moved up from 7 to 5'],
    [5, 2, 'a survivor above stays where it was'],
    [6, 4, 'a kept row points at itself'],
  ])('target(%i) = %i (%s)', (row, expected, _why) => {
    expect(rows.target(row)).toBe(expected);
  });

  it('is the identity without a merge', () => {
    const none = rowMap(planWith(3, []));
    expect([2, 3, 4].map(none.out)).toEqual([2, 3, 4]);
    expect(none.removed.size).toBe(0);
  });

  it('numbers the kept rows 2, 3, 4 … in order, whatever is removed (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(fc.integer({ min: 2, max: 61 }), { maxLength: 20 }), (n, picked) => {
        const gone = [...new Set(picked.filter((r) => r <= n + 1))];
        const kept = Array.from({ length: n }, (_, i) => i + 2).filter((r) => !gone.includes(r));
        const map = rowMap(planWith(n, gone.map((r) => [r, kept[0] ?? 2])));
        expect(kept.map(map.out)).toEqual(kept.map((_, i) => i + 2));
        for (const r of gone) expect(map.out(r)).toBeNull();
      }),
      { seed: 20240601, numRuns: 300 },
    );
  });
});
