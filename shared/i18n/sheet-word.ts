/**
 * A word taken from the sheet (what a due column names: 保险, 疫苗, Policy, Membership) as a message in
 * `lang` says it. English quotes only a word in another script ("疫苗" ends on …), which would
 * otherwise run into the sentence; its own words read as words (Policy ends on …, Policy ending).
 * Chinese quotes a word of no Chinese character the same way, in its own quotes (“Membership”即将到期):
 * a Latin word glued to the Chinese after it read as a typo (tester h74: Membership即将到期).
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

export function sheetWord(lang: Lang, word: string): string {
  if (lang === 'en' && RUN_WORDS[word] !== undefined) return RUN_WORDS[word];
  if (lang === 'zh-CN') return HAN.test(word) || word.trim() === '' ? word : `“${word}”`;
  return !LATIN.test(word) ? `"${word}"` : word;
}
