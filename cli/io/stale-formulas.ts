/**
 * Formula results a CSV output would write out of date. A CSV holds values: for a formula it writes
 * the result the workbook saved, computed before the run. Where the run changed a cell the formula
 * reads (amounts typed ¥12,800 or 12800元 that are numbers now, a row a merge archived), that result
 * is wrong (a 合计 of 5000 over amounts that now sum to 750,600), and this tool has no formula engine
 * to compute the right one. Such a cell is written as a text saying so, with the formula and its old
 * result: never the stale number, which a reader would take as the total, nor the bare formula, which
 * a spreadsheet would run on opening (OWASP CSV injection, PITFALLS C1). The .xlsx output needs none
 * of this: Excel recomputes on opening (recalc-on-open.ts).
 */
import { cellAddress, columnLetter, isFormula, type Cell, type Lang, type Params } from '../../shared';
import { say } from '../messages';
import { formulaReads } from './formula-reads';
import type { A1Range } from './a1-range';

export interface SheetCell {
  row: number;
  col: number;
}

export interface StaleFormula extends SheetCell {
  formula: string;
  /** The result the workbook saved, as the cell was read. */
  before: Cell;
  /** Cells the run changed that it reads (the first few). */
  reads: SheetCell[];
  /** Other formulas out of date that it reads (the first few): its result is stale through theirs. */
  via: SheetCell[];
  /** Rows a merge moved to the archive that it reads. */
  removedRows: number[];
  /** It reads through a defined name, a table or INDIRECT/OFFSET, which may take in a changed cell. */
  unknown: boolean;
}

/** Cells named per formula in the message; the rest go unnamed (…). */
const CELLS_NAMED = 4;
/** Formulas named in the message; the rest are counted. */
const FORMULAS_NAMED = 5;

const key = (row: number, col: number) => `${row}:${col}`;
const inside = (a: A1Range, row: number, col: number) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right;

/** The first index of the ascending `list` holding a value ≥ `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The formulas of `rows` (the cleaned sheet anchored at A1, as cleanedCells gives it) whose saved
 * result the run made stale: those reading a `changed` cell or a `removedRows` row through their A1
 * references, those reading through a name, a table or INDIRECT when the run changed anything, and
 * those reading such a formula, in sheet order.
 */
