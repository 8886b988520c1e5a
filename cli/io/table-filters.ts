/**
 * The filter buttons of a workbook's tables (ListObjects), as the file has them. Excel writes a
 * table's filter as `<autoFilter ref="A1:H200"/>`: a column's button is shown unless a
 * `<filterColumn hiddenButton="1">` hides it. exceljs 4.4 reads a column without that element as
 * `filterButton: undefined` (and one with a filter but no hiddenButton as false) and writes both as
 * `hiddenButton="1"`: every table a user saved from Excel came back without its filter drop-downs.
 * We read the buttons from the table parts ourselves and give the model what the file said.
 */
import type ExcelJS from 'exceljs';
import { zipEntry, zipEntryNames } from './zip-entries';
import { tableModels } from './sheet-tables';
import { a1RangeRef, parseA1Range } from './a1-range';
import { xmlAttribute as attribute } from './xml-text';

/** Per table name: the columns (by position) whose button the file hides; absent for a table without a filter. */
export function hiddenFilterButtons(xlsx: Uint8Array): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const name of zipEntryNames(xlsx)) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(name)) continue;
    const xml = zipEntry(xlsx, name)?.toString('utf8');
    const table = xml?.match(/<(?:\w+:)?table\b[^>]*>/)?.[0];
    // <autoFilter …/> alone, or with its <filterColumn …/> children up to </autoFilter>.
    const autoFilter = xml?.match(/<(?:\w+:)?autoFilter\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?autoFilter>)/)?.[0];
    if (!table || !autoFilter) continue;
    const hidden = new Set<number>();
    for (const column of autoFilter.match(/<(?:\w+:)?filterColumn\b[^>]*>/g) ?? []) {
      const colId = attribute(column, 'colId');
      const flag = attribute(column, 'hiddenButton');
      if (colId !== null && (flag === '1' || flag === 'true')) hidden.add(Number(colId));
    }
    // exceljs keys a loaded table by its name; displayName is what Excel shows and the same for tables it wrote.
    for (const key of [attribute(table, 'name'), attribute(table, 'displayName')]) if (key !== null) out.set(key, hidden);
  }
  return out;
}

/** Sets each loaded table's column buttons to what the file said (shown unless hidden there). */
export function keepFilterButtons(workbook: ExcelJS.Workbook, hidden: ReadonlyMap<string, ReadonlySet<number>>): void {
  if (hidden.size === 0) return;
  for (const table of tableModels(workbook)) {
    const of = hidden.get(table.name ?? '') ?? hidden.get(table.displayName ?? '');
    if (of) (table.columns ?? []).forEach((column, i) => (column.filterButton = !of.has(i)));
  }
}

/**
 * A table saved with its filter turned off (Table Design → Filter Button unticked) has no
 * `<autoFilter>`; exceljs writes one anyway, without the range Excel requires, and Excel repairs the
 * file. Such a table gets a filter over its rows (not its totals row) with every button hidden,
 * which Excel shows as the table the user had; a column the run adds to it has none either.
 */
export function filterWithoutButtons(workbook: ExcelJS.Workbook): void {
  for (const table of tableModels(workbook)) {
    const range = table.tableRef ? parseA1Range(table.tableRef) : null;
    if (table.autoFilterRef || !range || table.headerRow === false) continue;
    table.autoFilterRef = a1RangeRef({ ...range, bottom: table.totalsRow && range.bottom > range.top ? range.bottom - 1 : range.bottom });
    for (const column of table.columns ?? []) column.filterButton = false;
  }
}
