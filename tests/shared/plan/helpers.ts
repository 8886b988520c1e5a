/** Runs for plan specs: a sheet of text cells (blank = empty) through run(), and what became of a cell. */
import { run, resolveSettings, type Cell, type Grid, type Plan, type RunOptions } from '../../../shared';

export const TODAY = '2024-12-01';

export function gridOf(rows: string[][], sheetName = '客户'): Grid {
  return { sheetName, firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
}

/** The plan of `rows` under the settings `input` (partial JSON, as a user writes it), run on `today` (TODAY) in a sheet named `sheet`. */
export function planOf(rows: string[][], input: object = {}, { today = TODAY, sheet, ...options }: Pick<RunOptions, 'guess' | 'merge'> & { today?: string; sheet?: string } = {}): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(`settings: ${JSON.stringify(settings.errors)}`);
  const out = run(gridOf(rows, sheet), { settings: settings.settings, today, ...options });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** The value the plan writes to the cell of `header` in `sheetRow`, or null when it leaves it. */
export function after(plan: Plan, sheetRow: number, header: string): Cell | null {
  const col = plan.columns.find((c) => c.header === header)!.col;
  return plan.edits.find((e) => e.sheetRow === sheetRow && e.col === col)?.after ?? null;
}
