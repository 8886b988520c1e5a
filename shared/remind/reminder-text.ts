/** A reminder's reason and its owner group's name, rendered in zh-CN or en. */
import { t } from '../i18n';
import { sheetWord } from '../i18n/sheet-word';
import type { Lang } from '../i18n/define';
import { messageText } from '../classify/reason';
import { ownerKey, shareAnOwner } from '../table/owner-name';
import type { Reminder, ReminderGroup, ReminderKind } from './types';
import type { RenewalWord } from './renewal-word';
import { fallsDue, isCompletion, isDebtPayment, isPaymentDue, paymentWord } from './due-label';
import type { MessageKey } from '../i18n';
import { customerLines } from './customer-lines';

export function reminderText(lang: Lang, reminder: Pick<Reminder, 'reason' | 'alsoRows' | 'heldBy'> & Partial<Pick<Reminder, 'maybeSame' | 'owner' | 'alsoIn' | 'maybeSameIn' | 'coCarers' | 'coOwners' | 'contacts' | 'renewalStated' | 'mergedPlan' | 'mergedValue' | 'alsoCaredBy' | 'alsoHeldBy' | 'maybeHeld'>>): string {
  // A plan made on a row since merged: the rep finds it in the note, not in the kept row's 下次跟进.
  const merged = (reminder.mergedPlan ? t(lang, 'remind.mergedPlan', { owner: reminder.mergedPlan }) : '') + (reminder.mergedValue ? t(lang, 'remind.mergedValue') : '')
    + (reminder.alsoCaredBy?.length ? t(lang, 'remind.alsoCaredBy', { owners: reminder.alsoCaredBy.join(lang === 'zh-CN' ? '、' : ', ') }) : '')
    + (reminder.alsoHeldBy?.length ? t(lang, 'remind.alsoHeldBy', { owners: reminder.alsoHeldBy.join(lang === 'zh-CN' ? '、' : ', ') }) : '');
  return sameCustomerText(lang, reminder) + merged + maybeSameText(lang, reminder) + otherSheetsText(lang, reminder);
}

/** The customer's rows in other reps' tabs (撞单 across sheets), then those only perhaps his. */
function otherSheetsText(lang: Lang, reminder: Partial<Pick<Reminder, 'alsoIn' | 'maybeSameIn'>>): string {
  const list = (rows: readonly { sheet: string; row: number }[]) => rows.map((r) => t(lang, 'remind.acrossRow', r)).join(lang === 'zh-CN' ? '、' : ', ');
  return (reminder.alsoIn ? t(lang, 'remind.alsoIn', { rows: list(reminder.alsoIn) }) : '') +
    (reminder.maybeSameIn ? t(lang, 'remind.maybeSameIn', { rows: list(reminder.maybeSameIn) }) : '');
}

/**
 * The rows a review group offers as perhaps this customer: first those marked not to contact (黑名单),
 * then those another rep holds (perhaps 撞单), then the rest.
 */
function maybeSameText(lang: Lang, reminder: Partial<Pick<Reminder, 'maybeSame' | 'owner'>>): string {
  const rows = reminder.maybeSame ?? [];
  if (rows.length === 0) return '';
  const list = (of: readonly { row: number }[]) => of.map((r) => r.row).join(lang === 'zh-CN' ? '、' : ', ');
  const barred = rows.filter((r) => r.doNotContact);
  const rest = rows.filter((r) => !r.doNotContact);
  const mine = ownerKey(reminder.owner ?? '');
  // A row with no owner is nobody's 撞单: its possible copy is only named.
  // A row naming a rep of this reminder's (王磊 beside 王磊/刘洋) is no other rep's.
  const theirs = mine === '' ? [] : rest.filter((r) => r.owner !== '' && ownerKey(r.owner) !== mine && !shareAnOwner(r.owner, reminder.owner ?? ''));
  const same = rest.filter((r) => !theirs.includes(r));
  const byOwner = new Map<string, typeof theirs>();
  for (const r of theirs) byOwner.set(r.owner, [...(byOwner.get(r.owner) ?? []), r]);
  return [
    ...(barred.length > 0 ? [t(lang, 'remind.maybeSameDoNotContact', { rows: list(barred) })] : []),
    ...[...byOwner].map(([owner, of]) => t(lang, 'remind.maybeSameOtherRep', { rows: list(of), owner })),
    ...(same.length > 0 ? [t(lang, 'remind.maybeSame', { rows: list(same) })] : []),
  ].join('');
}

