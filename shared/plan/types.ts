/**
 * The plan: everything a run decided, as a description the host can preview, apply in batches or
 * write as JSON. Nothing in it is an action; rows are addressed by sheet row numbers and columns by
 * 0-based index into the table's headers (sheet column = table.firstCol + col).
 */
import type { Cell } from '../table/cell';
import type { FieldId, WriteType } from '../schema/fields';
import type { ChildField } from '../schema/child-columns';
import type { InsuredPart } from '../schema/insured-columns';
import type { MessageKey } from '../i18n';
import type { Lang } from '../i18n/define';
import type { CellIssue, SheetProblem } from './issue';
import type { DedupeStats, DuplicateGroup, MergePlan } from '../dedupe/types';
import type { ClassifyResult } from '../classify/classify';
import type { RemindResult } from '../remind/remind';
import type { Report } from '../report/types';
import type { UnreadColumn } from './left-unread';
import type { ClassMemory, HandSetClass } from './hand-set-classes';

export interface ColumnMapping {
  col: number;
  header: string;
  field: FieldId | null;
  /** 0–1: how sure the mapping is (1 for a user override). */
  confidence: number;
  source: 'auto' | 'override' | 'none';
  /** How a host must write this column (text columns get the Text format before values). */
  write: WriteType;
  /**
   * Another column of a field a customer may have several of (a second phone, 'E-mail 2'): it is
   * cleaned and written like the field, and its numbers and addresses count for duplicates; the
   * field's own column (the one without `extra`) is what classes, reminders and merges read.
   */
  extra?: true;
  /**
   * A column an earlier run added (整理问题, 重复组, 客户类型 … on a cleaned file cleaned again): the
   * run's own, written over, never read as the user's (schema/run-columns.ts).
   */
  run?: true;
  /**
   * A column no field reads that holds part of another column's phone numbers (Xero's PhoneArea and
   * PhoneCountry beside PhoneNumber, 区号 beside 电话): that column's index. Read with it as one
   * number (schema/phone-parts.ts), never cleaned or written on its own.
   */
  partOf?: number;
  /**
   * A column of another person of the row than the customer the fields read (联系人2 | 职务2 | 电话2
   * beside 联系人1, Contact 2 | Phone 2, the bride beside the groom): what it holds of that person, and
   * which person (schema/row-contacts.ts). `field` stays null, so no stage reads it as the customer's;
   * it is cleaned and checked as that field, and compared and merged as that person's.
   */
  person?: { n: number; field: FieldId };
  /**
   * A column of a run of periods (1月 … 12月, Q1 … Q4, 2023年 … 2025年 销售额) whose sum is the
   * customer's amount (schema/period-columns.ts): read, never cleaned or written; `field` stays null.
   */
  amountPart?: true;
  /**
   * A column of the customer's child (宝宝姓名 | 宝宝生日 | 宝宝性别 beside 妈妈姓名, Child DOB): which child
   * and what it holds of him (schema/child-columns.ts, schema/row-children.ts). `field` stays null: no
   * stage reads it as the customer's (her birthday, her sex, a duplicate's date of birth); it is cleaned
   * and checked as that field, and its birthday is reminded as the child's (remind/rules/child-birthday.ts).
   */
  child?: { n: number; field: ChildField };
  /**
   * A column of the policy's insured person beside the policyholder the name reads (被保险人, 关系 本人 /
   * 子女 beside 投保人; Insured, Relationship beside Policyholder: schema/insured-columns.ts): read as the
   * policy's, never the customer's; `field` stays null. Two insured on one policyholder's rows are two policies.
   */
  insured?: InsuredPart;
}

export interface CellEdit {
  sheetRow: number;
  col: number;
  /** null: a column no field is mapped to (a merge fills the kept row's empty cells in every column). */
  field: FieldId | null;
  before: Cell;
  after: Cell;
  /** Why it changed, as a message key (`fix.phone`, `fix.date`, …). */
  reason: MessageKey;
  /**
   * Only the type changed: the text a person sees is the same ('2024-03-09' as text became a date,
   * '46424.82' a number). Hosts write it but need not flag it as a changed value.
   */
  retype?: true;
}

