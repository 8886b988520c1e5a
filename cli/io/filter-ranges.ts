/**
 * The ranges a sheet's filter and tables (ListObjects) cover, kept on the rows and columns they
 * covered. exceljs writes back the refs it read, whatever happened to the sheet: after a merge a
 * table ended in empty rows, and the columns a run adds beside a filtered table sat outside its
 * filter, so a sort from its buttons would have moved the rows away from their 重复组 and 整理问题.
 * A table (ListObject) takes in those columns as named columns of its own (widenTables).
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../shared';
import { a1RangeRef, parseA1Range, type A1Range } from './a1-range';
import { tablesOf, type TableModel } from './sheet-tables';
import { uniqueName } from './table-names';

/** A sheet filter as a ref ('A1:F7'), whichever form exceljs holds it in. */
function filterRef(sheet: ExcelJS.Worksheet): string | null {
  const f = sheet.autoFilter as unknown;
  if (typeof f === 'string') return f;
  if (f && typeof f === 'object' && 'from' in f && 'to' in f) {
    const { from, to } = f as { from: unknown; to: unknown };
    const at = (x: unknown) => (typeof x === 'string' ? x : x && typeof x === 'object' ? `${columnLetter((x as { column: number }).column)}${(x as { row: number }).row}` : null);
    const a = at(from);
    const b = at(to);
    return a && b ? `${a}:${b}` : null;
  }
  return null;
}

/** Each range the sheet's filter and tables cover, with a setter for its new ref. */
function ranges(sheet: ExcelJS.Worksheet): { range: A1Range; set: (ref: string) => void }[] {
  const out: { range: A1Range; set: (ref: string) => void }[] = [];
  const own = filterRef(sheet);
  const parsed = own === null ? null : parseA1Range(own);
  if (parsed) out.push({ range: parsed, set: (ref) => (sheet.autoFilter = ref) });
  for (const table of tablesOf(sheet)) {
    if (!table.tableRef) continue;
    const range = parseA1Range(table.tableRef);
    if (!range) continue;
    out.push({ range, set: (ref) => setTableRef(table, parseA1Range(ref)!) });
  }
  return out;
}

/** A table's new range; its filter covers the same rows but the totals row, as Excel writes it. */
function setTableRef(table: TableModel, range: A1Range): void {
  table.tableRef = a1RangeRef(range);
  if (table.autoFilterRef) table.autoFilterRef = a1RangeRef({ ...range, bottom: table.totalsRow && range.bottom > range.top ? range.bottom - 1 : range.bottom });
}

const overlaps = (a: A1Range, b: A1Range) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/**
 * Whether a table holds the customers: its header is the sheet's header row and it reaches the last
 * data row, ending there, on its totals row, or after rows the user left empty inside it. A lookup
 * table beside them on the header row (折扣表 K1:L3 next to 客户表 A1:E5) is the user's own and never
 * takes in the run's columns.
 */
function holdsCustomers(sheet: ExcelJS.Worksheet, table: TableModel, range: A1Range, headerRow: number, lastDataRow: number): boolean {
  if (range.top !== headerRow || table.headerRow === false || range.bottom < lastDataRow) return false;
  const lastRow = table.totalsRow === true ? range.bottom - 1 : range.bottom;
  for (let r = lastDataRow + 1; r <= lastRow; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const value = sheet.findRow(r)?.findCell(c)?.value;
      if (value !== null && value !== undefined && value !== '') return false;
    }
  }
  return true;
}

/**
 * A table (ListObject) that holds the customers (holdsCustomers) takes in the columns the run added
 * right beside it (`addedCols`, contiguous from its last column on): Excel would otherwise repair
 * the file or leave 重复组 and 客户类型 outside the table, unsorted with it and unfiltered. Each new
 * column is named by its header cell, made unique as Excel requires (备注 beside a 备注 becomes 备注2,
 * in the cell too); a totals row stays the table's last row, empty in the new columns. A table that
 * would grow over another is left as it is.
 */
