/** The short summary the command line prints when a run is done: rows, fields, fixes, issues, files. */
import type { CellEdit, Lang, Plan } from '../shared';
import { NOTE_LIMIT } from './io/write-xlsx';
import { say } from './messages';

export interface SummaryInput {
  plan: Plan;
  lang: Lang;
  /** The input file as the user named it. */
  input: string;
  output: string;
  json?: string;
  /** Planned edits refused because the cell holds a formula. */
  skipped?: readonly CellEdit[];
  /** Highlighted cells written without a note (too many notes for one workbook). */
  notesOmitted?: number;
  /** Text values of a CSV output that a spreadsheet would mangle on opening it. */
  csvLossy?: number;
}

/** The most frequent issue codes shown; the JSON report and the issues sheet have all of them. */
const MAX_KINDS = 8;

export function summaryText({ plan, lang, input, output, json, skipped = [], notesOmitted = 0, csvLossy = 0 }: SummaryInput): string {
  const { stats } = plan;
  const lines = [
    say(lang, 'cli.summary.title', { input, sheet: plan.sheetName, headerRow: plan.headerRow }),
    say(lang, 'cli.summary.rows', { rows: stats.rows, fields: stats.fieldsFound, columns: stats.columns }),
    say(lang, 'cli.summary.changed', { count: stats.cellsChanged }),
  ];
  if (stats.cellsRetyped > 0) lines.push(say(lang, 'cli.summary.retyped', { count: stats.cellsRetyped }));
  lines.push(say(lang, 'cli.summary.issues', stats.issuesBySeverity));
  const kinds = Object.entries(stats.issuesByCode).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [kind, count] of kinds.slice(0, MAX_KINDS)) lines.push(say(lang, 'cli.summary.kind', { kind, count }));
  if (kinds.length > MAX_KINDS) lines.push('  …');
  for (const p of plan.problems) lines.push(say(lang, 'cli.summary.problem', { message: say(lang, p.code, p.params) }));
  if (skipped.length > 0) lines.push(say(lang, 'cli.summary.skipped', { count: skipped.length }));
  if (notesOmitted > 0) lines.push(say(lang, 'cli.summary.notesOmitted', { count: notesOmitted, limit: NOTE_LIMIT }));
  if (csvLossy > 0) lines.push(say(lang, 'cli.summary.csvLossy', { count: csvLossy }));
  lines.push(say(lang, 'cli.summary.output', { path: output }));
  if (json) lines.push(say(lang, 'cli.summary.json', { path: json }));
  return lines.join('\n') + '\n';
}
