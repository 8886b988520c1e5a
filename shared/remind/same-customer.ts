/**
 * A customer typed twice and not merged yet (an exact or likely duplicate group) is one customer to
 * remind of: his rows share an owner, and he is stale or dormant only when all his rows are quiet.
 */
import type { Cell } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import { coOwners, ownerKey, ownerName, shareAnOwner } from '../table/owner-name';
import { cellDay } from '../classify/cell-day';
import type { ClassifiedRow } from '../classify/classify';
import type { Reminder, ReminderKind } from './types';
import { displayText } from '../text/fold';
import type { Standing } from './standing';
import { readBirthday } from './month-day';
import { PLAN_MADE_BY, supersedes, type PlanAt } from './newest-plan';
import type { AmbiguousDatePolicy } from '../settings/types';

/**
 * Rows the duplicate finder took for one customer (exact and likely groups): the group's id and the
 * row a merge would keep. Their reminders of one kind, day and owner are one reminder.
 */
export type SameCustomer = ReadonlyMap<number, SameCustomerRows>;

/** What SameCustomer says of each row of one customer's group. */
export interface SameCustomerRows {
  group: string;
  survivor: number;
  /**
   * The rows are his records side by side (two cars, two pets, two policies), each on its own
   * schedule: one's planned service is no later plan of another's. Present only when true.
   */
  parallel?: true;
  /**
   * The records side by side are contracts only (two contract ends, no cars or pets): one of them
   * may be the renewal of another, typed as a new row (remind.ts `withGroupContractEnd`). Present only when true.
   */
  contracts?: true;
  /**
   * The group is only offered for review (one customer's two accounts, VIP30001 and VIP30002): another
   * rep's row of it is perhaps a 撞单, said so (可能撞单 … 请核实), not as a sure one. Present only when true.
   */
  review?: true;
  /** The rows are held by co-carers (two 班主任, two doctors: schema/service-roles.ts), not two reps: no 撞单. Present only when true. */
  coCarers?: true;
  /** The rows' reps are each other's declared co-owners (协作人: dedupe/declared-co-owners.ts): the group says no 撞单, nor may its reminders. Present only when true. */
  coOwners?: true;
  /**
   * The rep the owner rule keeps the customer for when two reps hold him (撞单; dedupe/owner-rule.ts),
   * as his row writes him: every reminder of the customer is his, naming the other reps' rows. Absent
   * when the rule decided nothing (none, no dates, a tie): each rep then hears of him.
   */
  keeper?: string;
}

/** The rows of each group present in `records`, by group id: read once, for groupOwners and withGroupLatestAnd. */
export function rowsByGroup(records: readonly CustomerRecord[], same: SameCustomer): Map<string, CustomerRecord[]> {
  const out = new Map<string, CustomerRecord[]>();
  for (const r of records) {
    const of = same.get(r.sheetRow);
    if (!of) continue;
    const rows = out.get(of.group);
    if (rows) rows.push(r);
    else out.set(of.group, [r]);
  }
  return out;
}

/**
 * Each group's owner: the owner of the row a merge would keep, else the first row's that names one.
 * A row typed again without an owner (or into the public pool) is still his rep's customer: left
 * unassigned, its reminder would reach a second, ownerless list.
 */
export function groupOwners(byGroup: ReadonlyMap<string, readonly CustomerRecord[]>, same: SameCustomer): Map<string, string> {
  const out = new Map<string, string>();
  for (const [group, rows] of byGroup) {
    const survivor = rows.find((r) => r.sheetRow === same.get(r.sheetRow)?.survivor);
    const owner = [survivor, ...rows].map((r) => (r ? ownerName(r.fields.owner) : '')).find((o) => o !== '');
    if (owner) out.set(group, owner);
  }
  return out;
}

