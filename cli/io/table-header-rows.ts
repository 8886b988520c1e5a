/**
 * A table's (ListObject's) header row as the file has it. Excel writes `headerRowCount` only for a
 * table without a header row (`headerRowCount="0"`): the attribute's default is 1 (ECMA-376 Part 1
 * §18.5.1.2). exceljs 4.4 reads a table without it as having none and writes `headerRowCount="0"`
 * back, so every table a user saved from Excel lost its header row (Excel repairs the file) and
 * never took in the run's columns. We read the attribute from the table parts ourselves.
 */
import type ExcelJS from 'exceljs';
import { zipEntry, zipEntryNames } from './zip-entries';
import { tableModels } from './sheet-tables';
import { xmlAttribute as attribute } from './xml-text';

/** Names (and display names) of the tables whose file gives them a header row: no headerRowCount, or one not 0. */
export function tablesWithHeaderRow(xlsx: Uint8Array): Set<string> {
  const out = new Set<string>();
  for (const name of zipEntryNames(xlsx)) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(name)) continue;
    const table = zipEntry(xlsx, name)?.toString('utf8').match(/<(?:\w+:)?table\b[^>]*>/)?.[0];
    if (!table) continue;
    const count = attribute(table, 'headerRowCount');
    if (count !== null && Number(count) === 0) continue;
    // exceljs keys a loaded table by its name; displayName is what Excel shows.
    for (const key of [attribute(table, 'name'), attribute(table, 'displayName')]) if (key !== null) out.add(key);
  }
  return out;
}

/** Gives each loaded table the header row its file gave it. Before anything reads `headerRow`. */
export function keepHeaderRows(workbook: ExcelJS.Workbook, withHeader: ReadonlySet<string>): void {
  if (withHeader.size === 0) return;
  for (const table of tableModels(workbook)) {
    if (withHeader.has(table.name ?? '') || withHeader.has(table.displayName ?? '')) table.headerRow = true;
  }
}