/** The reason, and the rows of the same customer (a group not merged yet) it stands for, another rep's named. */
function sameCustomerText(lang: Lang, reminder: Pick<Reminder, 'reason' | 'alsoRows' | 'heldBy'> & Partial<Pick<Reminder, 'coCarers' | 'coOwners' | 'contacts' | 'renewalStated' | 'maybeHeld'>>): string {
  const { code, params } = reminder.reason;
  // A payment's word is said as a payment in the reminder's language (Premium 缴费日, not Premium日).
  // A debt's 付款 (due-label.ts) reads as Payment in English too, whatever the header's language.
  const said = (lang === 'zh-CN' || isDebtPayment(params.what)) && code.startsWith('remind.reason.payment') && typeof params.what === 'string' ? { ...params, what: paymentWord(lang, params.what) } : params;
  // A payment due says how much the row owes (remind.ts withOwed), in the currency its cell shows.
  const owed = typeof params.owedAmount === 'string' ? t(lang, 'remind.owedStill', { owed: String(params.owedHeader ?? ''), amount: params.owedAmount }) : '';
  const text = messageText(lang, code, said) + owed + (reminder.renewalStated ? t(lang, 'remind.renewalStated', { text: reminder.renewalStated }) : '');
  if (!reminder.alsoRows) return text;
  const list = (rows: readonly number[]) => rows.join(lang === 'zh-CN' ? '、' : ', ');
  // An account's contract: its other rows are its other contacts, other people, not copies of this one.
  if (reminder.contacts && !reminder.heldBy) return text + t(lang, 'remind.contactRows', { rows: list(reminder.alsoRows) });
  if (!reminder.heldBy) return text + t(lang, 'remind.alsoRows', { rows: list(reminder.alsoRows) });
  // 撞单: the other reps' rows by rep, after the rows of his own.
  const theirs = new Set(reminder.heldBy.flatMap((h) => h.rows));
  const own = reminder.alsoRows.filter((row) => !theirs.has(row));
  const sep = lang === 'zh-CN' ? '；' : '; ';
  // Co-carers (two 班主任 of one pupil) serve him together: named as such, never as a 撞单.
  if (reminder.coCarers) {
    const carers = reminder.heldBy.map((h) => t(lang, 'remind.caredBy', { rows: list(h.rows), owner: h.owner })).join(sep);
    return text + (own.length > 0 ? t(lang, 'remind.alsoRowsCoCarers', { rows: list(own), carers }) : t(lang, 'remind.coCarers', { carers }));
  }
  const held = reminder.heldBy.map((h) => t(lang, 'remind.heldBy', { rows: list(h.rows), owner: h.owner })).join(sep);
  // His other rep is a 协作人 the CRM declares: named as sharing him, never as a 撞单 (the group says none).
  if (reminder.coOwners) return text + (own.length > 0 ? t(lang, 'remind.alsoRowsCoOwners', { rows: list(own), held }) : t(lang, 'remind.coOwners', { held }));
  // A review group's other rep is perhaps a 撞单: said as one to check, as the group is.
  if (reminder.maybeHeld) return text + (own.length > 0 ? t(lang, 'remind.alsoRowsMaybeHeldBy', { rows: list(own), held }) : t(lang, 'remind.maybeOtherRep', { held }));
  return text + (own.length > 0 ? t(lang, 'remind.alsoRowsHeldBy', { rows: list(own), held }) : t(lang, 'remind.otherRep', { held }));
}

