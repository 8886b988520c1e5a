/**
 * Reminders due on `today`: birthdays, contract expiry, follow-ups, stale records and high-value
 * customers going dormant, each with its reason, sorted and grouped by owner. Pure and
 * deterministic; `today` is the civil date in the sheet's own time zone (the host's job, PITFALLS B5).
 */
import { withoutPageLinks } from '../text/page-link';
import { isStandIn, standInBirthdays } from '../normalize/stand-in-birthday';
import { dayNumberOf, daysInMonth, formatIso, fromDayNumber, toDayNumber, type CivilDate } from '../table/civil-date';
import { contactText, personName, type CustomerRecord } from '../table/records';
import { ownerKey, ownerName, ownersAlone } from '../table/owner-name';
import { displayText } from '../text/fold';
import type { Cell, IsoDate } from '../table/cell';
import type { ClassifiedRow } from '../classify/classify';
import type { SettingsError } from '../classify/settings-error';
import { groupByOwner, sortReminders } from './group';
import { REMINDER_RULES } from './rules';
import { contractRule } from './rules/contract';
import { childBirthdayDrafts } from './rules/child-birthday';
import { dayOf } from './rules/date-of';
import { monthEndDay } from './rules/month-end';
import { resolveRemindSettings, type RemindRuleName, type RemindSettings } from './settings';
import { policyMovedAlone, readStanding, standingFields, STANDINGS, type Standing, type StandingMemo } from './standing';
import type { FieldId } from '../schema/fields';
import { accountOf, companyOf, onePerAccount, type AccountRow } from './one-account';
import { notePossibleCopies, type PossibleCopies } from './possible-copies';
import { namesMergedCarers } from './merged-away';
import { oneSilence } from './one-silence';
import { renewalWord } from './renewal-word';
import { namesMoneyDue, remarkSettled } from './settled-words';
import { owedAfterCompletion, owedAfterEvent } from './owed-after-event';
import { arrearsDraft, failedPaymentDraft, isArrearsHeader } from './arrears';
import { contractWordOf, isCompletion } from './due-label';
import { comingYearlyDue, isYearlyPayment } from './yearly-due';
import { isProjectSheet, projectStateOf } from './project-state';
import { renewalStated, renewedFor, type RenewalMemo, type RenewalStated } from './renewal-status';
import { optedOutOfEmail } from './opted-out';
import { groupCoOwners, groupKeepers, groupOwners, groupsNotToContact, namesCopies, onePerCustomer, rowsByGroup, withGroupActivity, withGroupBirthYear, withGroupLatestAnd, withLatestPlan, type SameCustomer } from './same-customer';

import type { ExtraDue, RemindContext } from './remind-context';
import { REMINDER_KINDS, type Reminder, type ReminderDraft, type ReminderGroup, type ReminderKind, type RuleContext } from './types';
import { withRunMemos } from '../text/run-memos';
import { withoutLongExpired, withoutLongLost, type LostCustomers } from './long-lost';

export type { SameCustomer, PossibleCopies, ExtraDue, RemindContext };

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
  /**
   * Contract reminders that were due but not raised because the row says the term ending was renewed,
   * on a day it names (已续保 2026-11-20: renewal-status.ts): said, not hidden.
   */
  renewed: number;
  /**
   * Greetings (birthday, anniversary) not raised because the customer opted out of e-mail (Email Opt
   * Out, 退订邮件: opted-out.ts, the rule's `skipOptedOut`): said, not hidden.
   */
  optedOut: number;
  /** Stale reminders of customers silent for more than remind.stale.lostAfterDays days: counted by owner, not listed (long-lost.ts). */
  lost: LostCustomers;
  /**
   * The columns whose words silenced them (status, notes, endedAt …), first seen first: the summary names
   * them as the sheet heads them (状态, 备注), not a column that said nothing.
   */
  silencedFrom: FieldId[];
  /**
   * Contracts and fees that ended more than remind.contract.expiredWithinDays ago and owe nothing: counted by
   * owner, not listed (long-lost.ts withoutLongExpired); one that still owes is listed (RemindContext.owedRows).
   */
  expired: LostCustomers;
  /** Settings mistakes; the defaults stand in for the values at fault. */
  errors: SettingsError[];
  /**
   * Rows whose balance falling due (尾款到期日, 缴费日) was not chased because the remark says the job is
   * done or paid (已完成, 已结清: settled-words.ts), with the remark: said on the row, not hidden.
   */
  settled?: { sheetRow: number; remark: string }[];
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

