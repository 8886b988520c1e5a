/**
 * Gender written one way per column. Sheets mix 男 / 男性 / M / male / 先生 in one column (typed by
 * several people, pasted from forms); the column's own commonest way of writing is kept for all its
 * cells (sheet-locale.ts works it out), so the sheet can be filtered and counted by gender. A value
 * that is no gender (保密, 未知, 1) is left as it is.
 */
import type { Cell } from '../table/cell';
import type { CleanContext, CleanResult } from './types';
import { keep, changeText } from './result';
import { cleanText, tidyText } from './text';

/** How a column writes gender: 男 / 女, M / F, or Male / Female. */
export type GenderStyle = 'zh' | 'letter' | 'word';
export const GENDER_STYLES: readonly GenderStyle[] = ['zh', 'letter', 'word'];

type Sex = 'm' | 'f';

/**
 * Each way of writing, folded, with the sex it says and the style it is written in (a title has none).
 * The duplicate finder reads gender by the same table.
 */
const READINGS: Readonly<Record<string, readonly [Sex, GenderStyle | null]>> = {
  男: ['m', 'zh'], 女: ['f', 'zh'], 男性: ['m', 'zh'], 女性: ['f', 'zh'], 男士: ['m', 'zh'], 女士: ['f', null],
  先生: ['m', null], 小姐: ['f', null], mr: ['m', null], mrs: ['f', null], ms: ['f', null], miss: ['f', null],
  m: ['m', 'letter'], f: ['f', 'letter'],
  male: ['m', 'word'], female: ['f', 'word'], man: ['m', 'word'], woman: ['f', 'word'],
};

const WRITTEN: Readonly<Record<GenderStyle, Readonly<Record<Sex, string>>>> = {
  zh: { m: '男', f: '女' },
  letter: { m: 'M', f: 'F' },
  word: { m: 'Male', f: 'Female' },
};

/** The sex a cell says and the style it is written in, or null when it says no gender. */
export function readGender(text: string): { sex: Sex; style: GenderStyle | null } | null {
  const r = READINGS[tidyText(text, false).toLowerCase().replace(/\.$/, '')];
  return r ? { sex: r[0], style: r[1] } : null;
}

/** The style most of `texts` are written in (ties: the sheet's language), or null when none is read. */
export function columnGenderStyle(texts: readonly string[], language: 'zh-CN' | 'en'): GenderStyle | null {
  const counts = new Map<GenderStyle, number>();
  for (const t of texts) {
    const style = readGender(t)?.style;
    if (style) counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  const preferred: GenderStyle = language === 'zh-CN' ? 'zh' : 'word';
  let best: GenderStyle | null = null;
  for (const style of GENDER_STYLES) {
    const n = counts.get(style) ?? 0;
    if (n === 0) continue;
    const top = best === null ? 0 : counts.get(best)!;
    if (n > top || (n === top && style === preferred)) best = style;
  }
  return best;
}

/** The gender cleaner: free-text tidying, then the column's way of writing (when it has one). */
export function cleanGender(cell: Cell, ctx: CleanContext): CleanResult {
  const style = ctx.settings.normalize.genderStyle;
  if (cell.kind !== 'text' || !style) return cleanText(cell, ctx);
  const read = readGender(cell.value);
  if (!read) return cleanText(cell, ctx);
  const written = WRITTEN[style][read.sex];
  return written === cell.value ? keep(cell) : changeText(cell, written, 'fix.gender');
}
