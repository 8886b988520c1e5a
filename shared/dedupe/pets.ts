/**
 * A pet shop's or a vet's sheet is one row per pet, its owner the customer: two rows of one owner that
 * name two pets (Lucky and Coco of one litter) are his two pets, each with its own vaccines and
 * birthday, never one customer typed twice.
 */
import type { CustomerRecord } from '../table/records';
import type { Cell } from '../table/cell';
import { isDitto, isPlaceholder } from '../normalize/placeholder';
import { foldText, lettersAndDigits, matchText } from './keys/fold';

/**
 * A pet's name as compared (Lucky, lucky and Ｌｕｃｋｙ are one pet); '' when the cell says nothing (无,
 * 同上). A name of one character twice (豆豆, 球球, 毛毛) is a pet's name, no filler.
 */
export function petNameKey(cell: Cell | undefined): string {
  const t = matchText(cell).trim();
  return t === '' || isPlaceholder(t) || isDitto(t) ? '' : lettersAndDigits(foldText(t));
}

/** Some two of the rows name different pets. A row without a pet's name is no evidence against. */
export function namesTwoPets(recs: readonly CustomerRecord[]): boolean {
  let first = '';
  for (const r of recs) {
    const k = petNameKey(r.fields.petName);
    if (k === '') continue;
    if (first === '') first = k;
    else if (k !== first) return true;
  }
  return false;
}
