/** What a reminder is, and the contract every reminder rule keeps. */
import type { IsoDate } from '../table/cell';
import type { CivilDate } from '../table/civil-date';
import type { CustomerRecord } from '../table/records';
import type { MessageKey } from '../i18n';
import type { Params } from '../i18n/define';
import type { ClassifiedRow } from '../classify/classify';
import type { AmbiguousDatePolicy } from '../settings/types';
import type { RenewalWord } from './renewal-word';
import type { FieldId } from '../schema/fields';

export const REMINDER_KINDS = ['birthday', 'childBirthday', 'anniversary', 'contract', 'contractExpired', 'followUp', 'appointment', 'stale', 'highValueDormant', 'winBack', 'remaining', 'owed'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface Reminder {
  kind: ReminderKind;
  /**
   * The event's identity, stable from one day to the next (kind, row and the date that defines it),
   * so a host's sent-ledger can send each reminder once.
   */
  key: string;
  sheetRow: number;
  /** The owner's name as written; '' when none (the "unassigned" group). */
  owner: string;
  /** Name and company, for display. */
  customer: string;
  due: IsoDate;
  /** Days from today to `due`: 0 today, negative when overdue. */
  daysLeft: number;
  reason: { code: MessageKey; params: Params };
  /** The ladder step reached (contract reminders). */
  step?: number;
  /** Other rows of the same customer (a duplicate group not merged yet) the reminder stands for, another rep's included. */
  alsoRows?: number[];
  /** The other rows are the account's other contacts (one-account.ts), not copies of this customer. Present only when true. */
  contacts?: true;
  /** A customer two reps hold (撞单), not merged yet: the other reps and their rows of him, reminded to them of the same event. */
  heldBy?: { owner: string; rows: number[] }[];
  /** `heldBy` names another rep's rows of a group only offered for review: perhaps a 撞单, said so. Present only when true. */
  maybeHeld?: true;
  /** `heldBy` names co-carers (another 班主任 or doctor of his: schema/service-roles.ts), not reps in a 撞单. */
  coCarers?: true;
  /**
   * `heldBy` names the row's declared co-owners (a 协作人 holding the customer's other row: dedupe/declared-co-owners.ts),
   * reps who share him knowingly, not a 撞单, as his group says. Present only when true.
   */
  coOwners?: true;
  /**
   * Rows only perhaps of the same customer (a review group: one name and phone, two birthdays), each
   * with its owner and whether it says not to contact him (黑名单): reminded apart, named so the rep
   * checks before he calls (possible-copies.ts).
   */
  maybeSame?: { row: number; owner: string; doNotContact?: true }[];
  /**
   * The customer's rows in the workbook's other reps' tabs (the check across sheets, plan/across-reminders.ts):
   * a 撞单 no single sheet shows, named so the rep knows before he calls.
   */
  alsoIn?: { sheet: string; row: number }[];
  /** Rows of other reps' tabs only perhaps of the same customer (one name and phone, two birthdays): a possible 撞单, to check. */
  maybeSameIn?: { sheet: string; row: number }[];
  /**
   * A contract reminder's row says its renewal is done (已续保, Renewed: renewal-status.ts), as typed, with no
   * period: the reminder is raised and says so, for the rep to check before he calls.
   */
  renewalStated?: string;
  /**
   * A follow-up another rep planned on a row since merged into this one (dedupe/open-follow-ups.ts):
   * that rep, reminded of his own plan on the kept row.
   */
  mergedPlan?: string;
  /**
   * A birthday (anniversary) a row since merged into this one gave, not the kept row's: two days on
   * record for him, one a slip, reminded both until the user checks which is right. Present only when true.
   */
  mergedValue?: true;
  /**
   * Carers of rows since merged into this one (its merged-values note), other than the reminder's
   * owner: the customer's one reminder names them, as it names another carer's row before the merge.
   */
  alsoCaredBy?: string[];
  /** As alsoCaredBy, where the owner column is a rep's: the reps of the rows merged in, who held the customer too. */
  alsoHeldBy?: string[];
}

export interface ReminderGroup {
  owner: string;
  reminders: Reminder[];
}

export interface RuleContext {
  today: CivilDate;
  todayDay: number;
  /** The row's classification, when the caller passed one. */
  classified?: ClassifiedRow;
  /** Birthdays the sheet repeats as a filler (normalize/stand-in-birthday.ts): no one's to remind of. */
  standInBirthdays?: ReadonlyMap<string, number>;
  /** What the contract-end column says ends when it is no contract (疫苗, 会员卡: due-label.ts). */
  dueLabel?: string;
  /** The column holds the day a renewal falls due (Renewal Date, 续费日期: renewal-word.ts), not a contract's end. */
  renewal?: RenewalWord;
  /** The contract column names its own kind of contract (Tenancy End, 租约到期: due-label.ts contractWordOf), said in its reminders. */
  contractWord?: string;
  /** The order each column's dates typed without a year (05/12) are read in (plan/sheet-locale.ts). */
  yearlessOrders?: YearlessOrders;
  /** The remaining-count column's header (剩余课时, Lessons Remaining): its reminder says the count in the sheet's word. */
  remainingWord?: string;
  /** The package's lessons are not renewed when used up (a 驾校's 课时: remaining.ts packageRenews): said plainly. */
  remainingNoRenewal?: boolean;
  /** The header of each field's column as the sheet writes it (最近签到 for lastContact): a reason names a date by it. */
  headers?: FieldHeaders;
  /** What each extra due column (record.extra.contractEnd, in order) says falls due (驱虫, 年检: due-label.ts), when it says. */
  extraDueLabels?: readonly (string | undefined)[];
  /** The sheet is one of one-off projects (预计竣工, 工程状态: project-state.ts isProjectSheet). */
  projectSheet?: boolean;
  /** The sheet sells things bought once (a car, a home: schema/one-off-purchase.ts): no buyer of it goes dormant. */
  oneOffPurchases?: boolean;
}

/** The header of each field's column, as the sheet writes it. */
export type FieldHeaders = Partial<Record<FieldId, string>>;

/**
 * The order the dates typed without a year (a follow-up's 05/12, a birthday's 12/06) of each column
 * the reminders read are in: its own, the sheet's or its region's (plan/sheet-locale.ts
 * yearlessOrder). Absent: month first, unless the month cannot be (25/12).
 */
export type YearlessOrders = Partial<Record<'nextFollowUp' | 'birthday' | 'anniversary', AmbiguousDatePolicy>>;

/** A rule's finding for one row, before owner and customer are filled in. */
export interface ReminderDraft {
  kind: ReminderKind;
  /** Day number of the due date. */
  due: number;
  reason: { code: MessageKey; params: Params };
  /** What makes the event unique besides kind and row (e.g. the contract's end date and step). */
  event: string;
  step?: number;
}

/** A reminder rule: never throws, returns null when the row has nothing due or its values are unknown. */
export type ReminderRule<S> = (record: CustomerRecord, settings: S, ctx: RuleContext) => ReminderDraft | null;
