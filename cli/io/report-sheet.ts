/**
 * The report sheet ("报告" / "Report"): each table of the plan's report as a bold title and
 * label | count rows (a table of customers by class or value: label | count | share, and on a sheet
 * with an amount column | spending | its share, the columns named on the title row), then the what-if summary (how many customers the rules would move to another
 * class than the sheet states, per dimension). A rerun replaces its own sheet, never a user's.
 */
import type ExcelJS from 'exceljs';
import { statesAny, t, unrecognizedTexts, URGENT_REMINDERS, type Lang, type Plan } from '../../shared';
import type { HiddenSheet } from '../hidden-sheets';
import { say } from '../messages';
import { staffOwnerLine, unreadColumnsLine } from '../unread-columns';
import { capCellText } from './cell-cap';
import { TEXT_FORMAT } from './xlsx-values';
import { ownSheet, startsWith } from './own-sheet';

const COUNT_FORMAT = '#,##0';
/** A share as a manager reads it (12.3%); the core rounds the shares to 0.1 % so a table adds up to 100.0%. */
const SHARE_FORMAT = '0.0%';

/** A number in a format of its own (a share, an amount); a bare number is a count. */
interface Formatted {
  value: number;
  numFmt: string;
}

/** `base`: the sheet's name (tab-named in a workbook of several customer tabs). */
export function addReportSheet(workbook: ExcelJS.Workbook, cleaned: ExcelJS.Worksheet, base: string, plan: Plan, lang: Lang, today?: string, hidden: readonly HiddenSheet[] = []): string {
  const title = say(lang, 'cli.report.title');
  const { name } = ownSheet(workbook, base, (s) => startsWith(s, [title]), 'replace', cleaned);
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 40 }, { width: 12 }, { width: 12 }, { width: 16 }, { width: 12 }];
  const bold = { font: { bold: true } };
  // Labels come from the sheet (owners, industries, regions): in Text format, an owner typed =1+1
  // stays text when someone edits the cell (F2, Enter), as in the other sheets the run writes.
  const put = (row: number, values: (string | number | Formatted | null)[], style?: Partial<ExcelJS.Style>) => {
    values.forEach((v, i) => {
      // Null: a cell left empty (no share of a spending of nothing).
      if (v === null) return;
      const cell = sheet.getCell(row, i + 1);
      cell.value = typeof v === 'string' ? capCellText(v) : typeof v === 'number' ? v : v.value;
      // Counts with a thousands separator (1,200), still numbers a chart or SUM reads.
      const numFmt = typeof v === 'string' ? TEXT_FORMAT : typeof v === 'number' ? COUNT_FORMAT : v.numFmt;
      cell.style = { ...style, numFmt };
    });
  };
  // Amounts in whole yuan (dollars) unless some customer's has cents: then every amount shows two places.
  const spends = plan.report.sections.flatMap((x) => [x.spendTotal ?? 0, ...x.series.map((s) => s.spend ?? 0)]);
  const amountFormat = spends.every(Number.isInteger) ? '#,##0' : '#,##0.00';

  put(1, [title], { font: { bold: true, size: 14 } });
  // After --merge the sheet has fewer rows than were read: both are said, the customers as the report counts them.
  const customers = plan.report.sections.find((x) => x.id === 'customers')?.series.find((x) => x.id === 'total')?.count;
  put(2, [plan.merge && plan.merge.removeRows.length > 0 && customers !== undefined
    ? say(lang, 'cli.report.aboutMerged', { sheet: plan.sheetName, rows: plan.stats.rows, customers })
    : say(lang, 'cli.report.about', { sheet: plan.sheetName, rows: plan.stats.rows })]);
  if (today) put(3, [say(lang, 'cli.report.today', { today })]);
  // A sheet the run mostly could not read: its tables below count little, and a manager reading
  // only this sheet must learn why, and how to map the columns, before the counts.
  // The warning counts the columns left; the list under it names them, as the terminal's does.
  const fewRead = plan.problems.find((p) => p.code === 'headers.fewRead');
  const unread = fewRead ? unreadColumnsLine(plan, lang, say, Infinity) : null;
  if (fewRead) put(4, [t(lang, fewRead.code, fewRead.params)], { font: { bold: true, color: { argb: 'FFC00000' } } });
  if (unread) put(5, [unread.trim()]);
  let r = unread ? 7 : fewRead ? 6 : 5;
  // Whose reminders they are, where no rep's column says (老师, Instructor): as the terminal's summary says it.
  const staff = staffOwnerLine(plan, lang, say);
  if (staff) {
    put(r++, [staff.trim()]);
    r++;
  }
  for (const section of plan.report.sections) {
    const title = t(lang, section.title, section.titleParams);
    const shares = section.series.some((s) => s.share !== undefined);
    const spending = section.series.some((s) => s.spend !== undefined);
    // A table with shares names its columns on its title row: a chart of the table takes them as its header.
    if (!shares) put(r++, [title], bold);
    else put(r++, [title, say(lang, 'cli.report.col.count'), say(lang, 'cli.report.col.share'), ...(spending ? [say(lang, 'cli.report.col.spend'), say(lang, 'cli.report.col.spendShare')] : [])], bold);
    // A table with nothing in it (no issues) says so: a bare title reads as a table that failed to fill.
    if (section.series.length === 0) put(r++, [say(lang, 'cli.report.none')]);
    for (const s of section.series) {
      const line: (string | number | Formatted | null)[] = [s.label, s.count];
      if (shares) line.push(s.share === undefined ? null : { value: s.share, numFmt: SHARE_FORMAT });
      if (spending) line.push({ value: s.spend ?? 0, numFmt: amountFormat }, s.spendShare === undefined ? null : { value: s.spendShare, numFmt: SHARE_FORMAT });
      put(r++, line);
    }
    // What all the customers spent, under their count (each table's spending adds up to it).
    if (section.id === 'customers' && section.spendTotal !== undefined) put(r++, [say(lang, 'cli.report.spendTotal'), { value: section.spendTotal, numFmt: amountFormat }]);
    // An owner table whose customers some reps share adds up to more: its total counts each customer once.
    if (section.customers !== undefined) {
      put(r++, [say(lang, 'cli.report.ownerTotal'), section.customers, ...(spending && section.spendTotal !== undefined ? [null, { value: section.spendTotal, numFmt: amountFormat }] : [])], bold);
    }
    if (section.note) put(r++, [t(lang, section.note.code, section.note.params)], { font: { italic: true } });
    r++;
  }

  // A hidden tab of customers the run left uncleaned (a departed rep's): a manager reading only this
  // sheet learns of its customers and of the reminders due there, which no reminders sheet lists.
  if (hidden.length > 0) {
    put(r++, [say(lang, 'cli.report.hidden'), say(lang, 'cli.report.hidden.customers'), say(lang, 'cli.report.hidden.reminders'), say(lang, 'cli.report.hidden.urgent', { days: URGENT_REMINDERS.withinDays })], bold);
    for (const h of hidden) put(r++, [h.sheet, h.customers ?? null, h.reminders.length, h.urgent.length]);
    put(r++, [say(lang, 'cli.report.hidden.how')], { font: { italic: true } });
    r++;
  }

  const { whatIf, legend } = plan.classification;
  // A dimension the sheet states nothing of (no VIP column) has no line: "VIP | 0 | 0" says nothing.
  const stated = whatIf.dimensions.filter(statesAny);
  if (stated.length > 0) {
    const titleOf = (dimension: string) => legend.find((l) => l.dimension === dimension)?.title[lang] ?? t(lang, `classify.dimension.${dimension}`);
    put(r++, [say(lang, 'cli.report.whatIf')], bold);
    put(r++, [say(lang, 'cli.report.whatIf.dimension'), say(lang, 'cli.report.whatIf.changed'), say(lang, 'cli.report.whatIf.compared')], { font: { italic: true } });
    for (const d of stated) put(r++, [titleOf(d.dimension), d.changed, d.compared]);
    put(r++, [say(lang, 'cli.report.whatIf.any'), whatIf.rowsChanged, whatIf.rowsCompared]);
    // The sheet's labels it could not read are not compared: said, with an example, under the table.
    const headerOf = (field: string) => plan.columns.find((c) => c.field === field && !c.extra)?.header ?? field;
    for (const line of unrecognizedTexts(lang, whatIf, titleOf, headerOf)) put(r++, [line], { font: { italic: true } });
  }
  return name;
}
