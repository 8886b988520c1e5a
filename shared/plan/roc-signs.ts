/**
 * Whether a sheet gives any reason to think it is Taiwanese, the one place 民國 years are written: a
 * header or name in Traditional characters, a 09xx or +886 mobile, NT$ / 新台幣 (the sheet's currency TWD), or 民國 typed in any
 * cell. Only there may a two-digit year written first (72-7-7, 24.3.5) also be a 民國 year; a 河南
 * 花店's or a 杭州 药房's sheet of 138 mobiles and 元 writes no such year, and a "1983" offered beside
 * its 1972 birthday is noise nobody there can place (tester h76 #11).
 */
import type { Table } from '../table/table';
import type { ColumnMapping } from './types';
import type { Settings } from '../settings/types';
import { SCRIPT_FIELDS, textSample, writtenTraditional } from './region-evidence';

/** Cells looked at: a Taiwanese sheet shows itself in its first rows. */
const SAMPLE = 200;
/** A Taiwanese mobile, written nationally (0912-345-678) or with its code (+886 912 345 678). */
const TW_MOBILE = /^(?:\+?886[\s-]*|0)9\d{2}[\s-]?\d{3}[\s-]?\d{3}$/;
/** Words only a Taiwanese sheet writes: its dollar and its calendar. */
const TW_WORDS = /NT\$|TWD|新台[币幣]|台[币幣]|民[國国]/i;

export function showsTaiwan(table: Table, columns: readonly ColumnMapping[], settings: Settings): boolean {
  const headers = columns.map((c) => c.header);
  const of = (fields: readonly string[]) => columns.filter((c) => c.field !== null && fields.includes(c.field)).map((c) => c.col);
  if (writtenTraditional(headers, textSample(table, of(SCRIPT_FIELDS), SAMPLE))) return true;
  if (headers.some((h) => TW_WORDS.test(h))) return true;
  if (textSample(table, of(['mobile', 'phone']), SAMPLE).some((t) => TW_MOBILE.test(t))) return true;
  if (textSample(table, columns.map((c) => c.col), SAMPLE).some((t) => TW_WORDS.test(t))) return true;
  // NT$3,680 the run wrote as a number keeps its mark in the format: the rerun sees what the first run saw.
  return settings.amount.currency === 'TWD' || table.rows.slice(0, SAMPLE).some((row) => of(['amount']).some((c) => {
    const cell = row.cells[c];
    return cell?.kind === 'number' && cell.format !== undefined && TW_WORDS.test(cell.format);
  }));
}
