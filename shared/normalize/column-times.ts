/** What a date column's times of day say of the column: whether its midnight is a time too, and the one form its times are written in. */
import type { Cell } from '../table/cell';

/**
 * Both scans read every cell of every date column, most of them dates without a time (2024-03-05,
 * 2024年3月5日): a text with no colon, half- or full-width, holds no time, and its regex is not run.
 */
const hasColon = (text: string): boolean => text.indexOf(':') >= 0 || text.indexOf('：') >= 0;

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
    if (cell?.kind === 'text' && hasColon(cell.value) && NOT_MIDNIGHT.test(cell.value)) return true;
    if (cell?.kind === 'date' && ISO_NOT_MIDNIGHT.test(cell.value)) return true;
  }
  return false;
}

/**
 * A time after a date as typed: its hours and minutes, and its seconds when written (14:30, 14:30:00,
 * 9:15:33). Not an instant's (T16:00:00.000Z, 04:00:00+08:00): an export writes its seconds whatever
 * they are, and the run rewrites it in the sheet's zone anyway.
 */
const TYPED_TIME = /\d[\sT]+\d{1,2}[:：]\d{2}(?:[:：](\d{2}))?(?![\d:：])(?!(?:\.\d+)?\s*(?:z|[+-]\d{2}))/i;
/** A date cell's ISO value with seconds other than :00 (a serial keeps only those). */
const ISO_SECONDS = /T\d{2}:\d{2}:(?!00$)\d{2}$/;

/**
 * Whether the column's times are written with their seconds (true) or as HH:MM (false); null when
 * none was typed. A column is cleaned into one form (a tester's 最近联系时间 held 2024-03-05 14:30:00 beside
 * 2024-03-06 09:15): with seconds wherever one has seconds other than :00, which HH:MM would lose;
 * else the form most of them were typed in, :00 only when more than half carry it. A tie is HH:MM:
 * its :00 says nothing, and HH:MM is how people type a time.
 */
export function timesWithSeconds(cells: readonly (Cell | undefined)[]): boolean | null {
  let seconds = 0;
  let minutes = 0;
  for (const cell of cells) {
    if (cell?.kind === 'date') {
      if (ISO_SECONDS.test(cell.value)) return true;
      continue;
    }
    if (cell?.kind !== 'text' || !hasColon(cell.value)) continue;
    const m = TYPED_TIME.exec(cell.value);
    if (m === null) continue;
    if (m[1] === undefined) minutes++;
    else if (m[1] !== '00') return true;
    else seconds++;
  }
  return seconds + minutes === 0 ? null : seconds > minutes;
}
