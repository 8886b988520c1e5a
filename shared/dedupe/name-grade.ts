/**
 * How two person names agree, graded once per pair: exact, swapped order (Wei Zhang / Zhang Wei),
 * homophone (张伟 / 张玮, or 张伟 / Zhang Wei), nickname (Bob / Robert), initial (J. Smith), similar
 * (Jaro-Winkler over Latin letters or over pinyin), partial (one titled surname on both sides such as
 * 王总 / 王总, a lone name part found on the other side's other part, or the part both have nearly
 * the same), titled (the surname agrees, but one side is a surname and a title, 张女士, and the other
 * another title or a given name: nothing of who to compare), prefixed (one side is the other with a
 * word more in front that is put before names and left out at will: Mohammed Ali Khan / Ali Khan,
 * Sri Ramesh Kumar / Ramesh Kumar), part (one
 * side has only a given or only a family name and the other's agrees), part-similar (that one part
 * has one slip: Hnry / Henry, Tyalor / Taylor), part-crossed (that one part is the other side's
 * part in the other column: Barker | blank and Matilda | Barker's columns swapped), part-differs (that one part
 * differs), apart (one side has only a given name, the other only a family name: nothing to
 * compare), or different. The comparison levels in the settings pick weights for these grades.
 */
import { leadingWordOf, withoutLeadingWord, type HanName, type LatinName, type PersonName } from './keys/person-name';
import { jaroWinkler } from './similarity/jaro-winkler';
import { withinOneEdit } from './similarity/edit';
import { nicknameMatch } from './keys/nicknames';
import type { Params } from '../i18n/define';

export type NameGradeKind =
  | 'exact'
  | 'swapped'
  | 'homophone'
  | 'nickname'
  | 'initial'
  | 'similar'
  | 'partial'
  | 'titled'
  | 'prefixed'
  | 'part'
  | 'part-similar'
  | 'part-crossed'
  | 'part-differs'
  | 'apart'
  | 'screen'
  | 'nicknames-differ'
  | 'different';

export interface NameGrade {
  kind: NameGradeKind;
  /** 0–1 similarity of the names (1 for exact), what the "similar" levels threshold. */
  sim: number;
  params?: Params;
}

const intersects = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

function pinyinOf(n: HanName): string {
  return n.syllables.join(' ');
}

/** Between the default settings' 'close' (0.85, no weight) and 'similar' (0.92) levels. */
const NOTES_DIFFER_SIM = 0.88;

/**
 * Titles that say a man or a woman: 王先生 and 王太太 sharing a phone are a couple, not one
 * customer. 总, 老师, 经理 say neither.
 */
const TITLE_SEX: Readonly<Record<string, 'm' | 'f'>> = {
  先生: 'm', 哥: 'm', 叔叔: 'm', 爷爷: 'm', 大爷: 'm',
  女士: 'f', 小姐: 'f', 太太: 'f', 夫人: 'f', 姐: 'f', 阿姨: 'f', 奶奶: 'f', 大妈: 'f',
};

const titlesOfTwoSexes = (a: HanName, b: HanName) => {
  const x = a.title === undefined ? undefined : TITLE_SEX[a.title];
  const y = b.title === undefined ? undefined : TITLE_SEX[b.title];
  return x !== undefined && y !== undefined && x !== y;
};

/**
 * Pinyin as a southern or hurried typist's input method takes it (z/zh, c/ch, s/sh, n/l, -n/-ng):
 * a Chinese name is typed by its sound, so a slip gives a character of the same or a near sound.
 */
function fuzzySyllable(s: string): string {
  return s.replace(/^([zcs])h/, '$1').replace(/^l/, 'n').replace(/ng$/, 'n');
}

const nearSound = (x: readonly string[], y: readonly string[]) => x.some((p) => y.some((q) => fuzzySyllable(p) === fuzzySyllable(q)));

/**
 * Given names of one length that differ in a character of another sound (王欣怡 / 王欣雨, 张子涵 /
 * 张子轩): siblings share the generation character and the parent's phone; a name typed by its
 * sound would not differ so.
 */
