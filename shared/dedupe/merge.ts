/**
 * Plans the merge of accepted duplicate groups, without applying anything: fill the survivor's
 * empty cells, in every column of the user's, from the other rows (never with a placeholder such as
 * N/A); a non-empty survivor value is never overwritten, except a last-contact, last-purchase or
 * updated day by a later one of the group, a 0 spend or order count by a real one of the group
 * (totals.ts), and an error value (#N/A pasted as values or typed) or one the run flagged as wrong by a
 * duplicate's valid one (its own value listed in the note either way); formula cells are never
 * written, PITFALLS A4, nor read as a source: another row's formula result is computed from that
 * row's own inputs, and copied it would be a typed constant that never follows them again (it is
 * listed in the note, and the archive keeps the formula); list every differing value in a "merged values" note on
 * the survivor (capped at Excel's 32,767 characters per cell, PITFALLS C4), and move the other
 * rows, with all their original cells, to an archive sheet that points to the survivor (the
 * Salesforce MasterRecordId pattern, PITFALLS D2). Every original non-empty value therefore stays
 * in the main sheet or in the archive (PITFALLS D1; property-tested). A spend or order count is
 * joined by totals.ts: two accounts' totals added, else the larger kept (each joined total is in
 * `totals`, for the run to say).
 */
import { endsRecord, readStandingText } from '../remind/standing';
import type { Table, Row } from '../table/table';
import type { FieldId } from '../schema/fields';
import { EMPTY, cellText, isBlank, isFormula, sheetDate, type Cell } from '../table/cell';
import type { CellEdit } from '../plan/types';
import { t, type Lang } from '../i18n';
import type { ArchivedRow, Confidence, DuplicateGroup, JoinedTotalRecord, MergePlan, NewerNumberRecord, StageRecord } from './types';
import { phoneValueKeys, valueKey } from './value-key';
import { isPlaceholder, isZeroDate } from '../normalize/placeholder';
import { digitsLost, lostDigitsText } from '../normalize/lost-digits';
import { splitTags, TAG_SEPARATOR } from '../text/tags';
import { valuesSeparator } from '../text/multi-value';
import { runColumns } from '../schema/run-columns';
import type { PhoneKey } from './keys/phone';
import type { PhoneReadings } from '../normalize/phone';
import { foldText, matchText } from './keys/fold';
import { FIELD_BY_ID } from '../schema/fields';
import { isRunningNumber } from '../table/running-number';
import { appendAll } from '../table/long-arrays';
import { carriedMergedColumn, earlierMergedCol } from './merged-column';
import { sumExactly } from '../normalize/decimal';
import { shownTotal, totalCurrency, unreadAmountKey } from './money-key';
import { closeTotals, joinTotals, replaceableZero, TOTAL_FIELDS, TOTAL_RULES, zeroTotal, type JoinedTotal, type TotalPart } from './totals';
import { isOwed, isOwedIn, OWED_ACCOUNTS_BY, owedAmount, type OwedMoney } from './owed';
import { spareSlotFills } from './spare-slots';
import { mergedCoOwners } from './co-owners';
import { notedCoOwners, ownerWithNotes } from './noted-co-owners';
import { isFullNameOf } from './full-name';
import { ownerName, shareAnOwner } from '../table/owner-name';
import { readLabelWord, stageOfCell } from '../classify/existing-labels';
import { furthestStage, stageClaims, STAGE_FIELDS } from './merged-stage';
import { funnelStep } from './funnel-step';
import { contactParts, NEWEST_WINS, newerNumberRow, rowActivity, slipOf } from './newer-contact';
import { supersedes, type PlanAt } from '../remind/newest-plan';
import { onlySaysDuplicate } from './duplicate-remark';
import { placeContacts } from './merge-contacts';
import type { ContactColumns } from '../table/records';
import { recordKeyCol, recordKeyOf } from './record-key';
import { completesDate, YEARLY_FIELDS } from './full-date';
import { followUpItem, otherRepsPlans } from './open-follow-ups';
import { feePeriod } from '../schema/fee-period';

export interface MergeOptions {
  language: Lang;
  /** Confidences merged. Default exact and likely, what the CLI's --merge does; 'review' only on an explicit extra flag. */
  accept?: Confidence[];
  /** Longest merged-values note; Excel's cell limit by default. */
  maxNoteChars?: number;
  defaultRegion?: string;
  /**
   * The run's phone readings (the cleaner's, CleanedSheet.phones, which the duplicate finder read
   * through too): a merge compares the phones of each group's rows, and a number neither could read
   * (1.38E+10, 8765-4321 转 801), kept as typed, is then not parsed a third time. Absent: each text
   * parsed afresh, with the same answer.
   */
  phones?: PhoneReadings;
  /** Further columns of a field (a second phone, a secondary e-mail), compared as that field. */
  extraCols?: Partial<Record<FieldId, number[]>>;
  /** The further people of each row (联系人2 | 电话2): a merge keeps each whole (merge-contacts.ts). */
  contacts?: readonly ContactColumns[];
  /** The titles of the user's own classification rules (schema/run-columns.ts ruleTitles): an earlier run's columns too. */
  ruleTitles?: readonly string[];
  /**
   * The day of the merge (YYYY-MM-DD): each archive line carries it, and the merged-values note names
   * the rows it cites as that day's (rows move as later merges take rows out, and a cleaned file merged
   * week after week gathers notes of several weeks, each citing its own week's row numbers).
   */
  today?: string;
  /**
   * The rows an earlier run of this same merge archived, whose lines the host's archive already holds
   * (it adds none for them now): input row → the day that line names, null when it names none (an
   * archive from before the day column). The note cites each by that day, where the user finds it,
   * not as today's merge, which wrote nothing for it.
   */
  archivedOn?: ReadonlyMap<number, string | null>;
  /**
   * Cells the run flagged as doubtful (150000 under 成交金额（万元）, ¥15亿 read in 万): sheet row → its
   * table columns. Such a value never fills the kept row, where it would stand unflagged as if
   * confirmed; it is listed in the note, like a value that differs, and the archive keeps it.
   */
  doubtful?: ReadonlyMap<number, ReadonlySet<number>>;
  /**
   * Cells the run flagged as wrong (plan/wrong-values.ts: a phone cut to 1.38123E+10, a 2 月 30 日):
   * sheet row → its table columns. The kept row's wrong value gives way to a duplicate's valid one
   * (its own listed with the merged values, the archive keeping the duplicate's row), and a wrong
   * value never fills the kept row, where it would stand unflagged.
   */
  wrong?: ReadonlyMap<number, ReadonlySet<number>>;
  /** How the sheet writes its money (the run's amount settings): what an owed column's text (1,200.00) is read by (owed.ts). */
  money?: OwedMoney;
}

/** Excel's limit on characters in one cell (Google Sheets allows 50,000). */
export const EXCEL_CELL_LIMIT = 32767;

/** A value the kept row holds (and a merge never writes over). */
const held = (c: Cell | undefined): c is Cell => c !== undefined && !isBlank(c) && c.kind !== 'error';
/**
 * An error value the kept row holds as a value, not computed (a VLOOKUP's #N/A pasted as values, a CSV's
 * #N/A, ＃Ｎ／Ａ typed): no value, so a duplicate's real one takes its place, the error itself listed with
 * the merged values (the kept row is not archived). A formula's #N/A is its formula's, never written.
 */
const errorValue = (c: Cell): boolean => c.kind === 'error' && !isFormula(c);
/**
 * A date written to say there is none: Outlook's 0/0/00 (its contacts export writes it for every date a
 * contact lacks), 0/0/0000, a database's 0000-00-00, Excel's 1900-01-00. The cleaner reads it as blank
 * (normalize/placeholder.ts isZeroDate), and so does the merge: kept, it would stand for the customer's
 * birthday and keep a duplicate's real one out, and his birthday reminder with it.
 */
