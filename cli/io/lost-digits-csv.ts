/**
 * A number whose digits Excel threw away (a 手机 kept as 13800000000, shown 1.38E+10; an 18-digit 身份证号
 * shown 4.40306E+17), as a CSV writes it: in exponent form with every digit it still holds. Written as
 * its digits, the next run read the text 13800000000 as a real mobile and the flag, the only sign the
 * number is wrong, was gone (tester h68 #2, as the .xlsx writers already keep it a number: lost-digit-cells.ts);
 * an ID past 2^53 was even written with digits nobody typed (440306199001011260). The cleaned file and
 * the archive beside it use this one rule, so the same cell reads the same in both.
 */
import { exponentWithAllDigits, lostDigitCells, type Cell, type Plan } from '../../shared';

/** A flagged cell as the CSV writes it: a number as exponent text; any other as it is. */
export function lostDigitsCsvCell(cell: Cell): Cell {
  return cell.kind === 'number' && Number.isFinite(cell.value) ? { kind: 'text', value: exponentWithAllDigits(cell.value) } : cell;
}

/** Rewrites, in the cleaned sheet's cells (`rows`, sheet rows and columns from 1), each cell the run flagged as having lost its digits. */
export function lostDigitsInCsvRows(rows: Cell[][], plan: Plan): void {
  for (const [sheetRow, cols] of lostDigitCells(plan.issues)) {
    const row = rows[sheetRow - 1];
    if (row === undefined) continue;
    for (const col of cols) {
      const at = plan.firstCol + col - 1;
      if (row[at] !== undefined) row[at] = lostDigitsCsvCell(row[at]);
    }
  }
}

/** An archive line's cells (`cells`, the first of them the table columns `tableCols`) with each flagged cell of its row rewritten. */
export function lostDigitsInArchiveLine(cells: Cell[], sourceRow: number, tableCols: readonly number[], lost: ReadonlyMap<number, ReadonlySet<number>>): Cell[] {
  const flagged = lost.get(sourceRow);
  if (flagged === undefined) return cells;
  return cells.map((cell, k) => (k < tableCols.length && flagged.has(tableCols[k]) ? lostDigitsCsvCell(cell) : cell));
}
