/**
 * Company names as match keys. The core of a name drops what varies between two spellings of
 * the same company: legal forms (有限公司, 有限责任公司, 股份有限公司, 集团, Co., Ltd., Inc., LLC,
 * GmbH, Corp …), a place prefix or a place in brackets (北京星辰科技 / 星辰科技（北京）), and
 * punctuation. CJK company names "matched nothing, not even themselves" in a CRM until such
 * suffixes were stripped (margince/margince#2852). A place is kept when the rest would be a
 * generic word (北京银行 and 上海银行 are different banks), and a branch (上海分公司) is kept
 * apart: two branches of one company share a core but are different customers.
 */
import { foldText, lettersAndDigits } from './fold';
import { PLACE_PREFIXES, placePrefix, stripPlacePrefixes } from './regions';
import { toSimplified } from '../../text/simplified';

export interface CompanyKey {
  /** Letters and digits only, lower case. */
  folded: string;
  /** Legal form, places and brackets removed (never empty when `folded` is not). */
  core: string;
  /** The branch (上海 for 星辰科技上海分公司; 分 for an unnamed branch), or ''. */
  branch: string;
  /**
   * The place the name states (北京 of 北京星辰科技 or 星辰科技（北京）), or '': two companies of one core
   * in two stated places (深圳华星 / 武汉华星) are two companies, as two branches are.
   */
  place: string;
  /** A Latin name's words, legal form and brackets dropped (bone's restaurant → bone, s, restaurant); [] for a Han name. */
  words: readonly string[];
  /** The branch as the name writes it with its word (长沙分公司), when the branch is a place: what a reason shows. */
  branchLabel?: string;
  /**
   * The location or store number the name states beside its core, folded (downtown of Joe's Pizza
   * (Downtown), 12 of Kwik Mart #12, 朝阳店 of 海底捞(朝阳店)), absent when none: two different ones are
   * two stores of one chain, while a name without one says nothing (Spago / Spago (Los Angeles) is one
   * restaurant listed by two guides).
   */
  site?: string;
  /** The site as typed (Downtown, #12, Store 3), for the reason that names both. */
  siteLabel?: string;
}

/** A Han name's words: one shared empty list, not an empty array per row (keys live for the run). */
const NO_WORDS: readonly string[] = Object.freeze([]);

/** Legal-form endings, longest first; removed repeatedly from the end. */
const HAN_SUFFIXES = [
  '股份有限公司', '有限责任公司', '有限責任公司', '集团有限公司', '集團有限公司', '控股有限公司', '有限公司',
  '股份公司', '集团公司', '总公司', '公司', '集团', '集團', '控股', '股份',
];
const BRANCH_MARKERS = ['分公司', '营业部', '分部', '办事处', '分店', '门店', '分行', '支行'];
const LATIN_SUFFIX_SET: ReadonlySet<string> = new Set([
  'co', 'company', 'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc',
  'gmbh', 'ag', 'kg', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'ab', 'oy', 'pty', 'pte', 'kk',
  'group', 'holdings', 'holding',
]);
/** Words too generic to stand for a company once its place is gone. */
const GENERIC: ReadonlySet<string> = new Set([
  '银行', '农商银行', '商业银行', '农村商业银行', '大学', '学院', '中学', '小学', '医院', '人民医院', '中医院',
  '科技', '贸易', '实业', '电力', '电信', '移动', '联通', '物流', '建设', '建筑', '地产', '房地产', '证券', '保险',
  '信托', '酒店', '宾馆', '饭店', '商场', '超市', '日报', '晚报', '电视台', '机场', '地铁', '公交', '自来水',
  '燃气', '图书馆', '博物馆', '发展', '投资', '国际', '集团', '控股',
]);

