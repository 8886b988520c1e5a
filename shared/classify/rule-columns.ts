/**
 * A rule may name a column of the sheet by its header (欠款, 储值卡余额, 门店, Outstanding Balance,
 * Store) where no field id reads it: a team keeps its own columns beside the standard ones and wants
 * classes on them ("欠款 > 0 → 欠款客户"). The header is matched as typed, folded for width and
 * spaces (a two-row header as the summary shows it, 欠款 under 往来). A column some field reads is read
 * as that field (its cleaned value); any other is read as typed, never cleaned and never written:
 * its text is read as an amount for a comparison with a number (¥1,200, 1.2万, with the sheet's
 * currency), as a day for a date comparison, and compared as text otherwise.
 */
import type { Cell } from '../table/cell';
import type { AmbiguousDatePolicy } from '../settings/types';
import type { FieldId } from '../schema/fields';
import { parseAmount } from '../normalize/amount';
import { parseDateText } from '../normalize/date-text';
import { fromDayNumber, isoDayNumber } from '../table/civil-date';
import { foldValue } from './fold-value';
import { osaDistance } from '../normalize/edit-distance';
import { columnLetter } from '../table/a1';

/** One column of the sheet a rule may name, as the run mapped it. */
export interface NamedColumn {
  /** 0-based column in the table. */
  col: number;
  /** The header as the summary shows it (trimmed). */
  header: string;
  /** Its column letter in the sheet (U), to tell two columns of one header apart. */
  letter: string;
  /** The field read from it (its own column, not a second phone's), or null: read as typed. */
  field: FieldId | null;
}

/** How a column read as typed turns its text into a number or a day: the sheet's own settings. */
export interface ColumnReading {
  currency: string;
  decimal: '.' | ',';
  ambiguous: AmbiguousDatePolicy;
  era?: 'roc' | 'gregorian';
  timeZone?: string;
}

/** The sheet's columns a rule may name by header, for compiling the rules against that sheet. */
export interface SheetColumns {
  /** Folded header (headerKey) → its columns: two when the sheet types one header twice. */
  byHeader: ReadonlyMap<string, readonly NamedColumn[]>;
  /** The headers of the columns no field reads, in sheet order: what a name that matches nothing may have meant. */
  unread: readonly string[];
  reading: ColumnReading;
}

/** A header or a rule's name, folded for comparing: width, case and every space ignored (储值卡 余额 is 储值卡余额). */
export function headerKey(text: string): string {
  return foldValue(text).replace(/\s+/g, '');
}

/**
 * The sheet's columns by header. `columns` are the run's mapping: a column the run added itself (its
 * 分类依据 of an earlier run) is no column of the user's and is left out, as is one without a header.
 */
export function sheetColumns(
  columns: readonly { col: number; header: string; field: FieldId | null; extra?: true; run?: true }[],
  unread: readonly string[],
  reading: ColumnReading,
  firstCol = 0,
): SheetColumns {
  const byHeader = new Map<string, NamedColumn[]>();
  for (const c of columns) {
    const header = c.header.trim();
    if (c.run || header === '') continue;
    const key = headerKey(header);
    const list = byHeader.get(key) ?? [];
    list.push({ col: c.col, header, letter: columnLetter(firstCol + c.col), field: c.extra ? null : c.field });
    byHeader.set(key, list);
  }
  return { byHeader, unread, reading };
}

/**
 * The unread header a name that matches none most likely meant: one that holds it or is held by it
 * once brackets are dropped (欠款 for 欠款（元）, Balance for Card Balance), else one a typo or two
 * away (Outstandng). Null when none, or when two are equally likely.
 */
export function meantColumn(name: string, unread: readonly string[]): string | null {
  const typed = headerKey(name);
  if (typed === '') return null;
  const bare = (h: string) => headerKey(h.replace(/[(（[【].*?[)）\]】]/gu, ''));
  const holding = unread.filter((h) => {
    const key = bare(h);
    return key !== '' && (key.includes(typed) || typed.includes(key));
  });
  if (holding.length === 1) return holding[0];
  if (holding.length > 1) return null;
  const most = typed.length <= 3 ? 0 : typed.length <= 6 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = most + 1;
  let tied = false;
  for (const h of unread) {
    const d = osaDistance(typed, headerKey(h));
    if (d < bestDistance) [best, bestDistance, tied] = [h, d, false];
    else if (d === bestDistance) tied = true;
  }
  return tied ? null : best;
}

/**
 * Reads a typed cell of a column no field reads, each distinct text once (a 门店 or a 欠款 column
 * repeats its texts): a number cell is its number, a text its amount when it reads as one in the
 * sheet's currency (¥12,500, 1.2万, 800元), never a phone, a code or a date.
 */
export function columnNumbers(reading: ColumnReading): (cell: Cell) => number | null {
  const memo = new Map<string, number | null>();
  return (cell) => {
    if (cell.kind === 'number') return Number.isFinite(cell.value) ? cell.value : null;
    if (cell.kind !== 'text') return null;
    let n = memo.get(cell.value);
    if (n === undefined) {
      const read = parseAmount(cell.value.trim(), reading.currency, reading.decimal);
      n = read.kind === 'number' ? read.value : null;
      memo.set(cell.value, n);
    }
    return n;
  };
}

/**
 * Reads a typed cell of a column no field reads as a day number: a date cell, or a text the date
 * cleaner reads as one day in the sheet's order of day and month (2021.11.15, 2024年3月5日); an
 * ambiguous 03/05/2024 under `flag`, a month alone or a number is no day.
 */
export function columnDays(reading: ColumnReading): (cell: Cell, today: number) => number | null {
  const memo = new Map<string, number | null>();
  return (cell, today) => {
    if (cell.kind === 'date') return isoDayNumber(cell.value);
    if (cell.kind !== 'text') return null;
    let day = memo.get(cell.value);
    if (day === undefined) {
      const read = parseDateText(cell.value.trim(), {
        ambiguous: reading.ambiguous,
        today: fromDayNumber(today),
        ...(reading.era ? { era: reading.era } : {}),
        ...(reading.timeZone ? { timeZone: reading.timeZone } : {}),
      });
      day = read.kind === 'date' ? isoDayNumber(read.iso.slice(0, 10)) : null;
      memo.set(cell.value, day);
    }
    return day;
  };
}