/** Each group the owner rule gave to one rep (撞单 decided) → that rep: his reminders are all that rep's. */
export function groupKeepers(byGroup: ReadonlyMap<string, readonly CustomerRecord[]>, same: SameCustomer): Map<string, string> {
  const out = new Map<string, string>();
  for (const [group, rows] of byGroup) {
    const keeper = same.get(rows[0].sheetRow)?.keeper;
    if (keeper !== undefined && keeper !== '') out.set(group, keeper);
  }
  return out;
}

/**
 * Each group of one customer typed twice (not his records side by side, each its owner's) whose rows
 * name overlapping reps and no 撞单 (王磊, 王磊/刘洋) → the owner text naming them all (coOwners): his
 * reminders go to each of them, as they would from the row naming them all, which a merge keeps.
 */
export function groupCoOwners(byGroup: ReadonlyMap<string, readonly CustomerRecord[]>, same: SameCustomer): Map<string, string> {
  const out = new Map<string, string>();
  for (const [group, rows] of byGroup) {
    if (rows.length < 2 || same.get(rows[0].sheetRow)?.parallel) continue;
    const all = coOwners(rows.map((r) => ownerName(r.fields.owner)));
    if (all !== null) out.set(group, all);
  }
  return out;
}

/** The latest of `fields` over `rows` into `latest`: each field's latest date cell, the first row's on a tie. */
function latestInto(latest: Partial<Record<FieldId, Cell>>, rows: readonly CustomerRecord[], fields: readonly FieldId[]): void {
  for (const f of fields) {
    let best: Cell | undefined;
    let bestDay = 0;
    for (const r of rows) {
      const cell = r.fields[f];
      const day = cellDay(cell);
      if (day !== null && (best === undefined || day > bestDay)) {
        best = cell;
        bestDay = day;
      }
    }
    if (best !== undefined) latest[f] = best;
  }
}

/**
 * Each grouped row with `fields` (the dates that say the customer was touched) set to the latest of
 * its group: the rep who called him on the second row last month has not neglected him for years.
 * Second, the same with `more` besides (the stale rule reads the follow-ups too, the rest do not):
 * one pass over the groups, each date of `fields` read once for both.
 */
export function withGroupLatestAnd(byGroup: ReadonlyMap<string, readonly CustomerRecord[]>, fields: readonly FieldId[], more: readonly FieldId[]): [Map<number, CustomerRecord>, Map<number, CustomerRecord>] {
  const out = new Map<number, CustomerRecord>();
  const outMore = new Map<number, CustomerRecord>();
  for (const rows of byGroup.values()) {
    if (rows.length < 2) continue;
    const latest: Partial<Record<FieldId, Cell>> = {};
    latestInto(latest, rows, fields);
    for (const r of rows) out.set(r.sheetRow, { ...r, fields: { ...r.fields, ...latest } });
    if (more.length === 0) continue;
    // Its keys in the order of `fields` then `more`, as the rows' own fields are spread with them.
    const latestMore = { ...latest };
    latestInto(latestMore, rows, more);
    for (const r of rows) outMore.set(r.sheetRow, { ...r, fields: { ...r.fields, ...latestMore } });
  }
  return [out, outMore];
}

/** The day a row was last written to by its own dates (a day after today left out: a typo the run flags); null when none. */
function madeDay(r: CustomerRecord, today: number | undefined): number | null {
  let best: number | null = null;
  for (const f of PLAN_MADE_BY) {
    const day = cellDay(r.fields[f]);
    if (day !== null && (today === undefined || day <= today) && (best === null || day > best)) best = day;
  }
  return best;
}

/**
 * Each grouped row that plans a follow-up, with the newest one its owner planned on any row of the
 * customer (the one set at his later contact, newest-plan.ts): a health-check centre's 2022 record
 * planned the 2023 check-up, his 2023 record (after it) plans 2024's, and the first plan is no longer due. Only the same rep's: in a customer two reps
 * hold (撞单) each keeps his own plan, and a row that plans nothing is given none; a copy typed without
 * an owner is his group's rep's (groupOwners), as its reminder is. Each such row also reads the latest
 * contact and purchase of any row of the customer (`touched`): a call logged on the kept row after the
 * day a copy planned answers that plan, as it does once --merge makes the two one row. Not between
 * records side by side (two cars: each car's service is due on its own day).
 */
