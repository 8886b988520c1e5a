/**
 * The date columns whose two-digit years are 民國 years (Taiwan's calendar, year 1 = 1912): 75/03/08
 * there is 1986-03-08, not 1975. Only evidence counts: a column that writes some dates in 民國
 * years and says so (民國75年3月8日, 115/12/20, 0750308: no other calendar writes three-digit years),
 * or a sheet with such a column or read for Taiwan. A 1900s reading of a 民國 birthday makes a
 * 52-year-old 63 and tells one customer's two rows apart; without evidence the century reading
 * stands, its finding naming the 民國 year the text may also be.
 */
import type { Table } from '../table/table';
import { FIELD_BY_ID } from '../schema/fields';
import type { Settings } from '../settings/types';
import type { ColumnMapping } from './types';
import { saysRocYear } from '../normalize/date-text';
import { showsTaiwan } from './roc-signs';

/** Cells looked at per column: a 民國 sheet writes its years so throughout. */
const SAMPLE = 2000;

/**
 * The date columns whose two-digit years are read in the century and nothing else (era gregorian):
 * every one, in a sheet that neither writes 民國 years nor shows any sign of Taiwan (roc-signs.ts).
 * Elsewhere a 75/03/08 not read as 民國 75 still says it may be one.
 */
export function centuryYearColumns(table: Table, columns: readonly ColumnMapping[], settings: Settings, rocColumns: readonly number[]): number[] {
  if (settings.dates.era !== undefined || rocColumns.length > 0 || showsTaiwan(table, columns, settings)) return [];
  const n = Math.min(table.rows.length, SAMPLE);
  // A column with a 31.10.25 (a European client's 31 Oct 2025, or 2031-10-25 as a Chinese clerk types
  // it) keeps its flag: there the doubt is the order, which the run says no other way yet.
  const orderInDoubt = (col: number) => table.rows.slice(0, n).some((row) => {
    const cell = row.cells[col];
    const m = cell?.kind === 'text' ? BOTH_ENDS_YEAR.exec(cell.value.trim()) : null;
    return m !== null && +m[1] <= 31;
  });
  return columns.filter((c) => c.field !== null && (FIELD_BY_ID[c.field].kind === 'date' || c.field === 'contractTerm') && !orderInDoubt(c.col)).map((c) => c.col);
}
/** A dotted date either end of which may be its two-digit year (31.10.25, 24.11.01). */
const BOTH_ENDS_YEAR = /^(\d{2})\.\d{1,2}\.\d{2}$/;

export function rocYearColumns(table: Table, columns: readonly ColumnMapping[], settings: Settings): number[] {
  if (settings.dates.era !== undefined) return [];
  // A term column (合同期限 115.12.10-116.12.09) writes its dates as the date columns do.
  const dateCols = columns.filter((c) => c.field !== null && (FIELD_BY_ID[c.field].kind === 'date' || c.field === 'contractTerm')).map((c) => c.col);
  const saying = dateCols.filter((col) => {
    const n = Math.min(table.rows.length, SAMPLE);
    for (let r = 0; r < n; r++) {
      const cell = table.rows[r].cells[col];
      if (cell?.kind === 'text' && saysRocYear(cell.value)) return true;
      // 1151220 in a number cell says it as its text does.
      if (cell?.kind === 'number' && Number.isInteger(cell.value) && cell.value >= 1000101 && cell.value <= 1991231 && saysRocYear(String(cell.value))) return true;
    }
    return false;
  });
  // One column in 民國 years (保單到期日 115/12/20) tells how the sheet's other dates are written.
  return saying.length > 0 || settings.phone.defaultRegion === 'TW' ? dateCols : [];
}
