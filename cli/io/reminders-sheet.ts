/**
 * The reminders sheet ("提醒" / "Reminders"): every reminder due, grouped by owner, with its reason;
 * a "no reminders" line when none is due. A rerun replaces its own sheet, never a user's.
 */
import type ExcelJS from 'exceljs';
import { sharedLinesNote, type DateSystem, type Lang, type Plan } from '../../shared';
import { say } from '../messages';
import { reminderBlockSizes, reminderHeaders, reminderKeys, reminderLines, reminderRows } from './reminder-rows';
import type { TypedOutcome } from './typed-cells';
import type { RowMap } from './row-map';
import type { Restyle } from './xlsx-values';
import { addTableSheet } from './table-sheet';

const WIDTHS = [14, 16, 30, 8, 12, 10, 60];
/** Owner, kind, customer and reason are written as text: a name is never a number or a formula. */
const TEXT_COLUMNS = new Set([0, 1, 2, 6]);

/** `base`: the sheet's name (tab-named in a workbook of several customer tabs). */
export function addRemindersSheet(workbook: ExcelJS.Workbook, cleaned: ExcelJS.Worksheet, base: string, plan: Plan, lang: Lang, dateSystem: DateSystem, rows: RowMap, restyle: Restyle, log?: TypedOutcome[]): string {
  // Each owner's reminders are a group: every other owner's block is shaded.
  return addTableSheet(workbook, cleaned, base, {
    headers: reminderHeaders(lang),
    widths: WIDTHS,
    textColumns: TEXT_COLUMNS,
    rows: () => reminderRows(plan, lang, rows),
    groupSizes: reminderBlockSizes(plan),
    none: say(lang, 'cli.reminders.none'),
    // A customer two reps share is listed under each: the sheet says why it has more lines than reminders.
    note: sharedLinesNote(lang, plan.reminders.groups),
    // What a rep typed beside a reminder (处理结果) stays beside it on the next run.
    keys: reminderKeys,
    lines: () => reminderLines(plan, lang),
  }, dateSystem, restyle, lang, log);
}
