/**
 * Amounts: ¥1,234.50, 1234元, RMB 1,000, 1.2万, 3.5万元, 1.5亿, 1.2k, (1,234.00) and full-width
 * digits become numbers. The sheet currency's markers go; another currency's marker leaves the
 * value alone; scales (万, 亿, k) are applied on the decimal text, never by float multiplication.
 */
import { cellText, numberText, type Cell } from '../table/cell';
import type { Finding } from '../plan/issue';
import { foldAll } from '../text/fold';
import type { CleanContext, CleanResult } from './types';
import { keep, change } from './result';
import { markersFor } from './currency-markers';
import { shiftDecimal } from './decimal';

/** Scale words after a number, with their power of ten; longest first. */
const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['千万', 7], ['百万', 6], ['十万', 5], ['万', 4], ['萬', 4], ['亿', 8], ['億', 8], ['千', 3],
  ['mn', 6], ['bn', 9], ['k', 3], ['w', 4], ['m', 6], ['b', 9],
];

export type AmountReading =
  | { kind: 'number'; value: number }
  | { kind: 'foreign'; currency: string }
  | { kind: 'invalid' };

/** Removes leading `markers` (case-insensitive) and spaces; reports whether any was found. */
function stripFront(s: string, markers: readonly string[]): { rest: string; found: string | null } {
  let rest = s.trimStart();
  let found: string | null = null;
  for (let again = true; again;) {
    again = false;
    for (const m of markers) {
      if (rest.toLowerCase().startsWith(m.toLowerCase())) {
        rest = rest.slice(m.length).trimStart();
        found ??= m;
        again = true;
        break;
      }
    }
  }
  return { rest, found };
}

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;

/**
 * The text with a decimal comma written the point way: 1.234,50 → 1234.50, 1 234,50 → 1234.50,
 * 12,5 → 12.5 (thousands dots and spaces go, the comma becomes the point).
 */
function fromDecimalComma(text: string): string {
  return text
    .replace(/(\d)[.\s](?=\d{3}(?!\d))/g, '$1') // \s takes the no-break and narrow spaces too
    .replace(/(\d),(?=\d)/g, '$1.');
}

/**
 * Reads `text` as an amount in `currency`; `decimal` is the decimal mark the column uses; `unit`
 * the power of ten the column's amounts are written in (4 under 金额（万元）): a number with its own
 * scale word is brought to that unit (12万 → 12), a plain number is already in it.
 */
export function parseAmount(text: string, currency: string, decimal: '.' | ',' = '.', unit = 0): AmountReading {
  return readAmount(text, currency, decimal, unit)[0];
}

const INVALID: AmountReading = { kind: 'invalid' };

/** parseAmount's reading, and whether the text gave its own scale word (12万, 1.5k: it says what it counts). */
function readAmount(text: string, currency: string, decimal: '.' | ',', unit: number): [AmountReading, boolean] {
  if (decimal === ',') {
    // 12,000 under a decimal comma is twelve, or 12000 typed the other way: flagged, not guessed.
    if (/\d,\d{3}(?!\d)/.test(text)) return [INVALID, false];
    text = fromDecimalComma(text);
  }
  // Most amount cells are plain decimals (12800, 3456.5): what the full reading below would make of them.
  if (PLAIN_DECIMAL.test(text)) {
    const value = Number(text);
    return [Number.isFinite(value) ? { kind: 'number', value } : INVALID, false];
  }
  let s = foldAll(text).replace(/\uFFE5/g, '¥').replace(/\uFFE1/g, '£').replace(/\u2212/g, '-').replace(/整$/u, '');
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  const num = /(\d[\d,]*(?:\.\d+)?|\.\d+)/.exec(s);
  if (!num) return [INVALID, false];
  const markers = markersFor(currency);
  const own = markers.own;
  const foreign = markers.foreign.map((f) => f.marker);
  const codeOf = (marker: string) => markers.foreign.find((f) => f.marker === marker)?.code ?? marker;

  // Before the number: currency markers and one minus sign, in either order (-¥12, ¥-12).
  let before = s.slice(0, num.index);
  let foreignFound: string | null = null;
  for (let again = true; again && before.trim() !== '';) {
    again = false;
    const o = stripFront(before, own);
    if (o.found) { before = o.rest; again = true; }
    const f = stripFront(before, foreign);
    if (f.found) { before = f.rest; foreignFound ??= f.found; again = true; }
    if (before.startsWith('-') && !negative) { before = before.slice(1); negative = true; again = true; }
  }
  // After it: one scale word, then markers.
  let after = s.slice(num.index + num[0].length).trimStart();
  let exp = 0;
  const scale = SCALES.find(([w]) => after.toLowerCase().startsWith(w) && !/^[a-z]/i.test(after.slice(w.length)));
  if (scale) {
    exp = scale[1];
    after = after.slice(scale[0].length);
  }
  for (let again = true; again && after.trim() !== '';) {
    again = false;
    const o = stripFront(after, own);
    if (o.found) { after = o.rest; again = true; }
    const f = stripFront(after, foreign);
    if (f.found) { after = f.rest; foreignFound ??= f.found; again = true; }
  }
  if (before.trim() !== '' || after.trim() !== '') return [INVALID, false];

  const digits = num[0];
  if (digits.includes(',') && !/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(digits)) return [INVALID, false];
  if (foreignFound) return [{ kind: 'foreign', currency: codeOf(foreignFound) }, false];
  const value = Number(shiftDecimal(digits.replace(/,/g, '').replace(/^\./, '0.'), scale ? exp - unit : 0));
  if (!Number.isFinite(value)) return [INVALID, false];
  return [{ kind: 'number', value: negative && value !== 0 ? -value : value }, scale !== undefined];
}

