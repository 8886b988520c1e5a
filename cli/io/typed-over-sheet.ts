/**
 * The .xlsx keeping of what a user typed into the run's own columns where no note can keep it
 * (typed-over-rows.ts): a sheet named after the cleaned one (客户（旧备注） / "Customers - earlier notes",
 * as the reminders' gone lines are kept), its lines appended below an earlier run's, never written over.
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../../shared';
import { ownSheet, startsWith, type OwnSheet } from './own-sheet';
import { keptSheetName } from './typed-cells';
import { typedOverHeaders } from './typed-over-rows';
import { fillOf, TEXT_FORMAT } from './xlsx-values';

/** Whether `sheet` is a list of typed texts a run kept, in either language (a rerun reads it as no customer table). */
export function isTypedOverSheet(sheet: ExcelJS.Worksheet): boolean {
  return (['zh-CN', 'en'] as const).some((lang) => startsWith(sheet, typedOverHeaders(lang)));
}

/** Where this run's lines go: our sheet of an earlier run to append to, or the free name for a new one. */
export function typedOverTarget(workbook: ExcelJS.Workbook, cleaned: ExcelJS.Worksheet, lang: Lang): OwnSheet {
  const headers = typedOverHeaders(lang);
  return ownSheet(workbook, keptSheetName(lang, cleaned.name), (s) => startsWith(s, headers), 'append', cleaned);
}

/**
 * Writes `lines` below what the sheet holds. Every cell is Text-format text: a typed `=HYPERLINK(…)`,
 * `+86 138…` or `0755-…` stays as typed, never a formula or a number.
 */
export function writeTypedOverSheet(workbook: ExcelJS.Workbook, target: OwnSheet, lines: readonly string[][], lang: Lang): string {
  const sheet = target.existing ?? workbook.addWorksheet(target.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  let r = 1;
  if (!target.existing) {
    typedOverHeaders(lang).forEach((text, i) => {
      const cell = sheet.getCell(1, i + 1);
      cell.value = text;
      cell.style = { font: { bold: true }, fill: fillOf('FFF2F2F2') };
    });
    [10, 16, 60, 20, 40, 12].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  } else {
    sheet.eachRow((_, row) => (r = row));
  }
  for (const line of lines) {
    r++;
    line.forEach((text, i) => {
      if (text === '') return;
      const cell = sheet.getCell(r, i + 1);
      cell.numFmt = TEXT_FORMAT;
      cell.value = text;
      cell.alignment = { wrapText: i === 2, vertical: 'top' };
    });
  }
  return sheet.name;
}
