/**
 * Reminders due on `today`: birthdays, contract expiry, follow-ups, stale records and high-value
 * customers going dormant, each with its reason, sorted and grouped by owner. Pure and
 * deterministic; `today` is the civil date in the sheet's own time zone (the host's job, PITFALLS B5).
 */
import { formatIso, fromDayNumber, toDayNumber, type CivilDate } from '../table/civil-date';
import { personName, type CustomerRecord } from '../table/records';
import { ownerName } from '../table/owner-name';
import { displayText } from '../text/fold';
import type { ClassifiedRow } from '../classify/classify';
import type { SettingsError } from '../classify/settings-error';
import { groupByOwner, compareReminders } from './group';
import { REMINDER_RULES } from './rules';
import { resolveRemindSettings, type RemindRuleName, type RemindSettings } from './settings';
import { readStanding, STANDINGS, type Standing } from './standing';
import { REMINDER_KINDS, type Reminder, type ReminderDraft, type ReminderGroup, type ReminderKind, type RuleContext } from './types';

export interface RemindResult {
  /** Every reminder, in group order. */
  reminders: Reminder[];
  groups: ReminderGroup[];
  counts: Record<ReminderKind, number>;
  /**
   * Reminders that were due but not raised because the sheet marks the customer as not to be
   * contacted or as ended (standing.ts, each rule's `skipWhen`), by that standing: said, not hidden.
   */
  silenced: Record<Standing, number>;
  /** Settings mistakes; the defaults stand in for the values at fault. */
  errors: SettingsError[];
}


function runRule<K extends RemindRuleName>(name: K, record: CustomerRecord, settings: RemindSettings, ctx: RuleContext): ReminderDraft | null {
  return REMINDER_RULES[name](record, settings[name], ctx);
}

/**
 * Rows the duplicate finder took for one customer (exact and likely groups): the group's id and the
 * row a merge would keep. Their reminders of one kind, day and owner are one reminder.
 */
export type SameCustomer = ReadonlyMap<number, { group: string; survivor: number }>;

export function remind(
  records: readonly CustomerRecord[],
  settings: RemindSettings,
  today: CivilDate,
  classification?: { rows: readonly ClassifiedRow[] },
  sameCustomer?: SameCustomer,
): RemindResult {
  const { settings: s, errors } = resolveRemindSettings(settings);
  const todayDay = toDayNumber(today);
  const classified = new Map<number, ClassifiedRow>();
  for (const row of classification?.rows ?? []) classified.set(row.sheetRow, row);
  const active = (Object.keys(REMINDER_RULES) as RemindRuleName[]).filter((name) => s[name].enabled);

  const reminders: Reminder[] = [];
  const silenced = Object.fromEntries(STANDINGS.map((k) => [k, 0])) as Record<Standing, number>;
  const standingMemo = new Map<string, Standing | null>();
  for (const record of records) {
    const ctx: RuleContext = { today, todayDay, classified: classified.get(record.sheetRow) };
    const standing = readStanding(record, standingMemo);
    for (const name of active) {
      const draft = runRule(name, record, s, ctx);
      if (!draft) continue;
      if (standing !== null && s[name].skipWhen.includes(standing)) {
        silenced[standing]++;
        continue;
      }
      const person = personName(record);
      const company = displayText(record.fields.company);
      const reminder: Reminder = {
        kind: draft.kind,
        key: `${draft.kind}:${record.sheetRow}:${draft.event}`,
        sheetRow: record.sheetRow,
        owner: ownerName(record.fields.owner),
        customer: person && company ? `${person} · ${company}` : person || company,
        due: formatIso(fromDayNumber(draft.due)),
        daysLeft: draft.due - todayDay,
        reason: draft.reason,
      };
      if (draft.step !== undefined) reminder.step = draft.step;
      reminders.push(reminder);
    }
  }
  const collapsed = sameCustomer && sameCustomer.size > 0 ? onePerCustomer(reminders, sameCustomer) : reminders;
  collapsed.sort(compareReminders);
  const counts = Object.fromEntries(REMINDER_KINDS.map((k) => [k, 0])) as Record<ReminderKind, number>;
  for (const r of collapsed) counts[r.kind]++;
  return { reminders: collapsed, groups: groupByOwner(collapsed), counts, silenced, errors };
}

/**
 * One reminder per customer and event: the rows of one customer typed twice (not yet merged) would
 * each remind his rep of the same birthday. The row a merge would keep carries it (else the first),
 * and names the others (`alsoRows`). Owners stay apart: two reps holding him (撞单) each hear of it.
 */
function onePerCustomer(reminders: readonly Reminder[], same: SameCustomer): Reminder[] {
  const out: Reminder[] = [];
  const byEvent = new Map<string, Reminder>();
  for (const r of reminders) {
    const of = same.get(r.sheetRow);
    if (!of) {
      out.push(r);
      continue;
    }
    const key = `${of.group}\u0000${r.kind}\u0000${r.due}\u0000${r.owner}`;
    const kept = byEvent.get(key);
    if (!kept) {
      byEvent.set(key, r);
      out.push(r);
      continue;
    }
    const [keep, other] = r.sheetRow === of.survivor ? [r, kept] : [kept, r];
    keep.alsoRows = [...(keep.alsoRows ?? []), other.sheetRow, ...(other.alsoRows ?? [])].sort((a, b) => a - b);
    delete other.alsoRows;
    if (keep !== kept) {
      out[out.indexOf(kept)] = keep;
      byEvent.set(key, keep);
    }
  }
  return out;
}
