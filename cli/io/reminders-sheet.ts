/**
 * The reminders sheet ("提醒" / "Reminders"): every reminder due, grouped by owner, with its reason;
 * a "no reminders" line when none is due. A rerun replaces its own sheet, never a user's.
 */
import type ExcelJS from 'exceljs';
import type { DateSystem, Lang, Plan } from '../../shared';
import { say } from '../messages';
import { ownSheet, startsWith } from './own-sheet';
import { reminderHeaders, reminderRows } from './reminder-rows';
import type { RowMap } from './row-map';
import { fillOf, putValue, type Restyle } from './xlsx-values';

const WIDTHS = [14, 16, 30, 8, 12, 10, 60];
/** Owner, kind, customer and reason are written as text: a name is never a number or a formula. */
const TEXT_COLUMNS = new Set([0, 1, 2, 6]);
/** Every other owner's block is shaded, so the groups stand apart and the sheet can still be filtered. */
const GROUP_SHADE = 'FFF7F7F7';

export function addRemindersSheet(workbook: ExcelJS.Workbook, cleaned: ExcelJS.Worksheet, plan: Plan, lang: Lang, dateSystem: DateSystem, rows: RowMap, restyle: Restyle): string {
  const headers = reminderHeaders(lang);
  const { name } = ownSheet(workbook, say(lang, 'cli.reminders.sheet'), (s) => startsWith(s, headers), 'replace', cleaned);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  headers.forEach((h, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.value = h;
    cell.style = { font: { bold: true }, fill: fillOf('FFF2F2F2') };
  });
  const data = reminderRows(plan, lang, rows);
  if (data.length === 0) {
    sheet.getCell(2, 1).value = say(lang, 'cli.reminders.none');
    return name;
  }
  const shaded = { fill: fillOf(GROUP_SHADE) };
  let r = 2;
  plan.reminders.groups.forEach((group, g) => {
    for (let k = 0; k < group.reminders.length; k++, r++) {
      data[r - 2].forEach((value, c) => {
        const cell = sheet.getCell(r, c + 1);
        if (g % 2 === 1) cell.style = shaded;
        putValue(cell, value, TEXT_COLUMNS.has(c) ? 'text' : undefined, dateSystem, restyle);
      });
    }
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: data.length + 1, column: headers.length } };
  return name;
}
