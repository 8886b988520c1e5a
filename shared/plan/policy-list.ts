/**
 * An order list whose order number is a policy's (保单号, Policy No.): an insurance agent's renewal list, one row per
 * policy. The summary calls its rows 保单 / policies, not 订单 / orders (tester h64 finding 9); everything else reads
 * it as any order list (order-list.ts), each policy reminded on its own end day.
 */

/** Words of an order-number header that make it a policy's (rules as data). */
const POLICY_WORDS = /保单|保險單|保险单|policy/iu;

export function namesPolicies(header: unknown): boolean {
  return typeof header === 'string' && POLICY_WORDS.test(header);
}