/** A contract draft, and whether it is of the main column's contract (保险到期 and its 续保日期, not the 年检 beside them). */
interface ContractDraft {
  draft: ReminderDraft;
  main: boolean;
  /** Of an insurance policy's column (保险到期, 续保日期): what a policy gone elsewhere (已转保) stops. */
  policy: boolean;
  /** Of a column of money the customer pays (尾款到期日, 缴费日): what a remark 已结清 stops (settled-words.ts). */
  money: boolean;
}

const NONE: readonly ContractDraft[] = [];

/**
 * A policy's renewal column (续保日期, 续保到期): it renews the policy another column names (保险到期,
 * 交强险到期), not the 年检 beside them. A contract's renewal (续约日期, Renewal Date) names no
 * label (due-label.ts) and goes with the contract's columns as any two of one label do.
 */
const POLICY_RENEWAL = /续保/;
const POLICY_LABEL = /保险|保单|险|policy|insurance/i;

/** One of a row's contract-end columns: its cell, what it names (due-label.ts) and whether it renews a policy. */
interface DueColumn {
  cell: Cell | undefined;
  label?: string;
  renewsPolicy: boolean;
  /** The header, for the reminder's event of an extra column; undefined for the main one. */
  header?: string;
}

/** The day a contract-end cell says: a date, or a month's last day (2026年12月). */
const endDayOf = (cell: Cell | undefined): number | null => dayOf(cell) ?? monthEndDay(cell);

/**
 * Two columns are of one contract when they name the same thing (合同到期日 and 续约日期, both a
 * contract's; 保险到期 and 保险到期日) or one renews the policy the other names (续保日期 beside
 * 保险到期). 年检到期 and 保养到期 are two things, each on its own schedule.
 */
const renewsPolicyOf = (a: DueColumn, b: DueColumn) => a.renewsPolicy && b.label !== undefined && POLICY_LABEL.test(b.label);
const oneContract = (a: DueColumn, b: DueColumn) => a.label === b.label || renewsPolicyOf(a, b) || renewsPolicyOf(b, a);

/** The main column first, then the extra ones. */
function dueColumns(record: CustomerRecord, ctx: RuleContext, extraDues: readonly ExtraDue[], mainRenewal: boolean): DueColumn[] {
  const cols: DueColumn[] = [{ cell: record.fields.contractEnd, label: ctx.dueLabel, renewsPolicy: mainRenewal }];
  const cells = record.extra?.contractEnd ?? [];
  for (let k = 0; k < extraDues.length && k < cells.length; k++) {
    const { label, header } = extraDues[k];
    cols.push({ cell: cells[k], label, renewsPolicy: POLICY_RENEWAL.test(header), header });
  }
  return cols;
}

/**
 * The latest day the main column's contract ends on a row, over the columns of that contract (a
 * 续约后到期日 beside the 合同到期日): what a renewal typed as a new row of the customer is compared by.
 */
function mainContractEnd(record: CustomerRecord, ctx: RuleContext, extraDues: readonly ExtraDue[], mainRenewal: boolean): number | null {
  const cols = dueColumns(record, ctx, extraDues, mainRenewal);
  let latest: number | null = null;
  for (const c of cols) {
    if (!oneContract(cols[0], c)) continue;
    const day = endDayOf(c.cell);
    if (day !== null && (latest === null || day > latest)) latest = day;
  }
  return latest;
}

/** A contract ending on `end`, started on `start`, of `product` ('' when its row names none). */
interface ContractOnRow { end: number; start: number | null; product: string }

/** What a row's product says (服务器托管 = 服务器托管 ), folded so that typing differences do not make two. */
function productOf(record: CustomerRecord): string {
  return displayText(record.fields.product).toLowerCase();
}

/**
 * Whether a contract ending on `later` is the renewal of one ending on `earlier`, both a customer's
 * records side by side (two rows the duplicate finder calls two contracts): the later one starts
 * about when the earlier ends or after (a month's grace for one signed early), and after it started;
 * with no start, it ends a whole number of years after it, to a day (12-15 then 12-15 or 12-14: the
 * same term again). Two leases of two shops ending in March and in September stay two. Two products
 * (a 1-year ERP licence and a 2-year hosting plan bought together) are never one renewed: and where
 * the sheet names products, a whole number of years alone is no renewal unless the product is the same.
 * A contract number is not compared: a renewal is usually signed under a new one (a policy's 保单号 too).
 */
