/**
 * The ranges of the written sheet where the run left numbers as text (phones, ID numbers,
 * postcodes in Text-format cells): each column written as text that holds at least one value Excel
 * reads as a number, over the output's data rows. Excel flags those cells; ignored-errors.ts says not to.
 */
import type ExcelJS from 'exceljs';
import { columnLetter, maxOf, minOf, type Plan } from '../../shared';
import type { RowMap } from './row-map';

/** Text Excel's error check reads as a number ("13800138000", "0571", "1.5E3"). */
const NUMBER_LIKE = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

export function textNumberRanges(worksheet: ExcelJS.Worksheet, plan: Plan, rows: RowMap): string[] {
  const outRows = plan.rows.map((r) => rows.out(r)).filter((r): r is number => r !== null);
  if (outRows.length === 0) return [];
  const cols = textColumns(plan).filter((col) => outRows.some((r) => readsAsNumber(worksheet.findRow(r)?.findCell(col)?.value)));
  return columnRanges(cols, minOf(outRows), maxOf(outRows));
}

/** Whether a cell's value is text Excel flags as a number stored as text (the streaming writer asks it cell by cell). */
export const readsAsNumber = (value: unknown): boolean => typeof value === 'string' && NUMBER_LIKE.test(value);

/** The sheet columns the run writes as text. */
export const textColumns = (plan: Plan): number[] => plan.columns.filter((c) => c.write === 'text').map((c) => plan.firstCol + c.col);

/** Each column's data rows as one range (E2:E401), as ignored-errors.ts writes them. */
export const columnRanges = (cols: readonly number[], top: number, bottom: number): string[] =>
  cols.map((col) => `${columnLetter(col)}${top}:${columnLetter(col)}${bottom}`);
