/**
 * Reminders of an order list (plan/order-list.ts): a customer's birthday, follow-ups, stale and
 * dormant reminders are his, once; but each order (a policy, a contract, a membership) runs to its
 * own end day. A policy list's 周杰 holding a car policy ending 12-05 and a home policy ending next
 * June is reminded of the first, not only of the policy he took out last.
 */
import type { CivilDate } from '../table/civil-date';
import type { CustomerRecord } from '../table/records';
import type { ClassifiedRow } from '../classify/classify';
import { ownersOfColumn, remind, type RemindContext, type RemindResult } from './remind';
import { groupByOwner, sortReminders } from './group';
import type { RemindRuleName, RemindSettings } from './settings';
import { REMINDER_KINDS, type ReminderKind } from './types';
import type { MergedAway } from './merged-away';

/** The rules that read one order's own dates rather than the customer's. */
export const PER_ORDER: readonly RemindRuleName[] = ['contract'];
/** And of a deals export's (plan/deal-list.ts): each open deal is followed up by its owner, on its own day. */
export const PER_DEAL: readonly RemindRuleName[] = ['contract', 'followUp'];

function only(settings: RemindSettings, keep: (name: RemindRuleName) => boolean): RemindSettings {
  const out = { ...settings } as Record<RemindRuleName, RemindSettings[RemindRuleName]>;
  for (const name of Object.keys(out) as RemindRuleName[]) out[name] = { ...out[name], enabled: out[name].enabled && keep(name) };
  return out as RemindSettings;
}

/**
 * What an order list's reminders know beyond its rows: the same members as remind()'s context
 * (remind-context.ts) where the order list has them, and each half's classes.
 */
export interface OrderListContext extends Pick<RemindContext, 'dueLabel' | 'extraDues' | 'yearlessOrders' | 'mainHeader' | 'fieldHeaders'> {
  /** The classes of each customer's record (his latest order with the aggregates). */
  customerClasses: { rows: readonly ClassifiedRow[] };
  /** The classes of each order row, for the rules that read one order's own dates. */
  orderClasses: { rows: readonly ClassifiedRow[] };
  /** The rules read of each order rather than of the customer: PER_ORDER, or a deals export's PER_DEAL. Absent: PER_ORDER. */
  perOrderRules?: readonly RemindRuleName[];
  /**
   * What merged-away rows still hold (merged-away.ts): `byCustomer` keyed by each customer record's
   * row, reminded once per customer; `byRow` keyed by the order row whose note says it, for a rule
   * read per order (a deals export's follow-up: each deal's own).
   */
  mergedAway?: { byCustomer: ReadonlyMap<number, MergedAway>; byRow: ReadonlyMap<number, MergedAway> };
}

/**
 * `customers`: one record per customer (his latest order with the aggregates); `orders`: every order
 * row. Yearless orders and field headers are the customer's (his birthday, his stale reason); the
 * contract-end column's label, extra columns and header are each order's.
 */
export function remindOrderList(
  customers: readonly CustomerRecord[],
  orders: readonly CustomerRecord[],
  settings: RemindSettings,
  today: CivilDate,
  context: OrderListContext,
): RemindResult {
  const { customerClasses, orderClasses, dueLabel, extraDues = [], yearlessOrders = {}, mainHeader, perOrderRules = PER_ORDER, fieldHeaders = {}, mergedAway = { byCustomer: new Map(), byRow: new Map() } } = context;
  const perCustomer = remind(customers, only(settings, (name) => !perOrderRules.includes(name)), today, { classification: customerClasses, yearlessOrders, mergedAway: mergedAway.byCustomer, fieldHeaders });
  const perOrder = remind(orders, only(settings, (name) => perOrderRules.includes(name)), today, { classification: orderClasses, dueLabel, extraDues, mainHeader, mergedAway: mergedAway.byRow });
  const reminders = sortReminders([...perCustomer.reminders, ...perOrder.reminders]);
  const counts = Object.fromEntries(REMINDER_KINDS.map((k) => [k, perCustomer.counts[k] + perOrder.counts[k]])) as Record<ReminderKind, number>;
  const silenced = { ...perCustomer.silenced };
  for (const [k, n] of Object.entries(perOrder.silenced) as [keyof typeof silenced, number][]) silenced[k] += n;
  return { reminders, groups: groupByOwner(reminders, ownersOfColumn(orders)), counts, silenced, silencedFrom: [...new Set([...perCustomer.silencedFrom, ...perOrder.silencedFrom])], renewed: perCustomer.renewed + perOrder.renewed, optedOut: perCustomer.optedOut + perOrder.optedOut, lost: perCustomer.lost, expired: perOrderRules.includes('contract') ? perOrder.expired : perCustomer.expired, errors: perCustomer.errors };
}
