/**
 * A person's name read for matching. Chinese names (any Han character) keep their characters,
 * surname (compound surnames known) and per-character pinyin readings; Latin-script names are
 * split into given and family names ("Smith, John", "John A. Smith", or first/last columns),
 * with titles and suffixes dropped. Honorifics such as 先生 / 女士 / 王总 leave only the surname.
 */
import { foldText } from './fold';
import { allReadings, defaultReading, surnameReadings } from './pinyin';
import { canonicalGiven } from './nicknames';

export interface HanName {
  script: 'han';
  /** The Han characters of the name, nothing else. */
  chars: string;
  surname: string;
  given: string;
  /** Only a surname with a title (王总, 张先生): matches weakly. */
  titled: boolean;
  /** Readings per character, surname first (each list holds the most common reading first). */
  readings: readonly (readonly string[])[];
  /** Pinyin syllables of the usual reading ('zhang', 'wei'). */
  syllables: string[];
  /** Full pinyin keys with surname alternates ('zengwei', 'cengwei'). */
  keys: string[];
}

export interface LatinName {
  script: 'latin';
  given: string;
  family: string;
  /** Every name token in order (given, middle …, family), letters only. */
  tokens: string[];
  /** The tokens between the given name and the family name (middle names, or the middle words of
   *  an organisation's name in a name column). */
  middle: string[];
  /** A generational suffix (jr, sr, ii, iii, iv): John Smith Jr is not John Smith Sr. */
  generation?: string;
}

export type PersonName = HanName | LatinName;

export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '令狐', '钟离', '端木', '独孤', '南宫', '西门', '澹台', '公冶', '呼延', '万俟', '闻人', '赫连',
  '申屠', '太史', '淳于', '单于', '百里', '东郭', '拓跋', '第五', '司空', '左丘', '濮阳', '歐陽', '諸葛',
]);

/** Titles written after a Chinese surname instead of the given name. */
const HAN_TITLES = /(?:先生|女士|小姐|太太|夫人|老师|老師|经理|經理|总经理|总监|總監|主任|老板|老闆|董事长|董事長|院长|医生|醫生|律师|同学|师傅|总|總|工|姐|哥)$/u;
const LATIN_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'mme', 'herr', 'frau']);
const LATIN_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}+/gu;

function hanName(text: string): HanName | null {
  let chars = (text.match(HAN_ALL) ?? []).join('');
  if (chars === '') return null;
  let titled = false;
  const title = HAN_TITLES.exec(chars);
  if (title && chars.length - title[0].length >= 1 && chars.length - title[0].length <= 2) {
    const rest = chars.slice(0, chars.length - title[0].length);
    if (rest.length === 1 || COMPOUND_SURNAMES.has(rest)) {
      chars = rest;
      titled = true;
    }
  }
  const cut = titled ? chars.length : chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2)) ? 2 : 1;
  const surname = chars.slice(0, cut);
  const given = chars.slice(cut);
  const sur = surnameReadings(surname);
  const givenChars = Array.from(given);
  const readings: (readonly string[])[] = [sur, ...givenChars.map(allReadings)];
  const givenSyllables = givenChars.map(defaultReading);
  const givenKey = givenSyllables.join('');
  return {
    script: 'han',
    chars,
    surname,
    given,
    titled,
    readings,
    syllables: [sur[0] ?? '', ...givenSyllables],
    keys: sur.map((s) => s + givenKey),
  };
}

function latinTokens(text: string): string[] {
  return foldText(text)
    .replace(/[^\p{L}\p{N}\s,'-]+/gu, ' ')
    .split(/[\s-]+/u)
    .map((t) => t.replace(/[^\p{L}]/gu, ''))
    .filter((t) => t !== '' && !LATIN_TITLES.has(t) && !LATIN_SUFFIXES.has(t));
}

const GENERATIONS: Readonly<Record<string, string>> = { jr: 'jr', junior: 'jr', sr: 'sr', senior: 'sr', ii: 'ii', iii: 'iii', iv: 'iv' };

/** The generational suffix written anywhere in the name cells (Smith Jr., III), or undefined. */
function generationOf(...texts: string[]): string | undefined {
  for (const text of texts) {
    // Never the first word: Iv Ivanov, Sr. is no name.
    if (text === '' || !/[\s,.](?:jr|sr|junior|senior|ii|iii|iv)\.?(?:$|[\s,])/i.test(text)) continue;
    const words = foldText(text).split(/[\s,.]+/u);
    for (let i = 1; i < words.length; i++) if (GENERATIONS[words[i]]) return GENERATIONS[words[i]];
  }
  return undefined;
}

function latinName(full: string, first: string, last: string): LatinName | null {
  const n = latinNameParts(full, first, last);
  const generation = n ? generationOf(full, first, last) : undefined;
  if (n && generation) n.generation = generation;
  return n;
}

function latinNameParts(full: string, first: string, last: string): LatinName | null {
  if (first !== '' || last !== '') {
    const g = latinTokens(first);
    const f = latinTokens(last);
    if (g.length === 0 && f.length === 0) return null;
    return { script: 'latin', given: g[0] ?? '', family: f.join(''), tokens: [...g, ...f], middle: g.slice(1) };
  }
  const comma = full.indexOf(',') >= 0 || full.indexOf('，') >= 0;
  if (comma) {
    const [lastPart, ...rest] = full.split(/[,，]/u);
    const f = latinTokens(lastPart);
    const g = latinTokens(rest.join(' '));
    if (g.length === 0 && f.length === 0) return null;
    return { script: 'latin', given: g[0] ?? '', family: f.join(''), tokens: [...g, ...f], middle: g.slice(1) };
  }
  const t = latinTokens(full);
  if (t.length === 0) return null;
  if (t.length === 1) return { script: 'latin', given: t[0], family: '', tokens: t, middle: [] };
  return { script: 'latin', given: t[0], family: t[t.length - 1], tokens: t, middle: t.slice(1, -1) };
}

/**
 * The name of a record from its full-name cell text and/or its first- and last-name cells.
 * Returns null when nothing name-like is left (blank, digits, punctuation only).
 */
export function parsePersonName(full: string, first = '', last = ''): PersonName | null {
  const joined = full !== '' ? full : `${last}${first}`;
  if (HAN.test(joined)) return hanName(full !== '' ? full : `${last}${first}`);
  return latinName(full, first, last);
}

/** The given name a Latin name is filed under for blocking (Bob → robert). */
export function givenKey(n: LatinName): string {
  return n.given === '' ? '' : canonicalGiven(n.given);
}