export function staleFormulas(rows: readonly Cell[][], sheet: string, changed: readonly SheetCell[], removedRows: readonly number[]): StaleFormula[] {
  if (changed.length === 0 && removedRows.length === 0) return [];
  const formulas: { at: SheetCell; cell: Cell; areas: A1Range[]; unknown: boolean }[] = [];
  rows.forEach((row, r) => row.forEach((cell, c) => {
    if (isFormula(cell)) formulas.push({ at: { row: r + 1, col: c + 1 }, cell, ...formulaReads(cell.formula!, sheet) });
  }));
  if (formulas.length === 0) return [];

  // The changed cells by column, each column's rows ascending: a range looks up the columns it spans.
  const byCol = new Map<number, number[]>();
  for (const { row, col } of changed) {
    const list = byCol.get(col);
    if (list) list.push(row);
    else byCol.set(col, [row]);
  }
  for (const list of byCol.values()) list.sort((a, b) => a - b);
  const removed = [...removedRows].sort((a, b) => a - b);
  const changedIn = (a: A1Range, out: SheetCell[]) => {
    for (const [col, list] of byCol) {
      if (col < a.left || col > a.right) continue;
      for (let i = lowerBound(list, a.top); i < list.length && list[i] <= a.bottom && out.length < CELLS_NAMED; i++) out.push({ row: list[i], col });
    }
  };
  const removedIn = (a: A1Range, out: number[]) => {
    for (let i = lowerBound(removed, a.top); i < removed.length && removed[i] <= a.bottom; i++) if (!out.includes(removed[i])) out.push(removed[i]);
  };

  const stale = new Map<number, StaleFormula>();
  const queue: number[] = [];
  formulas.forEach((f, i) => {
    const reads: SheetCell[] = [];
    const removedRead: number[] = [];
    for (const a of f.areas) {
      changedIn(a, reads);
      removedIn(a, removedRead);
    }
    if (reads.length === 0 && removedRead.length === 0 && !f.unknown) return;
    stale.set(i, { ...f.at, formula: f.cell.formula!, before: f.cell, reads, via: [], removedRows: removedRead, unknown: f.unknown && reads.length === 0 && removedRead.length === 0 });
    queue.push(i);
  });

  // A formula reading a stale one (含税 =C9*1.13 under 合计 =SUM(C2:C8)) is stale through it. Single
  // cells are looked up by address, ranges scanned: per-row chains (a running balance) stay linear.
  const byCell = new Map<string, number[]>();
  const ranged: { area: A1Range; index: number }[] = [];
  formulas.forEach((f, index) => {
    for (const area of f.areas) {
      if (area.top === area.bottom && area.left === area.right) {
        const k = key(area.top, area.left);
        const list = byCell.get(k);
        if (list) list.push(index);
        else byCell.set(k, [index]);
      } else ranged.push({ area, index });
    }
  });
  while (queue.length > 0) {
    const { row, col } = formulas[queue.pop()!].at;
    const readers = [...(byCell.get(key(row, col)) ?? []), ...ranged.filter((x) => inside(x.area, row, col)).map((x) => x.index)];
    for (const index of readers) {
      const known = stale.get(index);
      if (known) {
        if (known.via.length < CELLS_NAMED && !known.via.some((v) => v.row === row && v.col === col) && known.reads.length === 0) known.via.push({ row, col });
        continue;
      }
      const f = formulas[index];
      stale.set(index, { ...f.at, formula: f.cell.formula!, before: f.cell, reads: [], via: [{ row, col }], removedRows: [], unknown: false });
      queue.push(index);
    }
  }
  return [...stale.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
}

/** The text a stale formula's cell is written as: it says so, with the formula and the result saved before the run. */
export function staleCellText(s: StaleFormula, lang: Lang, shown: (cell: Cell) => string): string {
  const before = shown(s.before);
  return before === '' ? say(lang, 'csv.staleFormula.cellEmpty', { formula: s.formula }) : say(lang, 'csv.staleFormula.cell', { formula: s.formula, before });
}

/** The problem's parameters: the sheet, how many, and the first formulas with the changed cells they read, by column header. */
export function staleFormulasParams(stale: readonly StaleFormula[], sheet: string, headerOf: (col: number) => string, lang: Lang): Params {
  const sep = say(lang, 'cli.summary.sep');
  const cells = (list: readonly SheetCell[]) => list.map((c) => cellAddress(c.row, c.col)).join(sep);
  const named = stale.slice(0, FORMULAS_NAMED).map((s) => {
    const at = { cell: cellAddress(s.row, s.col), formula: s.formula };
    if (s.reads.length > 0) {
      const columns = [...new Set(s.reads.map((c) => c.col))];
      const what = columns.map((col) => say(lang, 'csv.staleFormula.column', { header: headerOf(col) || columnLetter(col), cells: cells(s.reads.filter((c) => c.col === col)) })).join(sep);
      return say(lang, 'csv.staleFormula.reads', { ...at, what });
    }
    if (s.removedRows.length > 0) return say(lang, 'csv.staleFormula.removed', { ...at, rows: s.removedRows.join(sep) });
    if (s.via.length > 0) return say(lang, 'csv.staleFormula.via', { ...at, cells: cells(s.via) });
    return say(lang, 'csv.staleFormula.unknown', at);
  });
  if (stale.length > FORMULAS_NAMED) named.push(say(lang, 'csv.staleFormula.more', { count: stale.length - FORMULAS_NAMED }));
  return { sheet, count: stale.length, formulas: named.join(lang === 'en' ? '; ' : '；') };
}

/**
 * Which note says it: a 平均 or Average row is a statistics row (统计行, as sheet.statisticRows calls
 * it), not a total; rows of both kinds are named as both.
 */
export function staleTotalsCode(totals: readonly StaleFormula[], plan: { statisticRows?: readonly number[] }): 'csv.staleTotals' | 'csv.staleStatistics' | 'csv.staleTotalsStatistics' {
  const statistics = new Set(plan.statisticRows ?? []);
  const rows = new Set(totals.map((s) => s.row));
  const counted = [...rows].filter((r) => statistics.has(r)).length;
  return counted === 0 ? 'csv.staleTotals' : counted === rows.size ? 'csv.staleStatistics' : 'csv.staleTotalsStatistics';
}

/**
 * The parameters of the note on totals rows a merge made stale (write-csv.ts markStaleFormulas): each
 * row once, by its first such formula and the result the CSV writes for it, and how many archived
 * rows their ranges read.
 */
export function staleTotalsParams(totals: readonly StaleFormula[], sheet: string, lang: Lang, shown: (cell: Cell) => string): Params {
  const byRow = new Map<number, StaleFormula[]>();
  const removed = new Set<number>();
  for (const s of totals) {
    const list = byRow.get(s.row);
    if (list) list.push(s);
    else byRow.set(s.row, [s]);
    for (const r of s.removedRows) removed.add(r);
  }
  const items = [...byRow].slice(0, FORMULAS_NAMED).map(([row, list]) => {
    const s = list[0];
    const before = shown(s.before);
    const at = { row, cell: cellAddress(s.row, s.col), formula: s.formula, before, more: list.length - 1 };
    const item = say(lang, before === '' ? 'csv.staleTotal.itemEmpty' : 'csv.staleTotal.item', at);
    return list.length > 1 ? item + say(lang, 'csv.staleTotal.more', at) : item;
  });
  if (byRow.size > FORMULAS_NAMED) items.push(say(lang, 'csv.staleFormula.more', { count: byRow.size - FORMULAS_NAMED }));
  return { sheet, count: byRow.size, removed: removed.size, totals: items.join(lang === 'en' ? '; ' : '；') };
}