export function withLatestPlan(
  byGroup: ReadonlyMap<string, readonly CustomerRecord[]>,
  same: SameCustomer,
  owners: ReadonlyMap<string, string> = new Map(),
  touched: ReadonlyMap<number, CustomerRecord> = new Map(),
  shared: ReadonlyMap<string, string> = new Map(),
  today?: number,
): Map<number, CustomerRecord> {
  const out = new Map<number, CustomerRecord>();
  for (const [group, rows] of byGroup) {
    if (rows.length < 2 || same.get(rows[0].sheetRow)?.parallel) continue;
    const ownerOf = (r: CustomerRecord) => ownerKey(shared.get(group) || ownerName(r.fields.owner) || owners.get(group) || '');
    // Each rep's newest plan: the one set at his later contact (newest-plan.ts).
    const latest = new Map<string, PlanAt<number> & { cell: Cell }>();
    for (const r of rows) {
      const day = cellDay(r.fields.nextFollowUp);
      if (day === null) continue;
      const owner = ownerOf(r);
      const best = latest.get(owner);
      const here = { plan: day, made: madeDay(r, today), cell: r.fields.nextFollowUp as Cell };
      if (!best || supersedes(here, best)) latest.set(owner, here);
    }
    for (const r of rows) {
      if (cellDay(r.fields.nextFollowUp) === null) continue;
      const best = latest.get(ownerOf(r));
      const last = touched.get(r.sheetRow)?.fields;
      out.set(r.sheetRow, {
        ...r,
        fields: {
          ...r.fields,
          ...(best ? { nextFollowUp: best.cell } : {}),
          ...(last?.lastContact ? { lastContact: last.lastContact } : {}),
          ...(last?.lastPurchase ? { lastPurchase: last.lastPurchase } : {}),
        },
      });
    }
  }
  return out;
}

/**
 * Each grouped row whose birthday is written without a year (12月10日) given the full date of birth
 * another row of the customer holds for the same month and day (1985-12-10): his two rows remind of
 * one birthday, on the row a merge would keep, and that reminder can then say his age. Not when his
 * rows give different years (which is right is the user's to say), nor from a date `skip` rejects
 * (a stand-in birthday, 1990-01-01 on every member). `order`: the birthday column's year-less order.
 */
export function withGroupBirthYear(byGroup: ReadonlyMap<string, readonly CustomerRecord[]>, skip: (cell: Cell | undefined) => boolean, order: AmbiguousDatePolicy = 'flag'): Map<number, CustomerRecord> {
  const out = new Map<number, CustomerRecord>();
  for (const rows of byGroup.values()) {
    if (rows.length < 2) continue;
    const specs = rows.map((r) => readBirthday(r.fields.birthday, order));
    for (let i = 0; i < rows.length; i++) {
      const own = specs[i];
      if (!own || own.lunar || own.year !== undefined) continue;
      let full: Cell | undefined;
      const years = new Set<number>();
      for (let k = 0; k < rows.length; k++) {
        const other = specs[k];
        if (!other || other.lunar || other.year === undefined || other.month !== own.month || other.day !== own.day) continue;
        if (skip(rows[k].fields.birthday)) continue;
        years.add(other.year);
        full ??= rows[k].fields.birthday;
      }
      if (full && years.size === 1) out.set(rows[i].sheetRow, { ...rows[i], fields: { ...rows[i].fields, birthday: full } });
    }
  }
  return out;
}

/**
 * The grouped rows whose classification takes the activity of their group's most recently active
 * row (a high-value customer who bought last month on his second row is not going dormant); rows
 * not in the map keep their own.
 */
