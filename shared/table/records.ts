/** A field-keyed view of table rows, for the stages that reason about customers rather than columns. */
import { EMPTY, cellText, isBlank, isFormula, type Cell } from './cell';
import { sumExactly } from '../normalize/decimal';
import type { AmountParts, PeriodKind } from '../schema/period-columns';
import type { FieldId } from '../schema/fields';
import type { HeadingBlock, Row, Table } from './table';
import { displayText } from '../text/fold';
import { inPublicPool, POOL_OWNER, returnedToPool } from './public-pool';
import { heldCell, heldColumns, owedColumns } from '../schema/held-card';

export interface CustomerRecord {
  sheetRow: number;
  /** Index of the row in `Table.rows`. */
  index: number;
  /** The cell of each mapped field (the field's own column). */
  fields: Partial<Record<FieldId, Cell>>;
  /** Cells of the field's extra columns (a second phone, 'E-mail 2'), when the sheet has any. */
  extra?: Partial<Record<FieldId, Cell[]>>;
  /**
   * An amount the run doubts, held out of `fields.amount` (plan/doubtful-amounts.ts): how much is in
   * doubt, not that he bought, so the classes that ask only whether he bought still read it.
   */
  heldAmount?: Cell;
  /** The number typed into the name cell beside the name (刘明 13871112222: table.ts namesWithPhones), one more phone of the row. */
  phoneInName?: string;
  /**
   * The row's further people (联系人2 | 电话2, the bride), each with his own cells, when the sheet has
   * any (schema/row-contacts.ts): never the customer's fields, compared for duplicates as the row's people.
   */
  contacts?: RecordContact[];
  /**
   * The cells of the columns the user's rules name by header and no field reads (欠款, 门店), by the
   * name the rule writes, as typed (classify/rule-columns.ts); absent when no rule names one.
   */
  ruleCells?: ReadonlyMap<string, Cell>;
  /**
   * The customer's children (宝宝姓名 | 宝宝生日 beside 妈妈姓名: schema/row-children.ts), each with his own
   * cells: never the customer's fields, read only for his birthday (remind/rules/child-birthday.ts).
   */
  children?: RecordChild[];
  /**
   * In how many of the sheet's period columns (1月 … 12月, Q1 … Q4: table.ts amountParts) the row
   * bought, a part above 0; absent when none. Read for RFM's frequency only where the row has no
   * orders value (classify/rfm.ts): never an order, never written.
   */
  boughtIn?: BoughtIn;
  /**
   * The card or stored balance the row holds, as `header value` text (卡类型 储值卡, 储值余额 3200:
   * schema/held-card.ts): a card sold is a purchase, read by the lifecycle as `@held`. Absent when none.
   */
  held?: Cell;
  /**
   * The money the row owes on account, as `header value` text (赊账金额 3500, Balance 123.45:
   * schema/held-card.ts owedColumns): sold on credit, so a customer, read by the lifecycle as `@owes`. Absent when none.
   */
  owes?: Cell;
}

/** The periods a row bought in, and what a period is (month, quarter, year). */
export interface BoughtIn {
  periods: number;
  kind: PeriodKind;
}

/** One child of a row's customer: his number (二宝 is 2) and his cells. */
export interface RecordChild {
  n: number;
  /** The sheet calls him a baby (宝宝生日): the reminder says so. */
  baby?: true;
  name?: Cell;
  birthday?: Cell;
  gender?: Cell;
}

/** A child's columns, as toRecords reads them (schema/row-children.ts RowChild). */
export interface ChildColumns {
  n: number;
  cols: Partial<Record<'name' | 'birthday' | 'gender', number>>;
  baby?: boolean;
}

/** One further person of a row: the header naming him (联系人2) and his cells by field (several where he has two phones). */
export interface RecordContact {
  label: string;
  cells: Partial<Record<FieldId, Cell[]>>;
}

