/** A1-style addresses for messages: column letters, cells and ranges in sheet coordinates (1-based). */
import type { CellRange } from './grid';

/** 1 → A, 26 → Z, 27 → AA, 16384 → XFD (bijective base 26). Anything below 1 gives ''. */
export function columnLetter(sheetCol: number): string {
  let n = Math.floor(sheetCol);
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The column of an A1 address or its letters: "AB12" and "AB" → 28 (the letters up to the first digit). */
export function columnNumber(address: string): number {
  let n = 0;
  for (const ch of address) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

export function cellAddress(sheetRow: number, sheetCol: number): string {
  return `${columnLetter(sheetCol)}${sheetRow}`;
}

/** 'B5:B6', or 'C3' for a single cell. */
export function rangeAddress(range: CellRange): string {
  const start = cellAddress(range.row, range.col);
  if (range.rowCount <= 1 && range.colCount <= 1) return start;
  return `${start}:${cellAddress(range.row + Math.max(1, range.rowCount) - 1, range.col + Math.max(1, range.colCount) - 1)}`;
}