function renews(earlier: ContractOnRow, later: ContractOnRow, productColumn: boolean): boolean {
  if (later.end <= earlier.end || otherProducts(earlier, later)) return false;
  if (later.start !== null) return later.start >= earlier.end - 31 && (earlier.start === null || later.start > earlier.start);
  if (productColumn && (earlier.product === '' || earlier.product !== later.product)) return false;
  const a = fromDayNumber(earlier.end);
  const b = fromDayNumber(later.end);
  if (b.y <= a.y) return false;
  const again = dayNumberOf(b.y, a.m, Math.min(a.d, daysInMonth(b.y, a.m)));
  return Math.abs(later.end - again) <= 1;
}

/** Two rows naming two products: two contracts, whatever their days. */
const otherProducts = (a: ContractOnRow, b: ContractOnRow) => a.product !== '' && b.product !== '' && a.product !== b.product;

/**
 * Each grouped row whose contract was renewed on another row of the customer (金涛's old row ends
 * 2026-12-15, the row typed for his renewal 2027-12-15), with the latest end that renews it: as
 * stale reads the customer's latest touch, the contract reminded is his latest. Any rep's: a
 * contract is the customer's, not a rep's plan. Between rows the duplicate finder holds for his
 * records side by side, only a contract that renews another (`renews`), never his cars or pets;
 * between any two rows, never another product's.
 */
function withGroupContractEnd(byGroup: ReadonlyMap<string, readonly CustomerRecord[]>, same: SameCustomer, endOf: (r: CustomerRecord) => number | null, productColumn: boolean): Map<number, number> {
  const out = new Map<number, number>();
  for (const rows of byGroup.values()) {
    const of = same.get(rows[0].sheetRow);
    if (rows.length < 2 || (of?.parallel && !of.contracts)) continue;
    const ends = rows.map((r): ContractOnRow | null => {
      const end = endOf(r);
      return end === null ? null : { end, start: dayOf(r.fields.contractStart), product: productOf(r) };
    });
    ends.forEach((own, i) => {
      if (own === null) return;
      let latest: number | null = null;
      for (const other of ends) {
        if (other === null || other.end <= own.end || otherProducts(own, other) || (of?.parallel && !renews(own, other, productColumn))) continue;
        if (latest === null || other.end > latest) latest = other.end;
      }
      if (latest !== null) out.set(rows[i].sheetRow, latest);
    });
  }
  return out;
}

/**
 * The contract rule's draft for the main column and one for each extra due column (年检到期, 保养到期),
 * each worded by its own header. The latest end of one contract is the current one: an end beside a
 * later end of the same contract (合同到期日 2026-12-15 beside 续约后到期日 2027-12-15, a Contract End
 * the day before its Renewal Date, a 续约日期 holding the day the renewal was signed, before the
 * end) was renewed and reminds nothing, nor does one earlier than `customerEnd`, the latest end of the
 * customer's other rows. So a 续约日期 is read as the day the renewal falls due (a CRM's Renewal Date)
 * unless the row holds a later end: alone, past, it is a renewal missed, and said so. One day is said
 * once unless two columns name what falls due (年检 and 保养 on one day are two).
 */
