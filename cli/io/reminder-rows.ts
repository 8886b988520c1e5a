/**
 * The reminders table the run writes (sheet or CSV): owner, kind, customer, row, due date, days
 * left and reason, grouped by owner in the plan's order.
 */
import { ownerText, reminderKindLabel, reminderText, type Cell, type Lang, type Plan } from '../../shared';
import { say } from '../messages';
import { capCellText } from './cell-cap';
import type { RowMap } from './row-map';
import { keyPart } from './typed-cells';

export const REMINDER_HEADER_KEYS = [
  'cli.reminders.owner', 'cli.reminders.kind', 'cli.reminders.customer', 'cli.reminders.row',
  'cli.reminders.due', 'cli.reminders.daysLeft', 'cli.reminders.reason',
] as const;

export function reminderHeaders(lang: Lang): string[] {
  return REMINDER_HEADER_KEYS.map((k) => say(lang, k));
}

/**
 * How a reminder line is recognised on the next run (typed-cells.ts), from its own cells: by owner,
 * kind, row and date; then without the owner; then by the customer instead of the row, for a sheet
 * whose rows the user moved. Its days left and reason change every day, and are not part of it.
 */
export function reminderKeys(own: readonly unknown[]): string[] {
  const [owner, kind, customer, row, due] = own.slice(0, 5).map(keyPart);
  if (kind === '' || due === '') return [];
  return [[owner, kind, row, due].join('\u0000'), [kind, row, due].join('\u0000'), [kind, customer, due].join('\u0000')];
}

/**
 * Each reminder line's own cells as reminderKeys reads them, the row being the input's: the row an
 * earlier run's sheet names is a row of this run's input (that run's output).
 */
export function reminderLines(plan: Plan, lang: Lang): unknown[][] {
  return plan.reminders.groups.flatMap((group) =>
    group.reminders.map((r) => [ownerText(lang, group.owner), reminderKindLabel(lang, r), capCellText(r.customer), r.sheetRow, r.due]),
  );
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
      text(reminderKindLabel(lang, r)),
      text(r.customer),
      { kind: 'number', value: rows.target(r.sheetRow) },
      { kind: 'date', value: r.due },
      { kind: 'number', value: r.daysLeft },
      text(reminderText(lang, r)),
    ]),
  );
}
