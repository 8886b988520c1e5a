/**
 * A real-estate agent's owner list is one row per listing: two rows of one owner that name two flats
 * (one for sale in 浦东, one to let in 闵行) are his two listings, each with its own 回访, never one
 * customer typed twice.
 */
import type { CustomerRecord } from '../table/records';
import type { Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import { isDitto, isPlaceholder } from '../normalize/placeholder';
import { foldText, lettersAndDigits, matchText } from './keys/fold';

/** The parts that name a listing: the flat's address or estate, and its unit within the estate. */
const LISTING_PARTS: readonly FieldId[] = ['listing', 'listingUnit'];

/** A part as compared (锦绣路１００１弄 and 锦绣路 1001 弄 are one); '' when the cell says nothing (无, 同上). */
export function listingPartKey(cell: Cell | undefined): string {
  const t = matchText(cell).trim();
  return t === '' || isPlaceholder(t) || isDitto(t) ? '' : lettersAndDigits(foldText(t));
}

/**
 * Some two of the rows name different listings: a part both rows write differs (two addresses, or two
 * units of one estate). A row without a listing is no evidence against (a buyer, a copy left blank).
 */
export function namesTwoListings(recs: readonly CustomerRecord[]): boolean {
  for (const part of LISTING_PARTS) {
    let first = '';
    for (const r of recs) {
      const k = listingPartKey(r.fields[part]);
      if (k === '') continue;
      if (first === '') first = k;
      else if (k !== first) return true;
    }
  }
  return false;
}