function givenSoundsDiffer(a: HanName, b: HanName): boolean {
  if (a.readings.length !== b.readings.length || a.readings.length < 2) return false;
  for (let i = 1; i < a.readings.length; i++) if (!nearSound(a.readings[i], b.readings[i])) return true;
  return false;
}

function gradeHan(a: HanName, b: HanName): NameGrade {
  if (a.titled || b.titled) {
    const same = a.surname === b.surname || intersects(a.readings[0], b.readings[0]);
    if (!same || titlesOfTwoSexes(a, b)) return { kind: 'different', sim: 0 };
    // 王总 / 王总: one surname called by one title. 张女士 / 张小姐, 陈阿姨 / 陈小姐, 张女士 / 张丽: a
    // surname and a title are no given name, so they cannot agree with another title or another's
    // given name; a mother and her daughter on one phone are written so as often as one woman.
    return a.titled && b.titled && a.title === b.title ? { kind: 'partial', sim: 0.5 } : { kind: 'titled', sim: 0.5 };
  }
  if (a.chars === b.chars && (a.number !== undefined || b.number !== undefined) && a.number !== b.number) {
    // 张伟1 / 张伟2: a sheet's own numbering of two people of one name; 张伟 / 张伟2 may be the first and the second.
    return a.number !== undefined && b.number !== undefined ? { kind: 'different', sim: 0 } : { kind: 'similar', sim: NOTES_DIFFER_SIM };
  }
  if (a.chars === b.chars) {
    // 张伟(大) / 张伟(小), 张伟先生 / 张伟女士: the notes may be what tells two people apart; the
    // names neither agree nor differ. One note, or the same on both sides, leaves the names equal.
    return a.note !== undefined && b.note !== undefined && a.note !== b.note ? { kind: 'similar', sim: NOTES_DIFFER_SIM } : { kind: 'exact', sim: 1 };
  }
  if (a.readings.length === b.readings.length && a.readings.every((r, i) => intersects(r, b.readings[i]))) {
    return { kind: 'homophone', sim: 0.95, params: { pinyin: pinyinOf(a) } };
  }
  // 小明 / 王小明, 阿伟 / 张伟, 明明 / 王明: one side is the other's given name, as written or as the
  // customer is called; like a blank surname cell, the part both have agrees.
  if (calledBy(a, b) || calledBy(b, a)) return { kind: 'part', sim: 0.6 };
  // Same surname: the given names' pinyin decides (李明 / 李敏 are close, 陈建国 / 陈小明 are not);
  // comparing whole names would let the shared surname's prefix lift every pair of relatives.
  const sameSurname = a.surname === b.surname || intersects(a.readings[0], b.readings[0]);
  if (!sameSurname || givenSoundsDiffer(a, b)) return { kind: 'different', sim: 0 };
  const ga = a.syllables.slice(1).join('');
  const gb = b.syllables.slice(1).join('');
  const sim = ga === '' || gb === '' ? 0 : jaroWinkler(ga, gb);
  return { kind: sim >= 0.8 ? 'similar' : 'different', sim };
}

/** Prefixes a given name's last character is called by (阿伟, 小伟 for 张伟). */
const CALLED = new Set(['阿', '小']);

/**
 * `short` names the person `full` names by his given name: the given name itself (two characters
 * or more, so a surname alone never counts), or its last character after 阿 / 小, or doubled (明明).
 */
function calledBy(short: HanName, full: HanName): boolean {
  const given = full.given;
  if (short.titled || full.titled || full.surname === '' || given === '') return false;
  const c = short.chars;
  if (c === given) return c.length >= 2;
  return c.length === 2 && c !== full.chars && c[1] === given[given.length - 1] && (CALLED.has(c[0]) || c[0] === c[1]);
}

function latinStrings(n: LatinName): string[] {
  const out = [n.tokens.join('')];
  if (n.given !== '' && n.family !== '') out.push(n.family + n.given, n.given + n.family);
  return out;
}

