/**
 * The files next to a CSV output, which has no room for more sheets: `<base>.archive.csv` (the
 * rows a merge moved out, with all their original values and the row they were merged into) and
 * `<base>.reminders.csv`, with the same CSV safety as the main file (BOM, formula neutralisation), and
 * `<base>.columns.csv`, the headers of the run's rule columns for the next run (own-columns.ts).
 * An archive from an earlier run is appended to, never overwritten (PITFALLS D2).
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isFormula, lostDigitCells, runColumns, runTitles, t, toRecord, type Cell, type Grid, type Lang, type Plan, type Settings } from '../../shared';
import { LANGS } from '../../shared/i18n/define';
import { toTable } from '../../shared/table/from-grid';
import { CliError } from '../errors';
import { say } from '../messages';
import { alignColumns, ARCHIVE_BLOCK, ARCHIVE_TOOL_KEYS, archiveCells, archiveTable, reasonWithKeptRow, toolBlock, type ArchiveLine, type ArchiveTable } from './archive-rows';
import { markAt, readCsvFile, type TextMarks } from './read-csv';
import { FILE_HEAD, readOwnColumnsFile } from './own-columns';
import { reminderHeaders, reminderRows } from './reminder-rows';
import { rowMap, type RowMap } from './row-map';
import { csvText, keepTextMarks, markedAgain, unparseCells, type CsvDelimiter, type CsvTextMark } from './write-csv';
import { typedOverHeaders } from './typed-over-rows';
import { stageText, writeFileAtomic, type StagedFile } from './write-file';
import { lostDigitsCsvCell, lostDigitsInArchiveLine } from './lost-digits-csv';

export const COMPANION_KINDS = ['archive', 'reminders', 'columns', 'typed'] as const;
export type CompanionKind = (typeof COMPANION_KINDS)[number];

/** `out/clean.csv` → `out/clean.archive.csv`: the same folder and base name, whatever the path style. */
export function companionPath(out: string, kind: CompanionKind): string {
  const ext = path.extname(out);
  return `${ext ? out.slice(0, -ext.length) : out}.${kind}.csv`;
}

const textCell = (value: string): Cell => (value === '' ? { kind: 'empty' } : { kind: 'text', value });

/** What `writeCsvCompanions` did: the kinds written with this run's rows, and those it emptied. */
export interface CompanionsWritten {
  written: CompanionKind[];
  /** Our reminders file from an earlier run, now its header only: this run has none due. */
  emptied: CompanionKind[];
  /** The input rows of this run's archive lines the archive already held from the same merge run before, not added again. */
  alreadyArchived: number[];
}

/**
 * Writes the companions there is something for. `out` is opened, `shown` is how the user wrote it
 * (for messages). The archive is only ever added to; a reminders file an earlier run left is
 * emptied when this run has no reminder, or last week's list would sit next to this week's sheet.
 * With `staged`, the files are only made and added to it, for the caller to move in with the cleaned
 * file (write-file.ts commitStaged): a run whose cleaned file cannot be written leaves them as they were.
 */
