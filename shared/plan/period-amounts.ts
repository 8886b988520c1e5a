/**
 * Reading a run of period columns (1月 … 12月: schema/period-columns.ts) for the amount: a part typed
 * as text (1,200, 1.5万) is read as the number it says, for toRecords to add up (Table.readAs; the
 * cell stays as typed), a 合计 beside the run is checked against the parts, and the sheet is told how
 * its amount is read.
 */
import type { Table } from '../table/table';
import { isBlank, isFormula, type Cell } from '../table/cell';
import type { AmountParts } from '../schema/period-columns';

import type { Settings } from '../settings/types';
import { parseAmount } from '../normalize/amount';
import { partsSum } from '../table/records';
import type { SheetProblem } from './issue';
import { headerUnit } from './sheet-locale';

/** Rows named in the 合计 warning before it only counts them. */
const ROWS_NAMED = 10;

/** The power of ten the parts are written in: their header's unit (1月（万元）), else the group's over them (月度拿货（万元）). */
export function partsUnit(parts: AmountParts, headers: readonly string[]): number {
  return headerUnit(headers[parts.cols[0]] ?? '') || headerUnit(parts.group);
}

/**
 * The parts' text cells read as numbers (column → sheet row → number), into `readAs`; the cells are
 * never written. Numbers are read as they are; a text no amount reader understands (赊账) stays,
 * and makes that row's sum unreadable (records.ts partsSum).
 */
export function readParts(table: Table, parts: AmountParts, settings: Settings, readAs: Map<number, Map<number, Cell>>): void {
  const unit = partsUnit(parts, table.headers);
  for (const col of parts.cols) {
    for (const row of table.rows) {
      const cell = row.cells[col];
      if (cell === undefined || cell.kind !== 'text' || isBlank(cell)) continue;
      const read = parseAmount(cell.value, settings.amount.currency, settings.amount.decimalSeparator ?? '.', unit);
      if (read.kind !== 'number') continue;
      let byRow = readAs.get(col);
      if (byRow === undefined) readAs.set(col, (byRow = new Map()));
      byRow.set(row.sheetRow, { kind: 'number', value: read.value });
    }
  }
}

/**
 * What the run says of the run of periods: that the amount is their sum (and, the year known, that
 * the last one filled dates the purchase), or that it is the 合计 beside them, with the rows whose
 * 合计 is not their sum. `table` is the cleaned one, its parts read (readParts).
 */
export function partsProblems(table: Table, parts: AmountParts, amountCol: number | undefined, datesPurchase: boolean): SheetProblem[] {
  const sheet = table.sheetName;
  const range = { first: parts.first, last: parts.last, count: parts.cols.length };
  if (parts.total === undefined || amountCol !== parts.total) {
    const years = parts.ends.filter((e) => e !== null).map((e) => e!.year);
    if (!datesPurchase || years.length === 0) return [{ code: 'amount.periodSum', severity: 'info', params: { sheet, ...range } }];
    const year = years[0] === years[years.length - 1] ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
    return [{ code: 'amount.periodSumDated', severity: 'info', params: { sheet, ...range, year } }];
  }
  const total = (table.headers[parts.total] ?? '').trim();
  const out: SheetProblem[] = [{ code: 'amount.periodTotal', severity: 'info', params: { sheet, total, ...range } }];
  const readAs = table.readAs;
  const cellAt = (row: Table['rows'][number], col: number) => readAs?.get(col)?.get(row.sheetRow) ?? row.cells[col];
  const differs: number[] = [];
  for (const row of table.rows) {
    const typed = row.cells[parts.total];
    // A formula's 合计 is the sheet's own sum (its cached result may be stale): not checked.
    if (typed === undefined || typed.kind !== 'number' || isFormula(typed)) continue;
    const sum = partsSum(row, parts, cellAt);
    if (sum.kind === 'number' && Math.abs(sum.value - typed.value) > 0.005) differs.push(row.sheetRow);
  }
  if (differs.length > 0) {
    const rows = differs.slice(0, ROWS_NAMED).join(', ') + (differs.length > ROWS_NAMED ? ` (+${differs.length - ROWS_NAMED})` : '');
    out.push({ code: 'amount.periodTotalDiffers', severity: 'warning', params: { sheet, total, first: parts.first, last: parts.last, rows, count: differs.length } });
  }
  return out;
}

