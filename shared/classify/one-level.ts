/**
 * A dimension the user set up on amounts that puts every customer it classifies in the same level:
 * thresholds in 万元 where the rules compare yuan ([100, 20] makes all 272 customers 高价值). Only
 * amount thresholds are looked at: a Shanghai team's customers all in 华东, or an old export all
 * lost by days since the last purchase, is what the sheet is, not a mistake. A small sheet may well
 * be all one class, so only a sheet of some size is looked at.
 */
import type { SheetProblem } from '../plan/issue';
import type { ClassifiedRow, LegendEntry } from './classify';
import { BUILTIN_DIMENSIONS, type BuiltinDimension } from './labels';
import { DEFAULT_CLASSIFY_SETTINGS, type ClassifySettings } from './settings';
import { FIELD_BY_ID, isFieldId } from '../schema/fields';

/** Presets that compare amounts with thresholds of the user's. */
const AMOUNT_PRESETS: ReadonlySet<string> = new Set(['tierByAmount', 'vipByRule']);
const THRESHOLD_OPS: ReadonlySet<string> = new Set(['gt', 'gte', 'lt', 'lte']);

/** Whether a dimension's settings compare an amount field with a threshold anywhere in them. */
function comparesAmounts(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(comparesAmounts);
  if (value === null || typeof value !== 'object') return false;
  const o = value as Record<string, unknown>;
  if (typeof o.preset === 'string' && AMOUNT_PRESETS.has(o.preset)) return true;
  if (typeof o.field === 'string' && typeof o.op === 'string' && THRESHOLD_OPS.has(o.op) && isFieldId(o.field) && FIELD_BY_ID[o.field].kind === 'amount') return true;
  return Object.values(o).some(comparesAmounts);
}

/** Fewer classified customers than this can be all one class by chance. */
export const ONE_LEVEL_MIN_ROWS = 20;

export function allInOneLevel(settings: ClassifySettings, rows: readonly ClassifiedRow[], legend: readonly LegendEntry[]): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (const entry of legend) {
    const builtin = (BUILTIN_DIMENSIONS as readonly string[]).includes(entry.dimension);
    const dim = entry.dimension as BuiltinDimension;
    // The built-in defaults are no setting of the user's to check.
    if (builtin && JSON.stringify(settings[dim]) === JSON.stringify(DEFAULT_CLASSIFY_SETTINGS[dim])) continue;
    const i = settings.custom.findIndex((r) => r.id === entry.dimension);
    if (!comparesAmounts(builtin ? settings[dim] : settings.custom[i])) continue;
    if (entry.labels.filter((l) => l.id !== 'unknown').length < 2) continue;
    const counts = new Map<string, number>();
    for (const row of rows) {
      const label = builtin ? row.labels[dim] : row.labels.custom[entry.dimension];
      if (label === null || label === undefined || label === 'unknown') continue;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    if (counts.size !== 1) continue;
    const [[level, count]] = [...counts];
    if (count < ONE_LEVEL_MIN_ROWS) continue;
    const text = entry.labels.find((l) => l.id === level)?.text;
    problems.push({
      code: 'classify.oneLevelOnly',
      severity: 'warning',
      params: { setting: builtin ? `classify.${dim}` : `classify.custom[${i}]`, count, level, levelZh: text?.['zh-CN'] ?? level, levelEn: text?.en ?? level },
    });
  }
  return problems;
}