export async function writeCsvCompanions(out: string, plan: Plan, lang: Lang, shown: string = out, newMode?: number, staged?: StagedFile[], typed: readonly string[][] = [], delimiter: CsvDelimiter = ',', marks: TextMarks = new Map(), mark: CsvTextMark = 'excel'): Promise<CompanionsWritten> {
  const put = async (file: string, text: string) => (staged ? staged.push(await stageText(file, text, newMode)) : writeFileAtomic(file, text, newMode));
  const rows = rowMap(plan);
  const done: CompanionsWritten = { written: [], emptied: [], alreadyArchived: [] };
  const reminders = reminderRows(plan, lang, rows);
  const remindersFile = companionPath(out, 'reminders');
  const earlierReminders = await readEarlier(remindersFile);
  // Checked before the archive is written: a refusal leaves every file as it was.
  if (reminders.length > 0 && earlierReminders !== null && !isOurReminders(earlierReminders)) {
    throw new CliError('cli.remindersNotOurs', { path: companionPath(shown, 'reminders') });
  }
  await refuseUsersColumnsFile(out, plan, shown);
  const typedTable = typed.length > 0 ? await typedList(out, typed, lang, shown) : undefined;
  const archive = archiveTable(plan, lang, rows);
  if (archive) {
    const file = companionPath(out, 'archive');
    const earlierFile = await readEarlierFile(file);
    const earlier = earlierFile?.cells ?? null;
    const lost = lostDigitCells(plan.issues);
    const lines = archive.lines.map((line) => lostDigitsInArchiveLine(archiveCells(line, reasonWithFormulas(line, archive.headers, lang)), line.sourceRow, archive.tableCols, lost));
    // Written with the input's text marks ('02134), as the cleaned file is: lines are matched without them.
    // Written for re-import (output.csvTextMark "none"), no mark is written back, as in the cleaned file.
    const marked = lines.map((cells, i) => withInputMarks(cells, archive.lines[i].sourceRow, archive.tableCols, plan.firstCol, mark === 'none' ? new Map() : marks));
    const { table, held } = earlier === null
      ? { table: [archive.headers.map(textCell), ...marked], held: new Map<number, Cell[]>() }
      : appended(earlier, archive, lines, companionPath(shown, 'archive'), rows, marked, mark === 'none' ? undefined : earlierFile?.marks);
    done.alreadyArchived = [...held.keys()].map((i) => archive.lines[i].sourceRow);
    // Every line held from the same merge run before: the archive is left as it was, and not said written.
    if (held.size < lines.length) {
      await put(file, unparseCells(table, delimiter, mark));
      done.written.push('archive');
    }
  }
  await writeColumnsRecord(out, plan, put, done);
  if (typedTable) {
    await put(companionPath(out, 'typed'), unparseCells(typedTable, delimiter, mark));
    done.written.push('typed');
  }
  const header = reminderHeaders(lang).map(textCell);
  if (reminders.length > 0) {
    await put(remindersFile, unparseCells([header, ...reminders], delimiter, mark));
    done.written.push('reminders');
  } else if (isOurReminders(earlierReminders)) {
    await put(remindersFile, unparseCells([header], delimiter, mark));
    done.emptied.push('reminders');
  }
  return done;
}

/**
 * The rows of `grid` whose lines the CSV archive beside `out` holds from an earlier run of the same
 * merge, read before the plan is made, so the plan's merged-values notes cite each by the day its line
 * names (null: a line from before the day column), where the user finds it: this run adds no line
 * for them. A line is the row's when it came from the same input row with the same cells in this
 * table's columns (its kept row and group the plan has yet to choose; writeCsvCompanions matches
 * them too when it leaves the held lines out). No archive, or one not ours, holds none.
 */
export async function archivedDays(out: string, grid: Grid, settings: Settings): Promise<Map<number, string | null>> {
  const days = new Map<number, string | null>();
  const earlier = await readEarlier(companionPath(out, 'archive')).catch(() => null);
  if (earlier === null || earlier.length < 2) return days;
  const shaped = toTable(grid, settings);
  if (!shaped.ok) return days;
  const { table } = shaped;
  const run = runColumns(table.headers, runTitles(settings.classify.custom, grid.ownColumns));
  const users = table.headers.flatMap((_, col) => (run.has(col) ? [] : [col]));
  const lang = settings.language;
  const tool = ARCHIVE_TOOL_KEYS.map((key) => t(lang, key));
  const headers = earlier[0].map((c) => (c.kind === 'text' ? c.value : ''));
  if (toolBlock(headers, tool) < 0) return days;
  const wanted = [...users.map((col) => String(table.headers[col] ?? '')), ...tool];
  const { cols } = alignColumns(headers, wanted, users.length);
  const at = (row: Cell[], k: number) => row[cols[k] - 1];
  const byRow = new Map(table.rows.map((r) => [r.sheetRow, r]));
  for (const line of earlier.slice(1)) {
    const source = at(line, users.length);
    const from = source === undefined ? '' : csvText(source).trim();
    if (!/^[1-9]\d{0,8}$/.test(from)) continue;
    const row = byRow.get(Number(from));
    if (!row || days.has(row.sheetRow)) continue;
    const same = users.every((col, k) => archivedAs(at(line, k) ?? { kind: 'empty' }, row.cells[col] ?? { kind: 'empty' }));
    if (same) days.set(row.sheetRow, dayOf(at(line, users.length + MERGED_ON_AT)));
  }
  return days;
}

