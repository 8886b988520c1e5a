/**
 * The report sheet ("报告" / "Report"): each table of the plan's report as a bold title and
 * label | count rows, then the what-if summary (how many customers the rules would move to another
 * class than the sheet states, per dimension). A rerun replaces its own sheet, never a user's.
 */
import type ExcelJS from 'exceljs';
import { statesAny, t, unrecognizedTexts, type Lang, type Plan } from '../../shared';
import { say } from '../messages';
import { capCellText } from './cell-cap';
import { TEXT_FORMAT } from './xlsx-values';
import { ownSheet, startsWith } from './own-sheet';

const COUNT_FORMAT = '#,##0';

/** `base`: the sheet's name (tab-named in a workbook of several customer tabs). */
export function addReportSheet(workbook: ExcelJS.Workbook, cleaned: ExcelJS.Worksheet, base: string, plan: Plan, lang: Lang, today?: string): string {
  const title = say(lang, 'cli.report.title');
  const { name } = ownSheet(workbook, base, (s) => startsWith(s, [title]), 'replace', cleaned);
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 40 }, { width: 12 }, { width: 12 }];
  const bold = { font: { bold: true } };
  // Labels come from the sheet (owners, industries, regions): in Text format, an owner typed =1+1
  // stays text when someone edits the cell (F2, Enter), as in the other sheets the run writes.
  const put = (row: number, values: (string | number)[], style?: Partial<ExcelJS.Style>) => {
    values.forEach((v, i) => {
      const cell = sheet.getCell(row, i + 1);
      cell.value = typeof v === 'string' ? capCellText(v) : v;
      // Counts with a thousands separator (1,200), still numbers a chart or SUM reads.
      const look = typeof v === 'string' ? { ...style, numFmt: TEXT_FORMAT } : { ...style, numFmt: COUNT_FORMAT };
      if (look) cell.style = look;
    });
  };

  put(1, [title], { font: { bold: true, size: 14 } });
  // After --merge the sheet has fewer rows than were read: both are said, the customers as the report counts them.
  const customers = plan.report.sections.find((x) => x.id === 'customers')?.series.find((x) => x.id === 'total')?.count;
  put(2, [plan.merge && plan.merge.removeRows.length > 0 && customers !== undefined
    ? say(lang, 'cli.report.aboutMerged', { sheet: plan.sheetName, rows: plan.stats.rows, customers })
    : say(lang, 'cli.report.about', { sheet: plan.sheetName, rows: plan.stats.rows })]);
  if (today) put(3, [say(lang, 'cli.report.today', { today })]);
  let r = 5;
  for (const section of plan.report.sections) {
    put(r++, [t(lang, section.title, section.titleParams)], bold);
    for (const s of section.series) put(r++, [s.label, s.count]);
    if (section.note) put(r++, [t(lang, section.note.code, section.note.params)], { font: { italic: true } });
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
    for (const line of unrecognizedTexts(lang, whatIf, titleOf)) put(r++, [line], { font: { italic: true } });
  }
  return name;
}
