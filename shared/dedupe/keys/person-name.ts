/**
 * A person's name read for matching. Chinese names (any Han character) keep their characters,
 * surname (compound surnames known) and per-character pinyin readings; Latin-script names are
 * split into given and family names ("Smith, John", "John A. Smith", or first/last columns),
 * with titles and suffixes dropped. Honorifics such as 先生 / 女士 / 王总 leave only the surname.
 */
import { isSpacedJapaneseName } from '../../normalize/japanese-name';
import { foldText } from './fold';
import { toSimplified } from '../../text/simplified';
import { COMMON_SURNAMES, COMPOUND_SURNAMES } from '../../text/surnames';
import { allReadings, defaultReading, surnameReadings } from './pinyin';
import { canonicalGiven } from './nicknames';
import { screenNameOf } from './screen-name';
import { HAN_TITLE_WORDS } from '../../text/name-titles';

export interface HanName {
  script: 'han';
  /** The Han characters of the name, nothing else. */
  chars: string;
  surname: string;
  given: string;
  /** Only a surname with a title (王总, 张先生): matches weakly. */
  titled: boolean;
  /** The title of a titled name (先生 of 张先生, 老 of 老王). */
  title?: string;
  /** Readings per character, surname first (each list holds the most common reading first). */
  readings: readonly (readonly string[])[];
  /** Pinyin syllables of the usual reading ('zhang', 'wei'). */
  syllables: string[];
  /** Full pinyin keys with surname alternates ('zengwei', 'cengwei'). */
  keys: string[];
  /**
   * What the cell held beside the name, folded: 老板 of 张伟(老板), 财务 of 李娜-财务, 先生 of 张伟先生.
   * Two different notes (张伟(大) / 张伟(小)) may be how a sheet tells two people apart.
   */
  note?: string;
  /**
   * A number glued to the name (张伟1, 张伟2, a WeChat nickname 🌸花开2): how a sheet numbers
   * namesakes apart, never typing noise.
   */
  number?: string;
  /** A WeChat nickname, folded (screen-name.ts): compared only as written, weak evidence. */
  screen?: string;
  /** The row has no name but this nickname (nickname-alone.ts). Present only when true. */
  nicknameOnly?: true;
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
  /** A WeChat nickname, folded (screen-name.ts): compared only as written, weak evidence. */
  screen?: string;
  /** The row has no name but this nickname (nickname-alone.ts). Present only when true. */
  nicknameOnly?: true;
}

export type PersonName = HanName | LatinName;

export { COMPOUND_SURNAMES };

/** Titles and forms of address written after a name, as words. */
const TITLE_WORDS = HAN_TITLE_WORDS.join('|');
/** Titles written after a Chinese surname instead of the given name (王总, 李工 too). */
const HAN_TITLES = new RegExp(`(?:${TITLE_WORDS}|总|總|工|姐|哥)$`, 'u');
/**
 * Cantonese salutations after a surname: 黄生 is 黄先生, 陈太 is 陈太太 (Hong Kong, Guangdong). Read only
 * after a common surname, in a name of two characters, where 生 and 太 are rarely a given name.
 */
const CANTONESE_TITLES: Readonly<Record<string, string>> = { 生: '先生', 太: '太太' };
const LATIN_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'mme', 'herr', 'frau']);
const LATIN_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);


/** Titles written after a whole name (陈静女士, 张伟先生): only words, never one character that may end a given name (工, 总, 姐). */
const HAN_NAME_TITLES = new RegExp(`(?:${TITLE_WORDS})$`, 'u');

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}+/gu;
const ONLY_HAN = /^\p{Script=Han}+$/u;

/** A note typed in brackets beside a name: 张伟(老板), 李娜【VIP】, John Smith (CEO); an unclosed one runs to the end. */
const BRACKETED = /[（(【\[［{｛<《〈][^）)】\]］}｝>》〉]*[）)】\]］}｝>》〉]?/gu;

/** What separates a name from a note after it: 李娜-财务, 李娜/采购, 张伟 13812345678, 王芳、李娜. */
const NOTE_SEPARATOR = /\s*[-－—–/／\\|｜_,，、;；:：]+\s*|\s+/u;