/**
 * Whether an earlier archive line's cell is `cell` as the archive wrote it: its CSV text, or, for a
 * number whose digits were lost, the exponent text it was written as (lost-digits-csv.ts).
 */
/** The smallest number whose digits a run flags as lost: a phone of 9 digits (lost-digits.ts looksRoundedPhone). */
const LOST_DIGITS_FROM = 1e8;

function archivedAs(archived: Cell, cell: Cell): boolean {
  const text = csvText(archived);
  return text === csvText(cell) || (cell.kind === 'number' && Math.abs(cell.value) >= LOST_DIGITS_FROM && text === csvText(lostDigitsCsvCell(cell)));
}

/**
 * A `<base>.columns.csv` of the user's (his notes on the columns: its first line not our head), which
 * this run would write its record over: refused before anything is written, as a reminders file of his is.
 */
async function refuseUsersColumnsFile(out: string, plan: Plan, shown: string): Promise<void> {
  if (toRecord(plan).length === 0) return;
  const file = companionPath(out, 'columns');
  const bytes = await fs.readFile(file).catch(() => undefined);
  if (bytes !== undefined && readOwnColumnsFile(bytes, path.basename(file)) === undefined) {
    throw new CliError('cli.columnsNotOurs', { path: companionPath(shown, 'columns'), head: FILE_HEAD });
  }
}

/**
 * `<base>.typed.csv`: what the user typed into the run's own columns, which a CSV cell has no note to
 * keep (typed-over-rows.ts), this run's lines below an earlier run's: never written over. A file of
 * that name that is not ours is refused before anything is written, as a reminders file of his is.
 */
async function typedList(out: string, lines: readonly string[][], lang: Lang, shown: string): Promise<Cell[][]> {
  const earlier = await readEarlier(companionPath(out, 'typed'));
  const rows = lines.map((line) => line.map(textCell));
  if (earlier === null) return [typedOverHeaders(lang).map(textCell), ...rows];
  const first = (earlier[0] ?? []).map((c) => (c.kind === 'text' ? c.value : ''));
  const ours = LANGS.some((l) => typedOverHeaders(l).every((h, i) => first[i] === h));
  if (!ours) throw new CliError('cli.typedOverNotOurs', { path: companionPath(shown, 'typed'), head: typedOverHeaders(lang).join(',') });
  return [...earlier, ...rows];
}

/**
 * `<base>.columns.csv`: the run's rule columns (大区) for the next run, which may be given no settings
 * file. Written when there are some, and, when an earlier run's file of ours is there, rewritten even
 * with none (the column gone from the sheet), so it never names a column this sheet no longer has.
 */
async function writeColumnsRecord(out: string, plan: Plan, put: (file: string, text: string) => Promise<unknown>, done: CompanionsWritten): Promise<void> {
  const headers = toRecord(plan);
  const file = companionPath(out, 'columns');
  if (headers.length === 0) {
    const bytes = await fs.readFile(file).catch(() => undefined);
    if (bytes === undefined || readOwnColumnsFile(bytes, path.basename(file)) === undefined) return;
  }
  await put(file, unparseCells([FILE_HEAD, ...headers].map((h) => [textCell(h)])));
  done.written.push('columns');
}

