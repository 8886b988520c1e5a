/**
 * The built-in classification dimensions and their label ids, and how a label id is shown.
 * Labels leave the core as ids ('potential', 'high' …); `labelText` renders them in zh-CN or en.
 */
import { t, type MessageKey } from '../i18n';
import type { Lang } from '../i18n/define';

export type BuiltinDimension = 'lifecycle' | 'activity' | 'tier' | 'vip';
export const BUILTIN_DIMENSIONS: readonly BuiltinDimension[] = ['lifecycle', 'activity', 'tier', 'vip'];

/** Text written once in each language (user rules bring their own labels this way). */
export type LocalText = Readonly<Record<Lang, string>>;

/** Label ids of each built-in dimension, in display order ('unknown' last). */
export const DIMENSION_LABELS: Readonly<Record<BuiltinDimension, readonly string[]>> = {
  lifecycle: ['potential', 'existing', 'churned', 'unknown'],
  activity: ['active', 'dormant', 'lost', 'unknown'],
  tier: ['high', 'medium', 'low', 'unknown'],
  vip: ['vip', 'regular', 'unknown'],
};

const LABEL_KEYS: Readonly<Record<string, MessageKey>> = {
  potential: 'classify.label.potential',
  existing: 'classify.label.existing',
  churned: 'classify.label.churned',
  active: 'classify.label.active',
  dormant: 'classify.label.dormant',
  lost: 'classify.label.lost',
  high: 'classify.label.high',
  medium: 'classify.label.medium',
  low: 'classify.label.low',
  vip: 'classify.label.vip',
  regular: 'classify.label.regular',
  unknown: 'classify.label.unknown',
};

export const DIMENSION_TITLES: Readonly<Record<BuiltinDimension, MessageKey>> = {
  lifecycle: 'classify.dimension.lifecycle',
  activity: 'classify.dimension.activity',
  tier: 'classify.dimension.tier',
  vip: 'classify.dimension.vip',
};

export function isBuiltinLabel(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(LABEL_KEYS, id);
}

export function labelKey(id: string): MessageKey | undefined {
  return isBuiltinLabel(id) ? LABEL_KEYS[id] : undefined;
}

/** Renders a label id; a user rule's own text wins, an unknown id shows as itself. */
export function labelText(lang: Lang, id: string, own?: LocalText): string {
  if (own && typeof own[lang] === 'string' && own[lang] !== '') return own[lang];
  const key = labelKey(id);
  return key ? t(lang, key) : id;
}
