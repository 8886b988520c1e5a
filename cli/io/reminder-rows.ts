/**
 * The reminders table the run writes (sheet or CSV): owner, kind, customer, row, due date, days
 * left and reason, grouped by owner in the plan's order.
 */
import { LANGS, lostText, ownerBlocks, ownerText, reminderKindText, reminderLineKind, reminderLineText, t, type Cell, type Lang, type MessageKey, type Plan } from '../../shared';
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
 * whose rows the user moved; then each of these by the kind's family, so that a note typed beside a
 * contract due soon (合同即将到期) stays beside the same contract once it has expired (合同已到期), its
 * row and date unchanged (h61, 8). Its days left and reason change every day, and are not part of it.
 */
export function reminderKeys(own: readonly unknown[]): string[] {
  const [owner, kind, customer, row, due] = own.slice(0, 5).map(keyPart);
  if (kind === '' || due === '') return [];
  // The family's keys come at the same levels on both sides (the old line's and the new), whatever its kind.
  const family = kindFamily(kind);
  return [
    [owner, kind, row, due], [kind, row, due], [kind, customer, due],
    [owner, family, row, due], [family, row, due], [family, customer, due],
  ].map((k) => k.join('\u0000'));
}

/** Kinds that become another as their day passes (due soon → expired), as message key pairs: rules as data. */
const KIND_FAMILIES: readonly (readonly [MessageKey, MessageKey])[] = [
  ['remind.kind.contract', 'remind.kind.contractExpired'],
  ['remind.kind.renewal', 'remind.kind.renewalExpired'],
  ['remind.kind.feeRenewal', 'remind.kind.feeRenewalExpired'],
  ['remind.kind.due', 'remind.kind.dueExpired'],
  ['remind.kind.paymentDue', 'remind.kind.paymentOverdue'],
  ['remind.kind.serviceDue', 'remind.kind.serviceOverdue'],
];

/**
 * The label a kind shares with the one it becomes (its due-soon label), in either language as the
 * sheet writes it: 合同已到期 → 合同即将到期, "年检" expired → "年检" ending. Any other kind is its own.
 */
export function kindFamily(kind: string): string {
  for (const lang of LANGS) {
    for (const [soon, expired] of KIND_FAMILIES) {
      // A label naming what falls due ({what}已到期): read it around the name.
      const [before, after] = t(lang, expired, { what: '\u0001' }).split('\u0001');
      if (after === undefined) {
        if (kind === before) return t(lang, soon);
      } else if (kind.length > before.length + after.length && kind.startsWith(before) && kind.endsWith(after)) {
        return t(lang, soon, { what: kind.slice(before.length, kind.length - after.length) });
      }
    }
  }
  return kind;
}

/**
 * Each reminder line's own cells as reminderKeys reads them, the row being the input's: the row an
 * earlier run's sheet names is a row of this run's input (that run's output).
 */
export function reminderLines(plan: Plan, lang: Lang): unknown[][] {
  return blocksOf(plan).flatMap((block) => [
    ...block.lines.map((line) => [ownerText(lang, block.owner), reminderLineKind(lang, line), capCellText(line[0].customer), line[0].sheetRow, line[0].due]),
    // The long-lost line has no row nor date: no key, nothing typed beside it is carried.
    ...(block.lost > 0 ? [[ownerText(lang, block.owner), reminderKindText(lang, 'stale'), '', '', '']] : []),
  ]);
}

/** Each owner's block of lines, his long-lost count with it (shared/remind/long-lost.ts). */
const blocksOf = (plan: Plan) => ownerBlocks(plan.reminders.groups, plan.reminders.lost);

/** How many lines each owner's block takes: his reminders, and one for his long-lost customers. */
export function reminderBlockSizes(plan: Plan): number[] {
  return blocksOf(plan).map((b) => b.lines.length + (b.lost > 0 ? 1 : 0));
}

/**
 * One row of cells per line of the owner's to-do list: a customer's reminders due this week are one
 * line naming each kind and reason (shared/remind/customer-lines.ts), dated by the soonest. The row
 * column is the output row: after a merge, a reminder of a merged-away row points at the row it was merged into.
 */
export function reminderRows(plan: Plan, lang: Lang, rows: RowMap): Cell[][] {
  const text = (value: string): Cell => (value === '' ? { kind: 'empty' } : { kind: 'text', value: capCellText(value) });
  const empty: Cell = { kind: 'empty' };
  return blocksOf(plan).flatMap((block) => [
    ...block.lines.map(([r, ...more]): Cell[] => [
      text(ownerText(lang, block.owner)),
      text(reminderLineKind(lang, [r, ...more])),
      text(r.customer),
      { kind: 'number', value: rows.target(r.sheetRow) },
      { kind: 'date', value: r.due },
      { kind: 'number', value: r.daysLeft },
      text(reminderLineText(lang, [r, ...more])),
    ]),
    // One line for the customers silent for more than a year, where the rep's list ends: counted, not listed.
    ...(block.lost > 0
      ? [[text(ownerText(lang, block.owner)), text(reminderKindText(lang, 'stale')), empty, empty, empty, empty, text(lostText(lang, block.lost, plan.reminders.lost?.afterDays ?? 0))]]
      : []),
  ]);
}
