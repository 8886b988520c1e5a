/** Whether a date column writes its dotted two-digit years first (yy.mm.dd) rather than last (dd.mm.yy). */
import type { Cell } from '../table/cell';

/** Two digits, a dot, a month, a dot, one or two digits: 98.05.12, 26.12.9 or 01.11.24, a time after it or not. */
const DOTTED_TWO_DIGIT = /^\s*(\d{2})\.\d{1,2}\.(\d{1,2})(?![\d.])/;

/** How many of a column's dotted dates can only be year first (98.05.12, 26.12.9) and only year last (15.03.85). */
export interface DottedYearEvidence {
  first: number;
  last: number;
}

/**
 * 01.11.24 is the European day.month.year (01.11.2024 with its century left off), and is read so;
 * but some sheets write yy.mm.dd (24.11.01: 2024-11-01). Only the cells can tell: one whose first part
 * can only be a year (98.05.12), or whose last part is one digit (26.12.9: no year is written so),
 * against one whose last part can only be a year (15.03.85).
 */
export function dottedYearEvidence(cells: readonly (Cell | undefined)[]): DottedYearEvidence {
  const out = { first: 0, last: 0 };
  for (const cell of cells) if (cell?.kind === 'text') countDottedYear(cell.value, out);
  return out;
}

/** One text of dottedYearEvidence, counted into `out`. */
export function countDottedYear(text: string, out: DottedYearEvidence): void {
  // Most date texts have no dot at all (2024-03-05, 2024年3月5日): no regex run for them.
  if (text.indexOf('.') < 0) return;
  const m = DOTTED_TWO_DIGIT.exec(text);
  if (m === null) return;
  if (+m[1] > 31 || m[2].length === 1) out.first++;
  else if (+m[2] > 31) out.last++;
}

/** Han, kana and Hangul: the scripts of the people who write a date year first (GB/T 7408, JIS X 0301). */
const YEAR_FIRST_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * Whether a sheet's headers are written by people who put the year first: a 24.11.01 typed under 签约日期
 * is 2024-11-01 as 2024.11.01 would be (and, a two-digit year first, still flagged as a possible 民國
 * year), not the European 24 November 2001 it is under Letzter Kauf. The region of the phones cannot
 * tell: a Chinese team's list of Swiss clients dials +41.
 */
export function writtenYearFirst(headers: readonly unknown[]): boolean {
  return headers.some((h) => typeof h === 'string' && YEAR_FIRST_SCRIPT.test(h));
}

/**
 * Whether a column's dotted two-digit years are written first: as its own cells say, else as the
 * sheet's other date columns say (`sheet`: their evidence summed; an export writes every date one
 * way); a tie, or no such cell, as the sheet's people write dates (`peopleYearFirst`,
 * writtenYearFirst): year first in a Chinese sheet, day first in a European one.
 */
export function dottedYearsFirst(own: DottedYearEvidence, sheet: DottedYearEvidence = { first: 0, last: 0 }, peopleYearFirst = false): boolean {
  if (own.first !== own.last) return own.first > own.last;
  if (sheet.first !== sheet.last) return sheet.first > sheet.last;
  return peopleYearFirst;
}
