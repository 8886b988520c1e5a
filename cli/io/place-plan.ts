/**
 * Where a plan lands in the sheet: the sheet cell of each edit and issue, the columns added to the
 * right of the used block, and the cleaned values of the whole sheet for the writers. Edits whose
 * source cell holds a formula are set aside, never applied (PITFALLS A4). An accepted merge's
 * survivor fills are placed like the cleaning edits; its rows to remove stay in (see `withoutRows`).
 */
import { suffixedFrom } from './table-names';
import { isFormula, mailLinkAddress, runColumnKey, type Cell, type CellEdit, type CellIssue, type Grid, type Plan, type WriteType } from '../../shared';

/** A sheet cell the plan changes or finds something about. */
export interface PlacedCell {
  row: number;
  col: number;
  edit?: CellEdit;
  issues: CellIssue[];
}

export interface PlacedPlan {
  /** Cells with an edit to apply or an issue, keyed by `cellKey(row, col)` in sheet coordinates. */
  cells: Map<string, PlacedCell>;
  /** Planned edits that target a formula cell: skipped, and counted in the summary. */
  skipped: CellEdit[];
  /** Sheet column (1-based) of each of `plan.addedColumns`. */
  addedCols: number[];
  /**
   * Those of `addedCols` appended right of the sheet's used block (not an earlier run's column written
   * over): where a picture beside the table sat, which moves right of them (picture-columns.ts).
   */
  appendedCols: number[];
  /**
   * The header each of `plan.addedColumns` is written under: its own, or the name a table gave our
   * column on an earlier run (VIP2 beside the user's vip), which the table's column is named by.
   */
  addedHeaders: string[];
  /** How each table and added column must be written, by sheet column. */
  writeOf: Map<number, WriteType>;
}

export const cellKey = (row: number, col: number): string => `${row}:${col}`;

/** The grid's cell at a sheet position (empty outside the read block). */
export function gridCell(grid: Grid, row: number, col: number): Cell {
  return grid.cells[row - grid.firstRow]?.[col - grid.firstCol] ?? { kind: 'empty' };
}

/**
 * Last sheet column the grid uses (0 for an empty grid), merged areas included: a note box merged
 * over H2:J4 beside the table holds its text in H alone, and a column added in I would break it.
 */
export function lastGridCol(grid: Grid): number {
  let width = 0;
  for (const row of grid.cells) if (row.length > width) width = row.length;
  let last = width === 0 ? 0 : grid.firstCol + width - 1;
  for (const m of grid.merged ?? []) if (m != null) last = Math.max(last, m.col + Math.max(1, m.colCount) - 1);
  return last;
}