/**
 * A merged-away row's formula cell goes to the CSV archive as its value (what the sheet showed, what a
 * sum over the archive adds up); a CSV has no note to keep the formula in, as the sheet's archive does,
 * so the line's reason names it (累计消费金额：原行中的公式：=59134+2000), written as text: nothing of it is lost.
 */
function reasonWithFormulas(line: ArchiveLine, headers: readonly string[], lang: Lang): string {
  const formulas = line.cells.flatMap((cell, c) => (isFormula(cell) ? [say(lang, 'cli.archive.formulaIn', { column: headers[c] ?? '', formula: cell.formula! })] : []));
  return [line.reason, ...formulas].join(t(lang, 'dedupe.note.separator'));
}

/** Our reminders list in either language, recognised by its header; a user's file of that name is not. */
function isOurReminders(earlier: Cell[][] | null): boolean {
  if (earlier === null || earlier.length === 0) return false;
  const first = earlier[0].map((c) => (c.kind === 'text' ? c.value : ''));
  return LANGS.some((lang) => reminderHeaders(lang).every((h, i) => first[i] === h));
}

/**
 * An archive line's cells with the text marks the input gave its row ('02134, ="01002"): `cells` are
 * the archive's columns, the first of them the table columns `tableCols` (the grid's from `firstCol`).
 */
function withInputMarks(cells: Cell[], sourceRow: number, tableCols: readonly number[], firstCol: number, marks: TextMarks): Cell[] {
  if (marks.size === 0) return cells;
  return cells.map((cell, k) => {
    const mark = k < tableCols.length ? marks.get(markAt(sourceRow, firstCol + tableCols[k])) : undefined;
    return (mark && markedAgain(cell, mark)) || cell;
  });
}

/** An earlier companion file's rows and the text marks its cells had (read-csv.ts), or null as readEarlier. */
async function readEarlierFile(file: string): Promise<{ cells: Cell[][]; marks: TextMarks } | null> {
  const bytes = await earlierBytes(file);
  if (bytes === null) return null;
  try {
    const { grid, marks } = readCsvFile(bytes, path.basename(file));
    return { cells: grid.cells, marks };
  } catch {
    // A file that cannot be read as CSV is not ours to rewrite; the header check refuses it.
    return { cells: [], marks: new Map() };
  }
}

async function earlierBytes(file: string): Promise<Uint8Array | null> {
  try {
    const bytes = await fs.readFile(file);
    return bytes.length === 0 ? null : bytes;
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return null;
    throw err;
  }
}

/** The rows of an earlier companion file, or null when there is none (or it is empty: nothing in it to lose). */
async function readEarlier(file: string): Promise<Cell[][] | null> {
  return (await readEarlierFile(file))?.cells ?? null;
}

/**
 * The earlier archive with this run's lines below it, columns lined up by header as the xlsx
 * archive does (a rerun on a cleaned file has more columns: they are added at the right). A file
 * without the tool's four columns is someone else's: refused, since rewriting it would lose it.
 */
