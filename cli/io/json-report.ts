/**
 * The machine-readable report (`--json`): version 1, documented in README "Command line". Every data
 * row is listed, clean or not, with its row number in the input sheet, so scripts can join back.
 * Later versions add `group` per row and `groups`, `reminders`, `report` at the top level; consumers
 * must ignore keys they do not know.
 */
import { cellText, columnLetter, type Cell, type CellEdit, type CellIssue, type FieldId, type Lang, type Plan, type Severity } from '../../shared';
import { say } from '../messages';
import { writeFileAtomic } from './write-file';

export interface JsonReportColumn {
  /** 1-based sheet column. */
  col: number;
  letter: string;
  header: string;
  field: FieldId | null;
  confidence: number;
}

export interface JsonReportIssue {
  /** Column letter, or null for an issue about the whole row (e.g. a required column is missing). */
  column: string | null;
  header: string | null;
  field: FieldId;
  code: string;
  severity: Severity;
  message: string;
  suggestion?: string;
}

export interface JsonReportChange {
  column: string;
  header: string;
  field: FieldId;
  /** The value as a person sees it (numbers in plain decimal, dates as ISO); null when empty. */
  before: string | null;
  after: string | null;
  /** Message code of the fix (`fix.phone`, …); `message` is the same in words. */
  reason: string;
  message: string;
  /** Present and true when only the type changed (text that became the date or number it showed). */
  retype?: true;
}

export interface JsonReportRow {
  /** 1-based row number in the input sheet. */
  row: number;
  issues: JsonReportIssue[];
  changes: JsonReportChange[];
}

export interface JsonReport {
  version: 1;
  tool: 'sheet-keeper';
  input: string;
  sheet: string;
  headerRow: number;
  today: string;
  language: Lang;
  /** Where the cleaned file was written (null when none was). */
  output: string | null;
  columns: JsonReportColumn[];
  summary: {
    rows: number;
    fieldsFound: number;
    cellsChanged: number;
    cellsRetyped: number;
    changesByReason: Record<string, number>;
    issuesByCode: Record<string, number>;
    issuesBySeverity: Record<Severity, number>;
  };
  problems: { code: string; severity: Severity; message: string }[];
  rows: JsonReportRow[];
}

export interface JsonReportInput {
  plan: Plan;
  input: string;
  output: string | null;
  today: string;
  lang: Lang;
}

export function jsonReport({ plan, input, output, today, lang }: JsonReportInput): JsonReport {
  const letter = (col: number) => columnLetter(plan.firstCol + col);
  const header = (col: number) => plan.columns[col]?.header ?? '';
  const byRow = new Map<number, JsonReportRow>();
  const rows = plan.rows.map((row) => {
    const entry: JsonReportRow = { row, issues: [], changes: [] };
    byRow.set(row, entry);
    return entry;
  });
  const rowOf = (sheetRow: number): JsonReportRow => {
    let entry = byRow.get(sheetRow);
    if (!entry) {
      // A finding on a row the plan does not list (should not happen): keep it rather than lose it.
      entry = { row: sheetRow, issues: [], changes: [] };
      byRow.set(sheetRow, entry);
      rows.push(entry);
    }
    return entry;
  };
  for (const issue of plan.issues) rowOf(issue.sheetRow).issues.push(issueEntry(issue, lang, letter, header));
  for (const edit of plan.edits) rowOf(edit.sheetRow).changes.push(changeEntry(edit, lang, letter, header));
  rows.sort((a, b) => a.row - b.row);

  const { stats } = plan;
  return {
    version: 1,
    tool: 'sheet-keeper',
    input,
    sheet: plan.sheetName,
    headerRow: plan.headerRow,
    today,
    language: lang,
    output,
    columns: plan.columns.map((c) => ({
      col: plan.firstCol + c.col,
      letter: letter(c.col),
      header: c.header,
      field: c.field,
      confidence: c.confidence,
    })),
    summary: {
      rows: stats.rows,
      fieldsFound: stats.fieldsFound,
      cellsChanged: stats.cellsChanged,
      cellsRetyped: stats.cellsRetyped,
      changesByReason: stats.changesByReason,
      issuesByCode: stats.issuesByCode,
      issuesBySeverity: stats.issuesBySeverity,
    },
    problems: plan.problems.map((p) => ({ code: p.code, severity: p.severity, message: say(lang, p.code, p.params) })),
    rows,
  };
}

function issueEntry(issue: CellIssue, lang: Lang, letter: (c: number) => string, header: (c: number) => string): JsonReportIssue {
  const onCell = issue.col >= 0;
  const entry: JsonReportIssue = {
    column: onCell ? letter(issue.col) : null,
    header: onCell ? header(issue.col) : null,
    field: issue.field,
    code: issue.code,
    severity: issue.severity,
    message: say(lang, issue.code, issue.params),
  };
  if (issue.suggestion !== undefined) entry.suggestion = issue.suggestion;
  return entry;
}

function changeEntry(edit: CellEdit, lang: Lang, letter: (c: number) => string, header: (c: number) => string): JsonReportChange {
  const entry: JsonReportChange = {
    column: letter(edit.col),
    header: header(edit.col),
    field: edit.field,
    before: shown(edit.before),
    after: shown(edit.after),
    reason: edit.reason,
    message: say(lang, edit.reason),
  };
  if (edit.retype) entry.retype = true;
  return entry;
}

function shown(cell: Cell): string | null {
  return cell.kind === 'empty' ? null : cellText(cell);
}

export async function writeJsonReport(path: string, report: JsonReport): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(report, null, 2) + '\n');
}
