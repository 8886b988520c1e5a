/** Counts (orders): 3次, 3 orders, ３, 3.0, 三次 and 1,200 become whole numbers; 3.5 is flagged. */
import { cellText, type Cell } from '../table/cell';
import { foldAll } from '../text/fold';
import type { CleanContext, CleanResult } from './types';
import { keep, change } from './result';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chinese-numerals';

/** Words around a count that say what is counted. */
const PREFIX = /^(?:共计|共|合计|total:?)\s*/iu;
const SUFFIX = /\s*(?:次|单|笔|個|个|件|回|张|orders?|purchases?|times?|pcs|x)\.?$/iu;
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const CHINESE = new RegExp(`^[${CHINESE_NUMERAL_CHARS}]+$`, 'u');

/** The whole number `text` means, or null (3.5, 面议, or nothing like a number). */
export function parseCount(text: string): number | null {
  const s = foldAll(text).replace(PREFIX, '').replace(SUFFIX, '').trim();
  if (CHINESE.test(s)) return parseChineseNumber(s);
  if (!NUMBER.test(s)) return null;
  const n = Number(s.replace(/,/g, ''));
  return Number.isSafeInteger(n) ? (n === 0 ? 0 : n) : null;
}

/** The integer cleaner. */
export function cleanInteger(cell: Cell, _ctx: CleanContext): CleanResult {
  if (cell.kind === 'number') {
    return Number.isInteger(cell.value) ? keep(cell)
      : keep(cell, [{ code: 'integer.invalid', severity: 'warning', params: { value: cellText(cell) } }]);
  }
  if (cell.kind !== 'text') return keep(cell);
  const n = parseCount(cell.value);
  if (n === null) return keep(cell, [{ code: 'integer.invalid', severity: 'warning', params: { value: cell.value.trim() } }]);
  return change(cell, { kind: 'number', value: n }, 'fix.integer');
}
