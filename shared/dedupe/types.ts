/** What the duplicate finder returns and the merge planner takes: groups, reasons, choices, conflicts. */
import type { CustomerRecord } from '../table/records';
import type { FutureOwnerDate, OwnerClaim } from './owner-rule';
import type { MessageKey } from '../i18n';
import type { Params } from '../i18n/define';
import type { FieldId } from '../schema/fields';
import type { PhoneReadings } from '../normalize/phone';
import type { SheetProblem } from '../plan/issue';
import type { Cell } from '../table/cell';
import type { CellEdit, AddedColumn } from '../plan/types';

/**
 * How safe a group is to merge. exact: same customer after normalization, a personal identifier
 * agrees and nothing disagrees (safe to merge). likely: every pair scores ≥ the likely threshold
 * and every link is corroborated by an identifier (or equal name plus another equal field).
 * review: anything else; never merged without an explicit flag (PITFALLS D3).
 */
export type Confidence = 'exact' | 'likely' | 'review';

export interface Reason {
  code: MessageKey;
  params?: Params;
  /** Evidence for the match, or against it (shown so a reviewer sees both). */
  evidence: 'for' | 'against';
}

export interface FieldChoice {
  field: FieldId;
  /** Sheet row the merged value comes from. */
  sheetRow: number;
  /** The value as text (what a preview shows). */
  value: string;
  /**
   * The column, for a further column of the field (手机2, Phone 2, 备用邮箱) whose value a merge takes
   * from a newer row; absent for the field's own column.
   */
  col?: number;
  /** keep: the survivor's own value; fill: the survivor is empty there (or holds a 0 total, totals.ts, or an older phone a newer row replaces, newer-contact.ts) and takes this row's value. */
  action: 'keep' | 'fill';
}

export interface Conflict {
  field: FieldId;
  /** Distinct values (after normalization) and the sheet rows holding each, survivor's first. */
  values: { value: string; rows: number[] }[];
}

export interface DuplicateGroup {
  /** 'G1', 'G2' … in order of each group's first sheet row. */
  id: string;
  /** Sheet rows, ascending. */
  rows: number[];
  /** Row fingerprints aligned with `rows` (what a "not duplicates" mark stores). */
  fingerprints: string[];
  /** 0–1: the score of the group's weakest pair. */
  score: number;
  reasons: Reason[];
  confidence: Confidence;
  /** Sheet row kept by a merge. */
  survivor: number;
  fields: FieldChoice[];
  conflicts: Conflict[];
  /**
   * The rows belong to different owners (撞单): the owners, and the one the owner rule keeps the
   * customer for (its row is the survivor) when the rule could decide.
   */
  ownerConflict?: {
    owners: string[];
    claim?: OwnerClaim;
    /** The rule's dates after today in the owners' rows, which it left out (a typo the run flags). */
    future?: FutureOwnerDate[];
    /**
     * The owner column's header where it names service staff (Instructor, 老师, 主治医生): one client typed in
     * by two of them, said as seen by two instructors (由两位老师接待), never as a 撞单 between reps (tester h71).
     */
    carers?: string;
  };
  /**
   * A review group held by different owners: rows an identity attribute tells apart (two birthdays
   * on one name and phone), or a pair the scores are not sure of (one name at one company, two
   * mobiles): a slip, or two people. If one customer, two reps hold him: said as a possible 撞单, to
   * check, never as one (no owner rule picks a rep). `ownerConflict` is for groups sure of the customer.
   */
  possibleOwnerConflict?: { owners: string[] };
  /**
   * One customer's several records (two cars, two pets, two leases or policies): review, and never
   * merged (not even with the review groups: a merge would fold a record away), but one customer to
   * remind and count. Present only when true.
   */
  records?: true;
  /**
   * Rows that hold two records (two contracts, cars, pets, stays: the reasons say 不宜合并) in a group
   * not sure to be one customer (a head office and its branch, each with its own contract and code):
   * review, and never merged, not even with the review groups, since a merge would fold one contract and
   * its reminder into a note whether the rows are one customer or two; each row its own customer, no
   * reminder calling it a possible copy of the other. Present only when true.
   */
  keptApart?: true;
  /**
   * The rows name one thing of the customer's typed twice (one car by its VIN, one flat, one case, one
   * pet by its name and birthday), split out of his records (find-duplicates.ts): a copy a merge takes,
   * its two carers (two 服务顾问 who each logged the car) kept in the merged values. The kept row also
   * stands in his records group beside his other things. Present only when true.
   */
  oneThing?: true;
  /**
   * Several people of one account (a company's 王建国 and 陈丽 under one 客户编码, contacts.ts):
   * review, never merged, each his own customer. Present only when true.
   */
  contacts?: true;
  /**
   * Members of one household on one phone (two birthdays, two sexes, or a child's name written
   * otherwise in a school's sheet: twins, siblings, a mother and her daughter): review, never
   * merged, each their own customer. Present only when true.
   */
  family?: true;
  /**
   * Pairs of sheet rows that an identifier of the person's own says are one person (the same mobile,
   * e-mail, ID card, WeChat …, or his whole name and birthday: one-person.ts), not only a name, an
   * address or a company a father and his son share. A merge lets a newer row's contact (a new phone,
   * a new e-mail) replace the kept row's only between such rows (newer-contact.ts). Absent when none.
   */
  samePerson?: [number, number][];
  /**
   * In a group of three or more rows, what holds for each row: the row it is most like and the reasons
   * of that pair, by sheet row (the group's reasons gather every link's, which a row may share with none).
   * Absent for a group of two, whose reasons are its pair's.
   */
  rowReasons?: Record<number, { row: number; reasons: Reason[] }>;
}

