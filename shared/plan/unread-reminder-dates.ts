/**
 * Dates a reminder reads that the run left as typed because their order is in doubt (05/12/2026 in
 * a sheet that writes both): each is a birthday, a renewal or a follow-up no reminder can be worked
 * out for. Said once with how many, so a summary of reminders does not look complete when it is not.
 */
import type { FieldId } from '../schema/fields';
import type { CellIssue, SheetProblem } from './issue';

/** The fields whose dates the reminders count days to. */
const REMINDED: ReadonlySet<FieldId> = new Set<FieldId>(['birthday', 'contractEnd', 'nextFollowUp', 'anniversary']);

export function unreadReminderDates(issues: readonly CellIssue[]): SheetProblem[] {
  const byField = new Map<FieldId, number>();
  for (const issue of issues) {
    if (issue.code !== 'date.ambiguous' || !REMINDED.has(issue.field)) continue;
    byField.set(issue.field, (byField.get(issue.field) ?? 0) + 1);
  }
  if (byField.size === 0) return [];
  const count = [...byField.values()].reduce((n, k) => n + k, 0);
  return [{ code: 'remind.datesUnread', severity: 'warning', params: { count, fieldList: [...byField.keys()].join(',') } }];
}