export function placePlan(grid: Grid, plan: Plan): PlacedPlan {
  const cells = new Map<string, PlacedCell>();
  const at = (row: number, col: number): PlacedCell => {
    const key = cellKey(row, col);
    let placed = cells.get(key);
    if (!placed) cells.set(key, (placed = { row, col, issues: [] }));
    return placed;
  };
  const skipped: CellEdit[] = [];
  // An accepted merge's survivor fills come after the cleaning edits: a fill is placed last, so it
  // wins where a cleaning edit emptied the same cell.
  for (const edit of [...plan.edits, ...(plan.merge?.edits ?? [])]) {
    const col = plan.firstCol + edit.col;
    if (isFormula(gridCell(grid, edit.sheetRow, col))) skipped.push(edit);
    else at(edit.sheetRow, col).edit = edit;
  }
  for (const issue of plan.issues) {
    if (issue.col >= 0) at(issue.sheetRow, plan.firstCol + issue.col).issues.push(issue);
  }
  // An added column whose header already heads one of the columns an earlier run added (the input
  // is a cleaned file: schema/run-columns.ts) is our own: it is written over, not added a second
  // time. So is one a table renamed (VIP2: table-names.ts), once no column bears ours as it is.
  // A user's column of that name (left of ours, or typed among them) is his, never written over.
  let right = Math.max(lastGridCol(grid), plan.firstCol + plan.columns.length - 1);
  const ours = plan.columns.filter((c) => c.run);
  const claimed = new Set<number>();
  // Last week's run in the other language wrote the same column under its own header (Sheet Keeper
  // issues for 整理问题): this run writes over it, under this language's header, rather than adding a
  // second one beside the stale first.
  // The user's own rules (大区 / Region) are paired by their titles in the legend, in both languages.
  const ruleOf = new Map<string, string>();
  for (const entry of plan.classification?.legend ?? []) for (const title of Object.values(entry.title ?? {})) ruleOf.set(String(title).trim(), `rule:${entry.dimension}`);
  const keyOf = (header: string) => runColumnKey(header) ?? ruleOf.get(header.trim()) ?? null;
  const other = (header: string) => {
    const key = keyOf(header);
    return key === null ? undefined : ours.find((c) => !claimed.has(c.col) && c.header !== header && keyOf(c.header) === key);
  };
  const earlierOf = (header: string) =>
    ours.find((c) => !claimed.has(c.col) && c.header === header) ?? ours.find((c) => !claimed.has(c.col) && suffixedFrom(c.header, header));
  const used = right;
  const addedHeaders: string[] = [];
  const addedCols = plan.addedColumns.map((added, i) => {
    const header = added.header.trim();
    const earlier = earlierOf(header);
    const translated = earlier ? undefined : other(header);
    const found = earlier ?? translated;
    if (found) claimed.add(found.col);
    addedHeaders[i] = earlier && earlier.header !== header ? earlier.header : added.header;
    return found ? plan.firstCol + found.col : ++right;
  });
  const writeOf = new Map<number, WriteType>();
  for (const c of plan.columns) writeOf.set(plan.firstCol + c.col, c.write);
  plan.addedColumns.forEach((a, i) => writeOf.set(addedCols[i], a.write));
  return { cells, skipped, addedCols, appendedCols: addedCols.filter((col) => col > used), addedHeaders, writeOf };
}

/**
 * The whole sheet after the plan, anchored at A1 (row r, column c is `[r - 1][c - 1]`), so output
 * files keep the input's row numbers: edits applied, added columns filled in, headers included.
 */
export function cleanedCells(grid: Grid, plan: Plan, placed: PlacedPlan = placePlan(grid, plan)): Cell[][] {
  const lastRow = grid.firstRow + grid.cells.length - 1;
  const out: Cell[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const src = grid.cells[r - grid.firstRow] ?? [];
    const row: Cell[] = [];
    for (let c = 1; c < grid.firstCol; c++) row.push({ kind: 'empty' });
    for (const cell of src) row.push(cell);
    out.push(row);
  }
  // A caption over a mailto: link in an e-mail column was read as the address (shared/table/mail-links.ts):
  // where the link cannot go (a CSV), the address is what the cell holds.
  for (const c of plan.columns) {
    if (c.field !== 'email') continue;
    const col = plan.firstCol + c.col;
    for (const sheetRow of plan.rows) {
      const address = mailLinkAddress(out[sheetRow - 1]?.[col - 1] ?? { kind: 'empty' });
      if (address !== undefined) setAt(out, sheetRow, col, { kind: 'text', value: address });
    }
  }
  for (const { row, col, edit } of placed.cells.values()) if (edit) setAt(out, row, col, edit.after);
  plan.addedColumns.forEach((added, i) => {
    const col = placed.addedCols[i];
    setAt(out, plan.headerRow, col, { kind: 'text', value: placed.addedHeaders[i] ?? added.header });
    plan.rows.forEach((sheetRow, j) => setAt(out, sheetRow, col, added.values[j] ?? { kind: 'empty' }));
  });
  return out;
}

function setAt(rows: Cell[][], r: number, c: number, cell: Cell): void {
  while (rows.length < r) rows.push([]);
  const row = rows[r - 1];
  while (row.length < c - 1) row.push({ kind: 'empty' });
  row[c - 1] = cell;
}

/** The rows of `cleanedCells` without the sheet rows a merge moved to the archive. */
export function withoutRows(rows: Cell[][], remove: readonly number[]): Cell[][] {
  if (remove.length === 0) return rows;
  const gone = new Set(remove);
  return rows.filter((_, i) => !gone.has(i + 1));
}
