/**
 * Levels no row can reach: levels are tried in order and the first that matches wins, so a level
 * whose test an earlier one always passes first never gives its label (中 ≥ 200,000 before
 * 大 ≥ 1,000,000: every big customer is 中). Only what can be told for sure is said: two single tests
 * on the same field whose bounds nest.
 */
import type { SheetProblem } from '../plan/issue';
import type { ClassifySettings } from './settings';
import { BUILTIN_DIMENSIONS } from './labels';

interface Test {
  field: string;
  op: string;
  value: unknown;
}

const single = (when: unknown): Test | null => {
  if (typeof when !== 'object' || when === null) return null;
  const w = when as Record<string, unknown>;
  return typeof w.field === 'string' && typeof w.op === 'string' ? { field: w.field, op: w.op, value: w.value } : null;
};

/** Whether every value passing `later` passes `earlier` too (so `later` is never reached). */
function covers(earlier: Test, later: Test): boolean {
  if (earlier.field !== later.field) return false;
  const a = earlier.value;
  const b = later.value;
  const nums = typeof a === 'number' && typeof b === 'number';
  // Any test but "empty" needs a value: notEmpty before it takes every row it could.
  if (earlier.op === 'notEmpty') return later.op !== 'empty' && later.op !== 'ne';
  if (earlier.op === 'eq' && later.op === 'eq') return a === b;
  if (!nums) return false;
  const lower = (op: string) => op === 'gte' || op === 'gt' || op === 'olderThanDays';
  const upper = (op: string) => op === 'lte' || op === 'lt' || op === 'withinDays';
  if (lower(earlier.op) && lower(later.op)) return earlier.op === later.op || earlier.op === 'gte' ? b >= a : b > a;
  if (upper(earlier.op) && upper(later.op)) return earlier.op === later.op || earlier.op === 'lte' ? b <= a : b < a;
  return false;
}

export function shadowedLevels(settings: ClassifySettings): SheetProblem[] {
  const rules: { setting: string; levels: unknown }[] = [
    ...BUILTIN_DIMENSIONS.map((d) => ({ setting: `classify.${d}`, levels: settings[d] })),
    ...settings.custom.map((rule, i) => ({ setting: `classify.custom[${i}]`, levels: rule.levels })),
  ];
  const problems: SheetProblem[] = [];
  for (const { setting, levels } of rules) {
    if (!Array.isArray(levels)) continue;
    const tests = levels.map((l: { id?: unknown; when?: unknown }) => ({ id: String(l?.id), test: single(l?.when) }));
    tests.forEach((later, i) => {
      if (!later.test) return;
      const earlier = tests.slice(0, i).find((e) => e.test && covers(e.test, later.test!));
      if (earlier) problems.push({ code: 'classify.levelShadowed', severity: 'warning', params: { setting, level: later.id, earlier: earlier.id } });
    });
  }
  return problems;
}
