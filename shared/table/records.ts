/** A field-keyed view of table rows, for the stages that reason about customers rather than columns. */
import { EMPTY, isBlank, type Cell } from './cell';
import type { FieldId } from '../schema/fields';
import type { Table } from './table';
import { displayText } from '../text/fold';

export interface CustomerRecord {
  sheetRow: number;
  /** Index of the row in `Table.rows`. */
  index: number;
  /** The cell of each mapped field (the field's own column). */
  fields: Partial<Record<FieldId, Cell>>;
  /** Cells of the field's extra columns (a second phone, 'E-mail 2'), when the sheet has any. */
  extra?: Partial<Record<FieldId, Cell[]>>;
}

/**
 * A record's `fields`, made by `new` so that the engine sizes each object for all the fields a
 * sheet maps in one allocation: an object literal given 20-odd fields one by one copies its
 * property store at every few (about 700 bytes a row on a 100,000-row sheet, read by every stage).
 * Its prototype is Object.prototype: to every reader it is an ordinary object.
 */
function FieldCells() {}
FieldCells.prototype = Object.prototype;
const newFields = () => new (FieldCells as unknown as new () => Partial<Record<FieldId, Cell>>)();

/** `fieldCols` maps a field to its 0-based column in the table; `extraCols` to its extra columns. */
export function toRecords(
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  extraCols: Partial<Record<FieldId, number[]>> = {},
): CustomerRecord[] {
  const entries = Object.entries(fieldCols) as [FieldId, number][];
  const extras = (Object.entries(extraCols) as [FieldId, number[]][]).filter(([, cols]) => cols.length > 0);
  // A grouped report's blank owner cells stand for the owner at the top of their group.
  const grouped = table.groupOwners !== undefined && table.groupOwners.col === fieldCols.owner ? table.groupOwners.rows : null;
  return table.rows.map((row, index) => {
    const fields = newFields();
    for (const [field, col] of entries) {
      const cell = row.cells[col];
      if (cell) fields[field] = cell;
    }
    if (grouped !== null && (fields.owner === undefined || isBlank(fields.owner))) {
      const owner = grouped.get(row.sheetRow);
      if (owner !== undefined) fields.owner = owner;
    }
    const record: CustomerRecord = { sheetRow: row.sheetRow, index, fields };
    if (extras.length > 0) {
      const extra: Partial<Record<FieldId, Cell[]>> = {};
      // One cell per extra column, in its order (a short row's missing cell is empty): a due column's
      // reminder is worded by its header.
      for (const [field, cols] of extras) extra[field] = cols.map((c) => row.cells[c] ?? EMPTY);
      record.extra = extra;
    }
    return record;
  });
}

/**
 * Who a row is, as written for people to read: its name cell, else its first- and last-name cells
 * (张 + 伟 is 张伟, John + Smith is John Smith), else the 昵称 a member gave the shop; '' when it
 * has none. Reminders and the
 * across-sheets list name customers by it.
 */
export function personName(r: CustomerRecord): string {
  const name = displayText(r.fields.name);
  if (name !== '') return name;
  const first = displayText(r.fields.firstName);
  const last = displayText(r.fields.lastName);
  if (/\p{Script=Han}/u.test(last + first)) return `${last}${first}`;
  const whole = [first, displayText(r.fields.middleName), last].filter((s) => s !== '').join(' ');
  // A member known only by the 昵称 he gave the shop is called by it.
  return whole !== '' ? whole : displayText(r.fields.nickname);
}
