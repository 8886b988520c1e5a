/**
 * What each row still owes, by the sheet's own column of money owed (尾款, 欠款, Balance Due: dedupe/owed.ts)
 * and in its words: after a wedding or an event was held, what is left to do is to collect it (tester h70
 * #10: 马骏's 婚期 passed with 尾款 18800 unpaid and was called a follow-up 6 days overdue).
 */
import type { FieldId } from '../schema/fields';
import type { Table } from '../table/table';
import { cellText, isFormula } from '../table/cell';
import { isOwedIn, owedAmount, type OwedMoney } from '../dedupe/owed';
import { numberWithMarker } from '../normalize/currency-format';
import { parseAmount } from '../normalize/amount';
import { columnNumber } from '../table/a1';

/** A row's money owed: the column's header and the amount as the sheet shows it. */
export interface OwedAmount {
  header: string;
  amount: string;
  /**
   * Worked out as a price less its deposit alone (=Package Price − Deposit Paid, =成交金额-定金): what the
   * booking left, not a debt the sheet records after it (owed-after-event.ts). Present only when true.
   */
  afterDeposit?: true;
}

/** A column of the deposit taken at booking, kept as booked (Deposit Paid, 定金, 订金), not of all paid so far (已付金额, Amount Paid). */
const DEPOSIT = /deposit|定金|订金|預付|预付|anzahlung|acompte|aanbetaling/iu;

/**
 * Whether a formula takes only deposit columns off (=H4-I4 with I headed Deposit Paid): a balance that
 * stays as booked whatever is paid after. Reads the A1 references after a minus, in the table's columns.
 */
function lessDepositOnly(formula: string | undefined, table: Table): boolean {
  if (formula === undefined) return false;
  const taken = [...formula.toUpperCase().matchAll(/-\s*\$?([A-Z]{1,3})\$?\d+/g)].map((m) => columnNumber(m[1]) - table.firstCol);
  return taken.length > 0 && taken.every((col) => DEPOSIT.test(String(table.headers[col] ?? '')));
}

/**
 * Sheet row → the first column of money owed holding an amount above 0. A bare Balance on a list kept
 * to collect (Xero's Balance beside Due Date) is money owed too (dedupe/owed.ts isOwedIn), each column
 * read with its own decimal mark (`columnMoney`: 12.480,00 on a German list).
 */
export function owedAmounts(table: Table, fieldCols: Partial<Record<FieldId, number>>, money: OwedMoney, columnMoney?: ReadonlyMap<number, OwedMoney>): ReadonlyMap<number, OwedAmount> {
  const read = new Set(Object.values(fieldCols));
  const cols = table.headers.map((h, col) => (isOwedIn(h, table.headers) && !read.has(col) ? col : -1)).filter((col) => col >= 0);
  const out = new Map<number, OwedAmount>();
  if (cols.length === 0) return out;
  for (const row of table.rows) {
    for (const col of cols) {
      // A 尾款 worked out by a formula (=合同价-已付) owes the result it shows (owed-rows.ts reads it so too).
      const formula = isFormula(row.cells[col]);
      const value = formula ? formulaResult(row.cells[col]) : owedIn(row.cells[col], columnMoney?.get(col) ?? money);
      if (value === null || value <= 0) continue;
      const cell = row.cells[col];
      // Said in the currency the cell shows (CHF 3200,00, £1,800): a number keeps its marker in its format.
      const shown = cell.kind === 'number' ? numberWithMarker(value, cell.format) ?? String(Math.round(value * 100) / 100) : cellText(cell).trim();
      const owed: OwedAmount = { header: String(table.headers[col]).trim(), amount: withCurrency(shown, (columnMoney?.get(col) ?? money).currency) };
      if (formula && lessDepositOnly(cell.formula, table)) owed.afterDeposit = true;
      out.set(row.sheetRow, owed);
      break;
    }
  }
  return out;
}

/**
 * An owed cell's amount, in the sheet's currency or the one its cell names (a Swiss customer's CHF
 * 3.200,00 on a euro list is owed all the same: owed-rows.ts reads it so too).
 */
function owedIn(cell: Table['rows'][number]['cells'][number] | undefined, money: OwedMoney): number | null {
  const own = owedAmount(cell, money);
  if (own !== null || cell?.kind !== 'text') return own;
  const read = parseAmount(cell.value, money.currency, money.decimal);
  if (read.kind !== 'foreign') return null;
  const theirs = parseAmount(cell.value, read.currency, money.decimal);
  return theirs.kind === 'number' ? theirs.value : null;
}

/** Anything but digits, separators and a sign: what is left of a currency sign or code (CHF 3200,00, £1,800). */
const MARKED = /[^\d.,\s()+\-]/u;

/**
 * A bare amount said with the currency it was read in (Balance 12480,00 EUR), as a rep reading a
 * reminder away from the sheet needs it; a yuan sheet's 尾款 26640 is said as typed, its currency the
 * one every such sheet is in.
 */
function withCurrency(shown: string, currency: string): string {
  return MARKED.test(shown) || currency.toUpperCase() === 'CNY' ? shown : `${shown} ${currency.toUpperCase()}`;
}

/** A formula cell's saved numeric result, if it shows one. */
function formulaResult(cell: Table['rows'][number]['cells'][number]): number | null {
  return cell.kind === 'number' ? cell.value : null;
}