function gradeHanLatin(h: HanName, l: LatinName): NameGrade {
  if (h.titled) {
    return intersects(h.readings[0], [l.family, l.given]) ? { kind: 'titled', sim: 0.5 } : { kind: 'different', sim: 0 };
  }
  const han = new Set<string>();
  const given = h.syllables.slice(1).join('');
  for (const k of h.readings[0]) {
    han.add(k + given);
    han.add(given + k);
  }
  if (latinStrings(l).some((s) => han.has(s))) return { kind: 'homophone', sim: 0.95, params: { pinyin: pinyinOf(h) } };
  let sim = 0;
  for (const s of latinStrings(l)) for (const k of han) sim = Math.max(sim, jaroWinkler(s, k));
  return { kind: sim >= 0.8 ? 'similar' : 'different', sim: Math.min(sim, 0.9) };
}

/** Two given names at least this alike may be one typed with a slip (Jhon / John 0.93, Isaac / Icsac 0.88). */
const GIVEN_SLIP_SIM = 0.8;

/** Below the 'similar' level of the default settings: names whose middles differ are not called alike. */
const MIDDLES_DIFFER_SIM = 0.9;

/**
 * Both names have middle tokens and one of the shorter list's has no counterpart in the other
 * (the same word, its initial, or a nickname of it). A middle name on one side only is no conflict:
 * most rows leave it out.
 */
function middlesDiffer(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.some((x) => !long.some((y) => x === y || isInitial(x, y) || nicknameMatch(x, y)));
}

const isInitial = (x: string, y: string) => (x.length === 1 && y.startsWith(x)) || (y.length === 1 && x.startsWith(y));

/**
 * The middles differ (above), but each of the shorter list's has a counterpart one keystroke off
 * (Anna Marie / Anna Maria Jones): the middle name typed with a slip, as Jhon / John Smith is the
 * given name. Not for short names, where one letter makes another name (oneSlip: Lee / Leo).
 */
function middlesOneSlip(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((x) => long.some((y) => x === y || isInitial(x, y) || nicknameMatch(x, y) || oneSlip(x, y)));
}

/**
 * A middle name one keystroke off, or a leading word spelt two ways (Mohd / Mohammed Ali Khan): at
 * the default 'similar' level (0.92, 4 bits) as a given name one letter off is (Jhon / John Smith),
 * never equal, so such a pair is at most 'likely', never 'exact': the two values differ and a merge
 * keeps the other in its note.
 */
const SPELT_ALIKE_SIM = 0.95;

/** Words that join a Malay, Arab or Tamil name to the father's (bin, binti, ibn; a/l, s/o split as a l, s o). */
const PATRONYMIC_WORDS: ReadonlySet<string> = new Set(['bin', 'binti', 'binte', 'bte', 'bt', 'ibn', 'bint']);
const PATRONYMIC_PAIRS: ReadonlySet<string> = new Set(['a l', 'a p', 's o', 'd o']);

/** The name holds a patronymic: given name, bin / binti / a/l, the father's name. */
function hasPatronymic(n: LatinName): boolean {
  const t = n.tokens;
  for (let i = 1; i < t.length - 1; i++) {
    if (PATRONYMIC_WORDS.has(t[i]) || (i < t.length - 2 && PATRONYMIC_PAIRS.has(`${t[i]} ${t[i + 1]}`))) return true;
  }
  return false;
}

/** Words that begin a family name (Mc Donald, De la Cruz, Van Dyke, O Brien, St John). */
const PARTICLES: ReadonlySet<string> = new Set([
  'mc', 'mac', 'o', 'd', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'van', 'von', 'ter', 'st', 'san', 'santa', 'al', 'el', 'bin', 'ibn',
]);

/** The family name with the particles that stand right before it (de la cruz → delacruz). */
function familyWithParticles(n: LatinName): string {
  let i = n.middle.length;
  while (i > 0 && PARTICLES.has(n.middle[i - 1])) i--;
  return n.middle.slice(i).join('') + n.family;
}

