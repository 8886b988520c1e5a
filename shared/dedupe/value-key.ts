/**
 * When two cells of a field hold "the same value" for a merge: phones by their numbers (and
 * extensions), e-mails ignoring case, dates by day, postcodes ignoring their spaces, text after width, case and space folding (names,
 * owners and companies also traditional characters written simplified; a
 * column no field is mapped to, field null, as text, a day written year first by its day). Values equal this way
 * are not conflicts; the archive still keeps each cell exactly as it was.
 */
import type { Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import { foldText, lettersAndDigits, matchText } from './keys/fold';
import { shortenStreetWords } from './keys/street-words';
import { phoneKeys, type PhoneKey } from './keys/phone';
import { dateKey } from './keys/date';
import { FIELD_BY_ID } from '../schema/fields';
import { ownerKey, ownerName } from '../table/owner-name';
import { compactVin, plateKey } from '../normalize/vehicle';
import { toSimplified } from '../text/simplified';
import { postcodeKey } from '../normalize/postcode';
import type { PhoneReadings } from '../normalize/phone';

/**
 * Each number of a phone text as a value: the extension too, (415) 555-0134 ext. 22 being a desk, not
 * the switchboard of (415) 555-0134. [] when no number can be read.
 */
export function phoneValueKeys(text: string, region: string, cache?: Map<string, PhoneKey[]>, readings?: PhoneReadings): string[] {
  return phoneKeys(text, region, cache, readings).map((k) => (k.ext === '' ? k.e164 : `${k.e164}x${k.ext}`));
}

export function valueKey(field: FieldId | null, cell: Cell | undefined, region: string, cache?: Map<string, PhoneKey[]>, readings?: PhoneReadings): string {
  const t = matchText(cell);
  if (t === '') return '';
  // The public pool (公海) or a rep who has left holds nobody: no owner to tell apart (no 撞单).
  if (field === 'owner' && ownerName(cell) === '') return '';
  // 王磊 and 飞书's 王磊(wanglei@xingchen.com), 张三 and 张三（组长）are one rep (ownerKey): no 撞单.
  if (field === 'owner') return foldText(ownerKey(t));
  const kind = field === null ? undefined : FIELD_BY_ID[field]?.kind;
  if (kind === 'phone') {
    const keys = phoneValueKeys(t, region, cache, readings);
    if (keys.length > 0) return keys.sort().join(' ');
  }
  if (kind === 'date') {
    // A date cell's day is its first ten characters (dateKey's value for it), read without a key object and its digits.
    if (cell !== undefined && cell.kind === 'date') return cell.value.slice(0, 10);
    const d = dateKey(cell);
    if (d) return d.value;
  }
  // A column no field reads (开庭日期, Next Hearing): one day typed two ways (2026-12-07, 2026年12月7日) is one value.
  if (field === null) {
    const day = unreadDay(cell!, t);
    if (day !== null) return day;
  }
  // One car in two writings (粤B 12345, 粤b·12345; lsvau 2180n…) is no conflict.
  const vehicle = kind === 'vin' ? compactVin(t) : kind === 'plate' ? plateKey(t) : '';
  if (vehicle) return vehicle;
  // 陳經理 and 陈经理, 王偉 and 王伟, 廣州電器 and 广州电器 are one rep, one name and one company written in
  // two scripts: no 撞单, no conflict.
  if (kind === 'person-name' || kind === 'company') return toSimplified(foldText(t));
  // AUT-70442 and AUT 70442, SO/1042 and so.1042: one policy or order, however its parts are joined
  // (one-thing.ts compares them so). Told apart, one policy typed twice was two policies, its premium
  // counted twice and renewed by two producers.
  if (field === 'orderId') return lettersAndDigits(foldText(t));
  // 14 Mill Lane and 14 Mill Ln: one address, one let (keys/street-words.ts).
  if (field === 'address' || field === 'listing') return shortenStreetWords(foldText(t));
  // SW1A 1AA and sw1a1aa, H2X 1Y4 and h2x1y4: one postcode, however it is spaced.
  if (field === 'postcode') return postcodeKey(foldText(t));
  return foldText(t);
}

/**
 * A full date with its year written first (2026-12-07, 2026/12/7, 2026.12.7, 2026年12月7日) or a date
 * cell, in a column no field reads: its day. Not 12/07/2026, whose order of day and month the column
 * does not say here, nor 20261207, as often an order or case number as a day.
 */
const YEAR_FIRST = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$/;
function unreadDay(cell: Cell, text: string): string | null {
  if (cell.kind !== 'date' && !(cell.kind === 'text' && YEAR_FIRST.test(text))) return null;
  const d = dateKey(cell);
  return d && d.valid && !d.noYear ? d.value : null;
}
