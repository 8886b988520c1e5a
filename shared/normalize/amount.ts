/**
 * Amounts: ¥1,234.50, 1234元, RMB 1,000, 12 000, 1.2万, 3.5万元, 1.5亿, 1.2k, (1,234.00), Chinese
 * numerals (三千, 壹万元整, 3万5) and full-width digits become numbers. The sheet currency's markers
 * go; another currency's marker leaves the value alone; scales (万, 亿, k) are applied on the decimal
 * text, never by float multiplication.
 */
import { notedAmount, owedAmountText } from './noted-amount';
import { cellText, numberText, type Cell } from '../table/cell';
import type { Finding } from '../plan/issue';
import { foldAll } from '../text/fold';
import type { CleanContext, CleanResult } from './types';
import { keep, change, NO_FINDINGS } from './result';
import { markersFor, type CurrencyMarkers } from './currency-markers';
import { currencyFormat, formatMarker, numberWithMarker, typedDecimalsFormat, withDecimalComma } from './currency-format';
import { shiftDecimal } from './decimal';
import { CHINESE_AMOUNT_CHARS, parseChineseAmount } from './chinese-numerals';
import { periodOfWord } from '../schema/fee-period';

/**
 * Scale words after a number, with their power of ten; a longer word before its beginning (crores
 * before cr). India's lakh (10^5: 2.5 lakh = 2,50,000) and crore (10^7: 1.2 Cr = 1,20,00,000), in
 * the spellings Indian sheets use (lakh, lac, lakhs, lacs; crore, crores, Cr).
 */
const SCALES: ReadonlyArray<readonly [string, number]> = [
  ['千万', 7], ['百万', 6], ['十万', 5], ['万', 4], ['萬', 4], ['亿', 8], ['億', 8], ['千', 3],
  ['lakhs', 5], ['lakh', 5], ['lacs', 5], ['lac', 5], ['crores', 7], ['crore', 7], ['cr', 7], ['l', 5],
  ['mn', 6], ['bn', 9], ['k', 3], ['w', 4], ['m', 6], ['b', 9],
];
/**
 * Scale words read only where rupees are meant: elsewhere 500 Cr is as likely an account's credit,
 * 2 L two litres; an Indian sheet writes ₹12.5L for 12.5 lakh.
 */
const RUPEE_SCALES: ReadonlySet<string> = new Set(['cr', 'l']);
/**
 * Currencies written in lakhs and crores (₹1,25,000, ৳12,50,000, 3 Cr): India's rupee and
 * Bangladesh's taka. Elsewhere 1,23,456 is as likely a slip of the comma.
 */
const LAKH_CURRENCIES: ReadonlySet<string> = new Set(['INR', 'BDT']);
/**
 * What follows an amount in South Asia to say there is nothing more (no paise, no further digits: a
 * cheque's ₹75,000/-), and the word 'only' that a cheque or an invoice writes after it.
 */
const NOTHING_MORE = /\s*(?:\/\s*[-=]|\bonly\b)(?:\s*(?:\/\s*[-=]|\bonly\b))*\s*\.?\s*$/iu;

export type AmountReading =
  | { kind: 'number'; value: number }
  | { kind: 'foreign'; currency: string }
  | { kind: 'invalid' };

/**
 * Removes leading `markers` (case-insensitive) and spaces; reports whether any was found. `lowered`
 * holds the markers lower-cased, index for index (currency-markers.ts): lower-cased once per currency,
 * not once per marker per cell.
 */
function stripFront(s: string, markers: readonly string[], lowered: readonly string[]): { rest: string; found: string | null } {
  let rest = s.trimStart();
  let found: string | null = null;
  for (let again = true; again;) {
    again = false;
    // Lower-cased once a pass (the text changes only when a marker is taken off), not once a marker.
    const lower = rest.toLowerCase();
    for (let i = 0; i < markers.length; i++) {
      if (lower.startsWith(lowered[i])) {
        const m = markers[i];
        rest = rest.slice(m.length).trimStart();
        found ??= m;
        again = true;
        break;
      }
    }
  }
  return { rest, found };
}

/** The word for a currency unit every Chinese-writing place uses for its own money. */
const YUAN_WORDS: ReadonlySet<string> = new Set(['元', '圆']);

