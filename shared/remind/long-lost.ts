/**
 * Stale reminders of customers long lost, taken out of the list: a stale reminder asks a rep to
 * review a customer gone quiet, and one silent for more than a year (remind.stale.lostAfterDays) is
 * lost, as the classification's 流失 says. CRMs keep such customers on a win-back list rather than
 * in a rep's daily tasks (HubSpot's and Pipedrive's stale views hold the records still being worked);
 * 379 of them in one gym's 854 stale lines made a digest nobody reads. Each owner's list says how
 * many in one line, and the report keeps the total.
 */
import { groupByOwner } from './group';
import type { Reminder, ReminderGroup } from './types';
import { ownerKey } from '../table/owner-name';
import { customerLines } from './customer-lines';
import { fallsDue } from './due-label';

export interface LostCustomers {
  /** Stale reminders not listed, one per customer and rep as they would have been listed. */
  count: number;
  /** remind.stale.lostAfterDays as the run read it; null when every stale record is listed. */
  afterDays: number | null;
  /** By owner, named and ordered as the reminder groups are. */
  byOwner: { owner: string; count: number }[];
}

/** Whether a stale reminder is of a customer silent for more than `afterDays` (its reason's day count). */
const isLost = (r: Reminder, afterDays: number) => r.kind === 'stale' && typeof r.reason.params.days === 'number' && r.reason.params.days > afterDays;

/** `reminders` without the long-lost stale ones, and those counted; the order of the rest is kept. */
export function withoutLongLost(reminders: Reminder[], afterDays: number | null, alone?: ReadonlySet<string>): { listed: Reminder[]; lost: LostCustomers } {
  if (afterDays === null || !reminders.some((r) => isLost(r, afterDays))) return { listed: reminders, lost: { count: 0, afterDays, byOwner: [] } };
  const listed: Reminder[] = [];
  const gone: Reminder[] = [];
  for (const r of reminders) (isLost(r, afterDays) ? gone : listed).push(r);
  const byOwner = groupByOwner(gone, alone).map((g) => ({ owner: g.owner, count: g.reminders.length }));
  return { listed, lost: { count: gone.length, afterDays, byOwner } };
}

/**
 * `reminders` without the contracts and fees that ended more than `withinDays` ago (the contract rule
 * raises them all), each counted by owner as the long-lost are, unless its row still owes money: a
 * property company's 物业费 overdue for months is its 催缴 list, not a line to forget.
 */
export function withoutLongExpired(reminders: Reminder[], withinDays: number, owes: (row: number) => boolean, alone?: ReadonlySet<string>, serviceWithinDays = withinDays): { listed: Reminder[]; expired: LostCustomers } {
  // A service fallen due (Annual Service, DHPP, MOT: due-label.ts fallsDue) is no contract that ended: still
  // work to book, listed for as long as remind.contract.serviceOverdueWithinDays (tester h77 #10).
  const limit = (r: Reminder) => (serviceWithinDays !== withinDays && typeof r.reason.params.what === 'string' && fallsDue(r.reason.params.what) ? serviceWithinDays : withinDays);
  const isLong = (r: Reminder) => r.kind === 'contractExpired' && -r.daysLeft > limit(r) && !owes(r.sheetRow);
  if (!reminders.some(isLong)) return { listed: reminders, expired: { count: 0, afterDays: withinDays, byOwner: [] } };
  const listed: Reminder[] = [];
  const gone: Reminder[] = [];
  for (const r of reminders) (isLong(r) ? gone : listed).push(r);
  const byOwner = groupByOwner(gone, alone).map((g) => ({ owner: g.owner, count: g.reminders.length }));
  return { listed, expired: { count: gone.length, afterDays: withinDays, byOwner } };
}

/** An owner's list as a digest shows it: his reminders, then the line counting his long-lost customers. */
export interface OwnerBlock {
  owner: string;
  reminders: Reminder[];
  /** His reminders as his to-do list's lines: one per customer for what is due of him this week (customer-lines.ts). */
  lines: Reminder[][];
  /** His long-lost customers not listed: 0 for none (no line). */
  lost: number;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The reminder groups with each owner's long-lost count beside them, and an owner whose customers are
 * all long lost in a block of his own (his line alone), in the groups' order: owners by code point,
 * the unassigned last.
 */
export function ownerBlocks(groups: readonly ReminderGroup[], lost: LostCustomers | undefined): OwnerBlock[] {
  const counts = new Map((lost?.byOwner ?? []).map((o) => [ownerKey(o.owner), o]));
  const blocks: OwnerBlock[] = groups.map((g) => {
    const key = ownerKey(g.owner);
    const mine = counts.get(key);
    counts.delete(key);
    return { owner: g.owner, reminders: g.reminders, lines: customerLines(g.reminders), lost: mine?.count ?? 0 };
  });
  if (counts.size === 0) return blocks;
  for (const o of counts.values()) blocks.push({ owner: o.owner, reminders: [], lines: [], lost: o.count });
  return blocks.sort((a, b) => (a.owner === b.owner ? 0 : a.owner === '' ? 1 : b.owner === '' ? -1 : cmp(a.owner, b.owner)));
}
