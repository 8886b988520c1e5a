/**
 * The workbook's hidden customer tabs (a departed rep's 陈静(离职), hidden while his customers wait for a
 * new owner), which a run leaves uncleaned: each read as `--sheet` would read it, for the summary and the
 * JSON report to say how many customers and reminders it holds (shared/plan/hidden-sheet.ts decides
 * which reminders cannot wait).
 */
import { hiddenSheetReminders, type AcrossSheetsResult, type HiddenSheetReminders, type ReminderKind, type RunOptions } from '../shared';
import type { LoadedInput } from './load-input';

export interface HiddenSheet extends HiddenSheetReminders {
  /** Its customers as the check across the sheets counted them; undefined when that check could not read it. */
  customers?: number;
}

/** The hidden customer tabs the run left uncleaned, each with its reminders; empty when there are none. */
export function readHiddenSheets(loaded: LoadedInput, options: RunOptions, across: AcrossSheetsResult | undefined): HiddenSheet[] {
  const names = loaded.hiddenTables ?? [];
  if (names.length === 0 || !loaded.otherGrids) return [];
  const out: HiddenSheet[] = [];
  for (const grid of loaded.otherGrids(names)) {
    let read: HiddenSheetReminders | null;
    try {
      read = hiddenSheetReminders(grid, options);
    } catch {
      // The hidden tab's reminders are extra: a tab that cannot be read must not cost the sheet's own run.
      read = null;
    }
    const customers = across?.customers?.[grid.sheetName];
    const found = read ?? { sheet: grid.sheetName, reminders: [], urgent: [] };
    out.push(customers === undefined ? found : { ...found, customers });
  }
  return out;
}

/** Reminders by kind, as the JSON report lists them. */
export function byKind(reminders: readonly { kind: ReminderKind }[]): Partial<Record<ReminderKind, number>> {
  const out: Partial<Record<ReminderKind, number>> = {};
  for (const r of reminders) out[r.kind] = (out[r.kind] ?? 0) + 1;
  return out;
}
