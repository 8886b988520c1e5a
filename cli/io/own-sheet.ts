/**
 * Finds the name for a sheet the run writes (issues, reminders, report, archive): our own sheet
 * from an earlier run is recognised by its first row and replaced (or, for the archive, kept and
 * appended to); a user's sheet of the same name is never touched, ours becomes "Name (2)".
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../../shared';
import { say } from '../messages';

/** The sheet to write into: `existing` is our own earlier sheet when it is to be appended to. */
export interface OwnSheet {
  name: string;
  existing?: ExcelJS.Worksheet;
}

export function ownSheet(
  workbook: ExcelJS.Workbook,
  base: string,
  isOurs: (sheet: ExcelJS.Worksheet) => boolean,
  earlier: 'replace' | 'append',
  /** The sheet being cleaned: never ours, whatever its first row says (`--sheet 问题清单`). */
  cleaned?: ExcelJS.Worksheet,
  /** Reads the earlier sheet before it goes: the cells a user typed on it are his (typed-cells.ts). */
  beforeReplacing?: (earlier: ExcelJS.Worksheet) => void,
): OwnSheet {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    // Excel sheet names are unique regardless of case.
    const existing = workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    if (!existing) return { name };
    if (existing === cleaned || !isOurs(existing)) continue;
    if (earlier === 'append') return { name: existing.name, existing };
    beforeReplacing?.(existing);
    workbook.removeWorksheet(existing.id);
    return { name };
  }
}

/** The first cells of row `row` as written (null for an empty cell). */
export function rowValues(sheet: ExcelJS.Worksheet, row: number, count: number): unknown[] {
  const r = sheet.getRow(row);
  return Array.from({ length: count }, (_, i) => r.getCell(i + 1).value ?? null);
}

/** True when row 1 starts with exactly these texts. */
export function startsWith(sheet: ExcelJS.Worksheet, texts: readonly string[]): boolean {
  return rowValues(sheet, 1, texts.length).every((v, i) => v === texts[i]);
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[:\\/?*[\]]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31).trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}

/** Excel's limit on a sheet name. */
const NAME_LIMIT = 31;

/**
 * The name of a run sheet (issues, reminders, report) made from the tab `tab`. In a workbook of one
 * tab per sales rep, each tab's run sheets are its own: cleaning 李四's tab must not replace 张三's
 * reminders, so the tab is in the name (提醒（李四的客户）). A workbook of one customer tab keeps the
 * plain name. A long tab name is shortened so the whole stays within Excel's 31 characters.
 */
export function tabSheetName(base: string, tab: string, severalTabs: boolean, lang: Lang): string {
  if (!severalTabs) return base;
  const chars = Array.from(tab);
  for (let n = chars.length; n > 0; n--) {
    const name = say(lang, 'cli.sheet.ofTab', { sheet: base, tab: chars.slice(0, n).join('') });
    if (name.length <= NAME_LIMIT) return safeSheetName(name);
  }
  return base;
}

/**
 * The workbook's sheets in the order the user had them (`before`, the names before the run), the
 * run's own sheets (`runSheets`, in the order the run writes them) included: one that replaces an
 * earlier run's sheet takes that sheet's place, and a new one goes right after the run sheet written
 * before it, or last. exceljs adds a sheet at the end, so a rerun moved 问题清单 behind the archive it
 * kept, and every run sheet behind a sheet the user had put after them.
 */
export function keepSheetOrder(workbook: ExcelJS.Workbook, before: readonly string[], runSheets: readonly (string | undefined)[]): void {
  // exceljs orders sheets by `orderNo` (workbook.worksheets sorts by it), a field its types leave out.
  const sheets = workbook.worksheets as (ExcelJS.Worksheet & { orderNo: number })[];
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const order = [...new Set(before.map((name) => byName.get(name.toLowerCase())).filter((s) => s !== undefined))];
  let previous: (typeof sheets)[number] | undefined;
  for (const name of runSheets) {
    const sheet = name === undefined ? undefined : byName.get(name.toLowerCase());
    if (!sheet) continue;
    if (!order.includes(sheet)) order.splice(previous ? order.indexOf(previous) + 1 : order.length, 0, sheet);
    previous = sheet;
  }
  for (const sheet of sheets) if (!order.includes(sheet)) order.push(sheet);
  order.forEach((sheet, i) => (sheet.orderNo = i + 1));
}