const NOT_FOUND = { rest: '', found: null } as const;

/**
 * A currency's word written after a number (80000元, 3000块, 5,000 dollars) names the unit the number
 * counts: whole yuan or dollars, whatever unit the column's header names. A sign or a code (¥12, RMB 12)
 * names only the currency: a column of 万元 formatted as currency shows ¥12 for 12 万.
 */
const UNIT_WORD = /^(?:\p{Script=Han}+|[a-z]+|원|円)$/u;

/** The first of `markers` (longest first) that `text` begins with; `lowered` as for stripFront. */
function leading(text: string, markers: readonly string[], lowered: readonly string[]): string | undefined {
  const lower = text.trimStart().toLowerCase();
  for (let i = 0; i < markers.length; i++) if (lower.startsWith(lowered[i])) return markers[i];
  return undefined;
}

/** `text` begins with another currency's marker longer than the sheet's own: RMB, not RM and a B, in a ringgit sheet. */
function foreignFirst(text: string, markers: CurrencyMarkers): boolean {
  const o = leading(text, markers.own, markers.ownLower);
  if (o === undefined) return false;
  const f = leading(text, markers.foreignMarkers, markers.foreignLower);
  return f !== undefined && f.length > o.length;
}

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;
/** 1,234,567.50: commas every three digits. */
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/**
 * 12,34,567.50 (₹1,25,000 is one lakh twenty-five thousand): India's grouping, the last three digits
 * then pairs. A pair of digits between commas is no other grouping, so the number is not in doubt.
 */
const LAKHS = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;

/**
 * Currencies whose sheets set thousands apart with a point (Rp 1.500.000, 250.000 ₫) and have no
 * cents to write: read with a decimal point, 250.000 ₫ would be two hundred and fifty dong.
 */
const POINT_THOUSANDS_CURRENCIES: ReadonlySet<string> = new Set(['IDR', 'VND']);
const POINT_THOUSANDS = /\d\.\d{3}(?!\d)/;
/** Their markers: Rp 1.500.000 in a rupee sheet is still rupiah, kept as another currency's. */
const POINT_THOUSANDS_MARKS = /₫|đ|\bVND\b|\bIDR\b|(?<![a-z])Rp\b/i;

/** 12 000, 1 234 567.50: thousands set apart by a space (the SI way, and French and Russian sheets'). */
const SPACED_THOUSANDS = /(?<![\d.,])\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+(?![\d,]|[ \u00A0\u2009\u202F]\d)/g;
/** A run of Chinese numerals and digits, not inside a decimal number (1.5万 is the scale words' job). */
const CHINESE_RUN = new RegExp(`(?<![\\d.])[\\d${CHINESE_AMOUNT_CHARS}]+`, 'gu');
/** Digits with only scale words after them (12万, 3千万): read by SCALES, in the column's unit. */
const DIGITS_AND_SCALE = /^\d*[十百千万萬亿億]*$/u;

/**
 * The text with its Chinese amounts (三千, 壹万, 3万5, 1万5千) written in digits, and whether there
 * was one: such an amount says its own scale, as 12万 does.
 */
function chineseInDigits(s: string): { text: string; found: boolean } {
  let found = false;
  const text = s.replace(CHINESE_RUN, (run) => {
    if (DIGITS_AND_SCALE.test(run)) return run;
    const value = parseChineseAmount(run);
    if (value === null) return run;
    found = true;
    return String(value);
  });
  return { text, found };
}

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
 * A number whose decimals can only follow a comma: thousands set apart by spaces, then a comma and two
 * digits (1 250,00 $): a space is no decimal mark, and a comma before two digits groups no thousands.
 * Such a cell tells its own mark in a column read with the point (a Québec sheet's 1 250,00 $ beside
 * $3,400.00). 1,250 tells none, and is read the column's way; nor does 1.234,50, whose point is the
 * column's decimal mark, nor 850,00, which may be a lakh's pair of digits mistyped (12,34 in a rupee sheet).
 */
const OWN_DECIMAL_COMMA = /(?<![\d.,])\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+,\d{2}(?![\d.,])/u;