export interface DedupeStats {
  records: number;
  /** Distinct pairs that share a blocking key. */
  candidatePairs: number;
  /** Pairs scored: the candidates plus pairs scored on demand by the chain guard. */
  comparedPairs: number;
  /** Candidate pairs scoring ≥ the review threshold. */
  linkedPairs: number;
  blocks: number;
  largestBlock: number;
  /** Blocks over `blocking.maxBlockSize`, skipped, per keyer. */
  skippedBlocks: Record<string, number>;
  skippedBlockRows: number;
  /** Pairs inside the used blocks, per keyer (a pair sharing two keys counts under both). */
  blockPairs: Record<string, number>;
  groups: number;
  rowsInGroups: number;
  byConfidence: Record<Confidence, number>;
  cappedLinks: number;
  chainGuardLinks: number;
  vetoedLinks: number;
  notDuplicateLinks: number;
}

export interface DedupeResult {
  groups: DuplicateGroup[];
  stats: DedupeStats;
  /** Settings errors (the run found nothing then) and notes. */
  problems: SheetProblem[];
}

export interface DedupeOptions {
  /** ISO region for phone numbers written without a country code. */
  defaultRegion: string;
  /**
   * The run's phone readings (cleanSheet's, CleanedSheet.phones): the finder reads each phone text
   * through them, so a number the cleaner read (or found none in, and kept as typed) is not parsed
   * again. Absent (a finder run alone: a spec, the quality bench): it keeps readings of its own.
   */
  phones?: PhoneReadings;
  /**
   * The run's day (`YYYY-MM-DD`): a date after it is a typo the run flags, and neither the owner rule
   * nor the survivor rules let it win (the activity class leaves it out too). Absent: every date counts.
   */
  today?: string;
  /**
   * Whether the run flagged a row's value of a field as wrong (plan/wrong-values.ts: a phone cut to
   * 1.38123E+10): the survivor rules count it as no value. Absent: every value counts.
   */
  wrong?: (sheetRow: number, field: FieldId) => boolean;
  /** Groups of row fingerprints the user marked as not duplicates. */
  notDuplicates?: string[][];
  /**
   * Rows that are different records whatever they share, never linked: two orders of one customer
   * in an order list (plan/order-list.ts). Counted with the "not duplicates" marks.
   */
  apart?: (a: CustomerRecord, b: CustomerRecord) => boolean;
  /**
   * Whether a group's rows agree in the columns no field is read from (unread-columns.ts): only
   * copies are 'exact'. Without it, the fields alone decide.
   */
  unreadAgree?: (recs: readonly CustomerRecord[]) => boolean;
  /**
   * The header of a column of dates no field reads where a group's rows fall on other days (入住日期,
   * 配送日期, 出行日期), or null: one customer's several stays, deliveries or trips, records to keep apart.
   */
  otherDays?: (recs: readonly CustomerRecord[]) => string | null;
  /**
   * The header of a column no field reads naming one appointment, booking or ticket (Appointment ID,
   * Attendee #, Barcode #) where a group's rows hold two, or null: one customer's records to keep apart.
   */
  otherNumbers?: (recs: readonly CustomerRecord[]) => string | null;
  /**
   * What tells a group's rows apart as one person's several accounts (another 工地地址, 会员卡号,
   * 宝宝姓名, Property) or two roles (业主 beside 客户): its reason and column (accounts.ts), or null.
   */
  otherAccount?: (recs: readonly CustomerRecord[]) => { code: MessageKey; column: string; values?: readonly string[] } | null;
  /**
   * Whether a column no field reads says the rows name one thing typed twice (the same 房号 or 案件编号,
   * a pet's name with its breed and birthday alike: one-thing.ts reads the fields).
   */
  sameThing?: (recs: readonly CustomerRecord[]) => boolean;
  /**
   * The day a group's rows book (婚期, Event Date: event-day.ts): one day on every row is one booking typed
   * twice, its two sign-up days no second contract; two days are two bookings. Null when no column tells.
   */
  eventDay?: (recs: readonly CustomerRecord[]) => { column: string; same: boolean; day?: string } | null;
  /** A record's event day ('' when none): rows of one name on one event day that nothing else links are offered for review. */
  eventDayKey?: (rec: CustomerRecord) => string;
  /**
   * The sheet's customers are children (a parent column: 家长电话, 家长姓名, Parent Name): the phone
   * and address are the parent's, shared by every child of the family, so a name written otherwise by
   * a character (周子琪 / 周子齐, 刘思远 / 刘思源) is another child as often as a slip.
   */
  children?: boolean;
  /**
   * The name column holds WeChat nicknames (its header is 微信昵称, read as the name where the sheet
   * has no real-name column): every name is compared as a nickname, weak evidence (keys/screen-name.ts).
   */
  screenNames?: boolean;
  /**
   * The owner column's header when it names service staff (班主任, 主治医生, 教练: schema/service-roles.ts):
   * rows of one customer with two of them are co-carers' records (two courses, two doctors), each kept,
   * never a 撞单 (ownerConflict) nor a merge.
   */
  serviceRole?: string;
  /**
   * The rows carry their customer's running totals (到店次数, 累计消费, Total Visits: a member list, one
   * row per customer; schema/running-totals.ts): one customer's rows under two service staff are one
   * customer typed twice, merged, seen by both, not their service records.
   */
  oneRowPerCustomer?: (recs: readonly CustomerRecord[]) => boolean;
}

