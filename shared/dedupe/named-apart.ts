/**
 * Rows of one customer that name two different things he holds side by side (two pets, two flats):
 * one reading of such a name for every rule that keeps those rows apart (pets.ts; listings.ts reads a flat its own way).
 */
import type { CustomerRecord } from '../table/records';
import type { Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import { isDitto, isPlaceholder } from '../normalize/placeholder';
import { foldText, lettersAndDigits, matchText } from './keys/fold';

/**
 * A name as compared (Lucky, lucky and Ｌｕｃｋｙ are one; 锦绣路１００１弄 and 锦绣路 1001 弄 are one); ''
 * when the cell says nothing (无, 同上). A name of one character twice (豆豆, 球球) is a name, no filler.
 */
export function nameKey(cell: Cell | undefined): string {
  const t = matchText(cell).trim();
  return t === '' || isPlaceholder(t) || isDitto(t) ? '' : lettersAndDigits(foldText(t));
}

/**
 * Some two of the rows write different names in one of `fields`. A row that names none is no
 * evidence against (a copy left blank).
 */
export function namesTwoApart(recs: readonly CustomerRecord[], fields: readonly FieldId[]): boolean {
  for (const field of fields) {
    let first = '';
    for (const r of recs) {
      const k = nameKey(r.fields[field]);
      if (k === '') continue;
      if (first === '') first = k;
      else if (k !== first) return true;
    }
  }
  return false;
}