function appended(earlier: Cell[][], archive: ArchiveTable, lines: Cell[][], shown: string, rows: RowMap, written: Cell[][] = lines, earlierMarks: TextMarks = new Map()): { table: Cell[][]; held: Map<number, Cell[]> } {
  const headers = (earlier[0] ?? []).map((c) => (c.kind === 'text' ? c.value : ''));
  const tool = archive.headers.slice(archive.tableWidth);
  // Known by its first four columns (an archive from before the day column lacks it): those are named.
  if (toolBlock(headers, tool) < 0) throw new CliError('cli.archiveNotOurs', { path: shown, columns: tool.slice(0, ARCHIVE_BLOCK).join(', ') });
  const { cols, added } = alignColumns(headers, archive.headers, archive.tableWidth);
  const width = headers.length + added.length;
  const pad = (row: Cell[]): Cell[] => [...row, ...Array.from({ length: Math.max(0, width - row.length) }, (): Cell => ({ kind: 'empty' }))];
  const header = pad(earlier[0]);
  for (const { col, header: text } of added) header[col - 1] = textCell(text);
  const held = alreadyArchived(earlier.slice(1), lines, cols.slice(0, archive.tableWidth + SAME_MERGE_TOOL_COLUMNS));
  const placed = written.filter((_, i) => !held.has(i)).map((line) => {
    const row = pad([]);
    line.forEach((cell, i) => (row[cols[i] - 1] = cell));
    return row;
  });
  // The earlier lines are written again with the marks they were read with (their '02134 stays marked).
  const remarked = earlier.map((row) => [...row]);
  keepTextMarks(remarked, earlierMarks);
  const before = remarked.slice(1).map(pad);
  // The earlier lines point at rows of the cleaned file they were written beside, which the user merges
  // again as this run's input: their kept rows move as this merge moves the rows. Not when this run
  // meets its own lines (the same input merged again): its rows are those the lines were written from.
  if (held.size === 0) for (const row of before) moveKeptRow(row, cols[archive.tableWidth + 1] - 1, cols[archive.tableWidth + 3] - 1, rows);
  return { table: [header, ...before, ...placed], held };
}

/** An earlier line's kept row where this run's row map sends it, and its reason naming the same row (archive-sheet.ts does the same in a sheet). */
function moveKeptRow(row: Cell[], survivorAt: number, reasonAt: number, rows: RowMap): void {
  const shown = row[survivorAt] === undefined ? '' : csvText(row[survivorAt]).trim();
  if (!/^[1-9]\d{0,8}$/.test(shown)) return;
  const from = Number(shown);
  const to = rows.target(from);
  if (to === from) return;
  row[survivorAt] = { kind: 'number', value: to };
  const reason = row[reasonAt];
  if (reason?.kind === 'text') row[reasonAt] = { kind: 'text', value: reasonWithKeptRow(reason.value, from, to) };
}

/**
 * Of the tool's columns, those that tell one merge from another: 原行号, 保留行 and 重复组 (not the
 * reason, the same words for every merge into that row).
 */
const SAME_MERGE_TOOL_COLUMNS = 3;

/** Where 合并日期 stands among the tool's columns (after 原行号, 保留行, 重复组, 原因). */
const MERGED_ON_AT = 4;

/** The day a 合并日期 cell names (2026-12-02 12:00:00, 2026-12-02), or null. */
function dayOf(cell: Cell | undefined): string | null {
  const text = cell === undefined ? '' : csvText(cell).trim();
  return /^\d{4}-\d{2}-\d{2}(?!\d)/.exec(text)?.[0] ?? null;
}

/**
 * The indexes of this run's lines the archive already holds from the same merge run again: the same cells
 * in the table's columns (the row as the input has it), from the same input row, merged into the same
 * kept row and group. The three files are moved in together (write-file.ts), so only the identical
 * merge run twice meets its own lines; a duplicate typed in later and merged by a later run has another
 * row number or group and is archived, even with the same cells as one archived before. Each archived
 * row stands for one line only. The caller says how many were not added (the summary notes it).
 */
function alreadyArchived(archived: Cell[][], lines: Cell[][], cols: readonly number[]): Map<number, Cell[]> {
  const keyOf = (cells: (Cell | undefined)[]) => JSON.stringify(cells.map((c) => (c === undefined ? '' : csvText(c))));
  const held = new Map<string, Cell[][]>();
  for (const row of archived) {
    const key = keyOf(cols.map((col) => row[col - 1]));
    const same = held.get(key);
    if (same) same.push(row);
    else held.set(key, [row]);
  }
  // Each of this run's lines the archive holds, with the earlier line that holds it.
  const found = new Map<number, Cell[]>();
  lines.forEach((line, i) => {
    const same = held.get(keyOf(line.slice(0, cols.length)));
    const row = same?.shift();
    if (row) found.set(i, row);
  });
  return found;
}