function contractDrafts(record: CustomerRecord, settings: RemindSettings['contract'], ctx: RuleContext, extraDues: readonly ExtraDue[], mainRenewal: boolean, customerEnd: number | undefined): readonly ContractDraft[] {
  if (extraDues.length === 0 || (record.extra?.contractEnd?.length ?? 0) === 0) return mainContractDraft(record, settings, ctx, mainRenewal, customerEnd);
  const cols = dueColumns(record, ctx, extraDues, mainRenewal);
  // A yearly premium typed without its year (缴费日 12月6日) falls due on its coming date (yearly-due.ts).
  const days = cols.map((c, k) => endDayOf(c.cell) ?? (isYearlyPayment(k === 0 ? c.label ?? ctx.contractWord : c.label) ? comingYearlyDue(c.cell, ctx.today, ctx.todayDay, record.fields.status) : null));
  const drafts: { draft: ReminderDraft; label?: string; main: boolean; policy: boolean; money: boolean }[] = [];
  cols.forEach((col, k) => {
    const day = days[k];
    if (day === null) return;
    if (cols.some((other, j) => j !== k && (days[j] ?? -Infinity) > day && oneContract(col, other))) return;
    if (customerEnd !== undefined && day < customerEnd && oneContract(cols[0], col)) return;
    const { label } = col;
    const draft = k === 0
      ? contractRule(record, settings, ctx)
      : contractRule({ ...record, fields: { ...record.fields, contractEnd: col.cell } }, settings, { ...ctx, dueLabel: label, renewal: label === undefined ? renewalWord(col.header) : undefined, contractWord: label === undefined ? contractWordOf(col.header) : undefined });
    if (!draft || drafts.some((d) => d.draft.due === draft.due && (d.label === label || d.label === undefined || label === undefined))) return;
    const policy = col.renewsPolicy || (label !== undefined && POLICY_LABEL.test(label));
    drafts.push({ draft: col.header === undefined ? draft : { ...draft, event: `${draft.event}@${col.header}` }, label, main: oneContract(cols[0], col), policy, money: namesMoneyDue(label) });
  });
  return drafts.length === 0 ? NONE : drafts.map((d) => ({ draft: d.draft, main: d.main, policy: d.policy, money: d.money }));
}

/**
 * contractDrafts of a row whose only due column is the main one (nearly every sheet): no columns to
 * build and compare for each of 100,000 rows, and most rows end no contract at all.
 */
function mainContractDraft(record: CustomerRecord, settings: RemindSettings['contract'], ctx: RuleContext, mainRenewal: boolean, customerEnd: number | undefined): readonly ContractDraft[] {
  // A yearly premium typed without its year (缴费日 12月6日) falls due on its coming date, as contractRule reads it (yearly-due.ts).
  const day = endDayOf(record.fields.contractEnd)
    ?? (isYearlyPayment(ctx.dueLabel ?? ctx.contractWord) ? comingYearlyDue(record.fields.contractEnd, ctx.today, ctx.todayDay, record.fields.status) : null);
  if (day === null || (customerEnd !== undefined && day < customerEnd)) return NONE;
  const draft = contractRule(record, settings, ctx);
  if (!draft) return NONE;
  const label = ctx.dueLabel;
  return [{ draft, main: true, policy: mainRenewal || (label !== undefined && POLICY_LABEL.test(label)), money: namesMoneyDue(label) }];
}

/**
 * The follow-up drafts of the plans other reps made on rows a merge folded into `record` (its
 * note's, dedupe/open-follow-ups.ts), each read as the row's own plan is (rules/follow-up.ts: due,
 * overdue, or answered by a later contact on the row), one per rep and day. A plan of the day and
 * rep the row's own cell already holds is that one.
 */