/** The text of a name cell without the notes typed beside the name (brackets), if a name is left. */
function withoutNotes(text: string, script: RegExp): string {
  BRACKETED.lastIndex = 0;
  if (!BRACKETED.test(text)) return text;
  const bare = text.replace(BRACKETED, ' ');
  return script.test(bare) ? bare : text;
}

/** A note's letters and digits, folded: what tells two notes apart. */
const noteKey = (parts: readonly string[]): string => foldText(parts.join('')).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The Han characters of a name cell and the note typed beside them: the name before a note
 * (李娜-财务 → 李娜 and 财务, 张伟(老板) → 张伟 and 老板), or all of them when the first part is no
 * whole name (张 伟, 欧阳 娜娜, 王 总).
 */
function hanChars(text: string): { chars: string; note: string } {
  if (ONLY_HAN.test(text)) return { chars: text, note: '' };
  // 田中 太郎 is one name written as Japanese names are, not 田中 and a note.
  if (isSpacedJapaneseName(text)) return { chars: text.replace(/\s+/gu, ''), note: '' };
  const bare = withoutNotes(text, HAN);
  const notes = bare === text ? [] : (text.match(BRACKETED) ?? []);
  const split = bare.split(NOTE_SEPARATOR).filter((p) => p !== '');
  const parts = split.map((p) => (p.match(HAN_ALL) ?? []).join(''));
  const at = parts.findIndex((p) => p !== '');
  const first = parts[at] ?? '';
  if (parts.filter((p) => p !== '').length > 1 && first.length >= 2 && !COMPOUND_SURNAMES.has(first)) {
    return { chars: first, note: noteKey([...split.filter((_, i) => i !== at), ...notes]) };
  }
  return { chars: parts.join(''), note: noteKey([...split.filter((_, i) => parts[i] === ''), ...notes]) };
}

/** One to three digits right after the name's last Han character (张伟1, 张伟 2, 🌸花开0🌸); a phone number is longer. */
const NUMBERED = /\p{Script=Han}[^\p{L}\p{N}]{0,2}(\d{1,3})(?!\d)[^\p{L}\p{N}]*$/u;

/** A digit anywhere: most names hold none, told before the Unicode pattern reads them. */
const ANY_DIGIT = /\d/;

function numberOf(text: string): string | undefined {
  const m = ANY_DIGIT.test(text) ? NUMBERED.exec(text) : null;
  return m ? String(Number(m[1])) : undefined;
}

function hanName(text: string): HanName | null {
  // 王偉 is 王伟 written in Hong Kong or Taiwan: the same name, not a homophone (and 陳經理's title is 经理).
  const read = hanChars(toSimplified(text));
  let chars = read.chars;
  let note = read.note;
  if (chars === '') return null;
  let titled = false;
  let titleWord: string | undefined;
  // 老王, 小李: a surname called familiarly, as 王总 is called by title (小明, 阿强 are given names).
  if (chars.length === 2 && (chars[0] === '老' || chars[0] === '小') && COMMON_SURNAMES.has(chars[1])) {
    note = noteKey([chars[0], note]);
    titleWord = chars[0];
    chars = chars[1];
    titled = true;
  } else if (chars.length === 2 && CANTONESE_TITLES[chars[1]] !== undefined && COMMON_SURNAMES.has(chars[0])) {
    titleWord = CANTONESE_TITLES[chars[1]];
    chars = chars[0];
    titled = true;
  }
  const title = titled ? null : HAN_TITLES.exec(chars);
  if (title && chars.length - title[0].length >= 1 && chars.length - title[0].length <= 2) {
    const rest = chars.slice(0, chars.length - title[0].length);
    if (rest.length === 1 || COMPOUND_SURNAMES.has(rest)) {
      chars = rest;
      titled = true;
      titleWord = title[0];
    }
  }
  if (!titled) {
    // 陈静女士 is 陈静: a title after a whole name (two to four characters) is no part of it.
    const after = HAN_NAME_TITLES.exec(chars);
    const rest = after ? chars.length - after[0].length : 0;
    if (after && rest >= 2 && rest <= 4) {
      note = noteKey([after[0], note]);
      chars = chars.slice(0, rest);
    }
  }
  const cut = titled ? chars.length : chars.length > 2 && COMPOUND_SURNAMES.has(chars.slice(0, 2)) ? 2 : 1;
  const surname = chars.slice(0, cut);
  const given = chars.slice(cut);
  const sur = surnameReadings(surname);
  const givenChars = Array.from(given);
  // concat, not spread: the lists are kept for the run (a memoised name), and a spread or pushed
  // array keeps room for more items than it holds.
  const readings: (readonly string[])[] = [sur].concat(givenChars.map(allReadings));
  const givenSyllables = givenChars.map(defaultReading);
  const givenKey = givenSyllables.join('');
  // Its optional parts put on one by one, in the order they always had: a literal spreading three
  // objects into a fresh one went the engine's slow way for every distinct name of the sheet.
  const out = { script: 'han', chars, surname, given, titled } as HanName;
  if (titleWord !== undefined) out.title = titleWord;
  out.readings = readings;
  out.syllables = [sur[0] ?? ''].concat(givenSyllables);
  out.keys = sur.map((s) => s + givenKey);
  if (note !== '') out.note = note;
  const number = numberOf(text);
  if (number !== undefined) out.number = number;
  return out;
}

