/**
 * How a core cell becomes an exceljs cell: Text-format strings for text columns, real dates as
 * serials with a date format, shared style copies; used by the cleaned sheet and the sheets the run adds.
 */
import ExcelJS from 'exceljs';
import { cellText, formatMarker, isTypedDecimalsFormat, numberShown, parseIso, toSerial, type Cell, type DateSystem, type WriteType } from '../../shared';

export const DATE_FORMAT = 'yyyy-mm-dd';
export const TEXT_FORMAT = '@';

export type Style = Partial<ExcelJS.Style>;
export type Restyle = (cell: ExcelJS.Cell, key: string, patch: Style) => void;

/**
 * Gives a cell a changed copy of its style, one copy per (style, change) shared by every cell that
 * needs it. exceljs loads one style object per style id and shares it between cells, so setting
 * `cell.fill` would recolour all of them; and its writer emits one style per distinct object (a
 * WeakMap in styles-xform), so sharing copies keeps large sheets fast and small.
 */
export function styler(): Restyle {
  const copies = new WeakMap<object, Map<string, Style>>();
  return (cell, key, patch) => {
    const from: Style = cell.style ?? {};
    let byKey = copies.get(from);
    if (!byKey) copies.set(from, (byKey = new Map()));
    let to = byKey.get(key);
    if (!to) byKey.set(key, (to = { ...from, ...patch }));
    cell.style = to;
  };
}

export const fillOf = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

export function holdsFormula(cell: ExcelJS.Cell): boolean {
  if (cell.type === ExcelJS.ValueType.Formula) return true;
  const v = cell.value;
  return v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v);
}

/**
 * Writes a core cell's value into an exceljs cell (never a formula: plans do not carry them, and a CSV
 * has none); `write` is the column's write type when it is a table or added column; `columnFormat`
 * the date or number format of the column's other values, for a value written into a cell without one.
 */
export function putValue(cell: ExcelJS.Cell, value: Cell, write: WriteType | undefined, dateSystem: DateSystem, restyle: Restyle, columnFormat?: string, twelveHour = false): void {
  const link = linkOf(cell.value);
  const was = linkText(cell.value);
  putPlainValue(cell, value, write, dateSystem, restyle, columnFormat, twelveHour);
  keepLink(cell, link, was);
}

/** A number format's parts that show no date: quoted text, [$-409] or [Red], escaped characters. */
const NOT_DATE_PARTS = /"[^"]*"|\[[^\]]*\]|\\./g;

/** A number format that shows a date (dd/mm/yyyy, d-mmm-yy, m/d/yyyy h:mm): a day or a year in it, not only hh:mm. */
export function isDateFormat(numFmt: string | undefined): numFmt is string {
  return numFmt !== undefined && /[dy]/i.test(numFmt.replace(NOT_DATE_PARTS, ''));
}

const showsTime = (numFmt: string) => /h/i.test(numFmt.replace(NOT_DATE_PARTS, ''));

/**
 * The date format most of a column's date cells have (a UK sheet's dd/mm/yyyy), or undefined when
 * none has one: what a date the run writes into a cell of that column without one (a text date, a
 * General cell) is shown in, so that 03/04/1985 stands beside 04/12/1960, not 1985-04-03.
 */