const noDate = (c: Cell): boolean => (c.kind === 'text' || c.kind === 'date') && isZeroDate(c.value);
/** A value a merge keeps or fills from: no blank, error, placeholder (N/A, 无: "no value" as typed) or "no date" (0/0/00). */
export const usable = (c: Cell | undefined): c is Cell => held(c) && !(c.kind === 'text' && isPlaceholder(c.value)) && !noDate(c);

/**
 * A value another row may give the kept row: a usable one the user typed, never a formula's result
 * (a 折扣额 of =累计金额*5% copied as 400 would stay 400 whatever the amount becomes).
 */
const typedValue = (c: Cell | undefined): c is Cell => usable(c) && !isFormula(c);

/** A value-only copy of a typed value (any stray formula text dropped). */
function valueOf(c: Cell): Cell {
  const { formula: _f, ...rest } = c as Cell & { formula?: string };
  return rest as Cell;
}

/** Joins note items up to `max` characters; the rest is counted in a closing "… N more" item. */
function capNote(items: string[], sep: string, more: (count: number) => string, max: number): { text: string; truncated: boolean } {
  const full = items.join(sep);
  if (full.length <= max) return { text: full, truncated: false };
  let text = '';
  let k = 0;
  for (; k < items.length; k++) {
    const next = (text === '' ? '' : text + sep) + items[k];
    if (next.length + sep.length + more(items.length - k - 1).length > max) break;
    text = next;
  }
  const tail = more(items.length - k);
  return { text: (text === '' ? tail : text + sep + tail).slice(0, max), truncated: true };
}

/** Fields of the last time something happened: a merged customer's is the latest of his rows'. */
const LATEST_FIELDS: ReadonlySet<string> = new Set<FieldId>(['lastContact', 'lastPurchase', 'updatedAt']);

/**
 * Fields of a plan: a customer typed again with a later follow-up was planned anew, and the earlier
 * plan is superseded (the preview reminds him by the latest plan of his rep, remind/same-customer.ts
 * withLatestPlan): the kept row takes the latest plan of its own rep's rows, never another rep's.
 */
const PLAN_FIELDS: ReadonlySet<string> = new Set<FieldId>(['nextFollowUp']);

/**
 * The columns whose 黑名单 / 请勿联系 / Do not contact on any copy the kept row takes: one rep marked the
 * customer not to be contacted, and a merge that kept another row's 正常 would have him reminded and
 * called again. Tags are united instead (unitedTags), which keeps the mark as well.
 */
const DO_NOT_CONTACT_FIELDS: ReadonlySet<string> = new Set<FieldId>(['status', 'dealStatus', 'recordStatus', 'customerType']);
/** The funnel step a stage cell names (funnel-step.ts), 0 for a blank or a formula's. */
const stepOfCell = (c: Cell | undefined): number => (c !== undefined && c.kind === 'text' ? funnelStep(c.value) : 0);
const saysDoNotContact = (c: Cell | undefined): boolean => typedValue(c) && readStandingText(cellText(c)) === 'doNotContact';

/** The date cell of `others` in `col` later than `held`, the latest of them; null when none is later. */
function laterDate(held: Cell, others: readonly Row[], col: number): Cell | null {
  if (held.kind !== 'date') return null;
  let best: Cell | null = null;
  let day = held.value.slice(0, 10);
  for (const r of others) {
    const c = r.cells[col];
    if (c?.kind === 'date' && !isFormula(c) && c.value.slice(0, 10) > day) {
      best = c;
      day = c.value.slice(0, 10);
    }
  }
  return best;
}

/**
 * The newest plan of `others` over the kept one `held` (set at the later contact: newest-plan.ts), or
 * null when `held` is the newest; `madeOf` dates a row's last writing ('' when its dates do not).
 */
function newerPlan(held: Cell, heldMade: string, others: readonly Row[], col: number, madeOf: (r: Row) => string): Cell | null {
  if (held.kind !== 'date') return null;
  let best: Cell | null = null;
  let at: PlanAt<string> = { plan: held.value.slice(0, 10), made: heldMade || null };
  for (const r of others) {
    const c = r.cells[col];
    if (c?.kind !== 'date' || isFormula(c)) continue;
    const here: PlanAt<string> = { plan: c.value.slice(0, 10), made: madeOf(r) || null };
    if (supersedes(here, at)) {
      best = c;
      at = here;
    }
  }
  return best;
}

function tagsOf(c: Cell): string[] {
  return splitTags(matchText(c));
}

/**
 * The kept row's tags, then each tag another row adds, in the kept row's own separator, else the
 * one its column writes (`columnSeparator`: Outlook's Categories `Customers;VIP` read back by ';'
 * alone): a tag is a fact about the customer (黑名单 on either row keeps him from being greeted), so
 * the merged row holds them all rather than one row's list and the rest in a note. Null when
 * nothing changes. A tag naming another stage of his lifecycle than the merged one (`stage`, the
 * furthest a copy's tags reached, merged-stage.ts: a rep's older 意向客户 beside the 已成交 of the sale)
 * is no fact of him now: a copy's stays in the merged values, and so does the kept row's own, taken
 * off (`dropped`) when a copy's tags name the further stage.
 */
function unitedTags(kept: Cell, others: readonly Cell[], stage: string | null, lang: Lang, columnSeparator: string | undefined): { cell: Cell; dropped: boolean } | null {
  // A tag that marks him not to be contacted (黑名单) is carried whatever stage it names: it silences his reminders.
  const otherStage = (tag: string) => {
    if (stage === null || readStandingText(tag) === 'doNotContact') return false;
    const id = readLabelWord('lifecycle', tag);
    return id !== null && id !== stage;
  };
  const ownTags = tagsOf(kept);
  const tags = ownTags.filter((tag) => !otherStage(tag));
  const seen = new Set(ownTags.map((tag) => foldText(tag)));
  const added = others.flatMap(tagsOf).filter((tag) => {
    const key = foldText(tag);
    if (seen.has(key) || otherStage(tag)) return false;
    seen.add(key);
    return true;
  });
  const dropped = tags.length < ownTags.length;
  if ((added.length === 0 && !dropped) || ownTags.length === 0 || tags.length + added.length === 0) return null;
  // Google Contacts' labels (* myContacts ::: VIP) are read back by " ::: " alone: joined with 、 they were one label to Google.
  const own = TAG_SEPARATOR.exec(matchText(kept))?.[0];
  const found = own ?? columnSeparator ?? others.map((c) => TAG_SEPARATOR.exec(matchText(c))?.[0]).find((sep) => sep !== undefined);
  const separator = found === undefined ? (lang === 'zh-CN' ? '、' : ', ') : valuesSeparator(found, found);
  return { cell: { kind: 'text', value: [...tags, ...added].join(separator) }, dropped };
}

