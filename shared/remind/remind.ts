/**
 * Reminders due on `today`: birthdays, contract expiry, follow-ups, stale records and high-value
 * customers going dormant, each with its reason, sorted and grouped by owner. Pure and
 * deterministic; `today` is the civil date in the sheet's own time zone (the host's job, PITFALLS B5).
 */
import { withoutPageLinks } from '../text/page-link';
import { isStandIn, standInBirthdays } from '../normalize/stand-in-birthday';
import { formatIso, fromDayNumber, toDayNumber, type CivilDate } from '../table/civil-date';
import { personName, type CustomerRecord } from '../table/records';
import { ownerName, ownersAlone } from '../table/owner-name';
import { displayText } from '../text/fold';
import type { ClassifiedRow } from '../classify/classify';
import type { SettingsError } from '../classify/settings-error';
import type { AmbiguousDatePolicy } from '../settings/types';
import { groupByOwner, compareReminders } from './group';
import { REMINDER_RULES } from './rules';
import { contractRule } from './rules/contract';
import { resolveRemindSettings, type RemindRuleName, type RemindSettings } from './settings';
import { readStanding, STANDINGS, type Standing } from './standing';
import { accountOf, onePerAccount, type AccountRow } from './one-account';
import { groupOwners, groupsNotToContact, onePerCustomer, rowsByGroup, withGroupActivity, withGroupBirthYear, withGroupLatest, withLatestPlan, type SameCustomer } from './same-customer';

import { REMINDER_KINDS, type Reminder, type ReminderDraft, type ReminderGroup, type ReminderKind, type RuleContext } from './types';

export type { SameCustomer };

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
 * The classified row of `records[i]`. Classification comes in the records' order: read it by
 * position, and only when a row is not where its record is, by sheet row (a Map of 100,000 rows
 * costs more than the rules it feeds).
 */
function classifiedLookup(records: readonly CustomerRecord[], rows: readonly ClassifiedRow[]): (i: number) => ClassifiedRow | undefined {
  let bySheetRow: Map<number, ClassifiedRow> | null = null;
  return (i) => {
    const row = rows[i];
    if (row !== undefined && row.sheetRow === records[i].sheetRow) return row;
    bySheetRow ??= new Map(rows.map((r) => [r.sheetRow, r]));
    return bySheetRow.get(records[i].sheetRow);
  };
}

/** A contract-end column beside the main one: what its header says falls due, and the header itself. */
export interface ExtraDue {
  /** 年检 for 年检到期 (due-label.ts); undefined for a second contract's column, worded as a contract. */
  label?: string;
  header: string;
}

const NONE: readonly ReminderDraft[] = [];

/**
 * The contract rule's draft for the main column and one for each extra due column (年检到期, 保养到期),
 * each worded by its own header. One day is said once unless two columns name what falls due (a
 * 合同到期日 and a 续约日期, or 保险到期 and 续保日期, of the same day: one renewal); 年检 and 保养 on
 * one day are two.
 */
function withExtraDues(main: ReminderDraft | null, record: CustomerRecord, settings: RemindSettings['contract'], ctx: RuleContext, extraDues: readonly ExtraDue[]): readonly ReminderDraft[] {
  const cells = record.extra?.contractEnd;
  if (!cells) return main ? [main] : NONE;
  const drafts: { draft: ReminderDraft; label?: string }[] = main ? [{ draft: main, label: ctx.dueLabel }] : [];
  for (let k = 0; k < extraDues.length && k < cells.length; k++) {
    if (cells[k].kind === 'empty') continue;
    const { label, header } = extraDues[k];
    const draft = contractRule({ ...record, fields: { ...record.fields, contractEnd: cells[k] } }, settings, { ...ctx, dueLabel: label });
    if (!draft || drafts.some((d) => d.draft.due === draft.due && (d.label === label || d.label === undefined || label === undefined))) continue;
    drafts.push({ draft: { ...draft, event: `${draft.event}@${header}` }, label });
  }
  return drafts.map((d) => d.draft);
}

