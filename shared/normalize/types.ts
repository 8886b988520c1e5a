/** The contract every per-field cleaner keeps. */
import type { Cell } from '../table/cell';
import type { CivilDate, DateSystem } from '../table/civil-date';
import type { FieldDef } from '../schema/fields';
import type { Settings } from '../settings/types';
import type { Finding } from '../plan/issue';
import type { MessageKey } from '../i18n';
import type { PhoneReadings } from './phone';
import type { FeePeriod } from '../schema/fee-period';

export interface CleanContext {
  field: FieldDef;
  settings: Settings;
  today: CivilDate;
  /** Date system of the workbook the cells came from (Excel 1900/1904, or Sheets). */
  dateSystem: DateSystem;
  /**
   * A year-less 05/12 of this column, read day first by full dates the run rewrites as ISO dates,
   * is written so that it says its order: 5 Dec ('en'), 12月5日 ('zh') (sheet-locale.ts yearlessSpelled).
   */
  spellYearless?: 'en' | 'zh';
  /** The date column holds times of day other than midnight (column-times.ts): its 00:00:00 stays a time. */
  keepMidnight?: true;
  /** The one form the date column writes its times in (column-times.ts timesWithSeconds): with :SS, or HH:MM. Unset: as typed. */
  timeSeconds?: boolean;
  /** The column writes dotted two-digit years first, 24.11.01 (dotted-years.ts); else 01.11.24 is day first. */
  dottedYearFirst?: true;
  /**
   * How the province column writes most of its provinces (province.ts provinceForm): its odd ones out
   * are written so too; a column written in Latin letters ('latin': Guangdong, CA) is left as written.
   * Absent: full, the official name.
   */
  provinceForm?: 'short' | 'full' | 'latin';
  /** The phone numbers this run has read (made by the run, gone with it): each text parsed once. */
  phones?: PhoneReadings;
  /**
   * The amount is in its row's own currency (`settings.amount.currency`), not the one tiers and totals
   * count (plan/row-currency.ts): it becomes a number all the same, read by the rules as the text it
   * shows, so no tier adds it to another currency's amounts.
   */
  currencyApart?: true;
  /**
   * The period the amount column's header says its fees are per (月服务费: 'month', schema/fee-period.ts):
   * a cell typed per that same period (300元/月) is that amount, no other figure to flag.
   */
  feePeriod?: FeePeriod;
  /**
   * The column is money owed (赊账金额, 尾款: plan/build.ts owedCols): a cell typed with the debt's word
   * (欠 2,800 元, 赊 600) is that amount owed, read as the merge reads it (dedupe/owed.ts).
   */
  owed?: true;
}

export interface CleanResult {
  /** The cleaned cell; the very same object as the input when nothing changed. */
  cell: Cell;
  /** Why the value changed (a message key such as `fix.phone`); absent when unchanged. */
  reason?: MessageKey;
  findings: Finding[];
  /**
   * What the rules read in place of a cell kept as typed (a contract end 26.12.9 whose two-digit year is
   * in doubt: read as 2026-12-09, never written, so every run says the doubt again): plan/build.ts
   * hands it to toRecords (Table.readAs).
   */
  read?: Cell;
}

/**
 * A cleaner never throws, never turns a non-empty cell into an empty one, is idempotent
 * (cleaning its own output changes nothing), and leaves formula and error cells to the caller.
 */
export type Cleaner = (cell: Cell, ctx: CleanContext) => CleanResult;
