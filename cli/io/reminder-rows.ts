/**
 * The reminders table the run writes (sheet or CSV): owner, kind, customer, row, due date, days
 * left and reason, grouped by owner in the plan's order.
 */
import { ownerText, reminderKindText, reminderText, whatOf, type Cell, type Lang, type Plan } from '../../shared';
import { say } from '../messages';
import { capCellText } from './cell-cap';
import type { RowMap } from './row-map';

export const REMINDER_HEADER_KEYS = [
  'cli.reminders.owner', 'cli.reminders.kind', 'cli.reminders.customer', 'cli.reminders.row',
  'cli.reminders.due', 'cli.reminders.daysLeft', 'cli.reminders.reason',
] as const;

export function reminderHeaders(lang: Lang): string[] {
  return REMINDER_HEADER_KEYS.map((k) => say(lang, k));
}

/**
 * One row of cells per reminder. The row column is the output row: after a merge, a reminder of a
 * merged-away row points at the row it was merged into.
 */
export function reminderRows(plan: Plan, lang: Lang, rows: RowMap): Cell[][] {
  const text = (value: string): Cell => (value === '' ? { kind: 'empty' } : { kind: 'text', value: capCellText(value) });
  return plan.reminders.groups.flatMap((group) =>
    group.reminders.map((r): Cell[] => [
      text(ownerText(lang, group.owner)),
      text(reminderKindText(lang, r.kind, whatOf(r))),
      text(r.customer),
      { kind: 'number', value: rows.target(r.sheetRow) },
      { kind: 'date', value: r.due },
      { kind: 'number', value: r.daysLeft },
      text(reminderText(lang, r)),
    ]),
  );
}
