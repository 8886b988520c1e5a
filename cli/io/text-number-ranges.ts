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
  const top = minOf(outRows);
  const bottom = maxOf(outRows);
  const out: string[] = [];
  for (const column of plan.columns) {
    if (column.write !== 'text') continue;
    const col = plan.firstCol + column.col;
    const holdsNumber = outRows.some((r) => {
      const value = worksheet.findRow(r)?.findCell(col)?.value;
      return typeof value === 'string' && NUMBER_LIKE.test(value);
    });
    if (holdsNumber) out.push(`${columnLetter(col)}${top}:${columnLetter(col)}${bottom}`);
  }
  return out;
}

/** Whether a cell's value is text Excel flags as a number stored as text (the streaming writer asks it cell by cell). */
export const readsAsNumber = (value: unknown): boolean => typeof value === 'string' && NUMBER_LIKE.test(value);