export function widenTables(sheet: ExcelJS.Worksheet, headerRow: number, lastDataRow: number, addedCols: readonly number[]): void {
  const added = new Set(addedCols);
  const tables = tablesOf(sheet);
  for (const table of tables) {
    const range = table.tableRef ? parseA1Range(table.tableRef) : null;
    if (!range || !holdsCustomers(sheet, table, range, headerRow, lastDataRow)) continue;
    // A table whose columns were not all read is left as it is: new columns would be named after
    // the wrong header cells. (exceljs dropped those after a calculated column: table-columns.ts.)
    if ((table.columns?.length ?? 0) !== range.right - range.left + 1) continue;
    let right = range.right;
    while (added.has(right + 1)) right++;
    const wider = { ...range, right };
    if (right === range.right || tables.some((other) => other !== table && other.tableRef && overlaps(parseA1Range(other.tableRef) ?? range, wider))) continue;
    const columns = (table.columns ??= []);
    const names = new Set(columns.map((c) => (c.name ?? '').toLowerCase()));
    // A new column gets a filter button, unless the table hides every one of its own (no buttons at all).
    const filterButton = columns.length === 0 || columns.some((c) => c.filterButton !== false);
    for (let col = range.right + 1; col <= right; col++) {
      const header = sheet.getCell(headerRow, col);
      const text = typeof header.value === 'string' && header.value.trim() !== '' ? header.value : `Column${columns.length + 1}`;
      const name = uniqueName(text, names);
      if (name !== header.value) header.value = name;
      names.add(name.toLowerCase());
      columns.push({ name, filterButton, ...(table.totalsRow ? { totalsRowFunction: 'none' } : {}) });
    }
    setTableRef(table, wider);
  }
}

/**
 * A table column the run wrote over under a header of another language (last week's Sheet Keeper
 * issues, this week's 整理问题) takes the header's name: Excel repairs a table whose column name
 * differs from its header cell. Made unique as Excel requires, in the cell too.
 */
export function renameTableColumns(sheet: ExcelJS.Worksheet, headerRow: number, addedCols: readonly number[]): void {
  for (const table of tablesOf(sheet)) {
    const range = table.tableRef ? parseA1Range(table.tableRef) : null;
    const columns = table.columns;
    if (!range || !columns || range.top !== headerRow || columns.length !== range.right - range.left + 1) continue;
    for (const col of addedCols) {
      if (col < range.left || col > range.right) continue;
      const header = sheet.getCell(headerRow, col);
      const column = columns[col - range.left];
      if (typeof header.value !== 'string' || header.value.trim() === '' || column.name === header.value) continue;
      const names = new Set(columns.filter((c) => c !== column).map((c) => (c.name ?? '').toLowerCase()));
      const name = uniqueName(header.value, names);
      if (name !== header.value) header.value = name;
      column.name = name;
    }
  }
}

/** After rows were removed (a merge's archived rows): each range ends that many rows higher. */
export function shrinkRanges(sheet: ExcelJS.Worksheet, removed: readonly number[]): void {
  if (removed.length === 0) return;
  for (const { range, set } of ranges(sheet)) {
    const inside = removed.filter((r) => r > range.top && r <= range.bottom).length;
    const above = removed.filter((r) => r < range.top).length;
    if (inside === 0 && above === 0) continue;
    set(a1RangeRef({ ...range, top: range.top - above, bottom: Math.max(range.top - above, range.bottom - above - inside) }));
  }
}

/**
 * A sheet filter that spans the table's header row up to its last column takes in the columns the
 * run added right of it. A table (ListObject) takes them in as its own columns (widenTables).
 */
export function widenFilter(sheet: ExcelJS.Worksheet, headerRow: number, lastTableCol: number, lastAddedCol: number): void {
  const own = filterRef(sheet);
  const range = own === null ? null : parseA1Range(own);
  if (!range || range.top !== headerRow || range.right !== lastTableCol || lastAddedCol <= range.right) return;
  sheet.autoFilter = a1RangeRef({ ...range, right: lastAddedCol });
}