/** Two name parts one edit apart, one of five letters or more and neither under four (Hnry / Henry, not Joan / John). */
const oneSlip = (x: string, y: string): boolean => Math.min(x.length, y.length) >= 4 && Math.max(x.length, y.length) >= 5 && withinOneEdit(x, y);

/** One side holds a single name part, and it is the other side's part in the other column. */
function loneIsOtherPart(a: LatinName, b: LatinName): boolean {
  const [lone, whole] = a.given !== '' && a.family !== '' ? [b, a] : [a, b];
  if (whole.given === '' || whole.family === '') return false;
  return lone.given !== '' ? lone.given === whole.family : lone.family === whole.given;
}

/** One syllable of Hanyu Pinyin without tones (an initial, then a final): lin, chen, xiao, zhuang, yue. */
const PINYIN_SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ua|uo|uai|ui|uan|un|uang|ueng|ue|v|ve|ü|üe)$/;
const isPinyinSyllable = (token: string): boolean => PINYIN_SYLLABLE.test(token);

/**
 * `b`'s tokens are `a`'s with its family name moved to the front (three parts or more; two parts
 * turned are the swap above): 'exact' when every part agrees, 'initial' when the family name agrees
 * and each other part is the same or its initial on one side; undefined otherwise.
 */
function rotatedMatch(a: LatinName, b: LatinName): 'exact' | 'initial' | undefined {
  const n = a.tokens.length;
  if (n < 3 || b.tokens.length !== n) return undefined;
  // Chinese names in pinyin, a syllable each (Chen Jian Lin / Lin Chen Jian, Wang Xiao Li / Li Wang
  // Xiao): so many syllables are both family and given names that turned around they are two people.
  if (a.tokens.every(isPinyinSyllable)) return undefined;
  const turned = [a.tokens[n - 1], ...a.tokens.slice(0, n - 1)];
  if (turned[0] !== b.tokens[0] || turned[0].length < 2) return undefined;
  if (turned.every((t, i) => t === b.tokens[i])) return 'exact';
  return turned.every((t, i) => t === b.tokens[i] || isInitial(t, b.tokens[i])) ? 'initial' : undefined;
}

/**
 * `long` is `short` with one word more in front, a word of LEADING_NAME_WORDS (Mohammed Ali Khan /
 * Ali Khan, Mst. Rokeya Begum / Rokeya Begum, Sri Ramesh Kumar / Ramesh Kumar): that word, else
 * undefined. The rest must be the same whole name (a middle name on one side only is one word more
 * besides, and Mohammed Ali Khan / Ali Hassan Khan are two names).
 */
function leadingWordMore(long: LatinName, short: LatinName): string | undefined {
  if (long.tokens.length !== short.tokens.length + 1) return undefined;
  const rest = withoutLeadingWord(long);
  return rest !== null && gradeLatin(rest, short).kind === 'exact' ? long.given : undefined;
}

/**
 * Mohd Ali Khan / Mohammed Ali Khan, Mst. / Mosammat Rokeya Begum: one leading word spelt two ways
 * (LEADING_NAME_WORDS) before the same whole name.
 */
function leadingWordSpeltTwoWays(a: LatinName, b: LatinName): boolean {
  if (a.given === b.given || a.tokens.length !== b.tokens.length || leadingWordOf(a.given) !== leadingWordOf(b.given)) return false;
  const ra = withoutLeadingWord(a);
  const rb = withoutLeadingWord(b);
  return ra !== null && rb !== null && gradeLatin(ra, rb).kind === 'exact';
}

