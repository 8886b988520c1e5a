/** A field-keyed view of table rows, for the stages that reason about customers rather than columns. */
import type { Cell } from './cell';
import type { FieldId } from '../schema/fields';
import type { Table } from './table';

export interface CustomerRecord {
  sheetRow: number;
  /** Index of the row in `Table.rows`. */
  index: number;
  /** The cell of each mapped field (the first column when two map to the same field). */
  fields: Partial<Record<FieldId, Cell>>;
}

/** `fieldCols` maps a field to its 0-based column in the table. */
export function toRecords(table: Table, fieldCols: Partial<Record<FieldId, number>>): CustomerRecord[] {
  const entries = Object.entries(fieldCols) as [FieldId, number][];
  return table.rows.map((row, index) => {
    const fields: Partial<Record<FieldId, Cell>> = {};
    for (const [field, col] of entries) {
      const cell = row.cells[col];
      if (cell) fields[field] = cell;
    }
    return { sheetRow: row.sheetRow, index, fields };
  });
}
