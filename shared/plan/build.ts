/**
 * The run: grid → table → cleaned values → validation → plan. Pure and deterministic: the same grid,
 * settings and `today` give the same plan. Formula and error cells are never planned for a write.
 */
import type { Grid } from '../table/grid';
import type { Table, Row } from '../table/table';
import { cellText, isFormula, sameCell, type Cell } from '../table/cell';
import { parseIso, type DateSystem } from '../table/civil-date';
import { FIELD_BY_ID, type FieldId } from '../schema/fields';
import type { Settings } from '../settings/types';
import { toTable } from '../table/from-grid';
import { cleanCell } from '../normalize';
import type { CleanContext } from '../normalize/types';
import { validateTable } from '../validate/validate';
import { t } from '../i18n';
import type { CellIssue, SheetProblem } from './issue';
import { analyze } from './analyze';
import type { Confidence } from '../dedupe/types';
import type { AddedColumn, CellEdit, ColumnMapping, Plan, PlanStats, RunOutcome } from './types';

export interface RunOptions {
  settings: Settings;
  /** The day the run is for, `YYYY-MM-DD`, in the sheet's time zone (the host decides it). */
  today: string;
  dateSystem?: DateSystem;
  /**
   * Confidences of the duplicate groups whose merge is accepted (the CLI's --merge: exact and
   * likely). Absent or empty: groups are proposed, nothing is merged (DESIGN.md, PITFALLS D3).
   */
  merge?: readonly Confidence[];
}

/** Everything later stages need besides the plan: the cleaned table and where each field lives. */
export interface CleanedSheet {
  table: Table;
  fieldCols: Partial<Record<FieldId, number>>;
}

export function fieldColumns(columns: readonly ColumnMapping[]): Partial<Record<FieldId, number>> {
  const out: Partial<Record<FieldId, number>> = {};
  for (const c of columns) if (c.field && out[c.field] === undefined) out[c.field] = c.col;
  return out;
}

export function run(grid: Grid, options: RunOptions): RunOutcome {
  const outcome = runDetailed(grid, options);
  return outcome.ok ? { ok: true, plan: outcome.plan } : outcome;
}

export function runDetailed(
  grid: Grid,
  { settings, today, dateSystem = '1900', merge }: RunOptions,
): { ok: true; plan: Plan; cleaned: CleanedSheet } | { ok: false; problem: SheetProblem } {
  const todayDate = parseIso(today);
  if (!todayDate) return { ok: false, problem: { code: 'run.badToday', severity: 'error', params: { value: today } } };

  const shaped = toTable(grid, settings);
  if (!shaped.ok) return shaped;
  const { table, columns } = shaped;
  const fieldCols = fieldColumns(columns);
  const skip = new Set<FieldId>(settings.normalize.skipFields);
  const disabled = new Set(settings.validation.disabledRules);

  const edits: CellEdit[] = [];
  const issues: CellIssue[] = [];
  const cleanedRows: Row[] = new Array(table.rows.length);
  const cleaning = columns
    .filter((c): c is ColumnMapping & { field: FieldId } => c.field !== null && !skip.has(c.field))
    .map((c) => ({ col: c.col, field: c.field, ctx: { field: FIELD_BY_ID[c.field], settings, today: todayDate, dateSystem } as CleanContext }));

  table.rows.forEach((row, r) => {
    let cells: Cell[] | null = null;
    for (const { col, field, ctx } of cleaning) {
      const before = row.cells[col];
      if (isFormula(before) || before.kind === 'error' || before.kind === 'empty') continue;
      const result = cleanCell(before, ctx);
      for (const f of result.findings) {
        if (disabled.has(f.code)) continue;
        issues.push({ ...f, rule: f.code, sheetRow: row.sheetRow, col, field });
      }
      if (result.cell !== before && !sameCell(result.cell, before)) {
        const edit: CellEdit = { sheetRow: row.sheetRow, col, field, before, after: result.cell, reason: result.reason ?? 'fix.generic' };
        if (cellText(before) === cellText(result.cell)) edit.retype = true;
        edits.push(edit);
        (cells ??= row.cells.slice())[col] = result.cell;
      }
    }
    cleanedRows[r] = cells ? { sheetRow: row.sheetRow, cells } : row;
  });

  const cleanedTable: Table = { ...table, rows: cleanedRows };
  const validation = validateTable(cleanedTable, fieldCols, settings, todayDate);
  issues.push(...validation.issues);
  issues.sort((a, b) => a.sheetRow - b.sheetRow || a.col - b.col);

  const analysis = analyze({ original: table, cleaned: cleanedTable, fieldCols, issues, settings, today: todayDate, merge });
  const language = settings.language;
  const plan: Plan = {
    language,
    sheetName: table.sheetName,
    headerRow: table.headerRow,
    firstCol: table.firstCol,
    columns,
    rows: table.rows.map((r) => r.sheetRow),
    edits,
    issues,
    addedColumns: [issueColumn(cleanedTable, issues, settings), ...analysis.addedColumns],
    problems: [...shaped.problems, ...validation.problems],
    stats: stats(table, columns, edits, issues),
    duplicates: analysis.duplicates,
    merge: analysis.merge,
    classification: analysis.classification,
    reminders: analysis.reminders,
    report: analysis.report,
  };
  return { ok: true, plan, cleaned: { table: cleanedTable, fieldCols } };
}

/** One added column that lists each row's issues in words, so they survive outside the add-in. */
function issueColumn(table: Table, issues: CellIssue[], settings: Settings): AddedColumn {
  const lang = settings.language;
  const byRow = new Map<number, string[]>();
  for (const issue of issues) {
    const list = byRow.get(issue.sheetRow) ?? [];
    list.push(t(lang, issue.code, issue.params));
    byRow.set(issue.sheetRow, list);
  }
  return {
    id: 'issues',
    header: t(lang, 'column.issues'),
    write: 'text',
    values: table.rows.map((r) => {
      const list = byRow.get(r.sheetRow);
      return list ? { kind: 'text', value: list.join(lang === 'zh-CN' ? '；' : '; ') } : { kind: 'empty' };
    }),
  };
}

function stats(table: Table, columns: ColumnMapping[], edits: CellEdit[], issues: CellIssue[]): PlanStats {
  const changesByReason: Record<string, number> = {};
  let cellsRetyped = 0;
  for (const e of edits) {
    if (e.retype) cellsRetyped++;
    else changesByReason[e.reason] = (changesByReason[e.reason] ?? 0) + 1;
  }
  const issuesByCode: Record<string, number> = {};
  const issuesBySeverity = { error: 0, warning: 0, info: 0 };
  for (const i of issues) {
    issuesByCode[i.code] = (issuesByCode[i.code] ?? 0) + 1;
    issuesBySeverity[i.severity]++;
  }
  return {
    rows: table.rows.length,
    columns: columns.length,
    fieldsFound: columns.filter((c) => c.field !== null).length,
    cellsChanged: edits.length - cellsRetyped,
    cellsRetyped,
    changesByReason,
    issuesByCode,
    issuesBySeverity,
  };
}
