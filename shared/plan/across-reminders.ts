/**
 * Reminders of customers another rep's tab holds too: the check across the workbook's tabs
 * (across-sheets.ts) finds a 撞单 no single sheet shows, and a reminder of such a customer names the
 * other tab's rows, as one of a customer typed twice in the sheet names his other row (alsoRows).
 * The rep about to call him must know the other rep holds him (or, two birthdays, may hold him).
 */
import type { Plan } from './types';
import type { AcrossSheetsResult } from './across-sheets';
import type { Reminder } from '../remind/types';

type SheetRow = { sheet: string; row: number };

/** The plan with its reminders naming the customer's rows in other reps' tabs; the plan itself when none does. */
export function remindersAcross(plan: Plan, across: AcrossSheetsResult): Plan {
  const rollUps = new Set(across.rollUps);
  // Each row of the sheet cleaned → the other tabs' rows of its customer: surely his, or perhaps.
  const sure = new Map<number, SheetRow[]>();
  const perhaps = new Map<number, SheetRow[]>();
  for (const g of across.groups) {
    // A customer in the same rep's tabs (2025, 2026) or in a roll-up (汇总) and one tab is no 撞单.
    const into = g.owners ? sure : g.possibleOwners ? perhaps : null;
    if (!into) continue;
    const others = g.rows.filter((r) => r.sheet !== plan.sheetName && !rollUps.has(r.sheet)).map((r) => ({ sheet: r.sheet, row: r.row }));
    if (others.length === 0) continue;
    for (const r of g.rows) if (r.sheet === plan.sheetName) into.set(r.row, [...(into.get(r.row) ?? []), ...others]);
  }
  if (sure.size === 0 && perhaps.size === 0) return plan;
  const named = new Map<Reminder, Reminder>();
  const withRows = (r: Reminder): Reminder => {
    let out = named.get(r);
    if (out) return out;
    const rows = [r.sheetRow, ...(r.alsoRows ?? [])];
    const alsoIn = unique(rows.flatMap((row) => sure.get(row) ?? []));
    // A row already named as surely his is not named again as perhaps his.
    const maybeSameIn = unique(rows.flatMap((row) => perhaps.get(row) ?? [])).filter((m) => !alsoIn.some((a) => a.sheet === m.sheet && a.row === m.row));
    out = alsoIn.length === 0 && maybeSameIn.length === 0 ? r : { ...r, ...(alsoIn.length > 0 ? { alsoIn } : {}), ...(maybeSameIn.length > 0 ? { maybeSameIn } : {}) };
    named.set(r, out);
    return out;
  };
  const reminders = plan.reminders.reminders.map(withRows);
  const groups = plan.reminders.groups.map((g) => ({ ...g, reminders: g.reminders.map(withRows) }));
  return { ...plan, reminders: { ...plan.reminders, reminders, groups } };
}

/** Rows in the order first named, each once. */
function unique(rows: readonly SheetRow[]): SheetRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.sheet}\u0000${r.row}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
