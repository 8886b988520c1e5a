/** The report: titled tables of counts that hosts write to a report sheet (charts are the hosts' job). */
import type { MessageKey } from '../i18n';
import type { Params } from '../i18n/define';

export interface ReportSeries {
  /** Stable id of the category: a label id, a kind, a field id, or the value itself; `#blank` and `#other` are reserved. */
  id: string;
  /** The category as shown, in the report's language. */
  label: string;
  count: number;
  /**
   * In a table of customers by class or value (type, activity, tier, VIP, a rule, industry, region,
   * owner): the entry's part of the customers, 0–1 in steps of 0.1 % (0.123), rounded so that the
   * table's parts, the blank bucket's included, add up to exactly 1 (a table of shared owners: more).
   */
  share?: number;
  /**
   * In those tables, on a sheet with an amount column: what the entry's customers spent, the amount
   * column summed per customer in whole units (a 万元 column's 12 is 120,000), each customer once.
   */
  spend?: number;
  /** The entry's part of the spending, as `share`; absent when the customers spent nothing (or less) in all. */
  spendShare?: number;
}

export interface ReportSection {
  id: string;
  title: MessageKey;
  /** The title's placeholders: a user's rule's name in "Customers by {rule}". */
  titleParams?: Params;
  series: ReportSeries[];
  /** What a reader must know to read the counts (shared customers count for each owner), shown under the table. */
  note?: { code: MessageKey; params: Params };
  /**
   * On a sheet with an amount column: what all the customers spent (the customers table and each
   * table with `spend`); each such table's spends add up to it, but an owner table's shared customers'.
   */
  spendTotal?: number;
  /**
   * The owner table when some customers are shared (two reps in one owner cell, or co-owners a merge
   * noted in 合并记录): the customers it holds, each counted once, where its lines add up to more.
   */
  customers?: number;
}

export interface Report {
  sections: ReportSection[];
}
