/**
 * In an order list (a policy list, a contract register), a remark saying a row's purchase ended (跟进记录 已退保 on one
 * policy) is about that row: its customer, holding another policy in force, stays a customer and is reminded of it
 * (order-list.ts rowsEndedAlone). Its note on the cell says so, never that the customer left and is no longer
 * reminded (tester h64 finding 2).
 */
import type { CellIssue } from './issue';

/** The validation rule whose note says a remark means the customer left (validate/rules.ts notes.left). */
const NOTE_LEFT_RULE = 'notes.left';

export function withRowOnlyRemarks(issues: CellIssue[], endedAlone: ReadonlySet<number> | undefined): CellIssue[];
export function withRowOnlyRemarks(issues: readonly CellIssue[], endedAlone: ReadonlySet<number> | undefined): readonly CellIssue[];
export function withRowOnlyRemarks(issues: readonly CellIssue[], endedAlone: ReadonlySet<number> | undefined): readonly CellIssue[] {
  if (endedAlone === undefined || endedAlone.size === 0) return issues;
  return issues.map((i) => (i.rule === NOTE_LEFT_RULE && endedAlone.has(i.sheetRow) ? { ...i, code: 'rule.noteSaysLeftRow' as const } : i));
}