/** The line closing an owner's list for the long-lost customers not listed in it (long-lost.ts). */
export function lostText(lang: Lang, count: number, days: number): string {
  return t(lang, 'remind.lost', { count, days });
}

/** The owner as shown at the head of a group: the name, or "unassigned". */
export function ownerText(lang: Lang, owner: string): string {
  return owner === '' ? t(lang, 'remind.owner.unassigned') : owner;
}

/**
 * The reasons that say a renewal falls due (a 续约日期 / 续费日期 / Renewal Date column: renewal-word.ts),
 * by the renewal they name. Data: a new wording of contract.ts names its renewal here.
 */
const RENEWAL_REASONS: Readonly<Record<string, RenewalWord>> = {
  'remind.reason.renewalExpiring': 'contract',
  'remind.reason.renewalToday': 'contract',
  'remind.reason.renewalExpired': 'contract',
  'remind.reason.feeRenewalExpiring': 'fee',
  'remind.reason.feeRenewalToday': 'fee',
  'remind.reason.feeRenewalExpired': 'fee',
};

/** The kind labels of a renewal falling due and of one missed, by the renewal. */
const RENEWAL_KIND_LABELS: Readonly<Record<RenewalWord, { contract: MessageKey; contractExpired: MessageKey }>> = {
  contract: { contract: 'remind.kind.renewal', contractExpired: 'remind.kind.renewalExpired' },
  fee: { contract: 'remind.kind.feeRenewal', contractExpired: 'remind.kind.feeRenewalExpired' },
};

/** The renewal a reminder says falls due (续约, 续费), undefined for a contract's end or another kind. */
export function renewalOf(reminder: Pick<Reminder, 'reason'>): RenewalWord | undefined {
  return RENEWAL_REASONS[reminder.reason.code];
}

/**
 * A reminder's kind as a label: 合同即将到期; 疫苗即将到期 / Vaccine ending when the contract-end
 * column is of what else ends (due-label.ts names it `what`): a vet's list should not count its
 * vaccines as contracts; 续约到期 / 续费到期 / Renewal due when it is a renewal column, whose rep is
 * to renew, not told that a contract lapses. A sheet may have several due columns (保险到期, 年检到期):
 * each reminder carries its own `what` (`whatOf`) and renewal (`renewalOf`).
 */
export function reminderKindText(lang: Lang, kind: ReminderKind, what?: string, renewal?: RenewalWord): string {
  // 婚期临近, 开庭临近, Hearing coming up: the day the customer is booked for, in the column's word.
  if (kind === 'appointment') return what === undefined || what === '' ? t(lang, 'remind.kind.appointment') : t(lang, 'remind.kind.appointmentWhat', { what: sheetWord(lang, what) });
  const payment = isPaymentDue(what);
  // 即将竣工 / 逾期未竣工: a completion is due, then overdue; it does not expire.
  if (isCompletion(what) && (kind === 'contract' || kind === 'contractExpired')) return t(lang, kind === 'contract' ? 'remind.kind.completionDue' : 'remind.kind.completionOverdue', { what: what as string });
  // MOT due / Vaccine overdue: a service falls due, it does not end (年检即将到期 in Chinese, as any due).
  if (fallsDue(what) && (kind === 'contract' || kind === 'contractExpired')) return t(lang, kind === 'contract' ? 'remind.kind.serviceDue' : 'remind.kind.serviceOverdue', { what: sheetWord(lang, what as string) });
  if (what !== undefined && kind === 'contract') return t(lang, payment ? 'remind.kind.paymentDue' : 'remind.kind.due', { what: payment ? paymentWord(lang, what) : sheetWord(lang, what) });
  if (what !== undefined && kind === 'contractExpired') return t(lang, payment ? 'remind.kind.paymentOverdue' : 'remind.kind.dueExpired', { what: payment ? paymentWord(lang, what) : sheetWord(lang, what) });
  if (renewal !== undefined && (kind === 'contract' || kind === 'contractExpired')) return t(lang, RENEWAL_KIND_LABELS[renewal][kind]);
  return t(lang, `remind.kind.${kind}`);
}

