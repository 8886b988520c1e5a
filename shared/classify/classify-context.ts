/**
 * What classify() knows of a sheet beyond its rows, settings and day, read from its headers, as
 * remind/remind-context.ts is for the reminders: named members, each optional, its absence meaning
 * what the sheet without it would mean.
 */
import type { FieldId } from '../schema/fields';
import type { DueLabels } from '../remind/service-cycle';

export interface ClassifyContext {
  /**
   * What the due columns say falls due (remind/due-label.ts): a recurring service still to come
   * (保养, 疫苗) keeps a customer from churned (`@serviceDue`), and a premium due date passed (缴费) of a
   * policy not lapsed is a premium paid that day (`@lastActivity`).
   */
  dues?: DueLabels;
  /**
   * Date fields whose column books ahead (入住日期, 入学日期, Check-in Date: schema/booked-ahead.ts), by
   * the header as typed: a day after today there is a booking (`@bookedAhead`), not a typo.
   */
  booked?: ReadonlyMap<FieldId, string>;
  /**
   * Date fields whose column holds the customer's next visit as the business booked it (复诊日期, Next
   * Recall Due: schema/booked-ahead.ts booksVisit), also in `booked`: after today he is coming; passed,
   * its day is `@visitDue`, which keeps a patient seen long ago in the clinic's cycle for a year.
   */
  visits?: ReadonlyMap<FieldId, string>;
  /**
   * The tier column names the store's member ladder (会员等级: schema/loyalty-header.ts): its levels are
   * the store's own, neither compared with the value tier nor taken for it, unless the settings define
   * their own tier levels (classify.tier as a list), which are then that ladder.
   */
  loyaltyTier?: boolean;
  /**
   * The sheet sells things bought once (a car, a home, a wedding: schema/one-off-purchase.ts): a buyer
   * who has not bought again within `churnDays` is no churned customer but one who bought.
   */
  oneOffPurchases?: boolean;
  /**
   * The sheet keeps policies (保单号, 保单状态, Policy Status): a status of one in force (有效, 宽限期, In
   * Force: policy-in-force.ts) is a holder served now, as 在保 is.
   */
  policies?: boolean;
}
