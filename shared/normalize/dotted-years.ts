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
  for (const cell of cells) {
    if (cell?.kind !== 'text') continue;
    const m = DOTTED_TWO_DIGIT.exec(cell.value);
    if (m === null) continue;
    if (+m[1] > 31 || m[2].length === 1) out.first++;
    else if (+m[2] > 31) out.last++;
  }
  return out;
}

/**
 * Whether a column's dotted two-digit years are written first: as its own cells say, else as the
 * sheet's other date columns say (`sheet`: their evidence summed; an export writes every date one
 * way); a tie, or no such cell, leaves them last, day first.
 */
export function dottedYearsFirst(own: DottedYearEvidence, sheet: DottedYearEvidence = { first: 0, last: 0 }): boolean {
  if (own.first !== own.last) return own.first > own.last;
  return sheet.first > sheet.last;
}
