/**
 * What remind() knows of a sheet beyond its rows, settings and day: named members rather than
 * positional parameters, so that a caller says only what it has (`{ yearlessOrders, fieldHeaders }`)
 * and a new member is one more line here, not one more `undefined` at every call site.
 * Every member is optional; its absence means what the sheet without it would mean.
 */
import type { ClassifiedRow } from '../classify/classify';
import type { MergedAway } from './merged-away';
import type { PossibleCopies } from './possible-copies';
import type { SameCustomer } from './same-customer';
import type { FieldHeaders, YearlessOrders } from './types';

/** A contract-end column beside the main one: what its header says falls due, and the header itself. */
export interface ExtraDue {
  /** 年检 for 年检到期 (due-label.ts); undefined for a second contract's column, worded as a contract. */
  label?: string;
  header: string;
}

export interface RemindContext {
  /** Each row's classes (classify.ts): the dormant rule reads a key customer's activity from them. */
  classification?: { rows: readonly ClassifiedRow[] };
  /** Rows the duplicate review holds to be one customer (same-customer.ts): reminded once, on his latest touch. */
  sameCustomer?: SameCustomer;
  /** What the sheet's contract-end column says ends when it is no contract (due-label.ts). */
  dueLabel?: string;
  /** The contract-end column's extra columns (年检到期 beside 保险到期), in the order of `record.extra.contractEnd`. */
  extraDues?: readonly ExtraDue[];
  /** The order each column's year-less dates are read in (05/12 beside 25/11/2026: day first). */
  yearlessOrders?: YearlessOrders;
  /** The contract-end column's header: a policy's renewal (续保日期) renews the policy of an extra column (保险到期). */
  mainHeader?: string;
  /** Rows a review group offers as perhaps one customer: each reminded, naming the others (possible-copies.ts). */
  possibleCopies?: PossibleCopies;
  /**
   * The company column is the customer's own company (schema/own-company.ts): its contacts are one
   * account. False when it names another party (his bank, a courier, a pupil's school), which joins no account.
   * Absent: true.
   */
  accountsByCompany?: boolean;
  /**
   * Sheet row → the days rows merged into it still hold, as its merged-values note says them
   * (merged-away.ts): another rep's follow-up, reminded to him as the row's own plan is; another
   * birthday, reminded beside the row's own, marked to check.
   */
  mergedAway?: ReadonlyMap<number, MergedAway>;
  /** The remaining-count column's header (剩余课时, Lessons Remaining), which its reminders say the count in. */
  remainingWord?: string;
  /** The sheet's package is not renewed when used up (a 驾校's 课时: rules/remaining.ts packageRenews). */
  remainingNoRenewal?: boolean;
  /**
   * Rows whose column of money owed (欠费, 应收款, Balance Due: dedupe/owed.ts) holds an amount: a fee
   * or a contract long past its end is still the 催缴 list's while the customer owes.
   */
  owedRows?: ReadonlySet<number>;
  /**
   * Each owing row's money owed in the sheet's words (尾款 18800: plan/owed-amounts.ts): once the day it was
   * booked for is held (婚期), the balance is what is left to collect, said instead of nothing.
   */
  owedAmounts?: ReadonlyMap<number, { header: string; amount: string; afterDeposit?: true }>;
  /**
   * The contract-end column is a debt's due date (Due Date beside a Balance, 付款到期日 beside 欠款:
   * schema/collection-list.ts): its reminders are for the rows in owedRows only, a paid one is no call.
   */
  dueWhileOwed?: boolean;
  /** Each field's column header (最近签到): the stale reason names its date by the sheet's word. */
  fieldHeaders?: FieldHeaders;
  /** The sheet sells things bought once (a car, a home, a wedding: schema/one-off-purchase.ts), read as a sheet of one-off projects is. */
  oneOffPurchases?: boolean;
}