export function withGroupActivity(rows: readonly ClassifiedRow[], same: SameCustomer): Map<number, ClassifiedRow> {
  const latest = new Map<string, ClassifiedRow>();
  for (const row of rows) {
    const of = same.get(row.sheetRow);
    if (!of || row.lastActivity === undefined) continue;
    const best = latest.get(of.group);
    if (!best || row.lastActivity > (best.lastActivity as string)) latest.set(of.group, row);
  }
  // Only the rows that change: a 100,000-row sheet holds a few thousand grouped rows.
  const out = new Map<number, ClassifiedRow>();
  for (const row of rows) {
    const of = same.get(row.sheetRow);
    const best = of && latest.get(of.group);
    if (!best || best === row) continue;
    const view: ClassifiedRow = { ...row, labels: { ...row.labels, activity: best.labels.activity }, lastActivity: best.lastActivity };
    if (best.daysSinceActivity !== undefined) view.daysSinceActivity = best.daysSinceActivity;
    if (best.dormantSince !== undefined) view.dormantSince = best.dormantSince;
    else delete view.dormantSince;
    if (best.lostSince !== undefined) view.lostSince = best.lostSince;
    else delete view.lostSince;
    out.set(row.sheetRow, view);
  }
  return out;
}

/** One event of one customer: his group, the kind, the day and what falls due (a 年检 beside a 保险 on one day is two). */
const eventOf = (group: string, r: Reminder) => `${group}\u0000${r.kind}\u0000${r.due}\u0000${r.reason.params?.what ?? ''}`;

/**
 * Kinds said of the customer himself (his birthday, his silence), whichever of his rows raised them:
 * one reminder however many of his records there are. The others are of a thing (a car's service, a
 * course's renewal, a follow-up planned on one record), and his records side by side each keep theirs.
 */
const PERSON_KINDS: ReadonlySet<ReminderKind> = new Set(['birthday', 'childBirthday', 'anniversary', 'stale', 'highValueDormant', 'winBack']);

/**
 * One reminder per customer and event: the rows of one customer typed twice (not yet merged), or his
 * records, would each remind their carer of the same birthday, recall or fee end. The row a merge
 * would keep carries it (else the first), to its owner, and names the others: his own other rows
 * (`alsoRows`), and another carer's or rep's (`heldBy`: a co-carer who serves him too, or a 撞单),
 * so the carer about to call knows who else looks after him and no one is left out (tester h68/h69:
 * a guest's birthday went to both 前台, a patient's recall to both providers). Where the owner rule
 * gave him to one rep (`keeper`), every reminder is that rep's by now. His records side by side (two
 * cars, each its 服务顾问) keep each thing's reminder with its own carer: only what is said of him
 * (PERSON_KINDS) is one across them.
 */
