/**
 * The record every host keeps of the columns a run added under the user's rule titles (大区), handed
 * back as the next run's Grid.ownColumns: its layout and reading are one for the CLI, the Excel add-in
 * and Apps Script. A sheet named OWN_COLUMNS_SHEET (very hidden where the host can: Excel; hidden in
 * Google Sheets) whose first row is OWN_COLUMNS_HEAD, then one line per cleaned sheet and column:
 * [sheet name, column header]. Next to a CSV, a file of one column: its second head, then the headers.
 * Only headers and sheet names, no customer's data (PITFALLS E1).
 */
import { runColumnKey } from '../schema/run-columns';
import type { Plan } from './types';
import type { ClassMemory, RememberedClass } from './hand-set-classes';

/** Not a name a user gives a sheet of his, and the same in either language. */
export const OWN_COLUMNS_SHEET = '_SheetKeeper';
/** Bilingual, so a user who finds the sheet (or the file) sees what it is. */
export const OWN_COLUMNS_HEAD = ['工作表 / Sheet', '运行添加的列 / Column a run added'] as const;

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');

/** Whether a sheet of that name is the record, not a user's sheet: by its first row. */
export function isOwnColumnsRecord(firstRow: readonly unknown[] | undefined): boolean {
  return OWN_COLUMNS_HEAD.every((h, i) => text(firstRow?.[i]) === h);
}

/** Where the record is, or goes: see recordSheet. */
export interface RecordSheet {
  /** The sheet's name. */
  name: string;
  /** Whether the workbook has it already (else the host adds it, very hidden). */
  exists: boolean;
  /** A sheet of the user's under OWN_COLUMNS_SHEET, left as it is, when the record had to go elsewhere. */
  taken?: string;
}

/** _SheetKeeper, _SheetKeeper2, _SheetKeeper3 …: the names the record may have, in the order tried. */
const nameAt = (i: number): string => (i === 1 ? OWN_COLUMNS_SHEET : `${OWN_COLUMNS_SHEET}${i}`);

/**
 * The sheet the record is read from and written to, of the workbook's `sheets` (name and first row).
 * A sheet of the user's named _SheetKeeper (his to-do list: another first row) is never read nor
 * written over: the record is then the first _SheetKeeper2, _SheetKeeper3 … that is ours, or the
 * first such name no sheet has, told apart without case as Excel tells sheet names apart.
 */
export function recordSheet(sheets: readonly { name: string; firstRow: readonly unknown[] | undefined }[]): RecordSheet {
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const mine = byName.get(OWN_COLUMNS_SHEET.toLowerCase());
  const taken = mine && !isOwnColumnsRecord(mine.firstRow) ? { taken: mine.name } : {};
  // Ends: the workbook has finitely many sheets, so one name is free.
  for (let i = 1; ; i++) {
    const sheet = byName.get(nameAt(i).toLowerCase());
    if (sheet === undefined) return { name: nameAt(i), exists: false, ...taken };
    if (isOwnColumnsRecord(sheet.firstRow)) return { name: sheet.name, exists: true, ...taken };
  }
}

/** The headers worth recording of a plan: the run's columns no header text tells (the user's rule titles). */
export function toRecord(plan: Pick<Plan, 'ownColumns'>): string[] {
  return [...new Set((plan.ownColumns ?? []).map((h) => h.trim()).filter((h) => h !== '' && runColumnKey(h) === null))];
}

/** The record's lines, [sheet, header], below its head. */
function linesOf(rows: readonly (readonly unknown[])[]): [string, string][] {
  const out: [string, string][] = [];
  for (const row of rows.slice(1)) {
    const [sheet, header] = [text(row?.[0]), text(row?.[1])];
    if (sheet !== '' && header !== '') out.push([sheet, header]);
  }
  return out;
}

/**
 * The headers recorded for `sheet` (undefined: none, or no record of ours). `rows` are the record's
 * rows, head first; `sheets` the workbook's sheet names. A sheet the user renamed since (客户 →
 * 客户2026) keeps its lines when the record names one sheet only and the workbook no longer has it.
 */
export function recordedFor(rows: readonly (readonly unknown[])[], sheet: string, sheets: readonly string[]): string[] | undefined {
  if (!isOwnColumnsRecord(rows[0])) return undefined;
  const lines = linesOf(rows);
  const named = [...new Set(lines.map(([name]) => name))];
  const own = lines.filter(([name]) => name === sheet);
  const found = own.length === 0 && named.length === 1 && !sheets.includes(named[0]) ? lines : own;
  return found.length === 0 ? undefined : found.map(([, header]) => header);
}