/** A row moved to the archive sheet by a merge. */
export interface ArchivedRow {
  sheetRow: number;
  /** Every cell of the row's user columns as it was (formulas included), one per MergePlan.archiveCols. */
  cells: Cell[];
  survivorRow: number;
  groupId: string;
  confidence: Confidence;
  /** Why it was archived, rendered in the archive's reason column. */
  reason: { code: MessageKey; params: Params };
}

export interface MergePlan {
  /** Empty survivor cells filled from the group's other rows. */
  edits: CellEdit[];
  /** The "merged values" column (values aligned with the table's rows), or null when no value conflicts. */
  mergedColumn: AddedColumn | null;
  /** Name of the archive sheet. */
  archiveSheet: string;
  /** Archive header: the table's headers (the user's columns, not an earlier run's) plus original row, kept row, group, reason and the day merged. */
  archiveHeaders: string[];
  /**
   * The day of the merge (YYYY-MM-DD), on each archive line: group ids start at G1 every run, so G1 of
   * one week and G1 of the next are two merges, told apart by their day. Absent when not given.
   */
  mergedOn?: string;
  /**
   * When the merge was applied, 'YYYY-MM-DD HH:MM:SS' (the day `mergedOn`, the time on the host's clock in
   * the team's time zone): set by the host, the core having no clock. Two merges on one day (the second
   * run on the first one's output) are then two values in the archive's 合并日期 column, each run's rows
   * found, and undone, by one filter. Absent when the host gives no time.
   */
  mergedAt?: string;
  /** The table column (0-based) each of the archive's table columns, and each archived row's cell, comes from. */
  archiveCols: number[];
  archive: ArchivedRow[];
  /**
   * Kept rows whose merged rows named reps its own owner cell does not (王磊/刘洋 kept, 王磊/陈静 folded):
   * the customer's co-owners, all of them (王磊/刘洋/陈静), each reminded of him; the owner cell is left as
   * typed. Absent when no merge added a rep.
   */
  coOwners?: { sheetRow: number; owners: string }[];
  /** Sheet rows to remove from the main sheet once the archive is written, ascending. */
  removeRows: number[];
  stats: { groupsMerged: number; rowsArchived: number; cellsFilled: number; notesTruncated: number; groupsSkipped: number };
  /** Each spend or order count the merge joined from differing values (totals.ts): two accounts' sum, or the larger kept. */
  totals?: JoinedTotalRecord[];
  /** Each phone the kept row took from a newer row of its group (newer-contact.ts). Absent when none. */
  newerNumbers?: NewerNumberRecord[];
  /**
   * A kept row's phone, e-mail or WeChat kept though a newer row of the group holds another: nothing of
   * the person's own says the rows are one person (one-person.ts), so the newer value is only listed in
   * the merged values. Absent when none.
   */
  olderKept?: NewerNumberRecord[];
  /** Each stage the kept row took from a copy that states a further one (merged-stage.ts: 已成交 over 意向客户). Absent when none. */
  stages?: StageRecord[];
}

