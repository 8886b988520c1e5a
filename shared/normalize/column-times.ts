/** Whether a date column's values carry times of day other than midnight: then a 00:00:00 there is a time too. */
import type { Cell } from '../table/cell';

/** A time of day that is not midnight (09:01, 18:05:00, 0:30), after a date. */
const NOT_MIDNIGHT = /\d[\sT]+(?!0?0[:：]00(?![:：]?\d*[1-9]))\d{1,2}[:：]\d{2}/;
/** A date cell's ISO value with a time other than midnight. */
const ISO_NOT_MIDNIGHT = /T(?!00:00(?::00)?$)/;

/**
 * Zoho's Last Activity Time is 2024-02-08 18:05:00 and, now and then, 2024-02-23 00:00:00: that
 * midnight is a time like the others, and made a bare date it would give the column two forms (tester
 * h66). A column of nothing but midnights (an ERP's 合同到期 2025-12-31 00:00:00) is a column of days.
 */
export function hasTimesOfDay(cells: readonly (Cell | undefined)[]): boolean {
  for (const cell of cells) {
    if (cell?.kind === 'text' && NOT_MIDNIGHT.test(cell.value)) return true;
    if (cell?.kind === 'date' && ISO_NOT_MIDNIGHT.test(cell.value)) return true;
  }
  return false;
}