/** One comma before three digits, no other separator, and whatever marker around it: 2,000 $ or £1,800. */
const ONE_THOUSANDS_COMMA = /^[^\d,.]*\d{1,3},\d{3}[^\d,.]*$/;
/** Markers of currencies that write their decimals after a point (the dollars, the pound, the yuan, the yen, the rupee). */
const POINT_DECIMAL_MARKS = /\$|£|¥|￥|₹|元|\b(?:USD|GBP|CNY|RMB|JPY|HKD|SGD|AUD|NZD|INR)\b/i;

/**
 * Reads `text` as an amount in `currency`; `decimal` is the decimal mark the column uses; `unit`
 * the power of ten the column's amounts are written in (4 under 金额（万元）): a number with its own
 * scale word is brought to that unit (12万 → 12), a plain number is already in it.
 */
export function parseAmount(text: string, currency: string, decimal: '.' | ',' = '.', unit = 0): AmountReading {
  return readAmount(text, currency, decimal, unit)[0];
}

const INVALID: AmountReading = { kind: 'invalid' };

/** The sheet's own currency marker an amount was typed with, and whether after the number (12800元). */
interface TypedMarker {
  marker: string;
  after: boolean;
  /** A space between the marker and the number (RMB 1,000, 1 250,00 $): the format keeps it. */
  spaced: boolean;
  decimals?: boolean;
  /** The sheet counts in lakhs and crores (rupees, taka): the format groups its digits so (₹1,25,000). */
  lakhs?: boolean;
}

/** The decimals typed after the point of `digits` (1245.50: 2), none for a whole number. */
function typedPlaces(digits: string): number {
  const point = digits.indexOf('.');
  return point < 0 ? 0 : digits.length - point - 1;
}

/**
 * parseAmount's reading, whether the text gave its own scale word (12万, 1.5k: it says what it
 * counts), the own currency marker it was typed with (£25,000), if any, and, typed with none, the
 * format that shows its decimals as typed (1245.50 under 0.00: currency-format.ts typedDecimalsFormat).
 */
