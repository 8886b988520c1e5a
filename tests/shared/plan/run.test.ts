/**
 * The run as a whole, on generated messy sheets (Chinese and English): it is deterministic, a second
 * run over its own output changes nothing, and no original value is ever lost, merge or no merge.
 */
import fc from 'fast-check';
import { generateCustomers, sheetRows } from '../../../examples/generator';
import { run, resolveSettings, cellText, isBlank, type Cell, type Grid, type Plan, type Settings } from '../../../shared';

const TODAY = '2024-12-01';

function gridOf(rows: string[][]): Grid {
  return { sheetName: '客户', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
}

function settingsFor(lang: 'zh' | 'en'): Settings {
  const r = resolveSettings(lang === 'zh' ? {} : { language: 'en', phone: { defaultRegion: 'US' }, amount: { currency: 'USD' }, dates: { ambiguous: 'month-first' } });
  if (!r.ok) throw new Error('settings');
  return r.settings;
}

function planOf(grid: Grid, settings: Settings, merge?: Plan['duplicates']['groups'][number]['confidence'][]): Plan {
  const out = run(grid, { settings, today: TODAY, merge });
  if (!out.ok) throw new Error(`refused: ${out.problem.code}`);
  return out.plan;
}

/** The grid with a plan's cell edits (cleaning and merge fills) applied, rows removed by a merge dropped. */
function applied(grid: Grid, plan: Plan): Map<number, Cell[]> {
  const rows = new Map<number, Cell[]>();
  grid.cells.forEach((cells, i) => rows.set(grid.firstRow + i, cells.slice()));
  for (const e of [...plan.edits, ...(plan.merge?.edits ?? [])]) rows.get(e.sheetRow)![plan.firstCol - grid.firstCol + e.col] = e.after;
  for (const r of plan.merge?.removeRows ?? []) rows.delete(r);
  return rows;
}

const sample = (seed: number, lang: 'zh' | 'en') => sheetRows(generateCustomers({ seed, rows: 150, lang, duplicateRate: 0.25, messRate: 0.5 }));

describe('a run', () => {
  it.each(['zh', 'en'] as const)('is deterministic (%s): the same sheet, settings and day give the same plan', (lang) => {
    const grid = gridOf(sample(11, lang));
    expect(JSON.stringify(planOf(grid, settingsFor(lang)))).toBe(JSON.stringify(planOf(grid, settingsFor(lang))));
  });

  it.each(['zh', 'en'] as const)('is a fixpoint (%s): cleaning its own output changes no value', (lang) => {
    const grid = gridOf(sample(12, lang));
    const settings = settingsFor(lang);
    const first = planOf(grid, settings);
    expect(first.stats.cellsChanged).toBeGreaterThan(50);
    const rows = applied(grid, first);
    const again = planOf({ ...grid, cells: [...rows.values()] }, settings);
    expect(again.edits.filter((e) => !e.retype).map((e) => `${e.sheetRow}:${cellText(e.before)}→${cellText(e.after)}`)).toEqual([]);
  });

  it('finds the generated duplicates and proposes, without merging, unless asked', () => {
    const grid = gridOf(sample(13, 'zh'));
    const plan = planOf(grid, settingsFor('zh'));
    expect(plan.duplicates.groups.length).toBeGreaterThan(5);
    expect(plan.merge).toBeNull();
    expect(plan.addedColumns.map((c) => c.id)).toEqual(expect.arrayContaining(['issues', 'duplicateGroup', 'duplicateReasons']));
    expect(plan.addedColumns.every((c) => c.values.length === plan.rows.length)).toBe(true);
  });

  it('describes the sheet as it will be after an accepted merge: classes, reminders and counts leave the archived rows out', () => {
    const grid = gridOf(sample(16, 'zh'));
    const plan = planOf(grid, settingsFor('zh'), ['exact', 'likely']);
    const removed = new Set(plan.merge!.removeRows);
    expect(removed.size).toBeGreaterThan(3);
    expect(plan.reminders.reminders.filter((r) => removed.has(r.sheetRow))).toEqual([]);
    expect(plan.classification.rows.map((r) => r.sheetRow).filter((r) => removed.has(r))).toEqual([]);
    expect(plan.classification.rows).toHaveLength(plan.rows.length - removed.size);
    // "a merge folds it into row N" names the row where the survivor will stand once rows are removed.
    const reasons = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!;
    const sorted = [...removed].sort((a, b) => a - b);
    let checked = 0;
    for (const g of plan.duplicates.groups) {
      const shown = g.survivor - sorted.filter((r) => r < g.survivor).length;
      for (const r of g.rows.filter((x) => x !== g.survivor && !removed.has(x))) {
        expect(cellText(reasons.values[plan.rows.indexOf(r)])).toContain(`第 ${shown} 行`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('loses no value, with or without merging: every non-empty original cell is in the sheet (as typed or as its recorded fix) or in the archive', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom('zh' as const, 'en' as const), fc.boolean(), (seed, lang, merge) => {
        const grid = gridOf(sample(seed, lang));
        const plan = planOf(grid, settingsFor(lang), merge ? ['exact', 'likely', 'review'] : undefined);
        const after = applied(grid, plan);
        const fixes = new Map(plan.edits.map((e) => [`${e.sheetRow}:${e.col}`, e]));
        const archived = new Map((plan.merge?.archive ?? []).map((a) => [a.sheetRow, a.cells]));
        // A kept row's last-contact day the merge replaced by the group's latest, a value the run
        // flagged as wrong it replaced by a duplicate's valid one, and a total it replaced by the group's
        // (a 0 by a real one, the smaller by the larger, one account's by the accounts' sum), and a birthday
        // without its year it replaced by a duplicate's whole date of that day, are in its merged values.
        const MOVED_TO_NOTE: readonly string[] = ['dedupe.fix.latest', 'dedupe.fix.valid', 'dedupe.fix.total', 'dedupe.fix.totalLarger', 'dedupe.fix.totalSum', 'dedupe.fix.fullDate'];
        const latest = new Map((plan.merge?.edits ?? []).filter((e) => MOVED_TO_NOTE.includes(e.reason)).map((e) => [`${e.sheetRow}:${e.col}`, e]));
        const mergedColumn = plan.addedColumns.find((a) => a.id === 'dedupe.merged');
        const noteOf = (sheetRow: number) => (mergedColumn ? cellText(mergedColumn.values[plan.rows.indexOf(sheetRow)]) : '');
        grid.cells.forEach((cells, i) => {
          const sheetRow = grid.firstRow + i;
          cells.forEach((cell, c) => {
            if (isBlank(cell)) return;
            const col = c - (plan.firstCol - grid.firstCol);
            const archive = archived.get(sheetRow);
            if (archive) {
              expect(cellText(archive[col])).toBe(cellText(cell));
              return;
            }
            const now = after.get(sheetRow)![c];
            const fix = fixes.get(`${sheetRow}:${col}`);
            const moved = latest.get(`${sheetRow}:${col}`);
            const kept = cellText(now) === cellText(cell) || (fix !== undefined && fix.before === cell && cellText(fix.after) === cellText(now))
              || (moved !== undefined && noteOf(sheetRow).includes(cellText(moved.before)));
            if (!kept) throw new Error(`row ${sheetRow} col ${c}: "${cellText(cell)}" became "${cellText(now)}"`);
            expect(isBlank(now)).toBe(false);
          });
        });
        if (merge) expect(plan.merge!.removeRows).toEqual([...archived.keys()].sort((a, b) => a - b));
      }),
      { numRuns: 12, seed: 20261123 },
    );
  });
});