export function onePerCustomer(reminders: readonly Reminder[], same: SameCustomer): Reminder[] {
  const out: Reminder[] = [];
  const byEvent = new Map<string, Reminder>();
  // Each kept reminder → the reminders folded into it of other carers (named in heldBy at the end).
  const folded = new Map<Reminder, Reminder[]>();
  for (const r of reminders) {
    const of = same.get(r.sheetRow);
    if (!of) {
      out.push(r);
      continue;
    }
    // 陳經理 and 陈经理 are one rep (ownerKey). One thing's reminder of records side by side stays its carer's.
    const apart = of.parallel && !PERSON_KINDS.has(r.kind);
    const key = `${eventOf(of.group, r)}${apart ? `\u0000${ownerKey(r.owner)}` : ''}`;
    const kept = byEvent.get(key);
    if (!kept) {
      byEvent.set(key, r);
      out.push(r);
      continue;
    }
    const [keep, other] = r.sheetRow === of.survivor && kept.sheetRow !== of.survivor ? [r, kept] : [kept, r];
    const mine = (o: Reminder) => ownerKey(o.owner) === ownerKey(keep.owner) || shareAnOwner(o.owner, keep.owner);
    const theirs = [...(folded.get(other) ?? []), ...(mine(other) ? [] : [other])];
    folded.delete(other);
    if (theirs.length > 0) folded.set(keep, [...(folded.get(keep) ?? []), ...theirs]);
    keep.alsoRows = [...new Set([...(keep.alsoRows ?? []), other.sheetRow, ...(other.alsoRows ?? [])])].sort((a, b) => a - b);
    delete other.alsoRows;
    if (keep !== kept) {
      out[out.indexOf(kept)] = keep;
      byEvent.set(key, keep);
    }
  }
  for (const [keep, others] of folded) {
    const held = new Map<string, { owner: string; rows: number[] }>();
    for (const h of keep.heldBy ?? []) held.set(ownerKey(h.owner), { owner: h.owner, rows: [...h.rows] });
    for (const o of others) {
      if (ownerKey(o.owner) === ownerKey(keep.owner) || shareAnOwner(o.owner, keep.owner)) continue;
      const k = ownerKey(o.owner);
      const entry = held.get(k) ?? { owner: o.owner, rows: [] };
      entry.rows = [...new Set([...entry.rows, o.sheetRow])].sort((a, b) => a - b);
      held.set(k, entry);
    }
    // A row of no owner folded in is his carer's own copy (groupOwners), named among alsoRows only.
    const named = [...held.values()].filter((h) => h.owner !== '');
    if (named.length === 0) continue;
    keep.heldBy = named;
    if (same.get(keep.sheetRow)?.coCarers) keep.coCarers = true;
    if (same.get(keep.sheetRow)?.coOwners) keep.coOwners = true;
    if (same.get(keep.sheetRow)?.review) keep.maybeHeld = true;
  }
  namesOtherReps(out, same);
  return out;
}

/**
 * Each reminder of a customer typed twice (an exact or likely group, not merged yet) that names none of
 * his other rows, given those of his rep (or of no owner: his rep's, groupOwners): the contract or
 * follow-up raised on the kept row stands for the copy too, and the rep sees where it is before the
 * merge folds it in. Another rep's rows are named as his (撞单, heldBy) where no reminder of that rep's
 * named them already (namesOtherReps: both hear of one event). A copy holding another date of the kind
 * (a birthday a day off, a lunar one) is not named: this reminder does not stand for it. Not his
 * records side by side (two cars): each car's reminder is its own.
 */
export function namesCopies(reminders: readonly Reminder[], byGroup: ReadonlyMap<string, readonly CustomerRecord[]>, same: SameCustomer): void {
  for (const r of reminders) {
    const of = same.get(r.sheetRow);
    // A 撞单 the owner rule decided is reminded to its keeper alone, on rows of both reps (onePerCustomer
    // made them one, naming the other rep's among its alsoRows): here they are named as the other rep's.
    // What is said of him (a birthday, an anniversary) is one across his records side by side: each such
    // reminder names the others, not only the one folded with a copy's (tester h74: the anniversary of a
    // 撞单's row named nobody, her birthday did).
    if (!of || (of.parallel && !PERSON_KINDS.has(r.kind)) || r.heldBy || (r.alsoRows && of.keeper === undefined)) continue;
    const rows = byGroup.get(of.group) ?? [];
    const own = rows.find((o) => o.sheetRow === r.sheetRow);
    if (!own) continue;
    const mine = ownerKey(r.owner);
    const stands = rows.filter((o) => o.sheetRow !== r.sheetRow && (KIND_FIELD[r.kind] === undefined || sameOrBlank(own, o, KIND_FIELD[r.kind]!)));
    // A row naming a rep of this reminder's (王磊 beside 王磊/刘洋) is his copy, no other rep's.
    const copies = stands.filter((o) => ownerName(o.fields.owner) === '' || ownerKey(ownerName(o.fields.owner)) === mine || shareAnOwner(ownerName(o.fields.owner), r.owner)).map((o) => o.sheetRow);
    // Another rep's copy that records no date of the kind (a contract only Sarah's row holds): no
    // reminder of his names this one (namesOtherReps), yet he holds the customer too (撞单), and the
    // rep about to call must know it.
    const theirs = new Map<string, { owner: string; rows: number[] }>();
    for (const o of stands) {
      const owner = ownerName(o.fields.owner);
      if (owner === '' || ownerKey(owner) === mine || shareAnOwner(owner, r.owner)) continue;
      const entry = theirs.get(ownerKey(owner)) ?? { owner, rows: [] };
      entry.rows.push(o.sheetRow);
      theirs.set(ownerKey(owner), entry);
    }
    if (theirs.size > 0) {
      r.heldBy = [...theirs.values()];
      if (of.coCarers) r.coCarers = true;
      if (of.coOwners) r.coOwners = true;
      if (of.review) r.maybeHeld = true;
    }
    const named = [...copies, ...[...theirs.values()].flatMap((h) => h.rows), ...(r.alsoRows ?? [])];
    if (named.length > 0) r.alsoRows = [...new Set(named)].sort((a, b) => a - b);
  }
}

