/**
 * A real-estate agent's owner list is one row per listing: two rows of one owner that name two flats
 * (one for sale in 浦东, one to let in 闵行) are his two listings, each with its own 回访, never one
 * customer typed twice. A flat is read as its address and its unit together, written any way a user
 * writes one: 3号楼502, 3栋502室, 3幢502号 and 3-502 are one unit, and 锦绣路1001弄3号楼502 in the
 * address is 锦绣路1001弄 with 门牌号 3栋502室.
 */
import type { CustomerRecord } from '../table/records';
import type { Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import { isDitto, isPlaceholder } from '../normalize/placeholder';
import { foldText, matchText } from './keys/fold';
import { shortenStreetWords } from './keys/street-words';

/** The parts that name a listing, in the order a flat is written: the flat's address or estate, then its unit. */
const LISTING_PARTS: readonly FieldId[] = ['listing', 'listingUnit'];

/**
 * The words that only mark a number's place in an address (楼 of 3号楼, 栋, 室, 单元 …): dropped, so the
 * numbers alone tell a unit. Longest first.
 */
const UNIT_WORDS = /号楼|单元|栋|幢|座|号|室|楼|层|#/gu;

/** The cell's text, or '' when it says nothing (无, 同上). */
function said(cell: Cell | undefined): string {
  const t = matchText(cell).trim();
  return t === '' || isPlaceholder(t) || isDitto(t) ? '' : t;
}

/**
 * A flat's address as its runs of letters and of digits (锦绣路1001弄3号楼502 → 锦绣路 1001 弄 3 502):
 * spaces, dashes and the words of UNIT_WORDS only separate numbers; leading zeros go.
 */
export function flatTokens(text: string): string[] {
  // 14 Mill Lane and 14 Mill Ln are one let (street-words.ts), read before the spaces that part the words go.
  const s = shortenStreetWords(foldText(text))
    // Two numbers a space apart (3 502) stay two; other spaces join (浦东新区 锦绣路 is 浦东新区锦绣路).
    .replace(/(\p{N})\s+(?=\p{N})/gu, '$1-')
    .replace(/\s+/gu, '')
    .replace(UNIT_WORDS, '-');
  return (s.match(/\p{N}+|\p{L}+/gu) ?? []).map((t) => (/^\d+$/.test(t) ? t.replace(/^0+(?=\d)/, '') : t));
}

/** One row's flat: its listing parts' tokens in order, [] when it names none. */
export function flatOf(r: CustomerRecord): string[] {
  // Asked of every group's rows, nearly all of a sheet that names no listing: no list nor closure per part.
  let out: string[] | null = null;
  for (let i = 0; i < LISTING_PARTS.length; i++) {
    const t = said(r.fields[LISTING_PARTS[i]]);
    if (t !== '') out = out === null ? flatTokens(t) : [...out, ...flatTokens(t)];
  }
  return out ?? [];
}

const startsWith = (long: readonly string[], short: readonly string[]) => short.every((t, i) => long[i] === t);
const endsWith = (long: readonly string[], short: readonly string[]) => short.every((t, i) => long[long.length - short.length + i] === t);

/**
 * Two flats may be one: equal, or one says less of the same flat (绿地海珀 beside 绿地海珀 3号1202: the
 * unit left out; 3栋502室 beside 锦绣路1001弄3号楼502: the estate left out).
 */
export function mayBeOneFlat(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return startsWith(long, short) || endsWith(long, short);
}

/**
 * Some two of the rows name different listings. A row without a listing is no evidence against (a
 * buyer, a copy left blank), nor is one that says less of the same flat.
 */
export function namesTwoListings(recs: readonly CustomerRecord[]): boolean {
  // A sheet of no listing columns (most): told without reading a row's flat.
  if (!recs.some((r) => r.fields.listing !== undefined || r.fields.listingUnit !== undefined)) return false;
  const flats = recs.map(flatOf).filter((f) => f.length > 0);
  for (let i = 0; i < flats.length; i++) {
    for (let j = i + 1; j < flats.length; j++) if (!mayBeOneFlat(flats[i], flats[j])) return true;
  }
  return false;
}