function readAmount(text: string, currency: string, decimal: '.' | ',', unit: number): [AmountReading, boolean, TypedMarker?, string?] {
  if (decimal === '.' && POINT_THOUSANDS.test(text) && (POINT_THOUSANDS_CURRENCIES.has(currency.toUpperCase()) || POINT_THOUSANDS_MARKS.test(text))) decimal = ',';
  // $2,000 in a column read with a decimal comma: a currency that writes its cents after a point has
  // no three decimals, so one comma before three digits groups thousands (nobody writes $2.00 so).
  if (decimal === ',' && ONE_THOUSANDS_COMMA.test(text) && POINT_DECIMAL_MARKS.test(text)) decimal = '.';
  if (decimal === ',') {
    // 12,000 under a decimal comma is twelve, or 12000 typed the other way: flagged, not guessed.
    if (/\d,\d{3}(?!\d)/.test(text)) return [INVALID, false];
    text = fromDecimalComma(text);
  } else if (text.includes(',') && OWN_DECIMAL_COMMA.test(text)) {
    text = text.replace(OWN_DECIMAL_COMMA, fromDecimalComma);
  }
  // Most amount cells are plain decimals (12800, 3456.5): what the full reading below would make of them.
  if (PLAIN_DECIMAL.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? [{ kind: 'number', value }, false, undefined, typedDecimalsFormat(typedPlaces(text), false)] : [INVALID, false];
  }
  const folded = foldAll(text).replace(/\uFFE5/g, '¥').replace(/\uFFE1/g, '£').replace(/\u2212/g, '-').replace(/整$/u, '').replace(NOTHING_MORE, '');
  const ungrouped = folded.replace(SPACED_THOUSANDS, (m) => m.replace(/\D/g, ''));
  const chinese = chineseInDigits(ungrouped);
  let s = chinese.text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1].trim();
  }
  // A point after a letter ends an abbreviation (Rs.75,000), it starts no decimal: Rs.75000 was 0.75.
  const num = /(\d[\d,]*(?:\.\d+)?|(?<!\p{L})\.\d+)/u.exec(s);
  if (!num) return [INVALID, false];
  const markers = markersFor(currency);
  const { own, ownLower, foreignMarkers: foreign, foreignLower } = markers;
  const codeOf = (marker: string) => markers.foreign.find((f) => f.marker === marker)?.code ?? marker;

  // Before the number: currency markers and one minus sign, in either order (-¥12, ¥-12).
  let before = s.slice(0, num.index);
  let foreignFound: string | null = null;
  let ownFound = false;
  let typed: TypedMarker | undefined;
  for (let again = true; again && before.trim() !== '';) {
    again = false;
    const o = foreignFirst(before, markers) ? NOT_FOUND : stripFront(before, own, ownLower);
    if (o.found) { before = o.rest; again = true; ownFound = true; typed ??= { marker: o.found, after: false, spaced: /\s$/.test(s.slice(0, num.index)) }; }
    const f = stripFront(before, foreign, foreignLower);
    if (f.found) { before = f.rest; foreignFound ??= f.found; again = true; }
    if (before.startsWith('-') && !negative) { before = before.slice(1); negative = true; again = true; }
  }
  // After it: one scale word, then markers.
  let after = s.slice(num.index + num[0].length).trimStart();
  let exp = 0;
  const lakhSheet = LAKH_CURRENCIES.has(currency.toUpperCase());
  const afterLower = after.toLowerCase();
  const scale = SCALES.find(([w]) => afterLower.startsWith(w) && !/^[a-z]/i.test(after.slice(w.length)) && (lakhSheet || !RUPEE_SCALES.has(w)));
  if (scale) {
    exp = scale[1];
    // 3 Cr., 2 L.: the scale word abbreviated, with its point.
    after = after.slice(scale[0].length).replace(/^\./, '');
  }
  let unitWord = false;
  for (let again = true; again && after.trim() !== '';) {
    again = false;
    const o = foreignFirst(after, markers) ? NOT_FOUND : stripFront(after, own, ownLower);
    if (o.found) { after = o.rest; again = true; unitWord ||= UNIT_WORD.test(o.found); typed ??= { marker: o.found, after: true, spaced: /^\s/.test(s.slice(num.index + num[0].length)) }; }
    const f = stripFront(after, foreign, foreignLower);
    if (f.found) { after = f.rest; foreignFound ??= f.found; again = true; }
  }
  if (before.trim() !== '' || after.trim() !== '') return [INVALID, false];
  // 港幣5,000元, 澳門元…: 元 after a currency's name is that currency's unit, not the yuan.
  if (foreignFound !== null && ownFound && YUAN_WORDS.has(foreignFound)) foreignFound = null;

  const digits = num[0];
  // Lakhs only where rupees or taka are meant: in a yuan sheet 1,23,456 may as well be a slip of the comma.
  const lakhs = lakhSheet || (foreignFound !== null && LAKH_CURRENCIES.has(codeOf(foreignFound)));
  if (digits.includes(',') && !THOUSANDS.test(digits) && !(lakhs && LAKHS.test(digits))) return [INVALID, false];
  if (foreignFound) return [{ kind: 'foreign', currency: codeOf(foreignFound) }, false];
  // 80000元 under 成交金额（万元）: the word after the number names the unit it counts, the yuan, as 12万 names 万.
  const scaled = scale !== undefined || chinese.found || unitWord;
  const shift = scaled ? exp - unit : 0;
  const value = Number(shiftDecimal(digits.replace(/,/g, '').replace(/^\./, '0.'), shift));
  if (!Number.isFinite(value)) return [INVALID, false];
  // The format shows the number with the marker typed (£25,000, 12800元). A Latin scale in a column
  // of plain units gives the number in the currency itself (£25k is £25,000, ₹12.5L is ₹12,50,000),
  // and the next run reads the £ back as it does for £25,000. A 万 amount (3.5万元) is left unformatted,
  // as a Chinese sheet has always had it; in a column of 万元 a number moved from the unit it was
  // typed in (80000元 is 8) would show the marker beside another number.
  const latinScale = scale !== undefined && /^[a-z]/i.test(scale[0]) && unit === 0 && !chinese.found;
  const asTyped = latinScale || (shift === 0 && scale === undefined && !chinese.found);
  const decimals = scaled ? !Number.isInteger(value) : digits.includes('.');
  const reading: AmountReading = { kind: 'number', value: negative && value !== 0 ? -value : value };
  if (!asTyped) return [reading, scaled];
  // 1.2万's decimals count 万, not the yuan it is written in: only an amount read as typed keeps its own.
  if (typed) return [reading, scaled, { ...typed, decimals, lakhs: lakhSheet }];
  // 1.2k is 1200, not 1200.0: a scale's decimals are the scale's.
  return scaled ? [reading, scaled] : [reading, scaled, undefined, typedDecimalsFormat(typedPlaces(digits), digits.includes(',') || ungrouped !== folded)];
}

