/**
 * High-value customers going quiet: the tier is one of `tiers` (or the customer is VIP) and the
 * activity is dormant. Reads the classification; without one this rule finds nothing.
 */
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule } from '../types';

export const highValueDormantRule: ReminderRule<RemindSettings['highValueDormant']> = (_record, settings, ctx): ReminderDraft | null => {
  const row = ctx.classified;
  if (!row || row.labels.activity !== 'dormant') return null;
  const tier = row.labels.tier;
  const vip = settings.includeVip && row.labels.vip === 'vip';
  if (!vip && !(tier !== null && settings.tiers.includes(tier))) return null;
  const label = vip ? 'vip' : (tier as string);
  return {
    kind: 'highValueDormant', due: ctx.todayDay, event: row.lastActivity ?? '',
    reason: { code: 'remind.reason.highValueDormant', params: { label, days: row.daysSinceActivity ?? 0, date: row.lastActivity ?? '' } },
  };
};
