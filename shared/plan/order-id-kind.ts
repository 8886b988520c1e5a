/**
 * What a duplicate group's "same order number" reason calls the number, by the kind of number the
 * sheet's column holds: a policy book's Policy # or 保单号 is a policy number, a 合同编号 a contract's, a
 * booking's reference a booking's (tester h73 #3: one policy typed twice said `same order number`). The
 * dedupe core compares any such column as `orderId`; the plan, which knows its header, names it.
 */
import type { DuplicateGroup } from '../dedupe/types';
import type { MessageKey } from '../i18n';
import { toSimplified } from '../text/simplified';

/** Words of the order-number header → the reason naming its kind; first match wins (rules as data). */
const ORDER_ID_KINDS: readonly { test: RegExp; code: MessageKey }[] = [
  { test: /保单|保险单|policy/iu, code: 'dedupe.reason.orderId.samePolicy' },
  { test: /合同|合约|协议|contract|agreement/iu, code: 'dedupe.reason.orderId.sameContract' },
  { test: /预订|预约|booking|reservation/iu, code: 'dedupe.reason.orderId.sameBooking' },
];

const SAME_ORDER: MessageKey = 'dedupe.reason.orderId.same';

/** The groups with their same-order reason naming the column's kind of number; the same groups where it names none. */
export function withOrderIdKind(groups: readonly DuplicateGroup[], header: unknown): readonly DuplicateGroup[] {
  if (typeof header !== 'string') return groups;
  const text = toSimplified(header);
  const code = ORDER_ID_KINDS.find((k) => k.test.test(text))?.code;
  if (code === undefined) return groups;
  return groups.map((g) => (g.reasons.some((r) => r.code === SAME_ORDER)
    ? { ...g, reasons: g.reasons.map((r) => (r.code === SAME_ORDER ? { ...r, code } : r)) }
    : g));
}