const BRACKETS = /[(（[【]([^)）\]】]*)[)）\]】]/gu;
/** A character the words of a name are split on, or an opening bracket (see companyKey). */
const SPLIT_OR_BRACKET = /[\s,.，。·'’"(（[【]/u;
/** CJK unified ideographs: letters no Latin legal form holds. */
const HAN_CHAR = /[\u4e00-\u9fff]/;
/**
 * A Latin name's branch, set off by a dash, a comma or brackets (Acme Supply Co. - Dallas Branch,
 * Acme Supply (Dallas Branch)): the place before "branch". Not a bare trailing word: Oak Branch
 * Grill is a restaurant's name.
 */
const LATIN_BRANCH = /(?:\s[-–—]\s*|,\s*|[(（[]\s*)([\p{L}\p{N}][\p{L}\p{N} .'-]*?)\s+branch\s*[)）\]]?\s*$/u;

/**
 * A store's number at the end of a Latin name (Kwik Mart #12, Sunny Cleaners - Store 3, Dollar Mart
 * No. 7): the store, as a bracket states one. A number without its word or # (Studio 54) is the name's.
 */
const STORE_NUMBER = /(?:\s*[-–—,]\s*|\s+)((?:(?:store|shop|outlet|location|branch|no\.?)\s*#?\s*|#\s*)(\d{1,5}))\s*$/iu;

/**
 * Bracketed words that name no location but the firm's other name: Acme Supply (formerly Ace Supply),
 * (dba Joe's), 星辰科技（原星光科技）.
 */
const OTHER_NAME = /^(?:formerly|former|fka|f\/k\/a|aka|a\.k\.a|dba|d\/b\/a|t\/a|trading as|previously|now|was)\b|^(?:原|曾用名|旧称|现)/u;

/** Bracketed words that are a legal form (Acme (Pty) Ltd, Globex (Holdings)), no location either. */
const LEGAL_WORDS: ReadonlySet<string> = new Set(['pty', 'pvt', 'private', 'public', 'the']);

/**
 * The location a bracket states on a name (Downtown, Airport, 朝阳店), folded, or '': a Latin bracket
 * that is no other name, legal form or bare number ((2) is a copy's mark), and a Han one naming a
 * store (…店; a branch word, 分公司, is split as one written without brackets, and a place alone is
 * the name's place, as 星辰科技（北京）).
 */
/**
 * Words of a rep's note on the account written in brackets (Acme Inc (VIP), (old account), (do not use)):
 * such a bracket says nothing of where the company is, so it names no store.
 */
const ACCOUNT_NOTE_WORDS: ReadonlySet<string> = new Set([
  // Not old/new/main/gold/silver: Old Town, New York, Main St, Gold Coast, Silver Spring are places.
  'vip', 'key', 'client', 'customer', 'account', 'acct', 'former', 'active', 'inactive', 'closed', 'dormant', 'lost',
  'primary', 'secondary', 'billing', 'personal', 'private', 'duplicate', 'dup', 'copy', 'test', 'do', 'not', 'use', 'dnc',
  'lead', 'prospect', 'premium', 'paid', 'unpaid', 'see', 'note', 'notes',
]);

function bracketSite(inner: string): string {
  const text = inner.trim();
  if (text === '' || OTHER_NAME.test(text)) return '';
  if (HAN_CHAR.test(text)) return text.endsWith('店') && text.length > 1 ? lettersAndDigits(text) : '';
  const words = text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  if (words.length === 0 || words.every((w) => LATIN_SUFFIX_SET.has(w) || LEGAL_WORDS.has(w)) || words.every((w) => /^\d+$/.test(w))) return '';
  if (words.some((w) => ACCOUNT_NOTE_WORDS.has(w.toLowerCase()))) return '';
  return words.join('');
}

/** The bracket of `text` (as typed) whose folded words are `site`: Downtown, not downtown. */
function siteAsTyped(text: string, site: string): string {
  for (const m of text.normalize('NFKC').matchAll(BRACKETS)) {
    if (lettersAndDigits(foldText(toSimplified(m[1]))) === site) return m[1].trim();
  }
  return site;
}

/** The last characters of the Han legal forms and branch markers (司, 团, 份, 处, 店, 行 …). */
const LEGAL_LAST: ReadonlySet<string> = new Set([...HAN_SUFFIXES, ...BRANCH_MARKERS].map((s) => s[s.length - 1]));

/**
 * What kind of place a Latin name is rather than which one: a name made of these alone (Cafe, The
 * Grill) says nothing when it is found inside another.
 */
const KIND_WORDS: ReadonlySet<string> = new Set([
  'restaurant', 'cafe', 'grill', 'grille', 'bar', 'bistro', 'kitchen', 'diner', 'pub', 'tavern', 'hotel', 'inn', 'bakery',
  'shop', 'store', 'market', 'center', 'centre', 'house', 'club', 'room', 'dining', 'lounge', 'school', 'clinic', 'salon',
  'studio', 'office', 'services', 'service', 'and', 'of', 'at', 'on', 'the', 's',
]);

/**
 * One name's words all found in the other's, and one of them more than a kind of place: Bone's /
 * Bone's Restaurant, Katsu / Restaurant Katsu, Fenix / Fenix at the Argyle (a place listed by two
 * guides). Han names are compared by their characters instead.
 */
export function wordsWithin(a: CompanyKey, b: CompanyKey): boolean {
  if (a.words.length === 0 || b.words.length === 0) return false;
  const [short, long] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  return short.every((w) => long.includes(w)) && short.some((w) => w.length >= 3 && !KIND_WORDS.has(w));
}

/**
 * The text names an organisation by its legal form or kind: 北京星辰科技有限公司, 星辰科技（北京）
 * 有限公司, Acme Corp, Globex LLC. A bare brand (星辰科技) says nothing either way.
 */
export function hasLegalForm(text: string): boolean {
  // Most Han names end in a character no legal form or branch ends in (张伟, 星辰科技): say so at once,
  // since every name cell of a sheet is asked.
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0x4e00 && last <= 0x9fff && !LEGAL_LAST.has(text[text.length - 1])) return false;
  const f = foldText(text).replace(BRACKETS, '').trim();
  if (f === '') return false;
  if (HAN_SUFFIXES.some((suf) => f.endsWith(suf) && f.length > suf.length + 1) || BRANCH_MARKERS.some((m) => f.endsWith(m))) return true;
  const words = f.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return words.length > 1 && LATIN_SUFFIX_SET.has(words[words.length - 1]);
}

function stripHanSuffixes(s: string): string {
  let out = s;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suf of HAN_SUFFIXES) {
      if (out.endsWith(suf) && out.length > suf.length + 1) {
        out = out.slice(0, -suf.length);
        changed = true;
        break;
      }
    }
  }
  return out;
}

/** Splits a trailing branch marker and the place before it: 星辰科技上海分公司 → [星辰科技, 上海, 上海分公司]. */
function splitBranch(s: string): [string, string, string] {
  const marker = BRANCH_MARKERS.find((m) => s.endsWith(m) && s.length > m.length + 1);
  if (!marker) return [s, '', ''];
  const head = s.slice(0, -marker.length);
  const place = PLACE_PREFIXES.find((p) => head.endsWith(p) && head.length > p.length + 1);
  if (!place) return [head, '分', ''];
  return [head.slice(0, -place.length), place.replace(/(?:省|市|自治区)$/u, ''), place + marker];
}

/** Pieces a legal form is written in: a cell of nothing else names no company. */
const LEGAL_PIECES = [...HAN_SUFFIXES, '有限责任', '有限', '责任', '股份'];
/** The last characters of the pieces: a text ending in another ends in no piece. */
const PIECE_LAST: ReadonlySet<string> = new Set(LEGAL_PIECES.map((p) => p[p.length - 1]));

/**
 * A cell holding a legal form alone (有限公司, Co., Ltd.): a name's second line carried into the
 * next row, or a filler. It names no company, and every such cell would match every other.
 */
/** Held once (keys/fold.ts says why). */
const ASCII_WORD = /^[a-z0-9]+$/;
const HAN_SCRIPT = /\p{Script=Han}/u;

function legalFormOnly(folded: string): boolean {
  if (ASCII_WORD.test(folded)) return false;
  let rest = folded;
  for (let changed = true; changed && rest !== ''; ) {
    changed = false;
    // Most names are left with their brand after one piece (青岛立达服饰): no need to try every piece.
    if (!PIECE_LAST.has(rest[rest.length - 1])) break;
    for (const piece of LEGAL_PIECES) {
      if (rest.endsWith(piece)) {
        rest = rest.slice(0, -piece.length);
        changed = true;
        break;
      }
    }
  }
  return rest === '';
}

export function companyKey(text: string): CompanyKey | null {
  // 廣州電器 is 广州电器 (a Hong Kong or Taiwan colleague typed it): one company, not two, nor a homophone typo.
  const whole = foldText(toSimplified(text)).replace(/&/g, ' and ');
  const latinBranch = HAN_CHAR.test(whole) ? null : LATIN_BRANCH.exec(whole);
  const storeNumber = latinBranch || HAN_CHAR.test(whole) ? null : STORE_NUMBER.exec(whole);
  const f = latinBranch ? whole.slice(0, latinBranch.index) : storeNumber ? whole.slice(0, storeNumber.index) : whole;
  const folded = lettersAndDigits(whole);
  if (folded === '' || legalFormOnly(folded)) return null;
  // A word holding a Han character is no Latin legal form, so such a name is never one alone.
  if (!HAN_CHAR.test(f)) {
    const latinWords = f.split(/[\s,.]+/u).filter((w) => w !== '');
    if (latinWords.length > 0 && latinWords.every((w) => LATIN_SUFFIX_SET.has(w.replace(/[^\p{L}\p{N}]/gu, '')))) return null;
  }

  // Bracketed text is a place, a branch or a former name: (北京), (Buckhead), （原星光科技）. A branch
  // in brackets (星辰科技(上海分公司)) stays, to be split off as one written without them.
  let bracketPlace = '';
  // A location in brackets (Joe's Pizza (Downtown), 海底捞(朝阳店)) is the store's: kept as its site.
  let site = storeNumber ? storeNumber[2] : '';
  // Most names (青岛立达服饰有限公司) hold no bracket and nothing to split on: one word, no regex passes.
  const words = !SPLIT_OR_BRACKET.test(f)
    ? [f]
    : f
        .replace(BRACKETS, (_, inner: string) => {
          const bare = lettersAndDigits(inner);
          if (BRANCH_MARKERS.some((m) => bare.endsWith(m))) return bare;
          if (bare !== '' && placePrefix(bare) === bare) bracketPlace ||= bare;
          else site ||= bracketSite(inner);
          return ' ';
        })
        .split(/[\s,.，。·'’"]+/u)
        .filter((w) => w !== '');
  while (words.length > 1 && (LATIN_SUFFIX_SET.has(words[words.length - 1]) || words[words.length - 1] === 'the')) words.pop();
  if (words.length > 1 && words[0] === 'the') words.shift();
  const [head, hanBranch, branchLabel] = splitBranch(lettersAndDigits(words.join('')));
  const branch = latinBranch ? lettersAndDigits(latinBranch[1]) || 'branch' : hanBranch;
  const bare = stripHanSuffixes(head);
  const unplaced = stripPlacePrefixes(bare);
  const core = GENERIC.has(unplaced) || unplaced.length < 2 ? bare : unplaced;
  const latin = HAN_SCRIPT.test(f) ? NO_WORDS : words.flatMap((w) => w.split(/[^\p{L}\p{N}]+/u)).filter((w) => w !== '').slice();
  const stated = core === unplaced ? bare.slice(0, bare.length - unplaced.length) : '';
  const place = (stated || bracketPlace).replace(/(?:省|市|自治区|特别行政区)$/u, '');
  const key: CompanyKey = { folded, core: core === '' ? folded : core, branch, place, words: latin };
  if (branchLabel !== '') key.branchLabel = branchLabel;
  if (site !== '') {
    key.site = site;
    key.siteLabel = storeNumber ? siteNumberAsTyped(text, storeNumber[1]) : siteAsTyped(text, site);
  }
  return key;
}

/** Kwik Mart #12's "#12", Sunny Cleaners - Store 3's "Store 3", as typed. */
function siteNumberAsTyped(text: string, folded: string): string {
  const m = STORE_NUMBER.exec(text.normalize('NFKC'));
  return m ? m[1].trim() : folded;
}

/** Two sites stated and different (Downtown / Airport, #12 / #14): two stores of one chain. */
export function sitesApart(a: CompanyKey, b: CompanyKey): boolean {
  return a.site !== undefined && b.site !== undefined && a.site !== b.site;
}

/** Words a store's or a branch's name ends in: …东门店, …一分店, …五一路店, …长沙分公司, …城东营业部. */
const STORE_ENDINGS = ['店', ...BRANCH_MARKERS];
/**
 * One character that numbers or places a store among a chain's (一分店 / 二分店, 东门店 / 西门店, 总店,
 * 新店): told apart by it, two names are two stores. Any other single character apart (烟酒店 / 烟草店)
 * is as often a slip of the keyboard, and left to the other comparisons.
 */
const STORE_CHAR = /^[一二三四五六七八九十零〇两\d东西南北中总分新老]$/u;

/**
 * Two stores or branches of one chain told apart by the name alone: two sites (sitesApart), or two
 * names alike but for a short stretch (at most four characters each) just before the same store word,
 * after a common start of two or more: 好又多超市东门店 / 好又多超市西门店, 家家乐超市一分店 / 二分店,
 * 海底捞火锅朝阳店 / 海淀店, 湘旺商贸长沙分公司 / 株洲分公司. Returns the two stores as the names write
 * them (东门店, 西门店), or null. A branch word alone says nothing of which branch; a name typed again
 * by ear (星辰 / 星晨) differs at its start, not before the store word.
 */
export function storesApart(a: CompanyKey, b: CompanyKey): [string, string] | null {
  if (sitesApart(a, b)) return [a.siteLabel ?? a.site!, b.siteLabel ?? b.site!];
  const x = a.folded;
  const y = b.folded;
  if (x === y || x[x.length - 1] !== y[y.length - 1]) return null;
  let s = 0;
  while (s < x.length && s < y.length && x[x.length - 1 - s] === y[y.length - 1 - s]) s++;
  const ending = x.slice(x.length - s);
  if (!STORE_ENDINGS.some((e) => ending.endsWith(e))) return null;
  let p = 0;
  while (p < x.length - s && p < y.length - s && x[p] === y[p]) p++;
  if (p < 2) return null;
  const mx = x.slice(p, x.length - s);
  const my = y.slice(p, y.length - s);
  if (mx === '' || my === '' || mx.length > 4 || my.length > 4) return null;
  if (mx.length === 1 && my.length === 1 && !(STORE_CHAR.test(mx) && STORE_CHAR.test(my))) return null;
  return [mx + ending, my + ending];
}

/** How a reason names a company's branch or store: 长沙分公司, Downtown, #12, else its branch key or the place it states (北京). */
export function branchName(k: CompanyKey): string {
  return k.branchLabel ?? k.siteLabel ?? (k.branch !== '分' && k.branch !== '' ? k.branch : k.place || k.folded);
}