/**
 * Forms of address written before a name in India and Malaysia (Smt. Anita Sharma, Shri Venkat Rao,
 * Puan Siti, Encik Ahmad, Dato' Lee, Haji Ismail): dropped only in front and when a name of two
 * words or more follows. Sri, Tuan and Kumari are not among them: they are given names at least as
 * often (Sri Devi Ramesh, Tuan Anh Nguyen, Sri Wahyuni), and dropped they made a brother's name
 * (Tuan Anh / Anh Nguyen on a family phone) the same name.
 */
const LEADING_HONORIFICS: ReadonlySet<string> = new Set([
  'smt', 'shrimati', 'srimati', 'shri', 'shree', 'encik', 'cik', 'puan', 'dato', 'datuk', 'datin', 'haji', 'hajah', 'hajjah',
]);

/**
 * Words put before a name and left out at will, which are no whole given name of their own there:
 * Muhammad and its spellings (Mohammed Ali Khan is called Ali Khan; Md. is dropped already, as the
 * suffix M.D. is), Mst. / Mosammat before a Bangladeshi woman's name, Syed and Sheikh of a family's
 * line, and the forms of address that are given names as often (Sri, Sree, Kumari: kept by the
 * parse above). A name with one of them more in front is the other name as often as a relative's
 * (a father Mohammed Ali Khan and his son Ali Khan): duplicate finding grades it on its own, below
 * the same name (name-grade.ts). Any other word in front is another given name (John Michael Smith
 * and his son Michael Smith), and Tuan is none of these: Tuan Anh is a Vietnamese given name whole,
 * and Anh his brother's.
 */
export const LEADING_NAME_WORDS: ReadonlySet<string> = new Set([
  'mohammad', 'mohammed', 'mohamed', 'mohamad', 'muhammad', 'muhammed', 'mohammod', 'mohd', 'muhd',
  'mst', 'mosammat', 'mosammet', 'mossammat',
  'syed', 'sayed', 'syeda', 'sayyid', 'sheikh', 'shaikh', 'sk',
  'sri', 'sree', 'kumari',
]);

/** Spellings of one leading word (Mohd, Mohammed and Muhammad; Mst. and Mosammat; Sk. and Sheikh). */
const LEADING_WORD_SPELLINGS: Readonly<Record<string, string>> = {
  mohammad: 'muhammad', mohammed: 'muhammad', mohamed: 'muhammad', mohamad: 'muhammad', muhammed: 'muhammad', mohammod: 'muhammad',
  mohd: 'muhammad', muhd: 'muhammad', mosammat: 'mst', mosammet: 'mst', mossammat: 'mst', sayed: 'syed', sayyid: 'syed',
  shaikh: 'sheikh', sk: 'sheikh', sree: 'sri',
};

/** The word a leading word (LEADING_NAME_WORDS) spells, one for all its spellings: mohd → muhammad. */
export const leadingWordOf = (word: string): string => LEADING_WORD_SPELLINGS[word] ?? word;

