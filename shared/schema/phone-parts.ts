/**
 * A phone number split over columns: Xero's contacts export writes each number as PhoneCountry 61 |
 * PhoneArea 2 | PhoneNumber 9876 5432 (Mobile…, Fax…, DDI… alike), a Chinese sheet keeps 区号 010
 * beside 电话 6438 1234. Read alone, 9876 5432 is no Australian number and 6438 1234 no line anyone
 * can tell from Shanghai's: the parts are the number together. They stay as typed, each in its
 * column (Xero imports them back so); the run reads the number they make (plan/build.ts, like a
 * grouped report's owner over its blank rows: table.ts groupOwners).
 */
import type { ColumnMapping } from '../plan/types';
import type { Row } from '../table/table';
import { cellText } from '../table/cell';
import { toHalfWidth } from '../text/fold';
import { foldHeader } from './fold-header';

/** The columns holding the calling code and the area code of a phone column's numbers. */
export interface PhoneParts {
  country?: number;
  area?: number;
}

/** Words ending a phone column's header that name its number, not whose it is (PhoneNumber, Mobile No). */
const NUMBER_WORDS: ReadonlySet<string> = new Set(['number', 'no', 'num', 'nr', '号码', '号']);
/** Words a header adds to the phone's own words to name a part (PhoneArea, Phone Area Code, MobileCountry). */
const AREA_WORDS: readonly (readonly string[])[] = [['area'], ['area', 'code']];
const COUNTRY_WORDS: readonly (readonly string[])[] = [['country'], ['country', 'code'], ['calling', 'code']];
/**
 * A column just left of the phone's (or of its area code's) that is a part by its header alone: 区号
 * 010 | 电话 6438 1234, Area Code | Phone, India's STD Code | Phone. Country Code is no such header:
 * Shopify's and HubSpot's name a country there (US, AU), and it is read as the country.
 */
const AREA_KEYS: ReadonlySet<string> = new Set(['区号', '电话区号', '长途区号', '地区区号', 'area code', 'std code'].map((w) => foldHeader(w).key));
const COUNTRY_KEYS: ReadonlySet<string> = new Set(['国际区号', '国家区号', '国际代码', 'calling code', 'dialing code', 'dialling code'].map((w) => foldHeader(w).key));

const PHONE_FIELDS: ReadonlySet<string> = new Set(['mobile', 'phone']);

const sameWords = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w, i) => w === b[i]);

/**
 * For each phone column with parts, the columns of its parts: columns no field reads, named by the
 * phone's own words and a part's (PhoneArea beside PhoneNumber), or standing just left of it under a
 * part's header (区号 | 电话).
 */
export function phonePartColumns(columns: readonly ColumnMapping[]): Map<number, PhoneParts> {
  const out = new Map<number, PhoneParts>();
  const free = (c: ColumnMapping | undefined): c is ColumnMapping => c !== undefined && c.field === null && c.person === undefined && !c.amountPart && c.child === undefined && !c.run && c.source !== 'override';
  const taken = new Set<number>();
  for (const phone of columns) {
    if (phone.field === null || !PHONE_FIELDS.has(phone.field)) continue;
    const words = foldHeader(phone.header).words;
    const own = words.length > 1 && NUMBER_WORDS.has(words[words.length - 1]) ? words.slice(0, -1) : words;
    const named = (ends: readonly (readonly string[])[]) => columns.find((c) => free(c) && !taken.has(c.col) && own.length > 0
      && ends.some((end) => sameWords(foldHeader(c.header).words, [...own, ...end])));
    const parts: PhoneParts = {};
    const area = named(AREA_WORDS) ?? besideKeyed(columns, phone.col, AREA_KEYS, free);
    if (area && !taken.has(area.col)) parts.area = area.col;
    const country = named(COUNTRY_WORDS) ?? besideKeyed(columns, area?.col ?? phone.col, COUNTRY_KEYS, free);
    if (country && !taken.has(country.col)) parts.country = country.col;
    if (parts.area === undefined && parts.country === undefined) continue;
    if (parts.area !== undefined) taken.add(parts.area);
    if (parts.country !== undefined) taken.add(parts.country);
    out.set(phone.col, parts);
  }
  return out;
}

function besideKeyed(columns: readonly ColumnMapping[], col: number, keys: ReadonlySet<string>, free: (c: ColumnMapping | undefined) => c is ColumnMapping): ColumnMapping | undefined {
  const left = columns.find((c) => c.col === col - 1);
  return free(left) && keys.has(foldHeader(left.header).key) ? left : undefined;
}

/** The columns mapped, each part column saying which phone column it is read with (ColumnMapping.partOf). */
export function withPhoneParts(columns: readonly ColumnMapping[], parts: ReadonlyMap<number, PhoneParts>): ColumnMapping[] {
  if (parts.size === 0) return [...columns];
  const partOf = new Map<number, number>();
  for (const [phone, p] of parts) {
    if (p.area !== undefined) partOf.set(p.area, phone);
    if (p.country !== undefined) partOf.set(p.country, phone);
  }
  return columns.map((c) => (partOf.has(c.col) ? { ...c, partOf: partOf.get(c.col)! } : c));
}

/** A calling code as typed: 61, +61, 0061. */
const CALLING_CODE = /^(?:\+|00)?\s*(\d{1,4})$/;
/** An area code as typed: 2, 02, (02), 010. */
const AREA_CODE = /^\(?\s*(\d{1,5})\s*\)?$/;
/** A number dialled from abroad already (+61 2 9876 5432, 0061 …): its parts are in it. */
const INTERNATIONAL = /^['‘’`]?\s*(?:\+|00)/;

/**
 * The number a row's parts make with its phone cell (+61 2 9876 5432, 010 6438 1234), as text for the
 * phone cleaner; null when the parts are blank (or hold no code), or the cell holds a number dialled
 * from abroad, which needs none.
 */
export function joinedPhoneText(row: Row, col: number, parts: PhoneParts): string | null {
  const number = toHalfWidth(cellText(row.cells[col])).trim();
  if (number === '' || INTERNATIONAL.test(number)) return null;
  const code = (c: number | undefined, shape: RegExp) => {
    if (c === undefined) return '';
    return shape.exec(toHalfWidth(cellText(row.cells[c])).trim())?.[1] ?? '';
  };
  const country = code(parts.country, CALLING_CODE);
  const area = code(parts.area, AREA_CODE);
  if (country === '' && area === '') return null;
  return [country === '' ? '' : `+${country}`, area, number].filter((s) => s !== '').join(' ');
}
