/**
 * Reasons that quote another class's test: a car owner's lifecycle says `首次购买后仍有往来：最近互动
 * 93 天前 ≤ 365 天`, the very test (the last activity within 365 days) his activity class gives as
 * `最近互动 93 天前 ≤ 365 天`. A reasons cell that says both says one clause twice (tester h65).
 */
import type { MessageKey } from '../i18n';
import type { Reason } from './reason';

/** A reason whose text quotes a day test → the plain reason that test gives on its own. */
const QUOTES: Partial<Record<MessageKey, MessageKey>> = {
  'classify.reason.boughtOnceStillSeen': 'classify.reason.withinDays',
  'classify.reason.boughtOnceNotSeen': 'classify.reason.olderThanDays',
  'classify.reason.churnedNoPurchaseDate': 'classify.reason.olderThanDays',
};

/** Whether `reason` only says again what one of `said` quotes: the same test on the same field and days. */
export function quotedBy(reason: Reason, said: readonly Reason[]): boolean {
  const p = reason.params;
  return said.some((s) => QUOTES[s.code] === reason.code && s.params.field === p.field && s.params.days === p.days && s.params.limit === p.limit);
}