/** A reminder's kind as the 提醒 sheet, the summary and the report show it (reminderKindText). */
export function reminderKindLabel(lang: Lang, reminder: Pick<Reminder, 'kind' | 'reason'>): string {
  // The day held or the house handed over, its balance still owed (owed-after-event.ts): the balance
  // is what it is about (尾款未结清), no booking (预约日) nor completion overdue (逾期未竣工).
  const owed = owedOf(reminder);
  if (owed !== undefined) return t(lang, 'remind.kind.owedAfterEvent', { owed: sheetWord(lang, owed) });
  return reminderKindText(lang, reminder.kind, whatOf(reminder), renewalOf(reminder));
}

/** The owed column a reminder of a balance left after its day names (尾款), undefined for any other. */
function owedOf(reminder: Pick<Reminder, 'reason'>): string | undefined {
  const owed = reminder.reason.params.owed;
  return (reminder.reason.code === 'remind.reason.owedAfterEvent' || reminder.reason.code === 'remind.reason.arrears') && typeof owed === 'string' ? owed : undefined;
}

/** What the run's booked days are for (婚期, 开庭), from its first appointment reminder; undefined when none names it. */
export function bookedWhat(reminders: readonly Pick<Reminder, 'kind' | 'reason'>[]): string | undefined {
  for (const r of reminders) {
    if (r.kind !== 'appointment' || owedOf(r) !== undefined) continue;
    const what = whatOf(r);
    if (what !== undefined && what !== '') return what;
  }
  return undefined;
}

/** What a reminder of something falling due names (疫苗, 年检), undefined for a contract's or another kind. */
export function whatOf(reminder: Pick<Reminder, 'reason'>): string | undefined {
  const what = reminder.reason.params.what;
  return typeof what === 'string' ? what : undefined;
}

const DUE_KINDS: ReadonlySet<ReminderKind> = new Set<ReminderKind>(['contract', 'contractExpired']);

/**
 * The key a reminder is counted under: its kind, or for a due of another column than the one `what`
 * names (年检 beside 保险), or a renewal other than the run's `renewal` (续约日期 beside 合同到期日), its
 * kind and its own what or renewal, so that each is counted under its own label.
 */
export function kindKey(reminder: Pick<Reminder, 'kind' | 'reason'>, what: string | undefined, renewal?: RenewalWord): string {
  const owed = owedOf(reminder);
  if (owed !== undefined) return `owed.${owed}`;
  if (!DUE_KINDS.has(reminder.kind)) return reminder.kind;
  const own = whatOf(reminder);
  const ownRenewal = renewalOf(reminder);
  if (own === what && ownRenewal === renewal) return reminder.kind;
  return own === undefined && ownRenewal !== renewal ? `${reminder.kind}.renewal.${ownRenewal ?? ''}` : `${reminder.kind}.${own ?? ''}`;
}

/** Reminders counted by kind and, for dues, by what falls due: labels in the order of `kinds`, with their counts. */
export function countsByKind(lang: Lang, reminders: readonly Pick<Reminder, 'kind' | 'reason'>[], kinds: readonly ReminderKind[]): { key: string; label: string; count: number }[] {
  const what = dueWhat(reminders);
  const renewal = dueRenewal(reminders);
  const byKey = new Map<string, { key: string; label: string; count: number; order: number }>();
  for (const r of reminders) {
    const key = kindKey(r, what, renewal);
    const seen = byKey.get(key);
    if (seen) seen.count++;
    // A balance owed after its day comes after the kinds of the day itself (婚期临近, 逾期未竣工).
    else byKey.set(key, { key, label: reminderKindLabel(lang, r), count: 1, order: owedOf(r) !== undefined ? kinds.length : kinds.indexOf(r.kind) });
  }
  return [...byKey.values()].sort((a, b) => a.order - b.order).map(({ key, label, count }) => ({ key, label, count }));
}