/** A column the run adds to the right of the table (issue summary, labels, reasons …). */
export interface AddedColumn {
  id: string;
  header: string;
  write: WriteType;
  /** One cell per table row, aligned with `Plan.rows`. */
  values: Cell[];
}

export interface PlanStats {
  rows: number;
  columns: number;
  fieldsFound: number;
  /** Edits that change what a person sees (retypes not counted). */
  cellsChanged: number;
  /** Edits that only give text its real type (a date or number), see CellEdit.retype. */
  cellsRetyped: number;
  changesByReason: Record<string, number>;
  issuesByCode: Record<string, number>;
  issuesBySeverity: Record<'error' | 'warning' | 'info', number>;
}

export interface Plan {
  language: Lang;
  sheetName: string;
  headerRow: number;
  firstCol: number;
  columns: ColumnMapping[];
  /** Sheet row of each data row, in table order. */
  rows: number[];
  /** Sheet rows read as totals (合计, 小计), not customers (Table.totalRows): a host names them, as a merge's refusal does. */
  totalRows?: readonly number[];
  /** Those of `totalRows` that are statistics (平均, Average: Table.statisticRows), not sums. */
  statisticRows?: readonly number[];
  edits: CellEdit[];
  issues: CellIssue[];
  addedColumns: AddedColumn[];
  /**
   * The headers of the columns the output holds as the run's own: those added (as named here), then an
   * earlier run's rule columns kept as they were. The host records them beside the sheet and hands them
   * back as the next run's Grid.ownColumns, so a rule's column is known without the settings that made it.
   */
  ownColumns?: string[];
  /**
   * The columns of the user's no field was read from (plan/left-unread.ts), in sheet order, for a host
   * to name; absent when every one was read.
   */
  unreadColumns?: UnreadColumn[];
  /**
   * Each row's key for a host's memory of it (plan/hand-set-classes.ts rowKeys: its fingerprint, which
   * survives sorting, `#2` for a second row alike), aligned with `rows`.
   */
  rowKeys?: string[];
  /** The classes each row's columns hold after this run, for the host to record (keepHandSetClasses). */
  classMemory?: ClassMemory;
  /** The class cells the user set by hand, kept as he wrote them (keepHandSetClasses); absent when none. */
  handSet?: HandSetClass[];
  /** Sheet-level findings that did not stop the run (warnings, notes). */
  problems: SheetProblem[];
  stats: PlanStats;
  /** Duplicate groups found among the cleaned rows, with merge proposals (survivor, choices, conflicts). */
  duplicates: { groups: DuplicateGroup[]; stats: DedupeStats };
  /** The merge a person (or the CLI's --merge) accepted: survivor fills, archive rows, rows to remove. Null when none was asked for. */
  merge: MergePlan | null;
  /** Labels and reasons per row, the what-if against the sheet's own labels, the legend. */
  classification: Pick<ClassifyResult, 'rows' | 'whatIf' | 'legend' | 'rfm'>;
  /** Reminders due on `today`, grouped by owner. */
  reminders: Pick<RemindResult, 'reminders' | 'groups' | 'counts' | 'silenced' | 'silencedFrom' | 'renewed' | 'lost'> & Partial<Pick<RemindResult, 'expired' | 'optedOut'>>;
  /** Counts and series for the report sheet. */
  report: Report;
  /**
   * Set when the sheet is an order list (one row per order, plan/order-list.ts): its rows and the
   * customers they come to, whom classes, reminders and the report count; `orders` the orders the
   * rows are (the lines of one order are one: Shopify's one row per line item). Null for a customer list.
   */
  /** `deals`: a deals export (plan/deal-list.ts), its orders deals, only the won ones spending. */
  orderList: { rows: number; orders: number; customers: number; deals?: true; policies?: true; subscriptions?: true } | null;
}

/** A run either yields a plan or stops on a problem it explains, never with a stack trace. */
export type RunOutcome = { ok: true; plan: Plan } | { ok: false; problem: SheetProblem };
