/**
 * A table's (ListObject's) columns with what Excel writes inside them: a calculated column's
 * `<calculatedColumnFormula>` (年龄 =DATEDIF([@生日],TODAY(),"Y") filled down the table) and a totals
 * row's own `<totalsRowFormula>` (totalsRowFunction="custom").
 *
 * exceljs 4.4 reads a `<tableColumn>` only while it has no child element: the first child ends its
 * list of columns, so every column after a calculated one was lost, the table's ref still spanning
 * them (Excel repaired the file, dropping the table), and the formulas are never written. We take the
 * children out of the table parts before exceljs reads them (prepare-xlsx.ts), so it reads every
 * column; each column model keeps its formulas (`formulas`), which travel with it when the run adds
 * columns, and are written back into the table part exceljs wrote (putColumnFormulas).
 */
import type ExcelJS from 'exceljs';
import { tableModels } from './sheet-tables';
import { zipEntry, zipEntryNames } from './zip-entries';
import { xmlAttribute as attribute } from './xml-text';

/** A table part: xl/tables/table1.xml. */
export const TABLE_PART = /^xl\/tables\/[^/]+\.xml$/i;

/** A `<tableColumn …/>`, or a `<tableColumn …>…</tableColumn>` with children: its start tag's attributes, its inside. */
const COLUMN = /<tableColumn\b([^>]*?)(?:\/>|(?<!\/)>([\s\S]*?)<\/tableColumn>)/g;
/** A column's formulas: what of its children the column keeps (an xmlColumnPr names an XML map exceljs does not keep). */
const FORMULA = /<(calculatedColumnFormula|totalsRowFormula)\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/\1>)/g;

/** A table part whose columns exceljs can read (each childless), and per column its formulas as the file wrote them ('' for none). */
export function liftColumnChildren(xml: string): { xml: string; formulas: string[] } | null {
  if (!/<tableColumn\b[^>]*?(?<!\/)>/.test(xml)) return null;
  const formulas: string[] = [];
  const read = xml.replace(COLUMN, (whole, attrs: string, inside?: string) => {
    formulas.push(inside?.match(FORMULA)?.join('') ?? '');
    return inside === undefined ? whole : `<tableColumn${attrs}/>`;
  });
  return { xml: read, formulas };
}

/** Per table (its name and its display name): its columns' formulas, from the parts prepare-xlsx lifted them out of. */
export type ColumnFormulas = Map<string, string[]>;

/** Adds a lifted table part's formulas to `into`, under the table's names. */
export function noteColumnFormulas(into: ColumnFormulas, tableXml: string, formulas: readonly string[]): void {
  if (formulas.every((f) => f === '')) return;
  const table = tableXml.match(/<table\b[^>]*>/)?.[0];
  if (!table) return;
  // exceljs keys a loaded table by its name; displayName is what Excel shows.
  for (const key of [attribute(table, 'name'), attribute(table, 'displayName')]) if (key !== null) into.set(key, [...formulas]);
}

/** The part of a table column's model this module adds to exceljs's. */
interface FormulaColumn {
  /** Its `<calculatedColumnFormula>` and `<totalsRowFormula>`, as the input wrote them. */
  formulas?: string;
}

/** Gives each loaded table's columns the formulas its file gave them. */
export function keepColumnFormulas(workbook: ExcelJS.Workbook, formulas: ColumnFormulas): void {
  if (formulas.size === 0) return;
  for (const table of tableModels(workbook)) {
    const of = formulas.get(table.name ?? '') ?? formulas.get(table.displayName ?? '');
    (table.columns as FormulaColumn[] | undefined)?.forEach((column, i) => {
      if (of?.[i]) column.formulas = of[i];
    });
  }
}

/**
 * The table parts of a file exceljs wrote, with each column's formulas back inside its
 * `<tableColumn>`: per part name, its new XML (only the parts that changed).
 */
export function columnFormulaParts(written: Uint8Array, workbook: ExcelJS.Workbook): Map<string, string> {
  const byName = new Map<string, FormulaColumn[]>();
  for (const table of tableModels(workbook)) {
    const columns = (table.columns ?? []) as FormulaColumn[];
    if (table.name && columns.some((c) => c.formulas)) byName.set(table.name, columns);
  }
  const out = new Map<string, string>();
  if (byName.size === 0) return out;
  for (const name of zipEntryNames(written)) {
    if (!TABLE_PART.test(name)) continue;
    const xml = zipEntry(written, name)?.toString('utf8');
    const table = xml?.match(/<table\b[^>]*>/)?.[0];
    const columns = table ? byName.get(attribute(table, 'name') ?? '') : undefined;
    if (!xml || !columns) continue;
    let index = 0;
    const back = xml.replace(/<tableColumn\b([^>]*?)\/>/g, (whole, attrs: string) => {
      const formulas = columns[index++]?.formulas;
      return formulas ? `<tableColumn${attrs}>${formulas}</tableColumn>` : whole;
    });
    if (back !== xml) out.set(name, back);
  }
  return out;
}
