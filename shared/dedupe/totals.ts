/**
 * What a customer bought in all (his spend, his number of orders) when his records disagree. A 0
 * there says a record holds none of his purchases (Shopify writes 0.00 and 0 on every account that
 * never checked out, a form's sign-up row starts at 0 元), not that he bought nothing: against a real
 * total it is no value, as a blank is. Two real totals stay one, the kept row's: two rows of one
 * customer are as often one running total typed twice (a sum would count it twice) as two accounts,
 * and the other is listed in the merged values (report spending, analyze.ts spendOf, says so too).
 */
import type { FieldId } from '../schema/fields';
import { isFormula, type Cell } from '../table/cell';

/** Fields of a customer's running totals, where 0 is "none on record". A balance's 0 (owes nothing) is a fact and not here. */
export const TOTAL_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['amount', 'orders']);

/** A total of 0 as the cleaned sheet holds it (a number cell: the amount and integer cleaners read 0.00, ¥0, 0 笔 so). */
export function zeroTotal(field: FieldId | null, cell: Cell | undefined): boolean {
  return field !== null && TOTAL_FIELDS.has(field) && cell?.kind === 'number' && cell.value === 0;
}

/** A kept row's 0 total a real one of its group replaces: not a formula's result, which is the sheet's to compute. */
export function replaceableZero(field: FieldId | null, cell: Cell): boolean {
  return zeroTotal(field, cell) && !isFormula(cell);
}
