/**
 * Finds the name for a sheet the run writes (issues, reminders, report, archive): our own sheet
 * from an earlier run is recognised by its first row and replaced (or, for the archive, kept and
 * appended to); a user's sheet of the same name is never touched, ours becomes "Name (2)".
 */
import type ExcelJS from 'exceljs';

/** The sheet to write into: `existing` is our own earlier sheet when it is to be appended to. */
export interface OwnSheet {
  name: string;
  existing?: ExcelJS.Worksheet;
}

export function ownSheet(
  workbook: ExcelJS.Workbook,
  base: string,
  isOurs: (sheet: ExcelJS.Worksheet) => boolean,
  earlier: 'replace' | 'append',
  /** The sheet being cleaned: never ours, whatever its first row says (`--sheet 问题清单`). */
  cleaned?: ExcelJS.Worksheet,
): OwnSheet {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    // Excel sheet names are unique regardless of case.
    const existing = workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!existing) return { name };
    if (existing === cleaned || !isOurs(existing)) continue;
    if (earlier === 'append') return { name: existing.name, existing };
    workbook.removeWorksheet(existing.id);
    return { name };
  }
}

/** The first cells of row `row` as written (null for an empty cell). */
export function rowValues(sheet: ExcelJS.Worksheet, row: number, count: number): unknown[] {
  const r = sheet.getRow(row);
  return Array.from({ length: count }, (_, i) => r.getCell(i + 1).value ?? null);
}

/** True when row 1 starts with exactly these texts. */
export function startsWith(sheet: ExcelJS.Worksheet, texts: readonly string[]): boolean {
  return rowValues(sheet, 1, texts.length).every((v, i) => v === texts[i]);
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31).trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}
