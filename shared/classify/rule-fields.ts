/**
 * The columns a user's own rules read that the sheet does not have. A rule on `status` in a sheet
 * whose 客户状态 column was read as the customer type matches no row, and without a word the user
 * would take its empty column for "no customer qualifies".
 */
import { isFieldId, type FieldId } from '../schema/fields';
import type { SheetProblem } from '../plan/issue';
import type { CustomRule } from './settings';

/** Every `field` a condition tree names (`all` / `any` groups walked), derived `@` values left out. */
export function fieldsOf(condition: unknown, out: Set<string>): void {
  if (typeof condition !== 'object' || condition === null) return;
  const c = condition as Record<string, unknown>;
  if (typeof c.field === 'string' && !c.field.startsWith('@')) out.add(c.field);
  for (const list of [c.all, c.any]) if (Array.isArray(list)) for (const inner of list) fieldsOf(inner, out);
}

/** One note per custom rule and field it reads that no column of the sheet holds. */
export function missingRuleFields(custom: readonly CustomRule[], fieldCols: Partial<Record<FieldId, number>>): SheetProblem[] {
  const problems: SheetProblem[] = [];
  for (const rule of custom) {
    const read = new Set<string>();
    for (const level of rule.levels) fieldsOf(level.when, read);
    for (const field of read) {
      // A name that is no field id is a column's header, checked against the sheet before the run (rule-columns.ts).
      if (isFieldId(field) && fieldCols[field] === undefined) problems.push({ code: 'classify.ruleFieldMissing', severity: 'warning', params: { rule: rule.id, field } });
    }
  }
  return problems;
}
