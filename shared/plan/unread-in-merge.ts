/**
 * What a merge could not combine: a column no field reads holding an amount or a date that differs
 * between a kept row and a row folded into it (a German shop's Zahlbetrag 1.234,56 and 320,00, its
 * Einkaufsdatum 15/11 and 02/12; tester h77 #4). The merge adds totals and keeps the later day only
 * in the columns it reads; here the kept row shows its own figure and the other is only in the merged
 * values, so the summary names the column and the setting that maps it. Balances and money owed are
 * read for a merge all the same (left-unread.ts readFor) and said by their own notes.
 *
 * Only a column whose header speaks of money or of a day is named: the merge would have added or
 * compared those. A row number (序号), an id (LEID), an IP, a rating, a mileage or an age differs between
 * any two rows and was never to be combined: naming them buried the notes that matter (8 × 序号 on
 * the tester sheets, Mailchimp's CONFIRM_IP).
 */
import type { Table } from '../table/table';
import { cellText, type Cell } from '../table/cell';
import type { MergePlan } from '../dedupe/types';
import type { SheetProblem } from './issue';
import type { UnreadColumn } from './left-unread';

/** An amount as typed: digits with grouping, a decimal mark, a sign or a currency mark around them (1.234,56, €320, ¥1,200.00). */
const AMOUNT = /^[^\p{L}\d]{0,3}\s*-?\d[\d\s.,']*\s*(?:[^\p{L}\d]{0,3}|[A-Z]{3})$/u;
/** A day as typed: 15/11/2026, 2026-11-15, 2026年11月15日, 15.11.26. */
const DAY = /^\d{1,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,4}日?/u;

/** A header of money the merge would add: 金额, 租金, 已收款, 积分, Price, Last Gift Amount, Zahlbetrag, Total compras (€). */
const MONEY_HEADER = /金额|额|元|价|费|款|租金|消费|收入|支付|积分|total|amount|spen[dt]|price|paid|payment|revenue|sales|fee|cost|gift|donation|points|betrag|summe|preis|umsatz|montant|prix|importe|compra|precio|valor|prezzo|totale|[€$¥£₹]/iu;
/** Money words that name no sum to add: a credit limit (额度, 限额, Credit Limit), a review (评价), a rating, a block's 单元 (3单元), a 名额. */
const NOT_MONEY_HEADER = /额度|限额|limit|评价|rating|单元|名额/iu;
/** A header of a day the merge would compare (the later kept): 日期, Date, Einkaufsdatum, Fecha, Data. */
const DAY_HEADER = /日期|date|datum|fecha|\bdata\b/iu;

/** Whether a column's header names an amount to add or a day to compare. */
function combinedKind(header: string): boolean {
  return (MONEY_HEADER.test(header) && !NOT_MONEY_HEADER.test(header)) || DAY_HEADER.test(header);
}

/** Whether a cell holds something the merge would add or compare were its column read. */
function amountOrDay(cell: Cell): boolean {
  if (cell.kind === 'number' || cell.kind === 'date') return true;
  if (cell.kind !== 'text') return false;
  const v = cell.value.trim();
  return /\d/.test(v) && (AMOUNT.test(v) || DAY.test(v));
}

/** One note per unread column whose amounts or days the merge folded without combining them; none when no merge was made. */
export function unreadNotCombined(table: Table, merge: MergePlan | null, unread: readonly UnreadColumn[]): SheetProblem[] {
  if (merge === null || merge.archive.length === 0 || unread.length === 0) return [];
  const bySheetRow = new Map(table.rows.map((r) => [r.sheetRow, r]));
  const out: SheetProblem[] = [];
  for (const u of unread) {
    if (u.readFor !== undefined || !combinedKind(u.header)) continue;
    const at = merge.archiveCols.indexOf(u.col);
    if (at < 0) continue;
    let rows = 0;
    for (const a of merge.archive) {
      const folded = a.cells[at];
      const kept = bySheetRow.get(a.survivorRow)?.cells[u.col];
      if (folded === undefined || !amountOrDay(folded)) continue;
      if (kept !== undefined && cellText(kept).trim() === cellText(folded).trim()) continue;
      rows++;
    }
    if (rows > 0) out.push({ code: 'merge.unreadNotCombined', severity: 'warning', params: { header: u.header, count: rows } });
  }
  return out;
}