function gradeLatin(a: LatinName, b: LatinName): NameGrade {
  const both = a.given !== '' && a.family !== '' && b.given !== '' && b.family !== '';
  if (!both) {
    // One side lacks a part (a blank first-name or surname cell): only the part both have is
    // compared, and it says less either way than a whole name does. A Latin family name is rare
    // enough that its agreement is evidence (Splink's surname level); its disagreement is weaker
    // than two whole names differing.
    const pairs: [string, string][] = [];
    if (a.given !== '' && b.given !== '') pairs.push([a.given, b.given]);
    if (a.family !== '' && b.family !== '') pairs.push([a.family, b.family]);
    if (pairs.length === 0) {
      // given on one side, family on the other: the same word may be one name filed in two columns.
      const x = a.given || a.family;
      const y = b.given || b.family;
      return x === y ? { kind: 'partial', sim: 0.6 } : { kind: 'apart', sim: 0 };
    }
    const sim = Math.min(...pairs.map(([x, y]) => (x === y || nicknameMatch(x, y) ? 1 : jaroWinkler(x, y))));
    if (sim === 1) return { kind: 'part', sim: 0.6 };
    // Oscar | (blank) and Moore | Oscar, (blank) | Barker and Barker | Matilda: the lone word is the
    // other row's other part, the columns of that row swapped (Zhang | Wei for Wei Zhang) as often as
    // not: the part both have agreeing when they are, nothing when they are not. Not a differing part.
    if (pairs.length === 1 && sim < 0.85 && loneIsOtherPart(a, b)) return { kind: 'part-crossed', sim: 0.6 };
    // Hnry | (blank) and Henry | Simmons, (blank) | Tyalor and Lola | Taylor: the part both have, one
    // keystroke off. Almost as good as the part agreeing, as a whole name one letter off is almost as
    // good as the same name; not for short names, where one letter makes another name (Mary / Mark).
    if (pairs.every(([x, y]) => oneSlip(x, y))) return { kind: 'part-similar', sim: 0.55 };
    if (sim >= 0.85) return { kind: 'partial', sim: sim * 0.6 };
    // When both rows hold only this one part (Mikado / Bistro), it is all there is, and it differs.
    const oneWhole = (a.given !== '' && a.family !== '') || (b.given !== '' && b.family !== '');
    return { kind: oneWhole ? 'part-differs' : 'different', sim: sim * 0.6 };
  }
  if (a.given === b.given && a.family === b.family) {
    // John Smith Jr and John Smith Sr are father and son; John Smith and John Smith Jr may be either.
    if (a.generation !== b.generation) {
      return a.generation && b.generation ? { kind: 'different', sim: 0 } : { kind: 'similar', sim: MIDDLES_DIFFER_SIM };
    }
    if (!middlesDiffer(a.middle, b.middle)) return { kind: 'exact', sim: 1 };
    if (middlesOneSlip(a.middle, b.middle)) return { kind: 'similar', sim: SPELT_ALIKE_SIM };
    // John Adam Smith and John Brian Smith (a father and son), Ritz-Carlton Cafe (Buckhead) and
    // Ritz-Carlton Dining Room (Buckhead): the ends agree, what lies between does not.
    return { kind: 'similar', sim: Math.min(jaroWinkler(a.tokens.join(''), b.tokens.join('')), MIDDLES_DIFFER_SIM) };
  }
  // Ann Mc Donald / Ann McDonald, Maria De la Cruz / Maria Delacruz: a family name's particles
  // written apart or together are one name.
  if (a.given === b.given && a.generation === b.generation && familyWithParticles(a) === familyWithParticles(b)) return { kind: 'exact', sim: 1 };
  // Ahmad bin Ismail / Ismail bin Ahmad, Rajesh a/l Kumar: a patronymic names the father after bin,
  // binti, a/l; turned around it is the father (or the son), not the same name in the other order.
  const patronymic = hasPatronymic(a) || hasPatronymic(b);
  if (a.given === b.family && a.family === b.given) return patronymic ? { kind: 'different', sim: 0 } : { kind: 'swapped', sim: 0.97 };
  // Rajesh Kumar Sharma / Sharma Rajesh Kumar: an Indian (or Hungarian) name written family name
  // first, the given and middle names kept in their order, is the same name in the other order
  // (R. K. Sharma / Sharma Rajesh Kumar, with initials, as J. Smith is John Smith).
  const turned = patronymic ? undefined : rotatedMatch(a, b) ?? rotatedMatch(b, a);
  if (turned !== undefined && a.generation === b.generation) return turned === 'exact' ? { kind: 'swapped', sim: 0.97 } : { kind: 'initial', sim: 0.9 };
  // Mohammed Ali Khan / Ali Khan, Sri Ramesh Kumar / Ramesh Kumar: the same name, one with a word in
  // front that is put before names and left out at will. One person as often as a father and his
  // son (Ali Khan is named after his father) or two women of one family (Sri Devi / Devi Ramesh): a
  // grade of its own, below the same name, never a doubt. Only these words: any other word in front
  // is a given name of its own, and a shared family name and given name with another given name
  // before one of them are a father and his son as often as one man (John Michael Smith / Michael
  // Smith: two whole given names, different, below).
  // Mohd / Mohammed Ali Khan: one name, its leading word abbreviated or spelt otherwise. Alike, as a
  // given name spelt two ways is (Steven / Stephen), not equal: the values differ.
  if (leadingWordSpeltTwoWays(a, b)) return { kind: 'similar', sim: SPELT_ALIKE_SIM };
  const word = leadingWordMore(a, b) ?? leadingWordMore(b, a);
  if (word !== undefined) return { kind: 'prefixed', sim: 0.9, params: { word: word[0].toUpperCase() + word.slice(1) } };
  if (a.family === b.family && nicknameMatch(a.given, b.given)) {
    return { kind: 'nickname', sim: 0.95, params: { a: a.given, b: b.given } };
  }
  if (a.family === b.family && isInitial(a.given, b.given)) return { kind: 'initial', sim: 0.9 };
  // John / Jane Smith, Emily / Emma Carter: two whole given names under one family name, neither a
  // nickname, an initial nor a slip of the other, are two people of one household (the joined names
  // would look alike only through their shared surname).
  if (a.family === b.family && a.given.length >= 2 && b.given.length >= 2 && jaroWinkler(a.given, b.given) < GIVEN_SLIP_SIM) {
    return { kind: 'different', sim: 0 };
  }
  // Mean of the two parts, so one typo'd part (Icsac / Isaac James) stays close while two
  // different given names under one family name (Harry / William Reid) do not.
  const straight = (jaroWinkler(a.given, b.given) + jaroWinkler(a.family, b.family)) / 2;
  const crossed = (jaroWinkler(a.given, b.family) + jaroWinkler(a.family, b.given)) / 2;
  const joined = jaroWinkler(a.tokens.join(''), b.tokens.join(''));
  const sim = Math.max(straight, crossed, Math.min(joined, 0.93));
  return { kind: sim >= 0.8 ? 'similar' : 'different', sim };
}

