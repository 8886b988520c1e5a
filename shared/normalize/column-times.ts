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
  for (const cell of cells) if (isTimeOfDay(cell)) return true;
  return false;
}

/** One cell of hasTimesOfDay: a time of day other than midnight, typed or in a date's ISO value. */
export function isTimeOfDay(cell: Cell | undefined): boolean {
  if (cell?.kind === 'text') return hasColon(cell.value) && NOT_MIDNIGHT.test(cell.value);
  return cell?.kind === 'date' && ISO_NOT_MIDNIGHT.test(cell.value);
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
    const form = typedTimeForm(cell);
    if (form === 'seconds') return true;
    if (form === 'minutes') minutes++;
    else if (form === 'zeroSeconds') seconds++;
  }
  return timesForm(seconds, minutes);
}

/**
 * One cell of timesWithSeconds: `seconds` when it has seconds other than :00 (the column keeps its
 * seconds whatever the others say), `zeroSeconds` for :00, `minutes` for HH:MM, null for no typed time.
 */
export function typedTimeForm(cell: Cell | undefined): 'seconds' | 'zeroSeconds' | 'minutes' | null {
  if (cell?.kind === 'date') return ISO_SECONDS.test(cell.value) ? 'seconds' : null;
  if (cell?.kind !== 'text' || !hasColon(cell.value)) return null;
  const m = TYPED_TIME.exec(cell.value);
  if (m === null) return null;
  if (m[1] === undefined) return 'minutes';
  return m[1] !== '00' ? 'seconds' : 'zeroSeconds';
}

/** timesWithSeconds' answer from its counts of times typed with :00 and as HH:MM (none with other seconds). */
export function timesForm(seconds: number, minutes: number): boolean | null {
  return seconds + minutes === 0 ? null : seconds > minutes;
}
