/**
 * A pet shop's or a vet's sheet is one row per pet, its owner the customer: two rows of one owner that
 * name two pets (Lucky and Coco of one litter) are his two pets, each with its own vaccines and
 * birthday, never one customer typed twice.
 */
import type { CustomerRecord } from '../table/records';
import { namesTwoApart } from './named-apart';

/** Some two of the rows name different pets. A row without a pet's name is no evidence against. */
export const namesTwoPets = (recs: readonly CustomerRecord[]): boolean => namesTwoApart(recs, ['petName']);
