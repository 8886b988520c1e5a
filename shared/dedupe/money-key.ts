/**
 * Money as a merge compares it: the currency a total is in, so that two accounts' totals in two
 * currencies are never added (£1,800 and $2,000 are no 3,800 of anything: tester h73), and an amount's
 * value in a column no field reads, so that one rent typed two ways (3200元 and 3200, ¥18,800 and 18800)
 * is no differing value to list (tester h72 #17).
 */
import { cellText, groupedDigits, numberText, type Cell } from '../table/cell';
import { parseAmount } from '../normalize/amount';
import { formatMarker, numberWithMarker } from '../normalize/currency-format';

/**
 * The currency a total cell counts in: the one its own marker names (a cell the run cleaned from £1,800
 * keeps "£" in its format), else the sheet's; a cell the run reads as text (`readAs`: an amount of a
 * row in its own country's money, written bare, 1800 on a London row of a dollar sheet) is in none the
 * sheet counts, and told apart from every other as its own '?'.
 */
export function totalCurrency(cell: Cell | undefined, readAs: Cell | undefined, sheetCurrency: string): string {
  const own = sheetCurrency.toUpperCase();
  const marker = cell?.kind === 'number' ? formatMarker(cell.format) : null;
  if (marker !== null) {
    const read = parseAmount(`${marker}1`, own);
    if (read.kind === 'foreign') return read.currency.toUpperCase();
  }
  if (readAs !== undefined && readAs.kind === 'text') return `?${readAs.value}`;
  return own;
}

/** A total as the merged values show it: with its currency marker where its cell has one ($2,000), as typed otherwise. */
export function shownTotal(cell: Cell | undefined, readAs: Cell | undefined): string {
  if (readAs !== undefined && readAs.kind === 'text') return readAs.value;
  if (cell === undefined) return '';
  if (cell.kind !== 'number') return cellText(cell);
  const marked = numberWithMarker(cell.value, cell.format);
  return marked === null ? numberText(cell.value) : groupedDigits(marked);
}

/**
 * An amount typed in a column no field reads, as a merge compares it: its currency and its value
 * (3200元 and 3200 in a yuan sheet are ¤CNY 3200; HK$3,200 is ¤HKD 3200), or null for a text that is
 * no amount (押一付三, 3-801). A bare number is in the sheet's currency.
 */
export function unreadAmountKey(text: string, sheetCurrency: string): string | null {
  const t = text.trim();
  // Digits with at most a marker, a sign, separators and a yuan word: not a room (3-801), a date or a code.
  // A code's leading zero (00123 is no 123) and a number of phone length tell a different thing apart.
  if (!/\d/.test(t) || /\d\s*[-/]\s*\d/.test(t) || /\d{1,3}\.\d{1,3}\.\d/.test(t) || /^0\d/.test(t) || /\d{9,}/.test(t)) return null;
  const own = sheetCurrency.toUpperCase();
  const read = parseAmount(t, own);
  if (read.kind === 'number') return `¤${own} ${numberText(read.value)}`;
  if (read.kind !== 'foreign') return null;
  const there = parseAmount(t, read.currency);
  return there.kind === 'number' ? `¤${read.currency.toUpperCase()} ${numberText(there.value)}` : null;
}