/**
 * The name without its leading word (LEADING_NAME_WORDS) when a given and a family name remain
 * (Mohammed Ali Khan → Ali Khan, Sri Ramesh Kumar → Ramesh Kumar), else null.
 */
export function withoutLeadingWord(n: LatinName): LatinName | null {
  if (!LEADING_NAME_WORDS.has(n.given) || n.middle.length === 0 || n.family === '') return null;
  const rest: LatinName = { script: 'latin', given: n.middle[0], family: n.family, tokens: n.tokens.slice(1), middle: n.middle.slice(1) };
  if (n.generation !== undefined) rest.generation = n.generation;
  return rest;
}

function latinTokens(text: string): string[] {
  const t = foldText(withoutNotes(text, /\p{L}/u))
    .replace(/[^\p{L}\p{N}\s,'-]+/gu, ' ')
    .split(/[\s-]+/u)
    .map((t) => t.replace(/[^\p{L}]/gu, ''))
    .filter((t) => t !== '' && !LATIN_TITLES.has(t) && !LATIN_SUFFIXES.has(t));
  let i = 0;
  while (t.length - i > 2 && LEADING_HONORIFICS.has(t[i])) i++;
  return i === 0 ? t : t.slice(i);
}

const GENERATIONS: Readonly<Record<string, string>> = { jr: 'jr', junior: 'jr', sr: 'sr', senior: 'sr', ii: 'ii', iii: 'iii', iv: 'iv' };

/** A generational suffix after the first word (held once: keys/fold.ts says why). */
const GENERATION_WORD = /[\s,.](?:jr|sr|junior|senior|ii|iii|iv)\.?(?:$|[\s,])/i;

/** The generational suffix written anywhere in the name cells (Smith Jr., III), or undefined. */
function generationOf(...texts: string[]): string | undefined {
  for (const text of texts) {
    // Never the first word: Iv Ivanov, Sr. is no name.
    if (text === '' || !GENERATION_WORD.test(text)) continue;
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
    return { script: 'latin', given: g[0] ?? '', family: f.join(''), tokens: g.concat(f), middle: g.slice(1) };
  }
  const comma = full.indexOf(',') >= 0 || full.indexOf('，') >= 0;
  if (comma) {
    const [lastPart, ...rest] = full.split(/[,，]/u);
    const f = latinTokens(lastPart);
    const g = latinTokens(rest.join(' '));
    if (g.length === 0 && f.length === 0) return null;
    return { script: 'latin', given: g[0] ?? '', family: f.join(''), tokens: g.concat(f), middle: g.slice(1) };
  }
  // John Smith - Sales: a spaced dash or slash sets a note apart (Smith-Jones is one name).
  const written = full.split(/\s+[-–—/|]\s+/u)[0];
  const t = latinTokens(written);
  if (t.length === 0) return null;
  // Dr. Smith, Mrs Jones: a title goes before the family name; a lone word otherwise is a given name.
  if (t.length === 1) {
    const titled = LATIN_TITLES.has(foldText(written).split(/[\s.]+/u)[0]);
    return titled ? { script: 'latin', given: '', family: t[0], tokens: t, middle: [] } : { script: 'latin', given: t[0], family: '', tokens: t, middle: [] };
  }
  return { script: 'latin', given: t[0], family: t[t.length - 1], tokens: t, middle: t.slice(1, -1) };
}

/**
 * The name of a record from its full-name cell text and/or its first- and last-name cells.
 * Returns null when nothing name-like is left (blank, digits, punctuation only).
 */
export function parsePersonName(full: string, first = '', last = ''): PersonName | null {
  const joined = full !== '' ? full : `${last}${first}`;
  const name = HAN.test(joined) ? hanName(joined) : latinName(full, first, last);
  // Lily🌸, A阳光明媚: a WeChat nickname in the name cell is anybody's, never a real name to match.
  const screen = name === null ? undefined : screenNameOf(joined);
  return screen === undefined ? name : { ...name!, screen };
}

/** The given name a Latin name is filed under for blocking (Bob → robert). */
export function givenKey(n: LatinName): string {
  return n.given === '' ? '' : canonicalGiven(n.given);
}
