/** The tier ids a classification's tier dimension can give a row: what a reminder may name. */
import { DIMENSION_LABELS } from './labels';
import { expandPreset } from './presets';
import type { RuleSet } from './settings';

/**
 * The ids of the tier levels (a preset's too: one threshold gives high and low, never medium);
 * [] when the tier dimension is switched off. Settings the classification cannot read leave the
 * built-in ids, so only the classification's own error is reported for them.
 */
export function givenTiers(tier: RuleSet): string[] {
  if (tier === null) return [];
  const levels: unknown = Array.isArray(tier) ? tier : typeof tier === 'object' ? expandPreset(tier as unknown as Record<string, unknown>, 'classify.tier').levels : null;
  const ids = Array.isArray(levels) ? levels.map((level: unknown) => (level as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string') : [];
  if (ids.length === 0) return [...DIMENSION_LABELS.tier];
  // Built-in ids in their usual order (high, medium, low), a user's own after them.
  const builtin: readonly string[] = DIMENSION_LABELS.tier;
  return [...builtin.filter((id) => ids.includes(id)), ...new Set(ids.filter((id) => !builtin.includes(id)))];
}
