/**
 * What an order list's group of one customer's orders says (tester h77 #17). On an order list two
 * orders are never a duplicate; the only group of two orders is one customer written two ways (two
 * customer IDs, a Gmail box typed with a +tag: order-list.ts oneCustomerWrittenTwice), shown together
 * and counted as one customer. The dedupe core's "two contracts, policies or orders to keep apart?"
 * asks a question the run has answered: on a web shop's export it read as a repeat buyer to review.
 */
import type { DuplicateGroup } from '../dedupe/types';
import type { MessageKey } from '../i18n';

/** The kinds of order list (deal-list.ts, subscription-list.ts); a policy book keeps the core's wording, which names policies. */
export type OrderListKind = 'orders' | 'deals' | 'subscriptions';

const TWO_RECORDS: MessageKey = 'dedupe.reason.twoRecords';

export const ORDERS_OF_ONE: Readonly<Record<OrderListKind, MessageKey>> = {
  orders: 'dedupe.reason.ordersOfOne',
  deals: 'dedupe.reason.dealsOfOne',
  subscriptions: 'dedupe.reason.subscriptionsOfOne',
};

const CODES: ReadonlySet<MessageKey> = new Set(Object.values(ORDERS_OF_ONE));

/** Whether a group is one customer's orders on an order list, as withOrdersOfOne names it. */
export function isOrdersOfOne(group: Pick<DuplicateGroup, 'records' | 'reasons'>): boolean {
  return group.records === true && group.reasons.some((r) => CODES.has(r.code));
}

/** The groups with each group of one customer's records naming his orders (deals, subscriptions); the others as they are. */
export function withOrdersOfOne(groups: readonly DuplicateGroup[], kind: OrderListKind): readonly DuplicateGroup[] {
  const code = ORDERS_OF_ONE[kind];
  return groups.map((g) => (g.records && g.reasons.some((r) => r.code === TWO_RECORDS)
    ? { ...g, reasons: g.reasons.map((r) => (r.code === TWO_RECORDS ? { ...r, code } : r)) }
    : g));
}
