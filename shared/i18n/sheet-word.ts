/**
 * A word taken from the sheet (what a due column names: 保险, 疫苗, Policy, Membership) as a message in
 * `lang` says it. English quotes only a word in another script ("疫苗" ends on …), which would
 * otherwise run into the sentence; its own words read as words (Policy ends on …, Policy ending).
 * Chinese quotes a word of no Chinese character the same way, in its own quotes (“Membership”即将到期):
 * a Latin word glued to the Chinese after it read as a typo (tester h74: Membership即将到期). A header in
 * both languages is said in the run's (bilingual).
 */
import type { Lang } from './define';

const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;

/**
 * Words the run gives a due column itself, not the sheet's (remind/due-label.ts: a bare 到期日期 beside
 * 卡种 is the 会员卡's, one in a school's roster the 课程's): said in English as English (tester h70:
 * `"课程" expired` for a gym's 年卡, where the sheet wrote no such word).
 */
const RUN_WORDS: Readonly<Record<string, string>> = { 会员卡: 'Membership', 课程: 'Course' };

/**
 * A header typed in both languages, its English and its Chinese apart (Membership Expiry 会籍, 会籍 /
 * Membership, Policy (保单)): [English, Chinese], or null. An English part of a few capitals glued to
 * Chinese (VIP会员卡) is one word of the sheet's, not two.
 */
const BILINGUAL: readonly RegExp[] = [
  /^(?<en>\p{Script=Latin}[\p{Script=Latin}\d .'&-]*?)\s*(?:\s|[/|｜(（])\s*(?<zh>\p{Script=Han}[\p{Script=Han}\d]*)\s*[)）]?$/u,
  /^(?<zh>\p{Script=Han}[\p{Script=Han}\d]*)\s*(?:\s|[/|｜(（])\s*(?<en>\p{Script=Latin}[\p{Script=Latin}\d .'&-]*?)\s*[)）]?$/u,
];
/** Words the run puts beside an English header itself (remind/due-label.ts paymentWord: Premium 缴费): no second language of the sheet's. */
const RUN_SUFFIXES: ReadonlySet<string> = new Set(['缴费']);

function bilingual(word: string): [string, string] | null {
  for (const re of BILINGUAL) {
    const m = re.exec(word.trim());
    if (m?.groups && !RUN_SUFFIXES.has(m.groups.zh) && (m.groups.en.match(/\p{Script=Latin}/gu) ?? []).length >= 4) return [m.groups.en.trim(), m.groups.zh];
  }
  return null;
}

export function sheetWord(lang: Lang, word: string): string {
  if (lang === 'en' && RUN_WORDS[word] !== undefined) return RUN_WORDS[word];
  // Said once, in the run's language: "Membership Expiry 会籍 ends on …" read as a typo (tester h76 #14).
  const both = bilingual(word);
  if (both !== null) return lang === 'en' ? both[0] : both[1];
  if (lang === 'zh-CN') return HAN.test(word) || word.trim() === '' ? word : `“${word}”`;
  return !LATIN.test(word) ? `"${word}"` : word;
}
