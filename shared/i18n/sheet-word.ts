/**
 * A word taken from the sheet (what a due column names: 保险, 疫苗, Policy, Membership) as a message in
 * `lang` says it. English quotes only a word in another script ("疫苗" ends on …), which would
 * otherwise run into the sentence; its own words read as words (Policy ends on …, Policy ending).
 */
import type { Lang } from './define';

const LATIN = /\p{Script=Latin}/u;

export function sheetWord(lang: Lang, word: string): string {
  return lang === 'en' && !LATIN.test(word) ? `"${word}"` : word;
}