function carriedDrafts(record: CustomerRecord, plans: readonly { owner: string; day: string }[] | undefined, settings: RemindSettings, ctx: RuleContext): { draft: ReminderDraft; owner: string }[] {
  if (plans === undefined || plans.length === 0) return [];
  const out: { draft: ReminderDraft; owner: string }[] = [];
  const own = dayOf(record.fields.nextFollowUp);
  const seen = new Set<string>();
  for (const p of plans) {
    const key = `${ownerKey(p.owner)}\u0000${p.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const cell: Cell = { kind: 'date', value: p.day };
    if (own !== null && own === dayOf(cell) && ownerKey(ownerName(record.fields.owner)) === ownerKey(p.owner)) continue;
    const { extra: _extra, ...rest } = record;
    const draft = runRule('followUp', { ...rest, fields: { ...record.fields, nextFollowUp: cell } }, settings, ctx);
    // Its own event: the kept row's rep may have planned the same day.
    if (draft) out.push({ draft: { ...draft, event: `${draft.event}@${ownerKey(p.owner)}` }, owner: p.owner });
  }
  return out;
}

/** A day as a merged-values note writes it: an ISO day is the date it was, anything else (12月3日, 腊月初八) the text typed. */
const noteDay = (value: string): Cell => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? { kind: 'date', value } : { kind: 'text', value });

/**
 * The drafts of the other days of a yearly field (a second birthday) a row merged into `record` gave,
 * as its note lists them: each read as the row's own is, one per day due, none on the day `own` (the
 * row's own draft) already reminds (the note's 05-12 beside the kept 1985-05-12).
 */
function otherDayDrafts(record: CustomerRecord, name: 'birthday' | 'anniversary', values: readonly string[] | undefined, own: ReminderDraft | null, settings: RemindSettings, ctx: RuleContext): ReminderDraft[] {
  if (values === undefined || values.length === 0) return [];
  const out: ReminderDraft[] = [];
  const dues = new Set<number>(own === null ? [] : [own.due]);
  for (const value of values) {
    const draft = runRule(name, { ...record, fields: { ...record.fields, [name]: noteDay(value) } }, settings, ctx);
    if (draft === null || dues.has(draft.due)) continue;
    dues.add(draft.due);
    out.push({ ...draft, event: `${draft.event}@merged` });
  }
  return out;
}

function remindWithin(
  records: readonly CustomerRecord[],
  settings: RemindSettings,
  today: CivilDate,
  context: RemindContext,
): RemindResult {
  const {
    classification, sameCustomer, dueLabel, extraDues = [], yearlessOrders = {}, mainHeader, possibleCopies = new Map(),
    accountsByCompany = true, mergedAway = new Map(), remainingWord, remainingNoRenewal, fieldHeaders = {}, owedRows, owedAmounts, dueWhileOwed, oneOffPurchases,
  } = context;
  // A sheet whose due column chases the balance itself (尾款到期日) needs no second reminder of it after the event.
  const balanceDue = namesMoneyDue(dueLabel) || extraDues.some((d) => namesMoneyDue(d.label));
  const { settings: s, errors } = resolveRemindSettings(settings);
  const todayDay = toDayNumber(today);
  const classifiedOf = classifiedLookup(records, classification?.rows ?? []);
  const active = (Object.keys(REMINDER_RULES) as RemindRuleName[]).filter((name) => s[name].enabled);

  const reminders: Reminder[] = [];
  const silenced = Object.fromEntries(STANDINGS.map((k) => [k, 0])) as Record<Standing, number>;
  const standingMemo: StandingMemo = new Map();
  const grouped = sameCustomer && sameCustomer.size > 0 ? sameCustomer : null;
  const byGroup = grouped ? rowsByGroup(records, grouped) : null;
  const owners = byGroup && grouped ? groupOwners(byGroup, grouped) : null;
  // 王磊 on one row and 王磊/刘洋 on the other: one customer the two share, reminded to both.
  // 王磊 and 李娜 both typed him in (撞单) and the owner rule gives him to 王磊: every reminder of his is
  // 王磊's, as the kept row's after a merge; 李娜 reads the 撞单 on her row, not a second copy.
  const shared = byGroup && grouped ? new Map([...groupCoOwners(byGroup, grouped), ...groupKeepers(byGroup, grouped)]) : null;
  // A follow-up booked ahead on any of his rows keeps the customer from being stale (rules/stale.ts):
  // staleTouched reads it besides.
  const [touched, staleTouched] = byGroup ? withGroupLatestAnd(byGroup, [...s.stale.fields, 'lastContact', 'lastPurchase'], ['nextFollowUp']) : [null, null];
  // A rep's latest planned follow-up of a customer supersedes his earlier ones, and the customer's
  // latest contact on any row answers it (withLatestPlan).
  const planned = byGroup && grouped && touched && owners ? withLatestPlan(byGroup, grouped, owners, touched, shared ?? undefined, todayDay) : null;
  const mainRenewal = mainHeader !== undefined && POLICY_RENEWAL.test(mainHeader);
  // A Renewal Date or 续费日期 says a renewal falls due; a column of what else ends says what (dueLabel).
  const renewal = dueLabel === undefined ? renewalWord(mainHeader) : undefined;
  // A Tenancy End or 租约到期 says its own kind of contract (due-label.ts contractWordOf).
  const contractWord = dueLabel === undefined ? contractWordOf(mainHeader) : undefined;
  const contractEnds = byGroup && grouped && s.contract.enabled
    ? withGroupContractEnd(byGroup, grouped, (r) => mainContractEnd(r, { today, todayDay, dueLabel }, extraDues, mainRenewal), records.some((r) => productOf(r) !== ''))
    : null;
  const activity = grouped && classification ? withGroupActivity(classification.rows, grouped) : null;
  const standingOf = (r: CustomerRecord) => readStanding(r, standingMemo, todayDay);
  const notToContact = byGroup ? groupsNotToContact(byGroup, standingOf) : null;
  const silencedEvents = new Set<string>();
  const silencedFrom = new Set<FieldId>();
  const accounts = new Map<number, AccountRow>();
  const standIns = standInBirthdays(records.map((r) => ({ birthday: r.fields.birthday, name: r.fields.name })));
  // A birthday typed without its year on one row and in full on another is his full date of birth.
  const born = byGroup ? withGroupBirthYear(byGroup, (cell) => isStandIn(cell, standIns), yearlessOrders.birthday) : null;
  // One draft of one rule for one row: silenced by the customer's standing, or a reminder.
  const renewalMemo: RenewalMemo = new Map();
  // Contract reminders not raised as the row says this term was renewed, on a day it names.
  let renewedThisTerm = 0;
  const companyKeys = new Map<string, string>();
  const settledRows = new Map<number, string>();
  let optedOut = 0;
  // A sheet of one-off projects (预计竣工, 工程状态 施工中 / 已竣工): no customer of it goes dormant.
  const projectSheet = isProjectSheet(records, fieldHeaders.status, [dueLabel, ...extraDues.map((d) => d.label)], fieldHeaders.appointment);
  // Reminders fall due on a few hundred days: each day is written once, and its text shared.
  const dueTexts = new Map<number, IsoDate>();
  const dueText = (day: number): IsoDate => {
    let text = dueTexts.get(day);
    if (text === undefined) dueTexts.set(day, (text = formatIso(fromDayNumber(day))));
    return text;
  };
  const emit = (record: CustomerRecord, name: RemindRuleName, group: string | undefined, standing: Standing | null, draft: ReminderDraft, renewed?: RenewalStated | null, plannedBy?: string, otherValue?: boolean) => {
    if (standing !== null && s[name].skipWhen.includes(standing)) {
      // A customer typed twice is silenced once per event, as he would have been reminded once.
      const once = group === undefined ? null : `${group}\u0000${draft.kind}\u0000${draft.event}`;
      if (once === null || !silencedEvents.has(once)) silenced[standing]++;
      if (once !== null) silencedEvents.add(once);
      for (const f of standingFields(record, standing, standingMemo, todayDay)) silencedFrom.add(f);
      return;
    }
    if ((name === 'birthday' || name === 'anniversary') && s[name].skipOptedOut && optedOutOfEmail(record)) {
      const once = group === undefined ? null : `${group}\u0000${draft.kind}\u0000${draft.event}\u0000optedOut`;
      if (once === null || !silencedEvents.has(once)) optedOut++;
      if (once !== null) silencedEvents.add(once);
      return;
    }
    const person = personName(record);
    // Notion's relation "Acme Corp (https://www.notion.so/…)" is said by its page's name.
    const company = withoutPageLinks(displayText(record.fields.company));
    if (draft.kind === 'contract' || draft.kind === 'contractExpired') accounts.set(record.sheetRow, { account: accountOf(record), company: accountsByCompany ? companyOf(record, companyKeys) : '', person, companyText: company });
    const reminder: Reminder = {
      kind: draft.kind,
      key: `${draft.kind}:${record.sheetRow}:${draft.event}`,
      sheetRow: record.sheetRow,
      owner: (group !== undefined ? shared?.get(group) : undefined) || plannedBy || ownerName(record.fields.owner) || (group !== undefined ? owners?.get(group) : undefined) || '',
      // No name and no company (Square's instant profile): its e-mail or phone says whom to call.
      customer: person && company ? `${person} · ${company}` : person || company || contactText(record),
      due: dueText(draft.due),
      daysLeft: draft.due - todayDay,
      reason: draft.reason,
    };
    if (draft.step !== undefined) reminder.step = draft.step;
    if (renewed) reminder.renewalStated = renewed.text;
    if (plannedBy) reminder.mergedPlan = plannedBy;
    if (otherValue) reminder.mergedValue = true;
    reminders.push(reminder);
  };
  // One list for every row's context: the labels are the sheet's, not the row's.
  const extraDueLabels = extraDues.map((d) => d.label);
  // One context for every row, its classified row set per row: the rules read it while the row is
  // judged and keep none of it (a context of 16 fields made per row was 100,000 objects to collect).
  const ctx: RuleContext = { today, todayDay, classified: undefined, standInBirthdays: standIns, dueLabel, renewal, contractWord, yearlessOrders, remainingWord, remainingNoRenewal, headers: fieldHeaders, extraDueLabels, projectSheet, oneOffPurchases };
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    ctx.classified = activity?.get(record.sheetRow) ?? classifiedOf(i);
    const group = grouped?.get(record.sheetRow)?.group;
    const standing: Standing | null = group !== undefined && notToContact?.has(group) ? 'doNotContact' : standingOf(record);
    const firstOfRow = reminders.length;
    for (const name of active) {
      // Stale is judged on the customer's latest touch, whichever of his rows holds it.
      const latest = name === 'stale' ? staleTouched : name === 'followUp' ? planned : name === 'birthday' ? born : null;
      if (name === 'contract') {
        const drafts = contractDrafts(record, s.contract, ctx, extraDues, mainRenewal, contractEnds?.get(record.sheetRow));
        // Read only of a row with a contract due: 已续保 says nothing to a birthday.
        // The status speaks of the sheet's main contract (保险到期), not of a 年检 due beside it.
        const renewed = drafts.some((d) => d.main) ? renewalStated(record, today, renewalMemo) : null;
        // A policy gone to another insurer (已转保) beside the car's 保养到期: its policy's reminders stop, not the rest.
        const policyGone = drafts.some((d) => d.policy) && (standing === null || !s.contract.skipWhen.includes(standing)) && policyMovedAlone(record, standingMemo);
        const settled = drafts.some((d) => d.money) ? remarkSettled(record.fields.notes) : null;
        if (settled !== null) settledRows.set(record.sheetRow, settled);
        // A project handed over (已竣工) has no completion due, but a balance still owed on it is to collect.
        const handedOver = drafts.length === 0 && isCompletion(dueLabel) && projectStateOf(record.fields.status, true) === 'done'
          ? owedAfterCompletion(record, owedAmounts?.get(record.sheetRow), ctx) : null;
        if (handedOver) emit(record, name, group, standing, handedOver);
        const rowOwed = owedAmounts?.get(record.sheetRow);
        // Arrears (欠租金额 2500) are said on the row's contract ending too: one reminder, not two (arrears.ts).
        const late = rowOwed !== undefined && isArrearsHeader(rowOwed.header);
        const owing = drafts.some((dr) => dr.money) || late ? rowOwed : undefined;
        for (const { draft: plain, main, policy, money } of drafts) {
          if (settled !== null && money) continue;
          // A payment due on a row that says how much is owed names the amount (尾款 26640 未结清).
          // Arrears go with the tenancy's own end, not with an inspection due beside it (then their own reminder).
          const d = (money || (late && main)) && owing !== undefined ? withOwed(plain, owing) : plain;
          if (policyGone && policy) {
            emit(record, name, group, 'ended', d);
            continue;
          }
          if (main && renewed && renewedFor(renewed, d.due, todayDay) && (standing === null || !s.contract.skipWhen.includes(standing))) renewedThisTerm++;
          // A renewal dated in a term before this one says nothing of the end due now.
          else emit(record, name, group, standing, d, main && renewed && renewed.day === null ? renewed : null);
        }
        continue;
      }
      const draft = runRule(name, latest?.get(record.sheetRow) ?? record, s, ctx);
      if (draft) emit(record, name, group, standing, draft);
      // The customer's day held (婚期 passed) and money still owed: the balance to collect (owed-after-event.ts).
      const owed = name === 'appointment' && !draft && !balanceDue ? owedAfterEvent(record, owedAmounts?.get(record.sheetRow), ctx) : null;
      if (owed) emit(record, name, group, standing, owed);
      const away = mergedAway.get(record.sheetRow);
      if (away !== undefined && name === 'followUp') for (const d of carriedDrafts(record, away.plans, s, ctx)) emit(record, name, group, standing, d.draft, null, d.owner);
      if (away !== undefined && (name === 'birthday' || name === 'anniversary')) for (const d of otherDayDrafts(latest?.get(record.sheetRow) ?? record, name, away.days?.[name], draft, s, ctx)) emit(record, name, group, standing, d, null, undefined, true);
      // The customer's children's birthdays (宝宝生日), with the birthday's settings and silences.
      if (name === 'birthday' && record.children !== undefined) for (const d of childBirthdayDrafts(record, s.birthday, ctx)) emit(record, name, group, standing, d);
    }
    // Money he is late with on a running account (Arrears, 欠租; a subscription past_due), under the contract rule's switch and
    // silences, unless a reminder of the row already says it (a contract ending, a balance after its day).
    if (s.contract.enabled) {
      const arrears = (owedAmounts === undefined ? null : arrearsDraft(record, owedAmounts.get(record.sheetRow), todayDay)) ?? failedPaymentDraft(record, todayDay);
      const said = arrears !== null && reminders.slice(firstOfRow).some((r) => (r.reason.params.owedAmount !== undefined || r.reason.code === 'remind.reason.owedAfterEvent'));
      if (arrears !== null && !said) emit(record, 'contract', group, standing, arrears);
    }
  }
  // The reps the owner column writes alone, read once (a pass over every row): the long-ended, the
  // long-lost and the per-owner lists below all ask it.
  const alone = ownersOfColumn(records);
  // A contract or a fee long ended is counted, not listed, unless the row still owes (the 催缴 list);
  // taken out before the stale ones are judged, so it silences none (a stale one stays as it was).
  // A debt's due date (Due Date beside a Balance, 付款到期日 beside 欠款) is a call to collect only while
  // the row owes: a balance of 0 was paid, however long its due date has passed.
  const DUE_KINDS: ReadonlySet<string> = new Set(['contract', 'contractExpired']);
  const collecting = dueWhileOwed ? reminders.filter((r) => !(DUE_KINDS.has(r.kind) && r.reason.params.what === dueLabel && !(owedRows?.has(r.sheetRow) ?? false))) : reminders;
  const { listed: current, expired } = withoutLongExpired(collecting, s.contract.expiredWithinDays, (row) => owedRows?.has(row) ?? false, alone, s.contract.serviceOverdueWithinDays);
  // A key customer's dormant reminder, a follow-up due or a contract ending stands for his stale one,
  // on whichever of his rows: one situation, one reminder (one-silence.ts).
  const quiet = oneSilence(current, grouped ? (row) => grouped.get(row)?.group ?? row : undefined);
  const perCustomer = grouped ? onePerCustomer(quiet, grouped) : quiet;
  if (grouped && byGroup) namesCopies(perCustomer, byGroup, grouped);
  const collapsed = accounts.size > 1 ? onePerAccount(perCustomer, accounts) : perCustomer;
  namesMergedCarers(collapsed, mergedAway);
  notePossibleCopies(collapsed, possibleCopies, records, (r) => standingOf(r) === 'doNotContact');
  sortReminders(collapsed);
  const { listed, lost } = withoutLongLost(collapsed, s.stale.enabled ? s.stale.lostAfterDays : null, alone);
  const counts = Object.fromEntries(REMINDER_KINDS.map((k) => [k, 0])) as Record<ReminderKind, number>;
  for (const r of listed) counts[r.kind]++;
  const settled = [...settledRows].map(([sheetRow, remark]) => ({ sheetRow, remark }));
  return { reminders: listed, groups: groupByOwner(listed, alone), counts, silenced, silencedFrom: [...silencedFrom], renewed: renewedThisTerm, optedOut, lost, expired, errors, ...(settled.length > 0 ? { settled } : {}) };
}

/** The owners the sheet's owner column writes alone: whether `Amy & Ben` is two reps (ownersOf). */
export function ownersOfColumn(records: readonly CustomerRecord[]): Set<string> {
  // A handful of reps own 100,000 rows: each distinct owner text is read once (ownerName, then the
  // splitting patterns), each by the first cell that writes it; the answer is a set either way.
  const firstCell = new Map<string, Cell | undefined>();
  for (let i = 0; i < records.length; i++) {
    const cell = records[i].fields.owner;
    const text = displayText(cell);
    if (!firstCell.has(text)) firstCell.set(text, cell);
  }
  const names: string[] = [];
  for (const cell of firstCell.values()) names.push(ownerName(cell));
  return ownersAlone(names);
}

/** remind, with the run's memos (text/run-memos.ts): a run of its own when a host or a bench calls it alone. */
export function remind(records: readonly CustomerRecord[], settings: RemindSettings, today: CivilDate, context: RemindContext = {}): RemindResult {
  return withRunMemos(() => remindWithin(records, settings, today, context));
}

/** A money due's draft with what the row owes, said after its reason (reminder-text.ts). */
function withOwed(draft: ReminderDraft, owed: { header: string; amount: string }): ReminderDraft {
  return { ...draft, reason: { ...draft.reason, params: { ...draft.reason.params, owedHeader: owed.header, owedAmount: owed.amount } } };
}
