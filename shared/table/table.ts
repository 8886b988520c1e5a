/** The customer table the core works on: one header row, data rows with their sheet row numbers. */
import type { Cell } from './cell';
import type { AmountParts } from '../schema/period-columns';

export interface Row {
  /** 1-based row number in the host sheet, so results can be joined back to it. */
  sheetRow: number;
  /** One cell per header column, same length as `Table.headers`. */
  cells: Cell[];
}

/** The customer rows under a rep's (or a region's) block heading: sheet rows `from` to `to`, both in, and the rep (or region). */
export interface HeadingBlock {
  from: number;
  to: number;
  owner: Cell;
}

export interface Table {
  sheetName: string;
  /** Sheet row of the header (1-based). */
  headerRow: number;
  /** Sheet column of the first column (1-based). */
  firstCol: number;
  /** Header texts as they stand in the sheet (trimmed). */
  headers: string[];
  /** Data rows below the header; fully blank rows are left out. */
  rows: Row[];
  /**
   * A report grouped by owner (Salesforce's Contacts by Owner, a 小计 under each rep's rows) writes the
   * owner on each group's first row only: the owner each blank row below it stands under (sheet row →
   * the group's owner cell), read as the row's owner by toRecords, never written into its cell.
   */
  groupOwners?: { col: number; rows: ReadonlyMap<number, Cell> };
  /**
   * A shared sheet kept as one block per rep under a heading row (【张经理】, [Team Li]): each block's
   * sheet rows and the rep its heading names (table/heading-owner.ts), in sheet order, read by toRecords
   * as the owner of a row that names none of its own, never written into its cell.
   */
  headingOwners?: readonly HeadingBlock[];
  /**
   * A sheet kept as one block per region under a heading row (【华东】, [EMEA]) with no region column:
   * each block's sheet rows and the region its heading names (table/heading-region.ts, in `owner`), read
   * by toRecords as the row's region, never written into the sheet.
   */
  headingRegions?: readonly HeadingBlock[];
  /**
   * A phone split over columns (Xero's PhoneCountry | PhoneArea | PhoneNumber, 区号 | 电话): the
   * number each row's parts make, cleaned (phone column → sheet row → +61 2 9876 5432), read as the
   * row's phone by toRecords, never written into its cell (schema/phone-parts.ts).
   */
  joinedPhones?: ReadonlyMap<number, ReadonlyMap<number, Cell>>;
  /**
   * Cells kept as typed that the rules read as another (a contract end 26.12.9 whose two-digit year is
   * in doubt, read as 2026-12-09: CleanResult.read): column → sheet row → the cell read by toRecords,
   * never written into the sheet.
   */
  readAs?: ReadonlyMap<number, ReadonlyMap<number, Cell>>;
  /**
   * A name cell typed with the contact's number (刘明 13871112222): sheet row → the name and the number
   * apart (plan/name-with-phone.ts), read by toRecords as the row's name and one more of its phones,
   * never written into the cell.
   */
  namesWithPhones?: ReadonlyMap<number, { name: string; phone: string }>;
  /**
   * Sales kept one column per period (1月 … 12月, Q1 … Q4): their sum is each row's amount, read by
   * toRecords where no amount column holds one, never written into the sheet (schema/period-columns.ts).
   */
  amountParts?: AmountParts;
  /** Sheet rows read as totals (合计, 小计, Total), not customers: left out of `rows`, as typed. */
  totalRows?: readonly number[];
  /** Those of `totalRows` that are statistics (平均, 最高, Average, Max), not sums: said in their own words. */
  statisticRows?: readonly number[];
}
