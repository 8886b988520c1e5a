/**
 * A visit the sheet records as done: a 回访日期 (a follow-up's own date, not a 下次回访 to come) beside
 * a filled 回访记录 / 跟进记录 / Visit Notes cell is a visit made that day, the customer's last contact.
 * Its follow-up is then no overdue task (rules/follow-up.ts reads a contact on or after the day as
 * done), and his activity counts from it (tester h70: 28 of 30 `待跟进` of a 装修 sheet were visits whose
 * 回访记录 said 满意; the satisfied owners were 重要客户休眠 beside them). A record that dates its entries
 * (11/5 电话未接) is done only by an entry on or after the planned day, beside a 下次跟进 too; an
 * undated one (满意) is no proof beside a date still to come (下次跟进, Next Visit): it may be the note
 * of the call that planned it. The sheet's cells are not touched: the records the classes and the
 * reminders read are given the day.
 */
import { date, cellText, type Cell } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import type { Table } from '../table/table';
import { foldHeader } from '../schema/fold-header';
import { dayNumberOf, formatIso, fromDayNumber, isValidCivil, toDayNumber, type CivilDate } from '../table/civil-date';
import { dayOf } from './rules/date-of';

/** Headers of what a visit or a follow-up found (回访记录 满意, 跟进情况, Visit Notes). */
const RECORD_HEADS: readonly string[] = [
  '回访记录', '回访结果', '回访情况', '回访内容', '回访反馈', '回访备注', '回访意见',
  '跟进记录', '跟进结果', '跟进情况', '跟进内容', '拜访记录', '拜访结果', '复诊记录',
  'visit notes', 'visit note', 'visit outcome', 'visit result', 'follow-up notes', 'follow up notes', 'follow-up outcome', 'follow up outcome', 'follow-up result',
];
const RECORD_KEYS: ReadonlySet<string> = new Set(RECORD_HEADS.map((h) => foldHeader(h).key));

/** Whether a header names what a visit or follow-up found (回访记录, Visit Notes). */
export function isVisitRecordHeader(header: unknown): boolean {
  return typeof header === 'string' && RECORD_KEYS.has(foldHeader(header).key);
}

/** A follow-up header of a day still to come (下次回访, 计划跟进, Next Visit, Recall Due): its record may be the last call's. */
const AHEAD = /下次|计划|预约|预计|next|due|planned|scheduled/iu;

/** Entries of a record log, one per line or per 。 / ；, and the day an entry starts with (11/5, 2026-11-05, 11月5日). */
const ENTRY = /[\n\r；;。]+/u;
const ENTRY_DAY = /^\s*(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?!\d)/u;

/** The latest day the record's entries start with (a month and day read as its latest on or before today), or null when none is dated. */
function latestEntryDay(text: string, today: CivilDate): number | null {
  let latest: number | null = null;
  for (const entry of text.split(ENTRY)) {
    const m = ENTRY_DAY.exec(entry);
    if (!m) continue;
    const [month, day] = [Number(m[2]), Number(m[3])];
    const years = m[1] !== undefined ? [Number(m[1])] : [today.y, today.y - 1];
    for (const y of years) {
      if (!isValidCivil(y, month, day)) continue;
      const n = dayNumberOf(y, month, day);
      if (m[1] === undefined && n > toDayNumber(today)) continue;
      if (latest === null || n > latest) latest = n;
      break;
    }
  }
  return latest;
}

/** The day a visit was made, by its planned date and its record: null when the record does not show it done. */
function visitMade(planned: number, note: string, ownDate: boolean, today: CivilDate): number | null {
  const noted = latestEntryDay(note, today);
  if (noted !== null) return noted >= planned ? noted : null;
  return ownDate ? planned : null;
}

/**
 * `records`, each row whose visit its record shows done given that day as its last contact (when later
 * than its own); the same array when the sheet has no follow-up date beside a visit record.
 */
export function withVisitsDone(records: CustomerRecord[], table: Table, fieldCols: Partial<Record<FieldId, number>>, today: CivilDate): CustomerRecord[] {
  const dateCol = fieldCols.nextFollowUp;
  if (dateCol === undefined) return records;
  const noteCol = table.headers.findIndex(isVisitRecordHeader);
  if (noteCol < 0) return records;
  const dateHeader = table.headers[dateCol];
  const ownDate = !(typeof dateHeader === 'string' && AHEAD.test(dateHeader));
  const todayDay = toDayNumber(today);
  return records.map((r) => {
    const planned = dayOf(r.fields.nextFollowUp);
    if (planned === null || planned > todayDay) return r;
    const cell: Cell | undefined = table.rows[r.index]?.cells[noteCol];
    const note = cell === undefined ? '' : cellText(cell).trim();
    if (note === '') return r;
    const made = visitMade(planned, note, ownDate, today);
    if (made === null || made > todayDay) return r;
    const contact = dayOf(r.fields.lastContact);
    if (contact !== null && contact >= made) return r;
    return { ...r, fields: { ...r.fields, lastContact: date(formatIso(fromDayNumber(made))) } };
  });
}
