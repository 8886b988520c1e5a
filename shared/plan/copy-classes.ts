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
 * the sum of their amounts where `spent` has it (records-spend.ts).
 */
export function copiesTogether(lang: Lang, groups: readonly DuplicateGroup[], customerRow: ReadonlyMap<number, number>, shownRow: (row: number) => number, spent?: ReadonlyMap<number, RecordsSpend>): Map<number, string> {
  const out = new Map<number, string>();
  if (customerRow.size === 0) return out;
  const sep = lang === 'zh-CN' ? '、' : ', ';
  for (const g of groups) {
    const copies = g.rows.filter((row) => customerRow.get(row) === g.survivor);
    if (copies.length === 0) continue;
    const rows = [g.survivor, ...copies].sort((a, b) => a - b).map(shownRow);
    const named = rows.slice(0, ROWS_SHOWN).join(sep) + (rows.length > ROWS_SHOWN ? ' …' : '');
    // His records' amounts summed (records-spend.ts): the reason names the sum he is classed on, in no cell, and its terms.
    const sum = g.records ? spent?.get(g.survivor) : undefined;
    const said = sum
      ? t(lang, 'classify.reason.recordsSpendSum', { rows: named, kept: shownRow(g.survivor), sum: sum.sum, parts: sum.parts.map((p) => p.value).join(' + ') })
      : t(lang, g.records ? 'classify.reason.recordsOneCustomer' : 'classify.reason.copiesOneCustomer', { rows: named, kept: shownRow(g.survivor) });
    out.set(g.survivor, said);
    for (const row of copies) out.set(row, said);
  }
  return out;
}
