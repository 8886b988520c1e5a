/** What the sample generator takes and returns. */
import type { FieldId } from '../../shared/schema/fields';

export type SampleLang = 'zh' | 'en';

export interface GenerateOptions {
  seed: number;
  /** Data rows to produce (header and title rows not counted). */
  rows: number;
  lang: SampleLang;
  /** Share of rows that are extra copies of an entity already in the sheet (0–0.6). Default 0.15. */
  duplicateRate?: number;
  /** Chance that a cell is written in a messy form (odd phone/date/amount formats, case, spaces, typos). Default 0.3. */
  messRate?: number;
  /** The day the sheet is "as of" (ISO): dates are drawn around it. Default 2024-12-01. */
  asOf?: string;
}

/**
 * How a row came to be, for reading the truth and analysing mistakes: the first row of each entity
 * in sheet order carries the entity's kind, later rows of the same entity are `duplicate`
 * (or `copy` for a pasted-twice row). Hard negatives (`namesake`, `colleague`, `family`) are other
 * people who share a name, a company line and address, or a home address with `related`.
 */
export type RowRole = 'original' | 'duplicate' | 'copy' | 'namesake' | 'colleague' | 'family';

export interface GeneratedSheet {
  /** A title line written above the header (followed by one blank row), as many real sheets have. */
  title?: string;
  headers: string[];
  /** Truth for header mapping: the field each column holds. */
  fields: FieldId[];
  /** Data rows, all text, `''` for a blank cell; every row has `headers.length` cells. */
  rows: string[][];
  /** Truth: entity id per row; rows with the same id are the same customer. Ids are 0, 1, 2 … in order of first appearance. */
  entity: number[];
  /** Per row: how it came to be (see RowRole). */
  roles: RowRole[];
  /** Per row: for hard negatives, the entity they were modelled on (a different customer); −1 otherwise. */
  related: number[];
  /** The as-of day the dates were drawn around (ISO). */
  asOf: string;
}
