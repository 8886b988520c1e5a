/**
 * The "跨表重复" / "Across sheets" sheet: the customers found in more than one of the workbook's
 * customer sheets (one tab per sales rep), a row per row of each group, with its sheet, row, name,
 * the row's own owner (its 负责人 cell, else the rep its tab stands for) and the reasons, the 撞单
 * among them; a "none found" line when there are none. A rerun replaces its own sheet,
 * never a user's. Row numbers of the cleaned sheet are those of the output (after a merge).
 */
import type ExcelJS from 'exceljs';
import { ownerConflictTexts, possibleOwnerConflictTexts, reasonTexts, t, type AcrossSheetsResult, type Cell, type DateSystem, type Lang, type Plan } from '../../shared';
import { say } from '../messages';
import { capCellText } from './cell-cap';
import type { RowMap } from './row-map';
import type { Restyle } from './xlsx-values';
import { addTableSheet } from './table-sheet';
import { keyPart, type TypedOutcome } from './typed-cells';

export const ACROSS_HEADER_KEYS = [
  'cli.across.group', 'cli.across.sheet', 'cli.across.row', 'cli.across.customer', 'cli.across.owners', 'cli.across.reasons',
] as const;

export function acrossHeaders(lang: Lang): string[] {
  return ACROSS_HEADER_KEYS.map((k) => say(lang, k));
}

const WIDTHS = [16, 16, 8, 16, 40, 60];
/** Everything but the row number is text: a name or a sheet's name is never a number or a formula. */
const TEXT_COLUMNS = new Set([0, 1, 3, 4, 5]);

/** One row of cells per row of each group. */
export function acrossRows(across: AcrossSheetsResult, plan: Plan, lang: Lang, rows: RowMap): Cell[][] {
  const text = (value: string): Cell => (value === '' ? { kind: 'empty' } : { kind: 'text', value: capCellText(value) });
  const sep = lang === 'zh-CN' ? '；' : '; ';
  return across.groups.flatMap((g) => {
    // The 撞单 (or a possible one: one name and phone, two birthdays, two reps, said as the sheet's
    // 重复依据 says it) and whom the owner rule gives the customer are why the line is here: with the
    // reasons. The owner column is each line's own, as its sheet names him.
    const reasons = [
      ...reasonTexts(lang, g.reasons), ...ownerConflictTexts(lang, g.owners, g.claim, g.future), ...possibleOwnerConflictTexts(lang, g.possibleOwners),
    ].join(sep);
    const label = `${g.id} · ${t(lang, `dedupe.confidence.${g.confidence}`)}`;
    return g.rows.map((r): Cell[] => {
      const own = r.sheet === plan.sheetName;
      // A copy this merge archived is shown by the row it went into: its line says so, or the reader
      // sees that row twice in the group and cannot tell which line is the copy now in the archive.
      const merged = own && rows.removed.has(r.row) ? say(lang, 'cli.across.mergedInto', { row: r.row, into: rows.target(r.row) }) : '';
      return [
        text(label),
        text(r.sheet),
        // The cleaned sheet's rows may have moved up in a merge; the other sheets are as they were.
        { kind: 'number', value: own ? rows.target(r.row) : r.row },
        text(r.customer),
        text(r.owner ?? ''),
        text(merged === '' ? reasons : merged + sep + reasons),
      ];
    });
  });
}

/** A line is recognised on the next run by its sheet, row and customer, then by sheet and customer (typed-cells.ts). */
function acrossKeys(own: readonly unknown[]): string[] {
  const [, sheet, row, customer] = own.slice(0, 4).map(keyPart);
  if (sheet === '') return [];
  return [[sheet, row, customer].join('\u0000'), [sheet, customer].join('\u0000')];
}

export function addAcrossSheet(workbook: ExcelJS.Workbook, cleaned: ExcelJS.Worksheet, across: AcrossSheetsResult, plan: Plan, lang: Lang, dateSystem: DateSystem, rows: RowMap, restyle: Restyle, log?: TypedOutcome[]): string {
  return addTableSheet(workbook, cleaned, say(lang, 'cli.across.sheet.name'), {
    headers: acrossHeaders(lang),
    widths: WIDTHS,
    textColumns: TEXT_COLUMNS,
    rows: () => acrossRows(across, plan, lang, rows),
    groupSizes: across.groups.map((g) => g.rows.length),
    none: say(lang, 'cli.across.none'),
    keys: acrossKeys,
    // The rows of the input, as an earlier run's sheet names them.
    lines: () => across.groups.flatMap((g) => g.rows.map((r) => [null, r.sheet, r.row, capCellText(r.customer)])),
  }, dateSystem, restyle, lang, log);
}
