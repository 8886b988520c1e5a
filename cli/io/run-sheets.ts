/**
 * The sheets a run adds to a workbook (issues, reminders, report, merged-duplicates archive), told
 * apart from a user's sheets in either language: a rerun on a cleaned workbook must not count them
 * among the workbook's customer tables.
 */
import type ExcelJS from 'exceljs';
import { t, type Lang } from '../../shared';
import { say } from '../messages';
import { ISSUE_HEADER_KEYS } from './write-xlsx';
import { reminderHeaders } from './reminder-rows';
import { acrossHeaders } from './across-sheet';
import { toolBlock } from './archive-rows';
import { rowValues, startsWith } from './own-sheet';
import { isTypedOverSheet } from './typed-over-sheet';

const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export function isRunSheet(sheet: ExcelJS.Worksheet): boolean {
  return isTypedOverSheet(sheet) || LANGS.some(
    (lang) =>
      startsWith(sheet, ISSUE_HEADER_KEYS.map((k) => say(lang, k))) ||
      startsWith(sheet, reminderHeaders(lang)) ||
      startsWith(sheet, acrossHeaders(lang)) ||
      startsWith(sheet, [say(lang, 'cli.report.title')]) ||
      isArchive(sheet, lang),
  );
}

const ARCHIVE_TOOL_KEYS = ['dedupe.archive.sourceRow', 'dedupe.archive.survivorRow', 'dedupe.archive.group', 'dedupe.archive.reason'] as const;

/**
 * Our merged-duplicates archive: named 已合并重复, per tab 已合并重复（1月） / "Merged duplicates - West
 * region" (or "… (2)" beside a user's sheet of that name), and its first row holding the four columns
 * the tool adds after the table's own, as addArchiveSheet tells its own sheet from a user's.
 */
function isArchive(sheet: ExcelJS.Worksheet, lang: Lang): boolean {
  const base = t(lang, 'dedupe.sheet.archive');
  const [tabPrefix] = say(lang, 'cli.sheet.ofTab', { sheet: base, tab: '\u0000' }).split('\u0000');
  const name = sheet.name;
  const named = name === base || name.startsWith(tabPrefix) || (name.startsWith(base) && /^ \(\d+\)$/.test(name.slice(base.length)));
  if (!named) return false;
  const width = sheet.getRow(1).cellCount;
  const headers = rowValues(sheet, 1, width).map((v) => (v === null ? '' : String(v)));
  return toolBlock(headers, ARCHIVE_TOOL_KEYS.map((k) => t(lang, k))) >= 0;
}