/** The field whose date a reminder of each kind is of; stale and dormant read the customer's latest touch of any row. */
const KIND_FIELD: Partial<Record<ReminderKind, FieldId>> = {
  birthday: 'birthday',
  anniversary: 'anniversary',
  contract: 'contractEnd',
  contractExpired: 'contractEnd',
  followUp: 'nextFollowUp',
};

/** Whether `copy` leaves `field` blank or holds the same day (or text) as `own`. */
function sameOrBlank(own: CustomerRecord, copy: CustomerRecord, field: FieldId): boolean {
  const theirs = copy.fields[field];
  if (theirs === undefined || theirs.kind === 'empty' || displayText(theirs) === '') return true;
  const day = cellDay(theirs);
  if (day !== null && day === cellDay(own.fields[field])) return true;
  return displayText(theirs) === displayText(own.fields[field]);
}

/**
 * A customer two reps hold (撞单), typed twice and not merged: each rep's reminder of one event names
 * the other rep's rows and the rep (`heldBy`, and in `alsoRows`), so both see the 撞单 before both
 * call him. Each reminder stays in its own rep's block: naming the other row and rep shows nobody
 * else's customer.
 */
function namesOtherReps(reminders: readonly Reminder[], same: SameCustomer): void {
  const byEvent = new Map<string, Reminder[]>();
  for (const r of reminders) {
    const of = same.get(r.sheetRow);
    if (!of) continue;
    const key = eventOf(of.group, r);
    const list = byEvent.get(key);
    if (list) list.push(r);
    else byEvent.set(key, [r]);
  }
  for (const list of byEvent.values()) {
    if (list.length < 2) continue;
    const rowsOf = list.map((r) => [r.sheetRow, ...(r.alsoRows ?? [])].sort((a, b) => a - b));
    list.forEach((r, i) => {
      const others = list.map((o, k) => ({ owner: o.owner, rows: rowsOf[k] })).filter((_, k) => k !== i && ownerKey(list[k].owner) !== ownerKey(r.owner) && !shareAnOwner(list[k].owner, r.owner));
      if (others.length === 0) return;
      r.heldBy = others;
      if (same.get(r.sheetRow)?.coCarers) r.coCarers = true;
      if (same.get(r.sheetRow)?.coOwners) r.coOwners = true;
      if (same.get(r.sheetRow)?.review) r.maybeHeld = true;
      r.alsoRows = [...new Set([...(r.alsoRows ?? []), ...others.flatMap((o) => o.rows)])].sort((a, b) => a - b);
    });
  }
}

/**
 * The groups one of whose rows says not to contact the customer (黑名单 in one row's tags, 请勿联系 in
 * its status): that is said of the person, so none of his rows may greet or chase him. "Ended" stays
 * a row's own: a customer typed again after the old contract ended may well be a customer again.
 */
export function groupsNotToContact(byGroup: ReadonlyMap<string, readonly CustomerRecord[]>, standingOf: (r: CustomerRecord) => Standing | null): Set<string> {
  const out = new Set<string>();
  for (const [group, rows] of byGroup) if (rows.some((r) => standingOf(r) === 'doNotContact')) out.add(group);
  return out;
}