/**
 * The record's rows after a run on `sheet` that recorded `headers` (toRecord) and the classes its rows
 * hold (`classes`, hand-set-classes.ts): its lines replaced, the other sheets' kept while the workbook
 * still has them. `rows` may be empty (no record yet).
 */
export function recordAfter(rows: readonly (readonly unknown[])[], sheet: string, headers: readonly string[], sheets: readonly string[], classes?: ClassMemory): string[][] {
  const ours = rows.length > 0 && isOwnColumnsRecord(rows[0]);
  const others = ours ? linesOf(rows).filter(([name]) => name !== sheet && sheets.includes(name)) : [];
  const otherClasses = ours ? classLinesOf(rows).filter((line) => line[0] !== sheet && sheets.includes(line[0])) : [];
  return [[...OWN_COLUMNS_HEAD], ...others, ...headers.map((h) => [sheet, h]), ...otherClasses, ...(classes ? classLines(sheet, classes) : [])];
}

/*
 * The classes a run wrote in its own class columns: a line per set of classes, [sheet, '' (no column
 * title: a version that reads titles only passes it by), the classes, `lifecycle=existing tier=!high …`
 * (`!`: the user set it by hand), then the keys of the rows that hold them (their fingerprints), space
 * apart]. A sheet's rows share a few dozen sets of classes, so 100,000 rows take some sixty lines, not
 * 100,000 (a rerun reads and writes the record whole). Level ids and fingerprints only, no customer's data.
 */
const HAND = '!';
/** Keys a line holds at most: well under the 32,767 characters of an Excel cell (a key is 16 to 22). */
const KEYS_A_LINE = 1000;

function classLines(sheet: string, classes: ClassMemory): string[][] {
  const bySet = new Map<string, string[]>();
  for (const [key, dims] of classes) {
    const tokens: string[] = [];
    for (const [dim, { level, byHand }] of dims) tokens.push(`${encodeURIComponent(dim)}=${byHand ? HAND : ''}${encodeURIComponent(level)}`);
    const set = tokens.join(' ');
    const keys = bySet.get(set);
    if (keys) keys.push(key);
    else bySet.set(set, [key]);
  }
  const out: string[][] = [];
  for (const [set, keys] of bySet) {
    for (let i = 0; i < keys.length; i += KEYS_A_LINE) out.push([sheet, '', set, keys.slice(i, i + KEYS_A_LINE).join(' ')]);
  }
  return out;
}

/** A token's id as written (encodeURIComponent: an id of the settings may hold a space); undefined when no record of ours wrote it. */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The record's class lines, as text. */
function classLinesOf(rows: readonly (readonly unknown[])[]): string[][] {
  const out: string[][] = [];
  for (const row of rows.slice(1)) {
    if (text(row?.[0]) === '' || text(row?.[1]) !== '' || text(row?.[2]) === '') continue;
    out.push((row as unknown[]).map(text));
  }
  return out;
}

/**
 * The classes recorded for `sheet`'s rows (undefined: none), read as recordedFor reads its titles: a
 * sheet the user renamed since keeps its lines when the record names one sheet only and it is gone.
 */
export function classesRecordedFor(rows: readonly (readonly unknown[])[], sheet: string, sheets: readonly string[]): ClassMemory | undefined {
  if (!isOwnColumnsRecord(rows[0])) return undefined;
  const lines = classLinesOf(rows);
  const named = [...new Set(lines.map((line) => line[0]))];
  const own = lines.filter((line) => line[0] === sheet);
  const found = own.length === 0 && named.length === 1 && !sheets.includes(named[0]) ? lines : own;
  if (found.length === 0) return undefined;
  const memory: ClassMemory = new Map();
  for (const [, , set, keys = ''] of found) {
    // One map for the line's rows: they hold the same classes, and the run only reads them.
    const dims = new Map<string, RememberedClass>();
    for (const token of set.split(' ')) {
      const at = token.indexOf('=');
      if (at <= 0 || at === token.length - 1) continue;
      const value = token.slice(at + 1);
      const byHand = value.startsWith(HAND);
      const level = decoded(byHand ? value.slice(HAND.length) : value);
      const dim = decoded(token.slice(0, at));
      if (level !== undefined && level !== '' && dim !== undefined) dims.set(dim, { level, byHand });
    }
    if (dims.size === 0) continue;
    for (const key of keys.split(' ')) if (key !== '') memory.set(key, dims);
  }
  return memory;
}