export function remind(
  records: readonly CustomerRecord[],
  settings: RemindSettings,
  today: CivilDate,
  classification?: { rows: readonly ClassifiedRow[] },
  sameCustomer?: SameCustomer,
  /** What the sheet's contract-end column says ends when it is no contract (due-label.ts). */
  dueLabel?: string,
  /** The contract-end column's extra columns (年检到期 beside 保险到期), in the order of `record.extra.contractEnd`. */
  extraDues: readonly ExtraDue[] = [],
  /** The order the follow-up column's year-less dates are read in (05/12 beside 25/11/2026: day first). */
  followUpOrder: AmbiguousDatePolicy = 'flag',
): RemindResult {
  const { settings: s, errors } = resolveRemindSettings(settings);
  const todayDay = toDayNumber(today);
  const classifiedOf = classifiedLookup(records, classification?.rows ?? []);
  const active = (Object.keys(REMINDER_RULES) as RemindRuleName[]).filter((name) => s[name].enabled);

  const reminders: Reminder[] = [];
  const silenced = Object.fromEntries(STANDINGS.map((k) => [k, 0])) as Record<Standing, number>;
  const standingMemo = new Map<string, Standing | null>();
  const grouped = sameCustomer && sameCustomer.size > 0 ? sameCustomer : null;
  const byGroup = grouped ? rowsByGroup(records, grouped) : null;
  const owners = byGroup && grouped ? groupOwners(byGroup, grouped) : null;
  const touched = byGroup ? withGroupLatest(byGroup, [...s.stale.fields, 'lastPurchase']) : null;
  // A rep's latest planned follow-up of a customer supersedes his earlier ones (withLatestPlan).
  const planned = byGroup && grouped ? withLatestPlan(byGroup, grouped) : null;
  const activity = grouped && classification ? withGroupActivity(classification.rows, grouped) : null;
  const standingOf = (r: CustomerRecord) => readStanding(r, standingMemo);
  const notToContact = byGroup ? groupsNotToContact(byGroup, standingOf) : null;
  const silencedEvents = new Set<string>();
  const accounts = new Map<number, AccountRow>();
  const standIns = standInBirthdays(records.map((r) => ({ birthday: r.fields.birthday, name: r.fields.name })));
  // A birthday typed without its year on one row and in full on another is his full date of birth.
  const born = byGroup ? withGroupBirthYear(byGroup, (cell) => isStandIn(cell, standIns)) : null;
  // One draft of one rule for one row: silenced by the customer's standing, or a reminder.
  const emit = (record: CustomerRecord, name: RemindRuleName, group: string | undefined, standing: Standing | null, draft: ReminderDraft) => {
    if (standing !== null && s[name].skipWhen.includes(standing)) {
      // A customer typed twice is silenced once per event, as he would have been reminded once.
      const once = group === undefined ? null : `${group}\u0000${draft.kind}\u0000${draft.event}`;
      if (once === null || !silencedEvents.has(once)) silenced[standing]++;
      if (once !== null) silencedEvents.add(once);
      return;
    }
    const person = personName(record);
    // Notion's relation "Acme Corp (https://www.notion.so/…)" is said by its page's name.
    const company = withoutPageLinks(displayText(record.fields.company));
    if (draft.kind === 'contract' || draft.kind === 'contractExpired') accounts.set(record.sheetRow, { account: accountOf(record), person, company });
    const reminder: Reminder = {
      kind: draft.kind,
      key: `${draft.kind}:${record.sheetRow}:${draft.event}`,
      sheetRow: record.sheetRow,
      owner: ownerName(record.fields.owner) || (group !== undefined ? owners?.get(group) : undefined) || '',
      customer: person && company ? `${person} · ${company}` : person || company,
      due: formatIso(fromDayNumber(draft.due)),
      daysLeft: draft.due - todayDay,
      reason: draft.reason,
    };
    if (draft.step !== undefined) reminder.step = draft.step;
    reminders.push(reminder);
  };
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const ctx: RuleContext = { today, todayDay, classified: activity?.get(record.sheetRow) ?? classifiedOf(i), standInBirthdays: standIns, dueLabel, followUpOrder };
    const group = grouped?.get(record.sheetRow)?.group;
    const standing: Standing | null = group !== undefined && notToContact?.has(group) ? 'doNotContact' : standingOf(record);
    for (const name of active) {
      // Stale is judged on the customer's latest touch, whichever of his rows holds it.
      const latest = name === 'stale' ? touched : name === 'followUp' ? planned : name === 'birthday' ? born : null;
      const draft = runRule(name, latest?.get(record.sheetRow) ?? record, s, ctx);
      if (name === 'contract' && extraDues.length > 0) {
        for (const d of withExtraDues(draft, record, s.contract, ctx, extraDues)) emit(record, name, group, standing, d);
      } else if (draft) emit(record, name, group, standing, draft);
    }
  }
  const perCustomer = grouped ? onePerCustomer(reminders, grouped) : reminders;
  const collapsed = accounts.size > 1 ? onePerAccount(perCustomer, accounts) : perCustomer;
  collapsed.sort(compareReminders);
  const counts = Object.fromEntries(REMINDER_KINDS.map((k) => [k, 0])) as Record<ReminderKind, number>;
  for (const r of collapsed) counts[r.kind]++;
  return { reminders: collapsed, groups: groupByOwner(collapsed, ownersOfColumn(records)), counts, silenced, errors };
}

/** The owners the sheet's owner column writes alone: whether `Amy & Ben` is two reps (ownersOf). */
export function ownersOfColumn(records: readonly CustomerRecord[]): Set<string> {
  return ownersAlone(records.map((r) => ownerName(r.fields.owner)));
}
