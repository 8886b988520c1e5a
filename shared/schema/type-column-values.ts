/**
 * Whether a 客户类型 / 客户分类 column holds the customer's class at all. Chinese systems give those
 * names to columns of other things: 企业微信's 客户类型 is the app that added him (微信 / 企业微信), 金蝶's
 * 客户分类 a sales channel (01 零售, 02 批发). Read as classes, every customer was "unrecognised" and the
 * user was asked to define 微信 as a lifecycle. A column none of whose values names a class (of any
 * dimension it is read in, nor of the levels the settings define) stays the user's own, as typed.
 */
import { cellText, isBlank, type Cell } from '../table/cell';
import { definedLevels, readLabelWord } from '../classify/existing-labels';
import { DIMENSION_LABELS, type BuiltinDimension, type LocalText } from '../classify/labels';
import { readStandingText } from '../remind/standing';
import type { Settings } from '../settings/types';
import { foldHeader } from './fold-header';

/** The dimensions a customerType column is read in (classify/existing-labels.ts EXISTING_COLUMNS). */
const TYPE_DIMENSIONS: readonly BuiltinDimension[] = ['lifecycle', 'activity', 'tier', 'vip'];

/**
 * Synonyms of customerType that say only "kind" or "category": whose kind, the values tell. A stage
 * header (Lifecycle Stage, 客户状态) says the column is a class, whatever it holds.
 */
export const KIND_ONLY_TYPE_KEYS: ReadonlySet<string> = new Set(['客户类型', '客户类别', '客户分类', '类型', 'customer type', 'client type', 'type'].map((w) => foldHeader(w).key));

/** Values looked at, and how many must be filled before the values decide. */
const SAMPLE_SIZE = 50;
const MIN_VALUES = 3;

/** The levels the settings define in `dimension` (a team's own 微信 / 企业微信), as the what-if reads them. */
function settingsLevels(settings: Settings, dimension: BuiltinDimension) {
  const levels: unknown = (settings.classify as unknown as Record<string, unknown> | undefined)?.[dimension];
  if (!Array.isArray(levels)) return undefined;
  const legend: { id: string; text: LocalText }[] = [];
  for (const level of levels as unknown[]) {
    const { id, label } = (level ?? {}) as { id?: unknown; label?: unknown };
    if (typeof id !== 'string') continue;
    const text = typeof label === 'string' ? { 'zh-CN': label, en: label }
      : label && typeof label === 'object' ? { 'zh-CN': String((label as Record<string, unknown>)['zh-CN'] ?? id), en: String((label as Record<string, unknown>).en ?? id) }
        : { 'zh-CN': id, en: id };
    legend.push({ id, text });
  }
  return legend.length > 0 ? definedLevels(legend, DIMENSION_LABELS[dimension]) : undefined;
}

/**
 * True when at least three of the column's first 50 filled values are there and none of them names a
 * class, a standing (黑名单, 已流失) or a level of the settings: the column is no class column.
 */
export function namesNoClass(cells: readonly Cell[], settings: Settings): boolean {
  const defined = TYPE_DIMENSIONS.map((d) => settingsLevels(settings, d));
  let seen = 0;
  for (const cell of cells) {
    if (seen >= SAMPLE_SIZE) break;
    if (!cell || isBlank(cell) || cell.kind === 'error') continue;
    seen++;
    const text = cellText(cell).trim();
    if (readStandingText(text) !== null) return false;
    if (TYPE_DIMENSIONS.some((d, i) => readLabelWord(d, text, defined[i]) !== null)) return false;
  }
  return seen >= MIN_VALUES;
}
