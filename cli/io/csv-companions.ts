/**
 * The files next to a CSV output, which has no room for more sheets: `<base>.archive.csv` (the
 * rows a merge moved out, with all their original values and the row they were merged into) and
 * `<base>.reminders.csv`, each written only when there is something in it, with the same CSV
 * safety as the main file (BOM, formula neutralisation).
 */
import * as path from 'node:path';
import type { Lang, Plan } from '../../shared';
import { archiveCells, archiveTable } from './archive-rows';
import { reminderHeaders, reminderRows } from './reminder-rows';
import { rowMap } from './row-map';
import { unparseCells } from './write-csv';
import { writeFileAtomic } from './write-file';

export const COMPANION_KINDS = ['archive', 'reminders'] as const;
export type CompanionKind = (typeof COMPANION_KINDS)[number];

/** `out/clean.csv` → `out/clean.archive.csv`: the same folder and base name, whatever the path style. */
export function companionPath(out: string, kind: CompanionKind): string {
  const ext = path.extname(out);
  return `${ext ? out.slice(0, -ext.length) : out}.${kind}.csv`;
}

/** Writes the companions there is something for; returns the kinds written. */
export async function writeCsvCompanions(out: string, plan: Plan, lang: Lang): Promise<CompanionKind[]> {
  const rows = rowMap(plan);
  const written: CompanionKind[] = [];
  const archive = archiveTable(plan, lang, rows);
  if (archive) {
    const text = unparseCells([archive.headers.map((value) => ({ kind: 'text', value })), ...archive.lines.map(archiveCells)]);
    await writeFileAtomic(companionPath(out, 'archive'), text);
    written.push('archive');
  }
  const reminders = reminderRows(plan, lang, rows);
  if (reminders.length > 0) {
    await writeFileAtomic(companionPath(out, 'reminders'), unparseCells([reminderHeaders(lang).map((value) => ({ kind: 'text', value })), ...reminders]));
    written.push('reminders');
  }
  return written;
}
