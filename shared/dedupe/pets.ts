/**
 * A pet shop's or a vet's sheet is one row per pet, its owner the customer: two rows of one owner that
 * name two pets (Lucky and Coco of one litter) are his two pets, each with its own vaccines and
 * birthday, never one customer typed twice.
 */
import type { CustomerRecord } from '../table/records';
import type { Row, Table } from '../table/table';
import type { Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import { isPetHeader } from '../schema/header-match';
import { foldHeader } from '../schema/fold-header';
import { toHalfWidth } from '../text/fold';
import { namesTwoApart, nameKey } from './named-apart';
import { lettersAndDigits, matchText } from './keys/fold';
import { usable } from './merge';
import { valueKey } from './value-key';

/** Some two of the rows name different pets. A row without a pet's name is no evidence against. */
export const namesTwoPets = (recs: readonly CustomerRecord[]): boolean => namesTwoApart(recs, ['petName']);

/** A pet's own columns beside its name (品种, 宠物生日, Breed, Pet DOB): what tells one 豆豆 from another. */
const TRAIT_HEADS: ReadonlySet<string> = new Set(['品种', '犬种', '猫种', '宠物品种', '毛色', 'breed', 'colour', 'color', 'pet dob', 'pet birthday', 'pet date of birth']);

/** 2022-12-06, 2022/12/6, 2022年12月6日 (a time after it or not): its day. */
const DAY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/u;

/** A trait's cell as compared: a date by its day, other text by its letters and digits; '' when it says nothing. */
function traitKey(c: Cell | undefined, region: string): string {
  if (!usable(c)) return '';
  if (c.kind === 'date') return c.value.slice(0, 10);
  const m = DAY.exec(toHalfWidth(matchText(c)).trim());
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return lettersAndDigits(valueKey(null, c, region));
}

/**
 * Whether the rows name one pet typed twice: the same pet's name, and its breed or birthday written
 * alike on both where a column gives one, none written otherwise (李娜's 豆豆, 柯基, born 2022-12-06,
 * typed by two doctors). A name alone is not enough: one owner's second 豆豆 is a puppy of another litter.
 */
export function onePetOf(table: Table, fieldCols: Partial<Record<FieldId, number>>, region: string): (recs: readonly CustomerRecord[], rows: readonly Row[]) => boolean {
  if (fieldCols.petName === undefined) return () => false;
  const traits: number[] = [];
  table.headers.forEach((h, col) => {
    if (typeof h !== 'string' || col === fieldCols.petName) return;
    if (isPetHeader(h) || TRAIT_HEADS.has(foldHeader(h).key)) traits.push(col);
  });
  return (recs, rows) => {
    const names = recs.map((r) => nameKey(r.fields.petName));
    if (names.some((n) => n === '' || n !== names[0])) return false;
    let agree = false;
    for (const col of traits) {
      const keys = rows.map((r) => traitKey(r.cells[col], region)).filter((k) => k !== '');
      if (keys.length < 2) continue;
      if (keys.some((k) => k !== keys[0])) return false;
      if (keys.length === rows.length) agree = true;
    }
    return agree;
  };
}
