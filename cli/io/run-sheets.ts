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
import { startsWith } from './own-sheet';

const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export function isRunSheet(sheet: ExcelJS.Worksheet): boolean {
  return LANGS.some(
    (lang) =>
      startsWith(sheet, ISSUE_HEADER_KEYS.map((k) => say(lang, k))) ||
      startsWith(sheet, reminderHeaders(lang)) ||
      startsWith(sheet, acrossHeaders(lang)) ||
      startsWith(sheet, [say(lang, 'cli.report.title')]) ||
      sheet.name === t(lang, 'dedupe.sheet.archive'),
  );
}