/** A currency sign and a dash: zero as the accounting format shows it. */
const ACCOUNTING_ZERO = /^(?:[¥￥$€£]|RMB|CNY|USD)\s*[-—–]\s*$/i;

/**
 * An amount in a unit column that comes to this much or more was likely typed in whole units: a bare
 * number from 1 亿, one written with a currency sign or code (¥80,000, RMB 3000) from 1 千万, since an
 * invoice's ¥ is most often followed by yuan and a 万 amount seldom runs to four digits.
 */
const IMPLAUSIBLE = { bare: 1e8, marked: 1e7 } as const;
/** Anything but digits, separators, a sign and brackets: what is left of a currency sign or code. */
const MARKED = /[^\d.,\s()+\-]/u;

/** 120000 under 合同额（万元） is 12 亿: more likely typed in yuan than a customer's real amount. */
function unitFindings(value: number, shown: string, ctx: CleanContext): Finding[] {
  const unit = ctx.settings.amount.unit ?? 0;
  const whole = Math.abs(value) * 10 ** unit;
  const bar = MARKED.test(shown) ? IMPLAUSIBLE.marked : IMPLAUSIBLE.bare;
  return unit > 0 && whole >= bar ? [{ code: 'amount.unitSuspicious', severity: 'warning', params: { value: shown, whole } }] : NO_FINDINGS;
}

/** A price still to be agreed (面议, 另议, negotiable): no amount yet, and no mistake. */
const NEGOTIABLE = /^(?:面议|待议|另议|再议|议价|电议|详谈|价格面议|金额面议|negotiable|to be negotiated|poa|price on application)$/i;
/**
 * Words around a number that make it another figure than the column's (約5万 is no 50000, 1.5万元/年
 * may be no customer's total): the amount is left as typed, and the finding gives the number, for
 * the user to write if it is the figure. First match wins.
 */
const QUALIFIERS: readonly { code: 'amount.approximate' | 'amount.perPeriod'; before: RegExp; after: RegExp }[] = [
  // About, or at least, an amount (约5万, 5万左右, 5万以上, ~50000, about 5k).
  {
    code: 'amount.approximate',
    before: /^(?:约|大约|大概|约合|差不多|将近|接近|不少于|至少|~|～|≈|about|approx\.?|approximately|around|circa|ca\.|roughly|over|at least)\s*/i,
    after: /\s*(?:左右|上下|以上|以内|之内|出头|多|余|\+|\s*plus|\s*or more|ish)$/i,
  },
  // An amount per year, month, week or day (1.5万元/年, 3000元/月, 每年两万, $500 per month).
  {
    code: 'amount.perPeriod',
    before: /^每(?:年|月|季度?|周|天|日)\s*/u,
    after: /\s*(?:[/／]|每|\bper\b|\ba\b)\s*(?:年|月|季度?|周|天|日|year|yr|annum|month|mo|quarter|week|day)$/iu,
  },
];

/** An amount per period, its period word caught: 每月3000, 300元/月, $500 per month. */
const PER_PERIOD_BEFORE = /^每(年|月|季度?|周|天|日)\s*/u;
const PER_PERIOD_AFTER = /\s*(?:[/／]|每|\bper\b|\ba\b)\s*(年|月|季度?|周|天|日|year|yr|annum|month|mo|quarter|week|day)$/iu;

/**
 * 300元/月 under 月服务费: an amount typed per the period the column's header names (CleanContext.feePeriod)
 * is the column's own figure, cleaned as the amount without its period would be. Null for any other
 * period (1.5万元/年 under 月服务费 is left to the perPeriod finding) or a column of no period.
 */