/** A further person's columns, as toRecords reads them (schema/row-contacts.ts RowContact). */
export interface ContactColumns {
  label: string;
  cols: Partial<Record<FieldId, number>>;
  extra: Partial<Record<FieldId, number[]>>;
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

const NO_RULE_COLUMNS: ReadonlyMap<string, number> = new Map();

/**
 * `fieldCols` maps a field to its 0-based column in the table; `extraCols` to its extra columns;
 * `ruleCols` a name the user's rules read a column by (欠款) to that column.
 */
export function toRecords(
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  extraCols: Partial<Record<FieldId, number[]>> = {},
  contacts: readonly ContactColumns[] = [],
  ruleCols: ReadonlyMap<string, number> = NO_RULE_COLUMNS,
  children: readonly ChildColumns[] = [],
): CustomerRecord[] {
  const named = [...ruleCols];
  const heldCols = heldColumns(table.headers);
  const owedCols = owedColumns(table.headers);
  // Each person's columns by field, his own column first: built once, read for every row.
  const people = contacts.map((c) => ({
    label: c.label,
    fields: [...new Set([...Object.keys(c.cols), ...Object.keys(c.extra)])].map((f) => [f as FieldId, [c.cols[f as FieldId], ...(c.extra[f as FieldId] ?? [])].filter((x): x is number => x !== undefined)] as const),
  }));
  const entries = Object.entries(fieldCols) as [FieldId, number][];
  const extras = (Object.entries(extraCols) as [FieldId, number[]][]).filter(([, cols]) => cols.length > 0);
  // A grouped report's blank owner cells stand for the owner at the top of their group.
  const grouped = table.groupOwners !== undefined && table.groupOwners.col === fieldCols.owner ? table.groupOwners.rows : null;
  const headedBy = headingAt(table.headingOwners);
  const regionedBy = headingAt(table.headingRegions);
  const joined = table.joinedPhones;
  // A 是否公海 column says outright who is in the pool; its 否 stands whatever 退回公海时间 says.
  const poolMarked = fieldCols.publicPool !== undefined;
  const namesWithPhones = table.namesWithPhones;
  // A phone split over columns is the number its parts make (table.ts joinedPhones).
  // A cell kept as typed for a doubt is the day it was read as (table.ts readAs).
  const readAs = table.readAs;
  const cellAt = (row: Row, col: number): Cell | undefined => joined?.get(col)?.get(row.sheetRow) ?? readAs?.get(col)?.get(row.sheetRow) ?? row.cells[col];
  // Sales kept one column per period (1月 … 12月): their sum is the amount where no column holds one,
  // or where the 合计 beside them is blank; the last period filled dates his last purchase when the
  // year is known and no column says it (table.ts amountParts).
  const parts = table.amountParts;
  const summed = parts !== undefined && (fieldCols.amount === undefined || fieldCols.amount === parts.total);
  const dated = parts !== undefined && fieldCols.lastPurchase === undefined && parts.ends.some((e) => e !== null);
  // The fields' own cells, read for every row of every stage: each column's read-as cells looked up
  // once here, not twice per cell (most columns have none, and read the row's cell directly).
  const fieldIds = entries.map(([field]) => field);
  const fieldColsInOrder = entries.map(([, col]) => col);
  const joinedOf = entries.map(([, col]) => joined?.get(col));
  const readAsOf = entries.map(([, col]) => readAs?.get(col));
  return table.rows.map((row, index) => {
    const fields = newFields();
    for (let k = 0; k < fieldIds.length; k++) {
      const col = fieldColsInOrder[k];
      const cell = joinedOf[k]?.get(row.sheetRow) ?? readAsOf[k]?.get(row.sheetRow) ?? row.cells[col];
      if (cell) fields[fieldIds[k]] = cell;
    }
    if (summed && (fields.amount === undefined || (isBlank(fields.amount) && !isFormula(fields.amount)))) fields.amount = partsSum(row, parts!, cellAt);
    if (dated) {
      const month = lastFilledMonth(row, parts!, cellAt);
      if (month !== null) fields.lastPurchase = month;
    }
    const boughtIn = parts === undefined ? 0 : periodsBought(row, parts, cellAt);
    if (grouped !== null && (fields.owner === undefined || isBlank(fields.owner))) {
      const owner = grouped.get(row.sheetRow);
      if (owner !== undefined) fields.owner = owner;
    }
    // A rep's block heading (【张经理】) owns the rows under it that name no owner (table.ts headingOwners).
    const rep = headedBy(row.sheetRow);
    if (rep !== undefined && (fields.owner === undefined || isBlank(fields.owner))) fields.owner = rep;
    // A region's block heading (【华东】) is the region of the rows under it; the table keeps such blocks
    // only for a sheet with no region column (table.ts headingRegions).
    const region = regionedBy(row.sheetRow);
    if (region !== undefined && fields.province === undefined) fields.province = region;
    // A customer the CRM put back in the public pool (是否公海 是) is nobody's, whatever rep 负责人 still
    // names: the record reads its owner as the pool (the sheet's cell is left as typed).
    // Without that column, a 退回公海时间 later than any 领取时间 says the same.
    if (fields.owner !== undefined && (inPublicPool(fields.publicPool) || (!poolMarked && returnedToPool(fields.returnedAt, fields.claimedAt)))) fields.owner = POOL_OWNER;
    const record: CustomerRecord = { sheetRow: row.sheetRow, index, fields };
    if (boughtIn > 0) record.boughtIn = { periods: boughtIn, kind: parts!.kind };
    const held = heldCols.length > 0 ? heldCell(row, heldCols) : undefined;
    if (held !== undefined) record.held = held;
    const owes = owedCols.length > 0 ? heldCell(row, owedCols) : undefined;
    if (owes !== undefined) record.owes = owes;
    const split = namesWithPhones?.get(row.sheetRow);
    if (split !== undefined && fields.name !== undefined) {
      fields.name = { kind: 'text', value: split.name };
      record.phoneInName = split.phone;
    }
    if (extras.length > 0) {
      const extra: Partial<Record<FieldId, Cell[]>> = {};
      // One cell per extra column, in its order (a short row's missing cell is empty): a due column's
      // reminder is worded by its header.
      for (const [field, cols] of extras) extra[field] = cols.map((c) => cellAt(row, c) ?? EMPTY);
      record.extra = extra;
      standInAddress(fields, extra);
    }
    // As typed: a column of money owed the run wrote as numbers is still read by a rule as the user typed it (table.ts readAs).
    if (named.length > 0) record.ruleCells = new Map(named.map(([name, col]) => [name, readAs?.get(col)?.get(row.sheetRow) ?? row.cells[col] ?? EMPTY]));
    if (children.length > 0) {
      record.children = children.map((child) => {
        const own: RecordChild = child.baby ? { n: child.n, baby: true } : { n: child.n };
        for (const [field, col] of Object.entries(child.cols) as ['name' | 'birthday' | 'gender', number][]) {
          const cell = cellAt(row, col);
          if (cell) own[field] = cell;
        }
        return own;
      });
    }
    if (people.length > 0) {
      record.contacts = people.map((person) => {
        const cells: Partial<Record<FieldId, Cell[]>> = {};
        for (const [field, cols] of person.fields) cells[field] = cols.map((c) => cellAt(row, c) ?? EMPTY);
        return { label: person.label, cells };
      });
    }
    return record;
  });
}

/**
 * The records of `after`, a table made from `before` by dropping rows and replacing some (a merge's
 * removals and its fills of the kept rows, analyze.ts), given `beforeRecords`, the records of `before`
 * as `read` makes them: a row `after` still holds as the same object reads as it did, so its record is
 * reused (with its new index) and only the replaced rows are read again. Reading every row again cost
 * a 100,000-row sheet a whole pass for the few thousand rows a merge fills. Tables that differ in
 * more than their rows (another owner grouping, other joined phones) are read whole.
 */
export function recordsAfter(
  before: Table,
  after: Table,
  beforeRecords: readonly CustomerRecord[],
  read: (table: Table) => CustomerRecord[],
): CustomerRecord[] {
  if (after === before) return beforeRecords.slice();
  const sameReading = beforeRecords.length === before.rows.length && after.groupOwners === before.groupOwners && after.headingOwners === before.headingOwners && after.headingRegions === before.headingRegions && after.joinedPhones === before.joinedPhones &&
    after.readAs === before.readAs && after.namesWithPhones === before.namesWithPhones && after.headers === before.headers && after.amountParts === before.amountParts;
  if (!sameReading) return read(after);
  // Each row of `after` → its row in `before` (-1: a replaced row), walking both in order.
  const from = new Int32Array(after.rows.length);
  const changed: Row[] = [];
  let j = 0;
  for (let i = 0; i < after.rows.length; i++) {
    const row = after.rows[i];
    while (j < before.rows.length && before.rows[j].sheetRow !== row.sheetRow) j++;
    // A row out of order, or one `before` does not hold: not a table made from it as above.
    if (j === before.rows.length) return read(after);
    if (before.rows[j] === row) from[i] = j;
    else {
      from[i] = -1;
      changed.push(row);
    }
    j++;
  }
  const fresh = changed.length > 0 ? read({ ...after, rows: changed }) : [];
  let k = 0;
  return after.rows.map((_, i) => {
    const r = from[i] >= 0 ? beforeRecords[from[i]] : fresh[k++];
    return r.index === i ? r : { ...r, index: i };
  });
}

/**
 * A row's amount made of its period cells (AmountParts): their sum, a blank part counting 0 when
 * another is filled; blank when every part is (no amount, not 0); a part that is no number (赊账)
 * makes the sum unreadable, and that text stands for it, as an amount cell typed so would.
 */
export function partsSum(row: Row, parts: AmountParts, cellAt: (row: Row, col: number) => Cell | undefined = (r, c) => r.cells[c]): Cell {
  const values: number[] = [];
  for (const col of parts.cols) {
    const cell = cellAt(row, col);
    if (cell === undefined || isBlank(cell)) continue;
    if (cell.kind !== 'number' || !Number.isFinite(cell.value)) return cell.kind === 'text' ? cell : { kind: 'text', value: cellText(cell) };
    values.push(cell.value);
  }
  return values.length === 0 ? EMPTY : { kind: 'number', value: sumExactly(values) };
}

/**
 * What the block heading over a sheet row names (a rep's 【张经理】, a region's 【华东】), undefined
 * under none. Rows are asked in sheet order, as the blocks run: one pointer walks the blocks.
 */
function headingAt(blocks: readonly HeadingBlock[] | undefined): (sheetRow: number) => Cell | undefined {
  if (blocks === undefined) return () => undefined;
  let at = 0;
  return (sheetRow) => {
    while (at < blocks.length && blocks[at].to < sheetRow) at++;
    const b = blocks[at];
    return b !== undefined && b.from <= sheetRow ? b.owner : undefined;
  };
}

/** How many of a row's parts hold a purchase, a number above 0 (a 0 is a period he did not buy in). */
function periodsBought(row: Row, parts: AmountParts, cellAt: (row: Row, col: number) => Cell | undefined): number {
  let n = 0;
  for (const col of parts.cols) {
    const cell = cellAt(row, col);
    if (cell !== undefined && cell.kind === 'number' && cell.value > 0) n++;
  }
  return n;
}

/** The month the last part a row filled with a purchase (above 0) ends in, as a month text (2026-11); null when none, or its year is unknown. */
function lastFilledMonth(row: Row, parts: AmountParts, cellAt: (row: Row, col: number) => Cell | undefined): Cell | null {
  for (let k = parts.cols.length - 1; k >= 0; k--) {
    const cell = cellAt(row, parts.cols[k]);
    if (cell === undefined || cell.kind !== 'number' || !(cell.value > 0)) continue;
    const end = parts.ends[k];
    return end === null ? null : { kind: 'text', value: `${end.year}-${String(end.month).padStart(2, '0')}` };
  }
  return null;
}

/** The parts of an address, which a sheet may give twice (Xero's postal PO… and street SA… columns). */
const ADDRESS_PARTS: readonly FieldId[] = ['address', 'city', 'province', 'district', 'postcode', 'country'];

/**
 * A row whose own address columns are all blank has its address in the second set's (Xero's street
 * address where the postal one is blank: header-map.ts xeroStreetAddress), read part by part from the
 * first column of each that holds one. Never a street of one with a city of the other.
 */
function standInAddress(fields: Partial<Record<FieldId, Cell>>, extra: Partial<Record<FieldId, Cell[]>>): void {
  if (!ADDRESS_PARTS.some((f) => extra[f] !== undefined)) return;
  if (ADDRESS_PARTS.some((f) => fields[f] !== undefined && !isBlank(fields[f]!))) return;
  for (const f of ADDRESS_PARTS) {
    const other = extra[f]?.find((c) => !isBlank(c));
    if (other !== undefined) fields[f] = other;
  }
}

/**
 * The records of a sheet with no owner column whose tab stands for its rep (schema/tab-owner.ts: 王磊,
 * 张三的客户), each owned by him, as reminders, the report and the duplicate finder read owners. The
 * sheet's cells are left as they are: the owner is the records', never a value written into the sheet.
 */
export function ownedByTab(records: CustomerRecord[], owner: string | null | undefined): CustomerRecord[] {
  if (!owner) return records;
  const cell: Cell = { kind: 'text', value: owner };
  // A row the CRM put back in the public pool (是否公海 是) is nobody's, on his tab too.
  // A row under a rep's block heading (【张经理】, table.ts headingOwners) is that rep's, not the tab's.
  return records.map((r) => ({ ...r, fields: { ...r.fields, owner: inPublicPool(r.fields.publicPool) ? POOL_OWNER : r.fields.owner !== undefined && !isBlank(r.fields.owner) ? r.fields.owner : cell } }));
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

/**
 * What says who a row is when it names no person and no company, in the order a rep reaches him by:
 * Square's instant profile (a card tapped once) holds a phone and nothing else, a WeChat contact
 * added from a group chat only his 微信号. Ids last: they find the row, not the customer.
 */
const CONTACT_FIELDS: readonly FieldId[] = ['email', 'mobile', 'phone', 'wechat', 'qq', 'customerId'];

/**
 * The first of a row's e-mail, phones, WeChat, QQ and customer ID that is filled, as written; '' when
 * none is. What reminders and the across-sheets list name a row by that has no name and no company:
 * a reminder of "" tells the rep nothing of whom to call.
 */
export function contactText(r: CustomerRecord): string {
  for (const field of CONTACT_FIELDS) {
    const text = displayText(r.fields[field]);
    if (text !== '') return text;
  }
  return '';
}
