/**
 * A real-estate agent's owner list is one row per listing: two rows of one owner that name two flats
 * (one for sale in 浦东, one to let in 闵行) are his two listings, each with its own 回访, never one
 * customer typed twice.
 */
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import { namesTwoApart } from './named-apart';

/** The parts that name a listing: the flat's address or estate, and its unit within the estate. */
const LISTING_PARTS: readonly FieldId[] = ['listing', 'listingUnit'];

/**
 * Some two of the rows name different listings: a part both rows write differs (two addresses, or two
 * units of one estate). A row without a listing is no evidence against (a buyer, a copy left blank).
 */
export const namesTwoListings = (recs: readonly CustomerRecord[]): boolean => namesTwoApart(recs, LISTING_PARTS);
