/** Builders for dedupe specs: records and tables from plain objects keyed by field id. */
import type { Cell } from '../../../shared/table/cell';
import type { CustomerRecord } from '../../../shared/table/records';
import type { Table } from '../../../shared/table/table';
import type { FieldId } from '../../../shared/schema/fields';

export type RowSpec = Partial<Record<FieldId, string | number | Cell>>;

export function cell(v: string | number | Cell | undefined): Cell {
  if (v === undefined || v === '') return { kind: 'empty' };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(v) ? { kind: 'date', value: v } : { kind: 'text', value: v };
  return v;
}

/** Records for rows given in sheet order, starting at sheet row 2 (below a header). */
export function records(rows: RowSpec[]): CustomerRecord[] {
  return rows.map((r, index) => ({
    sheetRow: index + 2,
    index,
    fields: Object.fromEntries(Object.entries(r).map(([f, v]) => [f, cell(v)])) as CustomerRecord['fields'],
  }));
}

/** A table with one column per listed field, and its field → column map. */
export function table(fields: FieldId[], rows: RowSpec[], headers?: string[]): { table: Table; fieldCols: Partial<Record<FieldId, number>> } {
  return {
    table: {
      sheetName: '客户',
      headerRow: 1,
      firstCol: 1,
      headers: headers ?? fields,
      rows: rows.map((r, i) => ({ sheetRow: i + 2, cells: fields.map((f) => cell(r[f])) })),
    },
    fieldCols: Object.fromEntries(fields.map((f, i) => [f, i])),
  };
}