export function gradeNames(a: PersonName, b: PersonName): NameGrade {
  if (a.screen !== undefined || b.screen !== undefined) return gradeScreen(a, b);
  if (a.script === 'han' && b.script === 'han') return gradeHan(a, b);
  if (a.script === 'han' && b.script === 'latin') return gradeHanLatin(a, b);
  if (a.script === 'latin' && b.script === 'han') return gradeHanLatin(b, a);
  return gradeLatin(a as LatinName, b as LatinName);
}

/**
 * A WeChat nickname on either side (screen-name.ts): written alike on both, one weak hint ('screen');
 * otherwise nothing to compare ('apart': a nickname changes at will, and says nothing of the real
 * name beside it), unless a sheet's own numbering tells two apart (🌸花开2 / 🌸花开0).
 */
function gradeScreen(a: PersonName, b: PersonName): NameGrade {
  if (a.screen !== undefined && a.screen === b.screen) return { kind: 'screen', sim: 0.5 };
  // Two rows known only by their nicknames (nickname-alone.ts): no weight (a rep may retype one: 龙井阿姨 / 王阿姨
  // of one 微信号 stay one customer), yet two people where only their company joins them (contacts.ts).
  if (a.nicknameOnly && b.nicknameOnly) return { kind: 'nicknames-differ', sim: 0 };
  const numbered = a.script === 'han' && b.script === 'han' && a.number !== undefined && b.number !== undefined && a.number !== b.number;
  return numbered ? { kind: 'different', sim: 0 } : { kind: 'apart', sim: 0 };
}
