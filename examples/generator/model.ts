/** The contract between the language-neutral sheet assembler (customers.ts) and a language's sheet model. */
import type { FieldId } from '../../shared/schema/fields';
import type { CivilDate } from '../../shared/table/civil-date';
import type { Rng } from './rng';
import type { RowRole } from './types';

export interface NewEntity<P> {
  person: P;
  role: Exclude<RowRole, 'duplicate' | 'copy'>;
  /** Index (in generation order) of the person a hard negative was modelled on; −1 for an original. */
  related: number;
}

export interface RenderContext {
  rng: Rng;
  /** Chance that a cell is written in a messy form. */
  mess: number;
  asOf: CivilDate;
}

export interface SheetModel<P, V> {
  /** The field each column holds, in sheet order. */
  fields: readonly FieldId[];
  /** The sheet's header cells, with the header wording chosen per sheet. */
  headers(rng: Rng): string[];
  /** A title line above the header, or undefined. */
  title(rng: Rng, asOf: CivilDate): string | undefined;
  /** Column of the customer number, filled in sheet order by the assembler; null when the sheet has none. */
  idColumn: number | null;
  formatId(n: number, width: number, ctx: RenderContext): string;
  /**
   * A source of new customers for one sheet (it remembers the phones, e-mails and company names
   * already used). Each call may return a hard negative modelled on an earlier customer in `people`.
   */
  people(rng: Rng, asOf: CivilDate, mess: number): (people: readonly P[]) => NewEntity<P>;
  /** How a later row of the same customer differs from the first. */
  variations(person: P, rng: Rng): V;
  /** One row of text cells for `person`, first row (`variation` null) or a later one. */
  render(person: P, variation: V | null, ctx: RenderContext): string[];
}
