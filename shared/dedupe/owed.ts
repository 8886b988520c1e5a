/**
 * Money a customer owes the shop (欠费, 欠款, 应收款, 未付, 尾款, Balance Due, Amount Due, Outstanding,
 * Owed), in a column no field reads. It is money held per account, as his spend is (totals.ts), and a
 * merge joins it by the same rule: rows of two accounts (two Customer IDs) owe apart, and the kept row
 * holds their sum, each account's figure listed with the merged values. Unlike a spend, rows not told
 * apart are never joined: a debt typed on two rows is as often one balance typed at two dates (a
 * 金蝶 export's older 应收余额 beside its newer one; a clinic's 1200 that the newer row's 0 says was
 * settled) as two debts, and adding them would bill the customer twice, while keeping the larger would
 * hide a payment. The kept row keeps its own, and plan/held-elsewhere.ts warns of the other amount.
 * The same debt typed twice (one amount on both rows) is one debt either way: joinTotals counts each
 * account once, and held-elsewhere says nothing of an amount the kept row shows.
 */
import type { FieldId } from '../schema/fields';
import { foldHeader } from '../schema/fold-header';
import { OWED_HEADER_KEYS, OWED_HEADS, OWED_WORDS } from '../schema/header-match';
import { isFormula, type Cell } from '../table/cell';
import { parseAmount } from '../normalize/amount';
import { owedAmountText } from '../normalize/noted-amount';
import { isAccountBalanceHeader, isCollectionSheet } from '../schema/collection-list';
import { duesPeriod } from '../schema/dues-header';

/** The fields whose different values make two rows two accounts, each owing his own (as TOTAL_RULES joins a spend). */
export const OWED_ACCOUNTS_BY: readonly FieldId[] = ['customerId'];

/** Header words of a column about the debt but not its amount: 欠费日期, Due Date, 欠款天数, Days Overdue, 是否欠费, 赊账额度 (the most he may owe). */
const NOT_AMOUNT_HEADS = ['日期', '时间', '天数', '天', '次数', '原因', '备注', '状态', '是否', '期限', '额度'];
const NOT_AMOUNT_WORDS: ReadonlySet<string> = new Set(['date', 'day', 'time', 'reason', 'note', 'status', 'term', 'limit']);

/** Whether a header names an amount the customer owes (欠费, 应收款, Balance Due, Outstanding), not a date or count of it. */
export function isOwed(header: unknown): boolean {
  if (typeof header !== 'string') return false;
  // A club's Annual Dues (folded: Annual Due) is the membership's price, no debt (dues-header.ts).
  if (duesPeriod(header) !== null) return false;
  const { key, words } = foldHeader(header);
  if (OWED_HEADER_KEYS.has(key)) return true;
  if (!OWED_HEADS.some((h) => key.includes(h)) && !words.some((w) => OWED_WORDS.has(w))) return false;
  return !NOT_AMOUNT_HEADS.some((h) => key.includes(h)) && !words.some((w) => NOT_AMOUNT_WORDS.has(w));
}

/** How the sheet writes its money (the run's amount settings): what an owed cell's text (1,200.00, ¥300) is read by. */
export interface OwedMoney {
  currency: string;
  decimal: '.' | ',';
}

/** An owed cell's amount: a number cell's value, a text read as the sheet's amounts are; null when none (blank, 无, a formula's). */
export function owedAmount(c: Cell | undefined, money: OwedMoney): number | null {
  if (c === undefined || isFormula(c)) return null;
  if (c.kind === 'number') return c.value;
  if (c.kind !== 'text') return null;
  const read = parseAmount(c.value, money.currency, money.decimal);
  if (read.kind === 'number') return read.value;
  // A dealer's 欠 2,800 元 or 3500(秋后还): the amount after the debt's word, before its note.
  const core = owedAmountText(c.value);
  if (core === null) return null;
  const again = parseAmount(core, money.currency, money.decimal);
  return again.kind === 'number' ? again.value : null;
}

/**
 * Whether a header names money owed on this sheet: as isOwed says, or a bare Balance (Saldo, 余额) on
 * a list kept to collect, beside a Due Date or a credit term (schema/collection-list.ts): a Xero
 * customer list's Balance is what the customer owes, a salon's 余额 what it holds for him.
 */
export function isOwedIn(header: unknown, headers: readonly unknown[]): boolean {
  return isOwed(header) || (isAccountBalanceHeader(header) && isCollectionSheet(headers));
}