/** A kept row's stage taken from a copy: the kept row, the row it came from, the column and the value. */
export interface StageRecord {
  survivor: number;
  from: number;
  col: number;
  value: string;
}

/** A kept row's phone, e-mail or WeChat replaced by a newer row's: the group's rows (kept first), the row it came from, its number and the old one, and why it is newer. */
export interface NewerNumberRecord {
  survivor: number;
  rows: number[];
  from: number;
  col: number;
  /** The column's field (mobile, phone, email, wechat): a further column (手机2) names its field too. */
  field: FieldId;
  value: string;
  old: string;
  /** The newer row's latest activity day ('' when it has none and its remark said the number is new). */
  day: string;
  /** Taken on its remark's word (换了新手机号), the row being no later than the kept one by its dates. */
  said: boolean;
  /**
   * In olderKept: the newer row is another record of a CRM (record-key.ts): the kept row's record key, the
   * other's and the key column's header. Absent when the value was kept for want of evidence of one person.
   */
  record?: { kept: string; other: string; header: string };
}

/** A total a merge joined: the group's rows (kept first), the column, how, the result and the values joined. */
export interface JoinedTotalRecord {
  survivor: number;
  rows: number[];
  /** Null for a column no field reads: money owed (dedupe/owed.ts). */
  field: FieldId | null;
  col: number;
  how: 'sum' | 'larger';
  value: number;
  parts: { sheetRow: number; value: number }[];
  /** The column that told the accounts apart (Customer ID), when one did. */
  accountCol?: number;
  /** 'larger' of values close together (TotalRule.closeWithin): one running total typed twice, named in the merged values and not warned of. */
  close?: true;
}