function ownPeriodAmount(cell: Cell & { kind: 'text' }, ctx: CleanContext): CleanResult | null {
  if (ctx.feePeriod === undefined) return null;
  const shown = cell.value.trim();
  const before = PER_PERIOD_BEFORE.exec(shown);
  const after = before ? null : PER_PERIOD_AFTER.exec(shown);
  const found = before ?? after;
  if (!found || periodOfWord(found[1]) !== ctx.feePeriod) return null;
  const core = (before ? shown.slice(found[0].length) : shown.slice(0, found.index)).trim();
  if (core === '') return null;
  const result = cleanAmountCell({ kind: 'text', value: core }, ctx);
  if (result.cell.kind !== 'number' || result.findings.length > 0) return null;
  return change(cell, result.cell, 'fix.amount', NO_FINDINGS);
}

function qualified(shown: string, ctx: CleanContext): Finding | null {
  for (const { code, before, after } of QUALIFIERS) {
    const core = shown.replace(before, '').replace(after, '');
    if (core === shown || core === '') continue;
    const [r] = readAmount(core, ctx.settings.amount.currency, ctx.settings.amount.decimalSeparator ?? '.', ctx.settings.amount.unit ?? 0);
    if (r.kind === 'number') return { code, severity: 'warning', params: { value: shown, amount: numberText(r.value) } };
  }
  return null;
}

/**
 * In a column read with a decimal comma, the number's format keeps it (currency-format.ts
 * withDecimalComma), with the decimals typed (12,5 · 1.234,50): the next run on the written sheet,
 * whose amounts no longer show a comma, reads the column the same way and flags its 12,000 again,
 * rather than taking it for twelve thousand. Undefined in a column read with a point.
 */
function commaFormat(text: string, marked: string | undefined, ctx: CleanContext): string | undefined {
  if (ctx.settings.amount.decimalSeparator !== ',') return undefined;
  const places = /\d,(\d+)(?![\d.,])/.exec(text)?.[1].length ?? 0;
  return withDecimalComma(marked ?? (places > 0 ? `#,##0.${'0'.repeat(places)}` : '#,##0'), ctx.settings.phone.defaultRegion, ctx.settings.amount.currency);
}

/**
 * 12,000 € in a column read with a decimal comma: twelve euros, or twelve thousand typed the English
 * way. One comma before three digits, nothing else numeric around it, is a number either way, so the
 * user is told both rather than that it is no amount (readAmount does not guess it).
 */
const AMBIGUOUS_COMMA = /^([^\d,.]*?)(\d{1,3}),(\d{3})[^\d,.]*$/;

export function cleanAmount(cell: Cell, ctx: CleanContext): CleanResult {
  const result = cleanAmountCell(cell, ctx);
  return ctx.currencyApart ? apart(result, cell) : result;
}

/**
 * An amount in its row's own currency, not the tiers' (CleanContext.currencyApart): the number it
 * became, or was, is read by the rules as the text it shows, which no tier or total counts.
 */
function apart(result: CleanResult, before: Cell): CleanResult {
  if (result.cell.kind !== 'number') return result;
  const shown = before.kind === 'text' ? before.value.trim() : numberWithMarker(result.cell.value, result.cell.format) ?? numberText(result.cell.value);
  return { ...result, read: { kind: 'text', value: shown } };
}

/**
 * A number a run wrote under another currency's format ("£"#,##0 in a sheet counted in dollars): read
 * as the text it shows, as the £1,200 it was typed (cleanAmountCell's foreign amounts), so the next
 * run's tiers count it no more than the first run's did.
 */
function otherCurrencyNumber(cell: Cell & { kind: 'number' }, currency: string): CleanResult | null {
  const marker = formatMarker(cell.format);
  if (marker === null || parseAmount(`${marker}1`, currency).kind !== 'foreign') return null;
  return { cell, findings: NO_FINDINGS, read: { kind: 'text', value: numberWithMarker(cell.value, cell.format) ?? `${marker}${numberText(cell.value)}` } };
}