/**
 * What the run's first due reminder names (疫苗, 会员卡), when its due column is no contract's. Only a
 * due's: a wedding's 婚期 is the booked day's word, and labelled the contracts 婚期即将到期.
 */
export function dueWhat(reminders: readonly Pick<Reminder, 'reason'>[] | readonly Pick<Reminder, 'kind' | 'reason'>[]): string | undefined {
  for (const r of reminders) {
    if ('kind' in r && (!DUE_KINDS.has(r.kind) || owedOf(r) !== undefined)) continue;
    const what = r.reason.params.what;
    if (typeof what === 'string') return what;
  }
  return undefined;
}

/**
 * The renewal the run's due reminders name (续约, 续费), when every one of them names it: a sheet whose
 * only due column is a 续约日期 has its kinds labelled 续约到期 even where it counts none. A sheet of
 * contract ends and renewals both keeps 合同即将到期 for its kinds, and counts the renewals apart.
 */
export function dueRenewal(reminders: readonly Pick<Reminder, 'kind' | 'reason'>[]): RenewalWord | undefined {
  let renewal: RenewalWord | undefined;
  for (const r of reminders) {
    if (!DUE_KINDS.has(r.kind)) continue;
    const own = renewalOf(r);
    if (own === undefined || (renewal !== undefined && own !== renewal)) return undefined;
    renewal = own;
  }
  return renewal;
}

/**
 * Why the reminders sheet has more lines than there are reminders, or null when it has not: a
 * customer two reps share (王芳/李强 in one owner cell) is listed under each, and counted once. The
 * example is the sheet's own: the owner cell of the first such reminder (by row), as written.
 */
export function sharedLinesNote(lang: Lang, groups: readonly ReminderGroup[]): string | null {
  const seen = new Map<Reminder, number>();
  let reminders = 0;
  for (const g of groups) {
    for (const r of g.reminders) seen.set(r, (seen.get(r) ?? 0) + 1);
    reminders += g.reminders.length;
  }
  if (reminders === seen.size) return null;
  // The sheet's lines: a customer's reminders of one week are one line of each owner's (customer-lines.ts).
  const lines = groups.reduce((n, g) => n + customerLines(g.reminders).length, 0);
  let shared = 0;
  let first: Reminder | undefined;
  for (const [r, n] of seen) {
    if (n < 2) continue;
    shared++;
    if (first === undefined || r.sheetRow < first.sheetRow) first = r;
  }
  return t(lang, 'remind.note.sharedOwners', { lines, count: seen.size, shared, example: first!.owner });
}

/** A to-do line's kinds (customer-lines.ts), each once, in its reminders' order: 即将用完、缴费日临近 / Running low, "缴费" due. */
export function reminderLineKind(lang: Lang, line: readonly Reminder[]): string {
  return [...new Set(line.map((r) => reminderKindLabel(lang, r)))].join(lang === 'zh-CN' ? '、' : ', ');
}

/**
 * A to-do line's reasons, joined: what each says of the customer's other rows (同一客户也在第 37 行, a
 * co-carer's row) is said once, after the last reason it follows, not after each.
 */
export function reminderLineText(lang: Lang, line: readonly Reminder[]): string {
  if (line.length === 1) return reminderText(lang, line[0]);
  const parts = line.map((r) => {
    const full = reminderText(lang, r);
    const bare = reminderText(lang, { reason: r.reason, renewalStated: r.renewalStated });
    return full.startsWith(bare) ? { bare, tail: full.slice(bare.length) } : { bare: full, tail: '' };
  });
  const sep = lang === 'zh-CN' ? '；' : '; ';
  return parts.map((p, i) => p.bare + (i + 1 < parts.length && parts[i + 1].tail === p.tail ? '' : p.tail)).join(sep);
}