/** The separator most of a tags column's cells are written with, as they write it (';', ', ', ' ::: '), or undefined when none holds one. */
function columnTagSeparator(table: Table, col: number): string | undefined {
  const counts = new Map<string, number>();
  for (const r of table.rows) {
    const c = r.cells[col];
    if (!typedValue(c) || isFormula(c)) continue;
    const sep = TAG_SEPARATOR.exec(matchText(c))?.[0];
    if (sep !== undefined) counts.set(sep, (counts.get(sep) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [sep, n] of counts) if (best === undefined || n > (counts.get(best) as number)) best = sep;
  return best;
}

/** A cell's values as the merge compares them: each number of a phone cell or tag of a tags cell apart, else its one value key. */
function keysOf(field: FieldId | null, c: Cell, region: string, cache: Map<string, PhoneKey[]>, readings: PhoneReadings | undefined, currency?: string): string[] {
  if (field === 'tags') return tagsOf(c).map((tag) => foldText(tag));
  // An amount in a column no field reads (月租金 3200元 beside 3200, ¥18,800 beside 18800) by its currency and value (money-key.ts).
  const money = field === null && currency !== undefined && (c.kind === 'text' || c.kind === 'number') ? unreadAmountKey(cellText(c), currency) : null;
  if (money !== null) return [money];
  const phones = field !== null && FIELD_BY_ID[field]?.kind === 'phone' ? phoneValueKeys(matchText(c), region, cache, readings) : [];
  return phones.length > 0 ? phones : [valueKey(field, c, region, cache, readings)];
}


const headerText = (h: unknown): string => (typeof h === 'string' ? h.trim() : '');


/** The user's columns: every one but those an earlier run added (its issues, groups and classes, written anew). */
function userColumns(table: Table, ruleTitles: readonly string[] | undefined): number[] {
  const run = runColumns(table.headers, ruleTitles);
  const users: number[] = [];
  for (let col = 0; col < table.headers.length; col++) if (!run.has(col)) users.push(col);
  return users;
}

/** Columns of the user's that count the rows (序号 1, 2, 3 …): two copies of a row have two numbers. */
function runningColumns(table: Table, users: readonly number[]): ReadonlySet<number> {
  const out = new Set<number>();
  for (const col of users) if (isRunningNumber(table.rows, col, { header: table.headers[col] })) out.add(col);
  return out;
}

/**
 * A value as the merged-values note shows it: a date with its time as a sheet writes one (2024-12-01
 * 10:10, HubSpot's Last Activity Date), not the ISO form the core keeps it in (2024-12-01T10:10).
 */
/**
 * Every other row's cell of the column is unusable (blank, an error, a placeholder) or the kept row's
 * very value: a merge has nothing to take, join or list from it. Most columns of a customer typed
 * twice are so, and this is read before the full reading, which parses names, phones and dates.
 */
function nothingElse(before: Cell, others: readonly Row[], col: number): boolean {
  const own = usable(before);
  for (const r of others) {
    const c = r.cells[col];
    // The equal value first: it is the common case, and cheaper than asking whether a text is a placeholder.
    if (own && c !== undefined && c.kind === before.kind && (c as { value?: unknown }).value === (before as { value?: unknown }).value) continue;
    if (usable(c)) return false;
  }
  return true;
}

/**
 * A value as the merged-values note quotes it: a date as the sheet's day, a number whose digits the
 * sheet threw away as the user sees it (1.38E+10), never as a whole-looking 13800000000 one would call.
 */
function noteText(field: FieldId | null, cell: Cell): string {
  if (cell.kind === 'date') return sheetDate(cell.value);
  return field !== null && digitsLost(field, cell) ? lostDigitsText(cell) : cellText(cell);
}

/**
 * Rows of one customer's records that are copies of one another (the same flat, pet or policy
 * pasted twice, one copy with a note the other lacks): alike in every cell of the user's columns
 * that both fill, but a running number. Each set of two or more with the row to keep first: one
 * that fills every cell another fills, so that archiving the rest leaves the sheet all it had. A
 * set without such a row waits for a merge that fills cells: it needs a person to look at it.
 */
function copySets(rows: readonly Row[], users: readonly number[], running: ReadonlySet<number>, survivor: number): Row[][] {
  const texts = rows.map((r) => users.map((col) => (running.has(col) ? '' : cellText(r.cells[col] ?? EMPTY).trim())));
  const alike = (a: number, b: number) => texts[a].every((x, col) => x === '' || texts[b][col] === '' || x === texts[b][col]);
  const sets: number[][] = [];
  rows.forEach((_, i) => {
    const set = sets.find((members) => members.every((m) => alike(m, i)));
    if (set) set.push(i);
    else sets.push([i]);
  });
  const filled = (i: number) => texts[i].filter((x) => x !== '').length;
  const out: Row[][] = [];
  for (const set of sets) {
    if (set.length < 2) continue;
    const kept = set.reduce((best, i) => (filled(i) > filled(best) || (filled(i) === filled(best) && rows[i].sheetRow === survivor) ? i : best));
    if (!set.every((i) => texts[i].every((x, col) => x === '' || texts[kept][col] !== ''))) continue;
    out.push([rows[kept], ...set.filter((i) => i !== kept).map((i) => rows[i])]);
  }
  return out;
}

/**
 * The rows of one customer's records groups (two courses, two 病历号) that copy another of his records
 * (one record pasted twice): a merge of copies archives them (planMerge), and his spending over his
 * records (plan/records-spend.ts) counts each record once, merged or not yet.
 */
export function recordCopies(table: Table, groups: readonly DuplicateGroup[], ruleTitles?: readonly string[]): Set<number> {
  const out = new Set<number>();
  if (!groups.some((g) => g.records)) return out;
  const users = userColumns(table, ruleTitles);
  const running = runningColumns(table, users);
  const byRow = new Map<number, Row>();
  table.rows.forEach((r) => byRow.set(r.sheetRow, r));
  for (const g of groups) {
    if (!g.records) continue;
    const rows = g.rows.map((r) => byRow.get(r)).filter((r): r is Row => r !== undefined);
    for (const set of copySets(rows, users, running, g.survivor)) for (const r of set.slice(1)) out.add(r.sheetRow);
  }
  return out;
}

/** The field of each column (its own or as an extra column), null for a column no field reads. */
export function columnFields(width: number, fieldCols: Partial<Record<FieldId, number>>, extraCols: Partial<Record<FieldId, number[]>>): (FieldId | null)[] {
  const out = new Array<FieldId | null>(width).fill(null);
  for (const [f, col] of Object.entries(fieldCols) as [FieldId, number][]) out[col] = f;
  for (const [f, cols] of Object.entries(extraCols) as [FieldId, number[]][]) for (const col of cols) out[col] = f;
  return out;
}

export function planMerge(
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  groups: readonly DuplicateGroup[],
  options: MergeOptions,
): MergePlan {
  return mergeOf(table, fieldCols, groups, options, true);
}

/**
 * What a merge would change in the kept rows, none of it carried out: the cells it fills or replaces,
 * the totals it joins, the newer numbers and stages it takes (and those it leaves). A run without
 * --merge reads only these (its classes, reminders and report describe each customer as a merge would
 * leave him), never the merged-values notes, the archive lines nor the merged-values column.
 */
export type MergeFills = Pick<MergePlan, 'edits' | 'totals' | 'newerNumbers' | 'olderKept' | 'stages'>;

/**
 * planMerge's fills alone (MergeFills), for a run that proposes its groups: the notes, archive copies
 * and merged-values column planMerge writes for every group are not made, which were a fifth of the
 * time a run without --merge spent on the merge it would do (the note's every other value read as
 * phones or keys, each archived row's cells copied, the column of every row).
 */
export function proposedFills(
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  groups: readonly DuplicateGroup[],
  options: MergeOptions,
): MergeFills {
  const { edits, totals, newerNumbers, olderKept, stages } = mergeOf(table, fieldCols, groups, options, false);
  return { edits, totals, ...(newerNumbers ? { newerNumbers } : {}), ...(olderKept ? { olderKept } : {}), ...(stages ? { stages } : {}) };
}

/** The merge of the accepted groups; `written`: with its notes, archive lines and merged-values column (planMerge), else its fills alone (proposedFills). */
function mergeOf(
  table: Table,
  fieldCols: Partial<Record<FieldId, number>>,
  groups: readonly DuplicateGroup[],
  options: MergeOptions,
  written: boolean,
): MergePlan {
  const lang = options.language;
  const accept = options.accept ?? ['exact', 'likely'];
  const maxNote = Math.min(options.maxNoteChars ?? EXCEL_CELL_LIMIT, EXCEL_CELL_LIMIT);
  const region = options.defaultRegion ?? 'CN';
  const phoneCache = new Map<string, PhoneKey[]>();
  const readings = options.phones;
  const archiveSheet = t(lang, 'dedupe.sheet.archive');
  const today = options.today;
  const archivedOn = options.archivedOn;
  const noteItem = (field: string, value: string, row: number) => {
    const date = archivedOn?.has(row) ? archivedOn.get(row) : today;
    return date === undefined || date === null ? t(lang, 'dedupe.note.item', { field, value, row }) : t(lang, 'dedupe.note.itemOn', { field, value, row, date });
  };
  const byRow = new Map<number, Row>();
  table.rows.forEach((r) => byRow.set(r.sheetRow, r));
  // Every column of the user's (mapped, extra or unmapped: a policy number, a spouse, a second
  // phone, one he typed right of the run's columns), none an earlier run added (its issues, groups
  // and classes are written anew).
  const fieldOf = columnFields(table.headers.length, fieldCols, options.extraCols ?? {});
  const users = userColumns(table, options.ruleTitles);
  const cols: [FieldId | null, number][] = [];
  // A column without a header is left as it is (the sheet note says so): the archive keeps its cells.
  for (const col of users) if (fieldOf[col] !== null || headerText(table.headers[col]) !== '') cols.push([fieldOf[col], col]);
  // An earlier merge's merged-values column (a cleaned file merged again): its notes are history the
  // new notes add to, never write over.
  const earlierNotes = earlierMergedCol(table, options.ruleTitles);
  const archived = (r: Row): Cell[] => users.map((col) => ({ ...(r.cells[col] ?? EMPTY) }) as Cell);
  const earlierNote = (r: Row | undefined): string => (earlierNotes < 0 || !r ? '' : matchText(r.cells[earlierNotes]).trim());
  // Co-owners an earlier merge noted beside an owner cell it left as typed: the set a merge now says
  // starts from them, or a kept row under 王磊/刘洋 noted with 陈静 would lose her.
  const notedOwners = notedCoOwners(table, options.ruleTitles, earlierNotes);

  const edits: CellEdit[] = [];
  const archive: ArchivedRow[] = [];
  const notes = new Map<number, string>();
  const coOwners: { sheetRow: number; owners: string }[] = [];
  const taken = new Set<number>();
  const stats = { groupsMerged: 0, rowsArchived: 0, cellsFilled: 0, notesTruncated: 0, groupsSkipped: 0 };
  const totals: JoinedTotalRecord[] = [];
  const newerNumbers: NewerNumberRecord[] = [];
  const stages: StageRecord[] = [];
  const olderKept: NewerNumberRecord[] = [];
  // Whether a column is a register running down the rows (KH0001, KH0002 …), read once per column: the
  // record key below and the accounts a total joins by both ask it of the customer-number column, and
  // each reading is a pass over every row (0.1 s of a 100,000-row run).
  const registers = new Map<number, boolean>();
  const isRegister = (col: number): boolean => {
    let found = registers.get(col);
    if (found === undefined) registers.set(col, (found = isRunningNumber(table.rows, col, { prefixed: true, header: table.headers[col] })));
    return found;
  };
  // A CRM's record key (Record ID, Contact ID; not a register such as KH0001): a kept row's e-mail, phone
  // and WeChat are its record's own and never another record's (record-key.ts).
  const recordCol = recordKeyCol(table, fieldCols, isRegister);
  // The columns of each contact kind (the phones: 手机, 手机2, 电话; the e-mails: Email, Email 2), read once.
  const kindCols = new Map<string, number[]>();
  const contactCols = (kind: string): number[] => {
    let found = kindCols.get(kind);
    if (found === undefined) {
      found = cols.filter(([f]) => f !== null && (kind === 'phone' ? FIELD_BY_ID[f]?.kind === 'phone' : f === kind)).map(([, c]) => c);
      kindCols.set(kind, found);
    }
    return found;
  };
  // A tags column's separator, read from its cells once.
  const tagSeparators = new Map<number, string | undefined>();
  // The column telling one account from another, per total rule (Customer ID, 会员卡号): never a 序号 or
  // a register number (KH0001, KH0002 …) running down the rows, which a customer typed twice has two of,
  // nor a slice of one (a region's 客户编号 KH0002 … KH0399), which its header and pattern tell.
  const accountCol = (fields: readonly FieldId[]): number | undefined => {
    for (const f of fields) {
      const col = fieldCols[f];
      if (col === undefined) continue;
      if (!isRegister(col)) return col;
    }
    return undefined;
  };

  // Sales kept one column per period (1月 … 12月, table.ts amountParts): each is a part of the
  // customer's amount, joined as the amount is (totals.ts), month by month: two rows' 3月 typed twice
  // count once, two accounts' are added, and a month only one row fills is filled.
  const periodCols: ReadonlySet<number> = new Set(table.amountParts?.cols ?? []);
  // Money the customer owes (欠费, Balance Due) in a column no field reads: two accounts' debts are
  // added as their spends are; rows not told apart keep the kept row's own (owed.ts says why).
  const owedCols: ReadonlySet<number> = new Set(cols.filter(([f, col]) => f === null && isOwedIn(table.headers[col], table.headers)).map(([, col]) => col));
  // A fee per period read as the amount (Annual Dues, Annual Fee, Monthly Fee: schema/fee-period.ts) is the
  // price of one membership or plan, no running total: a member typed twice under two Member Nos. pays
  // his 420 once, not 840 (tester h79 #1). Never added nor the larger taken: the kept row keeps its own.
  const rateCols: ReadonlySet<number> = new Set(cols.filter(([f, col]) => f === 'amount' && feePeriod(table.headers[col]) !== null).map(([, col]) => col));
  const money: OwedMoney = options.money ?? { currency: 'CNY', decimal: '.' };
  // The debt of a group's rows (kept row first) when they are two accounts': their sum, each account
  // once (joinTotals: one account typed twice owes once). Null when not all told apart by account: the
  // kept row keeps its own, and the run warns of the other (plan/held-elsewhere.ts).
  const owedSum = (rows: readonly Row[], col: number): JoinedTotal | null => {
    const account = accountCol(OWED_ACCOUNTS_BY);
    const joined = joinTotals(rows.map((r): TotalPart => {
      const id = account === undefined ? undefined : r.cells[account];
      const value = options.wrong?.get(r.sheetRow)?.has(col) ? null : owedAmount(r.cells[col], money);
      return { sheetRow: r.sheetRow, value, account: id !== undefined && usable(id) ? valueKey(fieldOf[account!], id, region, phoneCache, readings) : '' };
    }));
    return joined?.how === 'sum' ? joined : null;
  };

  // The distinct totals of `rows` in `col` as shown (£1,800 / $2,000) when they are in more than one
  // currency (money-key.ts), else null. A 0 is no total (totals.ts), nor a formula's result.
  const mixedCurrencies = (rows: readonly Row[], col: number): string[] | null => {
    const readAs = table.readAs?.get(col);
    // Asked of every total column of every group, and nearly always all in one currency: told in one
    // pass without a list or a set per group; the lists below are made only for the few that mix.
    let first: string | undefined;
    let mixed = false;
    for (let i = 0; i < rows.length && !mixed; i++) {
      const c = rows[i].cells[col];
      if (c?.kind !== 'number' || isFormula(c) || c.value === 0) continue;
      const currency = totalCurrency(c, readAs?.get(rows[i].sheetRow), money.currency);
      if (first === undefined) first = currency;
      else mixed = currency !== first;
    }
    if (!mixed) return null;
    const real = rows.filter((r) => { const c = r.cells[col]; return c?.kind === 'number' && !isFormula(c) && c.value !== 0; });
    return [...new Set(real.map((r) => shownTotal(r.cells[col], readAs?.get(r.sheetRow))))];
  };

  let running: ReadonlySet<number> | null = null;
  for (const g of groups) {
    // One customer's several records (two pets, two cars, two policies) are his, each kept: never
    // merged, not even with the review groups; nor are an account's several contacts, nor a family's members, nor two
    // records of a group not sure of one customer (keptApart: a head office's contract and its branch's). A record
    // pasted twice is a copy all the same, and goes where a merge of copies sends it.
    if (g.records && accept.includes('exact')) {
      const rows = g.rows.map((r) => byRow.get(r)).filter((r): r is Row => r !== undefined && !taken.has(r.sheetRow));
      running ??= runningColumns(table, users);
      for (const set of copySets(rows, users, running, g.survivor)) {
        const kept = set[0];
        for (const r of set) {
          taken.add(r.sheetRow);
          if (r === kept || !written) continue;
          archive.push({
            sheetRow: r.sheetRow,
            cells: archived(r),
            survivorRow: kept.sheetRow,
            groupId: g.id,
            confidence: 'exact',
            reason: { code: 'dedupe.archive.copy', params: { row: kept.sheetRow, group: g.id } },
          });
          stats.rowsArchived++;
        }
        stats.groupsMerged++;
      }
    }
    if (!accept.includes(g.confidence) || g.records || g.contacts || g.family || g.keptApart) continue;
    const rows = g.rows.map((r) => byRow.get(r));
    const survivor = byRow.get(g.survivor);
    if (!survivor || rows.some((r) => !r || taken.has(r.sheetRow)) || !g.rows.includes(g.survivor)) {
      stats.groupsSkipped++;
      continue;
    }
    g.rows.forEach((r) => taken.add(r));
    // The group's own edits start here: a group edits only its kept row, which no other group keeps,
    // so a look for this row's edit of a column stops at them, not at the edits of every group before
    // (which made a 100k-row sheet's merge quadratic in its groups).
    const groupEdits = edits.length;
    const fillFrom = new Map(g.fields.filter((f) => f.action === 'fill' && f.col === undefined).map((f) => [f.field, f.sheetRow]));
    // The rows that are the kept row's person by an identifier of his own (find-duplicates: samePerson).
    const samePerson = new Set<number>();
    for (const [a, b] of g.samePerson ?? []) {
      if (a === survivor.sheetRow) samePerson.add(b);
      else if (b === survivor.sheetRow) samePerson.add(a);
    }
    // Others in the proposal's order (fill sources first), then by sheet row.
    const others = (rows as Row[]).filter((r) => r !== survivor);
    const items: string[] = [];
    // One company's people, each kept whole: a folded row's person the kept row lacks takes an empty 联系人N group.
    const placement = options.contacts !== undefined && options.contacts.length > 0
      ? placeContacts(survivor, others, fieldCols, options.contacts, (c) => phoneValueKeys(matchText(c), region, phoneCache, readings))
      : null;
    const placed = (r: Row, col: number) => placement !== null && placement.kept.has(`${r.sheetRow}:${col}`);
    // Each other row's value of a column that is none of those `seen` (by its keys: a number the kept row
    // already holds among its several, 13812345678 / 13998765432, is no other value) goes to the merged values.
    const listOthers = (field: FieldId | null, col: number, header: string, seen: Set<string>) => {
      for (const r of others) {
        const c = r.cells[col];
        if (!usable(c) || placed(r, col)) continue;
        const keys = keysOf(field, c, region, phoneCache, readings, money.currency);
        if (keys.every((k) => seen.has(k))) continue;
        for (const k of keys) seen.add(k);
        items.push(noteItem(header, noteText(field, c), r.sheetRow));
      }
    };
    // A record in use takes no 停用 or 停用日期 from a retired copy (survivor.ts keeps the one in use):
    // that value stays with the merged values and the archive.
    // A copy's 停用 / 作废 (its status, or its remark 作废) is the copy's: the customer in use does not take it.
    const inUse = !cols.some(([field, col]) => field !== null && endsRecord(field, survivor.cells[col]));
    // A copy's remark that speaks only of its being a copy (重复录入？, dup) is not the customer's: it stays with the merged values.
    const fillable = (field: FieldId | null, c: Cell | undefined) =>
      typedValue(c) && !(inUse && field !== null && endsRecord(field, c)) && !(field === 'notes' && onlySaysDuplicate(cellText(c)));
    const doubted = (r: Row, col: number) => options.doubtful?.get(r.sheetRow)?.has(col) === true;
    const wrong = (r: Row, col: number) => options.wrong?.get(r.sheetRow)?.has(col) === true;
    // The kept row's rep's rows (a copy typed without an owner is his too): their plans are his.
    const ownerCol = fieldCols.owner;
    const keptOwner = ownerCol === undefined ? '' : ownerName(survivor.cells[ownerCol]);
    // Rows of another record than the kept row's: their contact values never replace its own nor fill its
    // blank one (the kept row keeps its record's identity whole); they stay with the merged values.
    const keptRecord = recordKeyOf(survivor, recordCol);
    const otherRecord = (r: Row) => keptRecord !== '' && recordKeyOf(r, recordCol) !== '' && recordKeyOf(r, recordCol) !== keptRecord;
    const sameRep = (r: Row) => {
      const owner = ownerCol === undefined ? '' : ownerName(r.cells[ownerCol]);
      return keptOwner === '' || owner === '' || shareAnOwner(keptOwner, owner);
    };
    // Another rep's plan on a folded row is his promise to the customer, not superseded by the kept
    // row's rep's: said in the note and reminded to him after the merge (open-follow-ups.ts).
    const planCol = fieldCols.nextFollowUp;
    const carried = planCol === undefined || ownerCol === undefined
      ? []
      : otherRepsPlans(others.filter((r) => !doubted(r, planCol) && !wrong(r, planCol)), planCol, ownerCol, (r) => !sameRep(r), (r) => rowActivity(r, fieldCols, today));
    // ... and never fills the kept row's own 下次跟进, which would make it the kept rep's plan too (two reps reminded of one promise).
    const carriedRows = new Set(carried.map((p) => p.row));

    for (const [field, col] of cols) {
      const before = survivor.cells[col] ?? EMPTY;
      if (placement !== null && placement.contactCols.has(col)) {
        const source = placement.fills.get(col);
        let kept = before;
        if (source !== undefined && !held(before) && !isFormula(before)) {
          kept = valueOf(source.row.cells[source.col]);
          edits.push({ sheetRow: survivor.sheetRow, col, field, before, after: kept, reason: 'dedupe.fix.fill' });
          stats.cellsFilled++;
        }
        // Another person's value of the column no group took is listed with the merged values (and archived).
        if (written) listOthers(field, col, table.headers[col] || '', new Set<string>(usable(kept) ? keysOf(field, kept, region, phoneCache, readings, money.currency) : []));
        continue;
      }
      let final = before;
      // The field whose total rule joins the column: its own, or the amount a period is a part of.
      const totalField: FieldId | null = rateCols.has(col) ? null : field ?? (periodCols.has(col) ? 'amount' : null);
      // The row `final` was taken from: the newest plan is told by when that row was written (newest-plan.ts).
      let finalRow: Row = survivor;
      // The kept row's own value a merge writes over, listed in the note already: another row's equal one is not listed again.
      let replaced: Cell | null = null;
      // A 0 spend or order count is none on record against a real one (totals.ts): the kept row
      // takes the group's real total, its own 0 listed with the merged values.
      const zero = replaceableZero(totalField, before);
      // A value the run flagged as wrong (1.38123E+10), or an error value (#N/A), is none against a
      // duplicate's valid one: the kept row takes that one, its own listed with the merged values.
      const mend = (held(before) && !isFormula(before) && wrong(survivor, col)) || errorValue(before);
      // The kept row's 0/0/00 is no date: a duplicate's real one fills it, the 0/0/00 listed with the merged values.
      const none = held(before) && !isFormula(before) && noDate(before);
      // The kept row's 无, N/A or - says it has no value: a duplicate's real one fills it as it fills a
      // blank, the placeholder listed with the merged values (nothing is lost).
      const stub = before.kind === 'text' && isPlaceholder(before.value);
      // Totals are joined even when equal (two accounts' 5000 and 5000 are 10000).
      // So are two accounts' debts (owed.ts): 500 owed on each of two accounts is 1000.
      const owedCol = owedCols.has(col) && !isFormula(before);
      if (!zero && !mend && !none && !stub && !owedCol && !(totalField !== null && TOTAL_FIELDS.has(totalField)) && nothingElse(before, others, col)) continue;
      // A copy marked 黑名单 marks the customer: the kept row takes the mark, its own 正常 listed with the merged values.
      const marked = field !== null && DO_NOT_CONTACT_FIELDS.has(field) && !isFormula(before) && !saysDoNotContact(before) ? others.find((r) => saysDoNotContact(r.cells[col])) : undefined;
      // 张总 on the kept row, 张建国 on a duplicate: the kept row takes the full name, 张总 listed with the merged values.
      const named = field === 'name' && typedValue(before) && !isFormula(before)
        ? others.find((r) => typedValue(r.cells[col]) && !wrong(r, col) && isFullNameOf(cellText(before), cellText(r.cells[col])))
        : undefined;
      // 05-12 on the kept row, 1992-05-12 on a duplicate: the kept row takes the whole date that agrees
      // (his age and the year checks come with it), 05-12 listed with the merged values as 张总 is (full-date.ts).
      const dated = !named && field !== null && YEARLY_FIELDS.has(field) && typedValue(before) && !isFormula(before)
        ? others.find((r) => !doubted(r, col) && !wrong(r, col) && typedValue(r.cells[col]) && completesDate(before, r.cells[col]!))
        : undefined;
      // A stage column (客户阶段, 客户状态, Stage, 是否成交): the furthest stage a copy states wins, the
      // kept row's 意向客户 giving way to a copy's 已成交, its own listed with the merged values
      // (merged-stage.ts, which says why a churn is undone only by a later sale). A kept value that names
      // no stage (正常) stays, as does a formula; a blank one is filled from the furthest copy.
      const keptStage = field !== null && STAGE_FIELDS.has(field) && !marked && !isFormula(before) ? stageOfCell(field, before) : null;
      const staged = field !== null && STAGE_FIELDS.has(field) && !marked && !isFormula(before) && (keptStage !== null || !usable(before))
        ? furthestStage(stageClaims(survivor, others, (r) => stageOfCell(field, r.cells[col] ?? EMPTY), (r) => fillable(field, r.cells[col]) && !doubted(r, col) && !wrong(r, col), fieldCols, today, (r) => stepOfCell(r.cells[col])))
        : null;
      // A further step of the same stage (a copy's 意向客户 beside the kept 潜在客户) promotes too.
      const promoted = staged !== null && staged.row !== survivor && (staged.stage !== keptStage || (staged.step ?? 0) > stepOfCell(before)) ? staged.row : undefined;
      // A spend or order count: two accounts' totals added, else the larger (totals.ts).
      const rule = totalField === null ? undefined : TOTAL_RULES.find((r) => r.field === totalField);
      // Totals in two currencies (a London account's £1,800, a New York one's $2,000) are neither added
      // nor compared, no exchange rate being applied: the kept row keeps its own, and the note lists each.
      const currencies = rule && !owedCol && !isFormula(before) ? mixedCurrencies([survivor, ...others], col) : null;
      if (currencies !== null) items.push(t(lang, 'dedupe.note.totalCurrencies', { field: table.headers[col] || field || '', values: currencies.join(' / '), value: shownTotal(before, table.readAs?.get(col)?.get(survivor.sheetRow)) }));
      const joined: JoinedTotal | null = currencies !== null ? null : owedCol ? owedSum([survivor, ...others], col) : rule && !marked && !mend && !isFormula(before) && !doubted(survivor, col) && (before.kind === 'number' || !held(before))
        ? joinTotals([survivor, ...others].map((r): TotalPart => {
            const c = r.cells[col];
            const countable = c?.kind === 'number' && !isFormula(c) && !(r !== survivor && (doubted(r, col) || wrong(r, col)));
            const account = accountCol(rule.accountsBy);
            const id = account === undefined ? undefined : r.cells[account];
            return { sheetRow: r.sheetRow, value: countable ? (c as Cell & { kind: 'number' }).value : null, account: id !== undefined && usable(id) ? valueKey(fieldOf[account!], id, region, phoneCache, readings) : '' };
          }))
        : null;
      if (joined) {
        const own = owedCol ? owedAmount(before, money) : before.kind === 'number' ? before.value : null;
        if (joined.value !== own) {
          const reason = joined.how === 'sum' ? 'dedupe.fix.totalSum' : own === null ? 'dedupe.fix.fill' : own === 0 ? 'dedupe.fix.total' : 'dedupe.fix.totalLarger';
          if (own === null) stats.cellsFilled++;
          else {
            items.push(t(lang, 'dedupe.note.item', { field: table.headers[col] || field || '', value: noteText(field, before), row: survivor.sheetRow }));
            replaced = before;
          }
          const source = joined.how === 'sum' ? undefined : others.find((r) => r.sheetRow === joined.parts.find((p) => p.value === joined.value)?.sheetRow);
          final = source ? valueOf(source.cells[col]!) : { kind: 'number', value: joined.value };
          edits.push({ sheetRow: survivor.sheetRow, col, field, before, after: final, reason });
        }
        if (joined.how === 'sum' || joined.how === 'larger') {
          const account = accountCol(rule?.accountsBy ?? OWED_ACCOUNTS_BY);
          // Close values (5000 and 5500): one running total typed at two dates, named here with the one kept, and no warning.
          // Others (268000 and 152000) are said as they are: far apart, the larger kept and not added, the
          // sum the two accounts would make; each value stays in the note, and the run warns.
          const close = joined.how === 'larger' && closeTotals(joined.parts.map((p) => p.value), rule!.closeWithin);
          if (joined.how === 'larger') {
            const values = joined.parts.map((p) => p.value).sort((a, b) => b - a).join(' / ');
            const header = table.headers[col] || field || '';
            items.push(close
              ? t(lang, 'dedupe.note.totalClose', { field: header, values, value: joined.value })
              : t(lang, 'dedupe.note.totalApart', { field: header, values, value: joined.value, sum: sumExactly(joined.parts.map((p) => p.value)) }));
          }
          totals.push({ survivor: survivor.sheetRow, rows: [survivor, ...others].map((r) => r.sheetRow), field: totalField, col, how: joined.how, value: joined.value, parts: joined.parts, ...(account === undefined ? {} : { accountCol: account }), ...(close ? { close: true as const } : {}) });
        }
      } else if (named) {
        items.push(noteItem(table.headers[col] || field || '', noteText(field, before), survivor.sheetRow));
        replaced = before;
        final = valueOf(named.cells[col]);
        edits.push({ sheetRow: survivor.sheetRow, col, field, before, after: final, reason: 'dedupe.fix.fullName' });
      } else if (dated) {
        items.push(noteItem(table.headers[col] || field || '', noteText(field, before), survivor.sheetRow));
        replaced = before;
        final = valueOf(dated.cells[col]!);
        edits.push({ sheetRow: survivor.sheetRow, col, field, before, after: final, reason: 'dedupe.fix.fullDate' });
      } else if (marked) {
        if (usable(before)) {
          items.push(noteItem(table.headers[col] || field || '', noteText(field, before), survivor.sheetRow));
          replaced = before;
        }
        final = valueOf(marked.cells[col]);
        edits.push({ sheetRow: survivor.sheetRow, col, field, before, after: final, reason: 'dedupe.fix.doNotContact' });
      } else if (promoted && usable(before) && !mend) {
        items.push(noteItem(table.headers[col] || field || '', noteText(field, before), survivor.sheetRow));
        replaced = before;
        final = valueOf(promoted.cells[col]!);
        edits.push({ sheetRow: survivor.sheetRow, col, field, before, after: final, reason: 'dedupe.fix.stage' });
        stages.push({ survivor: survivor.sheetRow, from: promoted.sheetRow, col, value: cellText(final) });
      } else if ((!held(before) && !isFormula(before)) || zero || mend || none || stub) {
        const preferred = promoted ?? (field === null ? undefined : byRow.get(fillFrom.get(field) ?? -1));
        // An identifying value (e-mail, phone, WeChat) comes only from the kept row's own record: another
        // record's is listed with the merged values, never assembled into the kept record's identity.
        const identity = field !== null && NEWEST_WINS.has(field) && keptRecord !== '';
        const candidates = identity ? [preferred, ...others].filter((r) => r === undefined || !otherRecord(r)) : [preferred, ...others];
        // A row that put another of the company's people first gives the kept row's person none of hers.
        const from = (r: Row | undefined): r is Row => r !== undefined && r !== survivor && fillable(field, r.cells[col]) && !doubted(r, col) && !wrong(r, col)
          && !(placement !== null && placement.mainCols.has(col) && placement.otherFirst.has(r.sheetRow)) && !(col === planCol && carriedRows.has(r.sheetRow));
        const real = (r: Row | undefined) => from(r) && !zeroTotal(totalField, r.cells[col]);
        const source = candidates.find(real) ?? (zero ? undefined : candidates.find(from));
        if (source) {
          if (zero || mend || none || stub) {
            items.push(t(lang, 'dedupe.note.item', { field: table.headers[col] || field || '', value: noteText(field, before), row: survivor.sheetRow }));
            replaced = before;
          }
          // An error value or a "no date" counts as a missing value: filling it is counted with the blanks filled.
          if (!(zero || mend) || errorValue(before)) stats.cellsFilled++;
          final = valueOf(source.cells[col]);
          finalRow = source;
          edits.push({ sheetRow: survivor.sheetRow, col, field, before, after: final, reason: zero ? 'dedupe.fix.total' : mend ? 'dedupe.fix.valid' : 'dedupe.fix.fill' });
          if (source === promoted) stages.push({ survivor: survivor.sheetRow, from: source.sheetRow, col, value: cellText(final) });
        }
      }
      // The customer was last contacted (bought, updated) on the latest of his rows' days: the kept
      // row takes it, and its own earlier day is listed with the merged values.
      const plan = field !== null && PLAN_FIELDS.has(field);
      const madeOf = (r: Row) => rowActivity(r, fieldCols, today);
      const later = field === null || isFormula(before) ? null
        : plan ? newerPlan(final, madeOf(finalRow), others.filter((r) => !doubted(r, col) && sameRep(r)), col, madeOf)
        : LATEST_FIELDS.has(field) ? laterDate(final, others.filter((r) => !doubted(r, col)), col)
        : null;
      if (later) {
        const filled = finalRow === survivor ? undefined : fillOf(edits, groupEdits, survivor.sheetRow, col);
        const taken = final;
        final = valueOf(later);
        if (filled) {
          // The kept row had none (a blank, N/A): it is filled with the group's latest day at once, one
          // edit; the day first taken came from a folded row, whose archive line keeps it.
          filled.after = final;
        } else {
          // First in the note, so that a note cut at Excel's limit still holds it (the archive does not).
          items.unshift(noteItem(table.headers[col] || field || '', noteText(field, taken), survivor.sheetRow));
          edits.push({ sheetRow: survivor.sheetRow, col, field, before, after: final, reason: plan ? 'dedupe.fix.latestPlan' : 'dedupe.fix.latest' });
        }
      }
      // A customer typed again with a new phone, e-mail or WeChat is reached on it: the kept row takes
      // the newest row's value (newer-contact.ts), its own listed with the merged values; only from a row
      // that is the same person (one-person.ts), never a son's number over his father's.
      let superseded: Cell | null = null;
      if (field !== null && NEWEST_WINS.has(field) && !isFormula(before) && usable(final)) {
        const phoneKind = FIELD_BY_ID[field]?.kind === 'phone';
        // Numbers only: a cell's other text (an e-mail in a Phone / Email column) is no newer number.
        const keys = (c: Cell) => (phoneKind ? phoneValueKeys(matchText(c), region, phoneCache, readings) : contactParts(matchText(c)));
        // What the kept row holds in any column of the kind (手机 and 手机2): a number it has already is no new one.
        const keptKeys = new Set(keys(final));
        for (const other of contactCols(phoneKind ? 'phone' : field)) {
          const c = survivor.cells[other];
          if (other !== col && usable(c) && !isFormula(c)) for (const k of keys(c)) keptKeys.add(k);
        }
        // An e-mail or WeChat a slip away from one the kept row holds (163.con) is that one typed again, not a new one.
        const isNew = (k: string) => !keptKeys.has(k) && (phoneKind || ![...keptKeys].some((held) => slipOf(k, held)));
        const another = (r: Row) => usable(r.cells[col]) && !isFormula(r.cells[col]!) && !doubted(r, col) && !wrong(r, col) && keys(r.cells[col]!).some(isNew);
        const ours = (r: Row) => !otherRecord(r) && another(r);
        const newer = samePerson.size === 0 ? null : newerNumberRow(field, survivor, others, (r) => samePerson.has(r.sheetRow) && ours(r), fieldCols, today);
        // A newer row of another record (HubSpot's 51234002 beside the kept 51234001): the kept row keeps
        // its record's own value, the other is listed with the merged values below, and the run says why.
        const foreign = newer ? null : newerNumberRow(field, survivor, others, (r) => otherRecord(r) && another(r), fieldCols, today);
        if (foreign && foreign.day !== '') {
          olderKept.push({ survivor: survivor.sheetRow, rows: [survivor, ...others].map((r) => r.sheetRow), from: foreign.row.sheetRow, col, field, value: cellText(foreign.row.cells[col]!), old: cellText(final), day: foreign.day, said: false, record: { kept: cellText(survivor.cells[recordCol!]!), other: cellText(foreign.row.cells[recordCol!]!), header: String(table.headers[recordCol!] ?? '') } });
        }
        // A newer row not shown to be the same person (a son of one name, firm and home): the kept row
        // keeps its own, the other is listed with the merged values below, and the run says why.
        const unsure = newer || foreign || samePerson.size === others.length ? null : newerNumberRow(field, survivor, others, ours, fieldCols, today);
        if (unsure && unsure.day !== '') {
          olderKept.push({ survivor: survivor.sheetRow, rows: [survivor, ...others].map((r) => r.sheetRow), from: unsure.row.sheetRow, col, field, value: cellText(unsure.row.cells[col]!), old: cellText(final), day: unsure.day, said: false });
        }
        if (newer) {
          items.push(noteItem(table.headers[col] || field || '', noteText(field, final), survivor.sheetRow));
          superseded = final;
          const after = valueOf(newer.row.cells[col]);
          edits.push({ sheetRow: survivor.sheetRow, col, field, before, after, reason: phoneKind ? 'dedupe.fix.newerPhone' : 'dedupe.fix.newerContact' });
          newerNumbers.push({ survivor: survivor.sheetRow, rows: [survivor, ...others].map((r) => r.sheetRow), from: newer.row.sheetRow, col, field, value: cellText(after), old: cellText(final), day: newer.day, said: newer.said });
          final = after;
        }
      }
      // The kept row's tags and those its duplicates add (its own list first; each tag once).
      if (field === 'tags' && !tagSeparators.has(col)) tagSeparators.set(col, columnTagSeparator(table, col));
      // His stage by the tags is the furthest his rows' tags state, as in a stage column (merged-stage.ts).
      const tagStage = field === 'tags' && usable(final) && !isFormula(before)
        ? furthestStage(stageClaims(survivor, others, (r) => stageOfCell('tags', r === survivor ? final : (r.cells[col] ?? EMPTY)), (r) => typedValue(r.cells[col]), fieldCols, today))
        : null;
      const united = field === 'tags' && usable(final) && !isFormula(before) ? unitedTags(final, others.map((r) => r.cells[col]).filter(typedValue), tagStage?.stage ?? null, lang, tagSeparators.get(col)) : null;
      if (united) {
        // The kept row's own tag of a stage he has left (意向客户 once a copy says 已成交) is listed with the merged values.
        if (united.dropped && final === before) {
          items.push(noteItem(table.headers[col] || field || '', noteText(field, before), survivor.sheetRow));
          replaced = before;
        }
        edits.push({ sheetRow: survivor.sheetRow, col, field, before, after: united.cell, reason: 'dedupe.fix.tags' });
        final = united.cell;
      }
      if (!written || currencies !== null) continue;
      const seen = new Set<string>();
      if (usable(final)) for (const k of keysOf(field, final, region, phoneCache, readings, money.currency)) seen.add(k);
      if (replaced) for (const k of keysOf(field, replaced, region, phoneCache, readings, money.currency)) seen.add(k);
      if (superseded) for (const k of keysOf(field, superseded, region, phoneCache, readings, money.currency)) seen.add(k);
      // A plan carried over is said in its own item already.
      if (col === planCol) for (const p of carried) for (const k of keysOf(field, byRow.get(p.row)!.cells[col]!, region, phoneCache, readings, money.currency)) seen.add(k);
      listOthers(field, col, table.headers[col] || field || '', seen);
    }
    // A folded row's further e-mail or number takes the kept row's empty E-mail 2 / 电话2 (spare-slots.ts), out of the merged values.
    const keptNow = (col: number): Cell | undefined => {
      for (let i = edits.length - 1; i >= groupEdits; i--) if (edits[i].sheetRow === survivor.sheetRow && edits[i].col === col) return edits[i].after;
      return survivor.cells[col];
    };
    // A newer number the kept row did not take (not shown the same person: a son of one name and firm)
    // stays in the merged values, where the run's warning says it is, not in his 手机2.
    const keptOwn = new Set(olderKept.filter((o) => o.survivor === survivor.sheetRow).map((o) => `${o.from}:${o.col}`));
    const slotFills = spareSlotFills({
      cols: cols.filter(([, col]) => placement === null || !placement.contactCols.has(col)),
      kept: keptNow,
      others,
      may: (r, col) => typedValue(r.cells[col]) && !doubted(r, col) && !wrong(r, col) && !otherRecord(r) && !placed(r, col) && !keptOwn.has(`${r.sheetRow}:${col}`),
      keys: (field, c) => keysOf(field, c, region, phoneCache, readings),
    });
    for (const fill of slotFills) {
      const value = fill.from.cells[fill.fromCol]!;
      edits.push({ sheetRow: survivor.sheetRow, col: fill.col, field: fill.field, before: survivor.cells[fill.col] ?? EMPTY, after: valueOf(value), reason: 'dedupe.fix.fill' });
      stats.cellsFilled++;
      const listed = items.indexOf(noteItem(table.headers[fill.fromCol] || fill.field, noteText(fill.field, value), fill.from.sheetRow));
      if (listed >= 0) items.splice(listed, 1);
    }
    if (!written) {
      stats.groupsMerged++;
      continue;
    }
    // Each carried plan before the values (a note cut at Excel's limit keeps them): later runs read them back.
    items.unshift(...carried.map((p) => followUpItem(lang, p, archivedOn?.has(p.row) ? archivedOn.get(p.row) : today)));
    // The kept row's earlier notes first, then those of rows folded into it now (their archive rows
    // hold only the user's columns), then this merge's.
    // Reps who shared the customer on rows the merge folds (王磊/刘洋 and 王磊/陈静): the kept owner cell
    // stays as typed, so the set is said first in the note (a note cut at Excel's limit keeps it),
    // in the archive, and in the plan, which reminds each of them.
    const shared = fieldCols.owner === undefined ? null : mergedCoOwners([survivor, ...others].map((r) => ownerWithNotes(r.cells[fieldCols.owner!], notedOwners.get(r.sheetRow))));
    if (shared !== null) {
      items.unshift(t(lang, 'dedupe.note.coOwners', { owners: shared }));
      coOwners.push({ sheetRow: survivor.sheetRow, owners: shared });
    }
    const history = [survivor, ...others].map(earlierNote).filter((n) => n !== '');
    const noted = appendAll(history, items);
    if (noted.length > 0) {
      const note = capNote(noted, t(lang, 'dedupe.note.separator'), (count) => t(lang, 'dedupe.note.more', { count, sheet: archiveSheet }), maxNote);
      if (note.truncated) stats.notesTruncated++;
      notes.set(survivor.sheetRow, note.text);
    }
    const confidence = t(lang, `dedupe.confidence.${g.confidence}`);
    for (const r of others) {
      archive.push({
        sheetRow: r.sheetRow,
        cells: archived(r),
        survivorRow: survivor.sheetRow,
        groupId: g.id,
        confidence: g.confidence,
        reason: shared === null
          ? { code: 'dedupe.archive.merged', params: { row: survivor.sheetRow, group: g.id, confidence } }
          : { code: 'dedupe.archive.mergedCoOwners', params: { row: survivor.sheetRow, group: g.id, confidence, owners: shared } },
      });
      stats.rowsArchived++;
    }
    stats.groupsMerged++;
  }

  // No note now: the earlier notes stay as written, under this run's header.
  const mergedColumn = !written
    ? null
    : notes.size === 0
      ? carriedMergedColumn(table, lang, options.ruleTitles)
      : {
          id: 'dedupe.merged',
          header: t(lang, 'dedupe.column.merged'),
          write: 'text' as const,
          values: table.rows.map((r) => {
            const n = notes.get(r.sheetRow) ?? earlierNote(r);
            return n === '' ? EMPTY : ({ kind: 'text', value: n } as Cell);
          }),
        };
  archive.sort((a, b) => a.sheetRow - b.sheetRow);
  return {
    edits,
    mergedColumn,
    archiveSheet,
    archiveCols: users,
    archiveHeaders: [
      ...users.map((col) => table.headers[col]),
      t(lang, 'dedupe.archive.sourceRow'),
      t(lang, 'dedupe.archive.survivorRow'),
      t(lang, 'dedupe.archive.group'),
      t(lang, 'dedupe.archive.reason'),
      t(lang, 'dedupe.archive.mergedOn'),
    ],
    ...(today === undefined ? {} : { mergedOn: today }),
    archive,
    ...(coOwners.length > 0 ? { coOwners } : {}),
    removeRows: archive.map((a) => a.sheetRow),
    stats,
    totals,
    ...(newerNumbers.length > 0 ? { newerNumbers } : {}),
    ...(stages.length > 0 ? { stages } : {}),
    ...(olderKept.length > 0 ? { olderKept } : {}),
  };
}

/** The edit that filled the kept row's empty or placeholder cell (row, col) in this merge, if one did; `from`: where the group's edits start. */
function fillOf(edits: readonly CellEdit[], from: number, row: number, col: number): CellEdit | undefined {
  for (let i = edits.length - 1; i >= from; i--) {
    const e = edits[i];
    if (e.sheetRow === row && e.col === col) return e.reason === 'dedupe.fix.fill' || e.reason === 'dedupe.fix.valid' ? e : undefined;
  }
  return undefined;
}