function cleanAmountCell(cell: Cell, ctx: CleanContext): CleanResult {
  if (cell.kind === 'number') return (cell.format === undefined ? null : otherCurrencyNumber(cell, ctx.settings.amount.currency)) ?? keep(cell, unitFindings(cell.value, numberText(cell.value), ctx));
  if (cell.kind !== 'text') return keep(cell);
  const currency = ctx.settings.amount.currency;
  const [r, scaled, typed, decimalsFormat] = readAmount(cell.value, currency, ctx.settings.amount.decimalSeparator ?? '.', ctx.settings.amount.unit ?? 0);
  const shown = cellText(cell).trim();
  if (r.kind === 'number') {
    // £25,000 keeps its £ in the cell's format: the cleaned sheet still says what currency it is in,
    // and the next run on it reads the same currency (currency-format.ts).
    const marked = typed ? currencyFormat(typed.marker, typed.after, typed.decimals === true, typed.spaced, typed.lakhs === true) : undefined;
    // 1245.50 keeps its two decimals in the format (0.00), as Excel keeps a number's display format.
    const format = commaFormat(cell.value, marked, ctx) ?? marked ?? decimalsFormat;
    const after: Cell = format ? { kind: 'number', value: r.value, format } : { kind: 'number', value: r.value };
    const doubtful = scaled ? NO_FINDINGS : unitFindings(r.value, shown, ctx);
    // ¥80,000 under 成交金额（万元）: 8 亿 read in the column's unit, likely typed in yuan. The cell stays
    // as typed, as every amount the run will not guess does, so no formula sums 8 亿 before the user says.
    if (doubtful.length > 0) return keep(cell, doubtful);
    return change(cell, after, 'fix.amount', NO_FINDINGS);
  }
  if (r.kind === 'foreign') {
    const finding: Finding = { code: 'amount.foreignCurrency', severity: 'info', params: { value: shown, currency: r.currency, expected: currency.toUpperCase() } };
    // £1,800 in a sheet counted in dollars is still 1800 pounds: a number in its own currency, its
    // format keeping the £, read by the rules as the text it shows (no tier adds it to dollars).
    const [own, , marker] = readAmount(cell.value, r.currency, ctx.settings.amount.decimalSeparator ?? '.', 0);
    if (own.kind !== 'number' || marker === undefined) return keep(cell, [finding]);
    const format = currencyFormat(marker.marker, marker.after, marker.decimals === true, marker.spaced, marker.lakhs === true);
    return { ...change(cell, { kind: 'number', value: own.value, format: commaFormat(cell.value, format, ctx) ?? format }, 'fix.amount', [finding]), read: { kind: 'text', value: shown } };
  }
  // Excel's accounting format shows zero as a dash ("¥ -"), and a CSV saved from it keeps the dash.
  if (ACCOUNTING_ZERO.test(shown)) return change(cell, { kind: 'number', value: 0 }, 'fix.amount');
  if (NEGOTIABLE.test(shown)) return keep(cell);
  const rate = ownPeriodAmount(cell, ctx);
  if (rate) return rate;
  const about = qualified(shown, ctx);
  if (about) return keep(cell, [about]);
  const both = ctx.settings.amount.decimalSeparator === ',' ? AMBIGUOUS_COMMA.exec(shown) : null;
  if (both) {
    const sign = /[-(]/.test(both[1]) ? '-' : '';
    const params = { value: shown, small: numberText(Number(`${sign}${both[2]}.${both[3]}`)), large: numberText(Number(`${sign}${both[2]}${both[3]}`)) };
    return keep(cell, [{ code: 'amount.ambiguousComma', severity: 'warning', params }]);
  }
  return notedRead(cell, shown, ctx) ?? keep(cell, [{ code: 'amount.invalid', severity: 'warning', params: { value: shown } }]);
}

/**
 * 3500(秋后还): the amount with its note (noted-amount.ts); in an owed column 欠 2,800 元 too. The cell stays as typed, the note kept; the
 * rules read the amount, as they read any cell kept as typed (CleanResult.read).
 */
function notedRead(cell: Cell, shown: string, ctx: CleanContext): CleanResult | null {
  // In a column of money owed, the debt's word before it too (欠 2,800 元), as the merge reads it.
  const amount = ctx.owed ? owedAmountText(shown) : notedAmount(shown)?.amount ?? null;
  if (amount === null) return null;
  const inner = cleanAmountCell({ kind: 'text', value: amount }, ctx);
  if (inner.cell.kind !== 'number' || inner.findings.some((f) => f.severity !== 'info')) return null;
  return { cell, findings: inner.findings, read: inner.read ?? inner.cell };
}
