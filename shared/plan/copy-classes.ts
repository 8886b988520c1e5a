/**
 * A customer typed twice and not merged yet is one customer: the report counts him once, in the
 * classes of the row a merge keeps (with the values the merge gives it). Each of his rows shows those
 * classes and says so, so the sheet, the report and the JSON's row labels tell one story.
 */
import type { ClassifiedRow } from '../classify/classify';
import type { DuplicateGroup } from '../dedupe/types';
import { t } from '../i18n';
import type { Lang } from '../i18n/define';
import type { RecordsSpend } from './records-spend';
import type { RecordsTogether, TakenDay } from './records-together';
import type { FieldId } from '../schema/fields';
import { fieldText } from '../classify/reason';

/**
 * The classified rows with each copy (sheet row → the row his customer is counted on, analyze's
 * customerRows) showing that row's classes, reasons and activity: the copy's own amount or dates
 * are not his (the merge keeps the kept row's and lists the others in its note).
 */
export function onEveryCopy(rows: readonly ClassifiedRow[], customerRow: ReadonlyMap<number, number>): ClassifiedRow[] {
  if (customerRow.size === 0) return [...rows];
  // Only the kept rows are looked up: a map of those, not of every row of the sheet.
  const kept = new Set(customerRow.values());
  const bySheetRow = new Map<number, ClassifiedRow>();
  for (const r of rows) if (kept.has(r.sheetRow)) bySheetRow.set(r.sheetRow, r);
  return rows.map((row) => {
    const kept = customerRow.get(row.sheetRow);
    const his = kept === undefined ? undefined : bySheetRow.get(kept);
    return his ? { ...his, sheetRow: row.sheetRow } : row;
  });
}

/** How many of a customer's rows the text names before it only ends in "…". */
const ROWS_SHOWN = 8;

/**
 * Each row of a customer classed once (the kept row and its copies) → the reason that says so,
 * naming his rows as the sheet shows them (`shownRow`: after a merge removed other groups' rows).
 * A customer's several records (two pets, two policies), never merged, are classed once too, on
 * the sum of their amounts where `spent` has it (records-spend.ts), and on the latest days and summed
 * orders of all of them where `latest` has them (records-together.ts): the reason names each day taken
 * from another row, by its column's header (`headerOf`), so a row classed by its neighbour's date says so.
 */
export function copiesTogether(
  lang: Lang,
  groups: readonly DuplicateGroup[],
  customerRow: ReadonlyMap<number, number>,
  shownRow: (row: number) => number,
  spent?: ReadonlyMap<number, RecordsSpend>,
  latest?: ReadonlyMap<number, RecordsTogether>,
  headerOf?: (field: FieldId, extra?: number) => string,
  cited?: (keptRow: number, date: string) => boolean,
): Map<number, string> {
  const out = new Map<number, string>();
  if (customerRow.size === 0) return out;
  const sep = lang === 'zh-CN' ? '、' : ', ';
  const clause = lang === 'zh-CN' ? '；' : '; ';
  // Each kept row → what it took from his other records, as said on his records' rows.
  const fromRecords = new Map<number, string>();
  for (const g of groups) {
    const copies = g.rows.filter((row) => customerRow.get(row) === g.survivor);
    if (copies.length === 0) continue;
    const rows = [g.survivor, ...copies].sort((a, b) => a - b).map(shownRow);
    const named = rows.slice(0, ROWS_SHOWN).join(sep) + (rows.length > ROWS_SHOWN ? ' …' : '');
    // His records' amounts summed (records-spend.ts): the reason names the sum he is classed on, in no cell, and its terms.
    const sum = g.records ? spent?.get(g.survivor) : undefined;
    let said = sum
      ? t(lang, 'classify.reason.recordsSpendSum', { rows: named, kept: shownRow(g.survivor), sum: sum.sum, parts: sum.parts.map((p) => p.value).join(' + ') })
      : t(lang, g.records ? 'classify.reason.recordsOneCustomer' : 'classify.reason.copiesOneCustomer', { rows: named, kept: shownRow(g.survivor) });
    const also = g.records ? latest?.get(g.survivor) : undefined;
    if (also) {
      const taken = fromOtherRecords(lang, also, shownRow, headerOf, (date) => cited?.(g.survivor, date) ?? true);
      said = [said, ...taken].join(clause);
      if (taken.length > 0) fromRecords.set(g.survivor, taken.join(clause));
    }
    out.set(g.survivor, said);
    for (const row of copies) out.set(row, said);
  }
  // A copy of a kept row that also stands for his other records (张伟's car typed twice, beside his
  // second car) is classed on the days those records gave it too: its text says so as the kept row's does.
  if (fromRecords.size > 0) {
    for (const g of groups) {
      const taken = g.records ? undefined : fromRecords.get(g.survivor);
      if (taken === undefined) continue;
      for (const row of g.rows) {
        const said = out.get(row);
        if (row !== g.survivor && customerRow.get(row) === g.survivor && said !== undefined && !said.endsWith(taken)) out.set(row, said + clause + taken);
      }
    }
  }
  return out;
}

/**
 * What the kept record took from his other records, as clauses: the days by header and row, then the
 * orders summed. A day of his activity is always named (his 最近互动 counts from it); a due date only
 * where his reasons quote it (`cited`: 保养 2027-03-02 到期), not one that changed nothing.
 */
function fromOtherRecords(lang: Lang, also: RecordsTogether, shownRow: (row: number) => number, headerOf: ((field: FieldId, extra?: number) => string) | undefined, cited: (date: string) => boolean): string[] {
  const out: string[] = [];
  const header = (d: TakenDay) => headerOf?.(d.field, d.extra) || fieldText(lang, d.field);
  const named = also.taken.filter((d) => d.field !== 'contractEnd' || cited(d.date));
  if (named.length > 0) {
    const dates = named.map((d) => t(lang, 'classify.reason.recordsLatestItem', { header: header(d), date: d.date, row: shownRow(d.row) }));
    out.push(t(lang, 'classify.reason.recordsLatest', { dates: dates.join(lang === 'zh-CN' ? '、' : ', ') }));
  }
  if (also.orders) out.push(t(lang, 'classify.reason.recordsOrdersSum', { sum: also.orders.sum, parts: also.orders.parts.join(' + ') }));
  return out;
}