export function columnDateFormat(worksheet: ExcelJS.Worksheet, col: number, fromRow: number): string | undefined {
  const counts = new Map<string, number>();
  for (let r = fromRow; r <= worksheet.rowCount; r++) {
    const cell = worksheet.findCell(r, col);
    if (cell?.type !== ExcelJS.ValueType.Date || !isDateFormat(cell.numFmt)) continue;
    counts.set(cell.numFmt, (counts.get(cell.numFmt) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best?.[0];
}

/** A format of its own for numbers: neither General nor Text, nor a date's. */
export function isNumberFormat(numFmt: string | undefined): numFmt is string {
  return numFmt !== undefined && numFmt !== 'General' && numFmt !== TEXT_FORMAT && !isDateFormat(numFmt);
}

/**
 * The number format most of a column's numbers have (¥#,##0.00 of an amount column, formulas'
 * results included), or undefined when they show as General: what a number the run writes into a
 * cell of that column without one (a text amount ¥3,200.00 made 3200) is shown in, as
 * columnDateFormat does for dates.
 */
export function columnNumberFormat(worksheet: ExcelJS.Worksheet, col: number, fromRow: number): string | undefined {
  const counts = new Map<string, number>();
  for (let r = fromRow; r <= worksheet.rowCount; r++) {
    const cell = worksheet.findCell(r, col);
    if (!cell || !isNumberFormat(cell.numFmt)) continue;
    const v = cell.value;
    const isNumber = typeof v === 'number' || (v !== null && typeof v === 'object' && 'result' in v && typeof v.result === 'number');
    if (isNumber) counts.set(cell.numFmt, (counts.get(cell.numFmt) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best?.[0];
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** 9-Dec, 9 Dec 2024, Dec 9, Dec-2024, December 9, 2024: what Excel reads as a date in an English locale. */
const ENGLISH_DATE = new RegExp(`^(?:\\d{1,2}[-\\s/]+${MONTH}(?:[-\\s/,]+\\d{2,4})?|${MONTH}[-\\s/]+\\d{1,4}(?:,?\\s*\\d{2,4})?)$`, 'i');

/**
 * A text Excel would read as something else were it typed into a General cell: a number (00123,
 * 13800138000, +86 138…, 1.5E3, 12%, ¥100), a date or time (2024-03-05, 3/5, 12月9日, 9:30 AM,
 * 9-Dec), a formula (=…, +…, -…, @…) or TRUE/FALSE. Only these need the Text format to stay as they
 * are when edited; a name, an owner or a note keeps the cell's own format, so that a formula the
 * user types there later is a formula.
 */
export function needsTextFormat(text: string): boolean {
  // Full-width digits and signs (１３８００１３８０００, ＋86) are read as numbers as their ASCII forms are.
  const s = text.normalize('NFKC').trim();
  if (s === '') return false;
  if (/^[=+\-@]/.test(s) || /^(?:true|false)$/i.test(s)) return true;
  if (/\d/.test(s) && /^[\d\s.,:/\-+()%$¥￥€£eE年月日时分秒]*(?:\s*[ap]\.?m\.?)?$/i.test(s)) return true;
  return ENGLISH_DATE.test(s);
}

/**
 * The format of a date written into `cell`: its own date format where the user gave it one, else
 * its column's (its real dates', or the order its text dates were typed in), else ISO (yyyy-mm-dd); a
 * date with a time of day in a format that shows a time, its seconds when it has any, on the 12-hour
 * clock where the column's times were typed so (2:15 PM).
 */
function dateFormatOf(cell: ExcelJS.Cell, iso: string, columnFormat: string | undefined, twelveHour: boolean): string {
  const chosen = isDateFormat(cell.numFmt) ? cell.numFmt : columnFormat;
  // Read from the value, not its serial: 09:01:00 was typed with its seconds and 00:00:00 with its
  // time, and each shows them as the column's other time stamps do (tester h66).
  const time = ISO_TIME.exec(iso);
  if (time === null) return chosen ?? DATE_FORMAT;
  if (chosen !== undefined && showsTime(chosen)) return chosen;
  const clock = `${twelveHour ? 'h' : 'hh'}:mm${time[1] === undefined ? '' : ':ss'}${twelveHour ? ' AM/PM' : ''}`;
  // 02/06/2026 14:30 in a dd/mm/yyyy column stays day first; a format of sections or of the system's
  // long date ([$-F800]) takes no time after it, and the time goes with ISO.
  return `${chosen !== undefined && !/[;[]/.test(chosen) ? chosen : DATE_FORMAT} ${clock}`;
}

/** The time of an ISO date-time (T09:01, T09:01:00), with its seconds when it has them. */
const ISO_TIME = /[T ]\d{2}:\d{2}(:\d{2})?$/;

/** A hyperlink's target and tooltip, without its text: what the core never sees but the user entered. */
export type Link = Omit<ExcelJS.CellHyperlinkValue, 'text'>;

export function linkOf(value: ExcelJS.CellValue): Link | undefined {
  if (value === null || typeof value !== 'object' || !('hyperlink' in value) || 'formula' in value) return undefined;
  const { hyperlink, tooltip } = value;
  return tooltip === undefined ? { hyperlink } : { hyperlink, tooltip };
}

/** The text a hyperlink cell shows (its rich text joined), or undefined for any other value. */
export function linkText(value: ExcelJS.CellValue): string | undefined {
  if (value === null || typeof value !== 'object' || !('hyperlink' in value)) return undefined;
  const text = value.text as unknown;
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object' && 'richText' in text) return (text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
  return undefined;
}

/**
 * Puts `link` back around the text the cell now holds: cleaning a link's text (trimming
 * " www.zhang.com ") must not cost its target, which is the user's. A target that only mirrors the
 * old text `was` (mailto:lin2＠163.com under lin2＠163.com, http://x.com under http://x.com) follows
 * the corrected text, or the link would still mail the wrong address. A number or date written there
 * stays a plain value, since a link's text is always text.
 */
export function keepLink(cell: ExcelJS.Cell, link: Link | undefined, was?: string): void {
  if (!link || typeof cell.value !== 'string') return;
  const text = cell.value;
  let { hyperlink } = link;
  if (was !== undefined && was !== text) {
    if (hyperlink === `mailto:${was}`) hyperlink = `mailto:${text}`;
    else if (hyperlink === was) hyperlink = text;
  }
  cell.value = { ...link, hyperlink, text };
}

function putPlainValue(cell: ExcelJS.Cell, value: Cell, write: WriteType | undefined, dateSystem: DateSystem, restyle: Restyle, columnFormat: string | undefined, twelveHour: boolean): void {
  if (write === 'text') {
    const text = value.kind === 'empty' ? null : cellText(value);
    // Only a value Excel would read otherwise gets the Text format; any other keeps the cell's own.
    if (text !== null && needsTextFormat(text)) restyle(cell, 'text', { numFmt: TEXT_FORMAT });
    cell.value = text;
    return;
  }
  switch (value.kind) {
    case 'empty':
      cell.value = null;
      return;
    case 'text':
      cell.value = value.value;
      return;
    case 'number':
      cell.value = value.value;
      // An amount keeping the decimals it was typed with (1245.50 under 0.00) takes a number format the
      // cell or its column already had (¥#,##0.00, the user's own), and only where there is none its own.
      if (value.format !== undefined && isTypedDecimalsFormat(value.format) && (isNumberFormat(cell.numFmt) || columnFormat !== undefined)) {
        if (!isNumberFormat(cell.numFmt) && columnFormat !== undefined) restyle(cell, `numFmt:${columnFormat}`, { numFmt: columnFormat });
        return;
      }
      // An amount keeping the currency it was typed with (£25,000) takes the column's own currency
      // format where the user gave the column one (¥#,##0.00): the same currency, in the user's style.
      if (value.format && columnFormat !== undefined && formatMarker(value.format) !== null && formatMarker(columnFormat) !== null) restyle(cell, `numFmt:${columnFormat}`, { numFmt: columnFormat });
      else if (value.format) restyle(cell, `numFmt:${value.format}`, { numFmt: value.format });
      // A text amount (¥3,200.00 in a Text cell) now a number is shown as its column's other numbers are.
      else if (columnFormat !== undefined && !isNumberFormat(cell.numFmt)) restyle(cell, `numFmt:${columnFormat}`, { numFmt: columnFormat });
      else if (cell.numFmt === TEXT_FORMAT) restyle(cell, 'numFmt:General', { numFmt: 'General' });
      return;
    case 'boolean':
      cell.value = value.value;
      return;
    case 'error':
      // An error the file held as text (a CSV's #N/A) goes back as that text: Excel takes only its
      // own error codes as error values (#N/A N/A would make the file unreadable).
      cell.value = value.typed ? value.value : ({ error: value.value } as ExcelJS.CellErrorValue);
      return;
    case 'date': {
      const serial = serialOf(value.value, dateSystem);
      if (serial === null) {
        cell.value = value.value;
        return;
      }
      const numFmt = dateFormatOf(cell, value.value, columnFormat, twelveHour);
      cell.value = serial;
      restyle(cell, `numFmt:${numFmt}`, { numFmt });
      return;
    }
  }
}

/**
 * The workbook's serial for an ISO civil date (and time): written as a number with a date format,
 * which is what a date cell is in the file, so exceljs's UTC Date conversion (off by one day before
 * 1900-03-01) is never involved.
 */
export function serialOf(iso: string, dateSystem: DateSystem): number | null {
  const civil = parseIso(iso);
  if (!civil) return null;
  let serial = toSerial(civil, dateSystem);
  const time = /[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(iso);
  if (time) serial += (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0)) / 86400;
  return serial;
}

/** The text a number in a text column shows, or null where it is written as the number it is (the core's numberShown). */
export function numberAsText(value: number, format: string | undefined): string | null {
  return numberShown(value, format);
}

/** Columns a CJK character occupies about twice the width of a Latin one. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const line of s.split('\n')) {
    let lw = 0;
    for (const ch of line) lw += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1;
    w = Math.max(w, lw);
  }
  return w;
}