/** A currency sign and a dash: zero as the accounting format shows it. */
const ACCOUNTING_ZERO = /^(?:[¥￥$€£]|RMB|CNY|USD)\s*[-—–]\s*$/i;

/** An amount in a unit column that comes to this much (1 亿) or more was likely typed in whole units. */
const IMPLAUSIBLE = 1e8;

/** The amount cleaner. */
/** 120000 under 合同额（万元） is 12 亿: more likely typed in yuan than a customer's real amount. */
function unitFindings(value: number, shown: string, ctx: CleanContext): Finding[] {
  const unit = ctx.settings.amount.unit ?? 0;
  const whole = Math.abs(value) * 10 ** unit;
  return unit > 0 && whole >= IMPLAUSIBLE ? [{ code: 'amount.unitSuspicious', severity: 'warning', params: { value: shown, whole } }] : [];
}

/** A price still to be agreed (面议, 另议, negotiable): no amount yet, and no mistake. */
const NEGOTIABLE = /^(?:面议|待议|另议|再议|议价|电议|详谈|价格面议|金额面议|negotiable|to be negotiated|poa|price on application)$/i;
/** About, or at least, an amount (约5万, 5万左右, 5万以上, ~50000, about 5k): the words around a number. */
const APPROXIMATE_BEFORE = /^(?:约|大约|大概|约合|差不多|将近|接近|不少于|至少|~|～|≈|about|approx\.?|approximately|around|circa|ca\.|roughly|over|at least)\s*/i;
const APPROXIMATE_AFTER = /\s*(?:左右|上下|以上|以内|之内|出头|多|余|\+|\s*plus|\s*or more|ish)$/i;

/**
 * An approximate amount is left as it was typed: writing 50000 for 约5万 would state a figure the
 * sheet did not. The finding gives the number, for the user to write if it is the figure.
 */
function approximate(shown: string, ctx: CleanContext): Finding | null {
  const core = shown.replace(APPROXIMATE_BEFORE, '').replace(APPROXIMATE_AFTER, '');
  if (core === shown || core === '') return null;
  const [r] = readAmount(core, ctx.settings.amount.currency, ctx.settings.amount.decimalSeparator ?? '.', ctx.settings.amount.unit ?? 0);
  return r.kind === 'number' ? { code: 'amount.approximate', severity: 'warning', params: { value: shown, amount: numberText(r.value) } } : null;
}

export function cleanAmount(cell: Cell, ctx: CleanContext): CleanResult {
  if (cell.kind === 'number') return keep(cell, unitFindings(cell.value, numberText(cell.value), ctx));
  if (cell.kind !== 'text') return keep(cell);
  const currency = ctx.settings.amount.currency;
  const [r, scaled] = readAmount(cell.value, currency, ctx.settings.amount.decimalSeparator ?? '.', ctx.settings.amount.unit ?? 0);
  const shown = cellText(cell).trim();
  if (r.kind === 'number') return change(cell, { kind: 'number', value: r.value }, 'fix.amount', scaled ? [] : unitFindings(r.value, shown, ctx));
  if (r.kind === 'foreign') {
    return keep(cell, [{ code: 'amount.foreignCurrency', severity: 'info', params: { value: shown, currency: r.currency, expected: currency.toUpperCase() } }]);
  }
  // Excel's accounting format shows zero as a dash ("¥ -"), and a CSV saved from it keeps the dash.
  if (ACCOUNTING_ZERO.test(shown)) return change(cell, { kind: 'number', value: 0 }, 'fix.amount');
  if (NEGOTIABLE.test(shown)) return keep(cell);
  const about = approximate(shown, ctx);
  if (about) return keep(cell, [about]);
  return keep(cell, [{ code: 'amount.invalid', severity: 'warning', params: { value: shown } }]);
}
