/**
 * A reminder that reads a class the user's settings switched off. The dormant high-value reminder
 * is the activity class (dormant) of a customer of a given tier or VIP: with `classify.activity:
 * null` it finds no one, and without a word the user would take its silence for "no VIP is going
 * quiet".
 */
import type { SheetProblem } from '../plan/issue';
import type { ClassifySettings } from '../classify/settings';
import type { RemindSettings } from './settings';

export function remindersWithoutClasses(remind: RemindSettings, classify: ClassifySettings): SheetProblem[] {
  const rule = remind.highValueDormant;
  if (!rule.enabled) return [];
  const off: string[] = [];
  if (classify.activity === null) off.push('activity');
  const byTier = rule.tiers.length > 0 && classify.tier !== null;
  const byVip = rule.includeVip && classify.vip !== null;
  if (!byTier && !byVip) off.push(rule.tiers.length > 0 ? 'tier' : 'vip');
  return off.map((dimension): SheetProblem => ({ code: 'remind.needsClass', severity: 'warning', params: { rule: 'highValueDormant', dimension } }));
}
