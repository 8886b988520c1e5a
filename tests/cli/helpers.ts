/** Shared pieces of the CLI specs: fixture paths, hand-made plans, temporary folders, captured output. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Cell, CellEdit, CellIssue, ColumnMapping, Grid, Plan } from '../../shared';
import type { CliIo } from '../../cli/main';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const fixture = (name: string) => path.join(FIXTURES, name);

export const text = (value: string): Cell => ({ kind: 'text', value });
export const num = (value: number, format?: string): Cell => (format ? { kind: 'number', value, format } : { kind: 'number', value });
export const date = (value: string): Cell => ({ kind: 'date', value });
export const EMPTY: Cell = { kind: 'empty' };

/** A grid from rows of plain strings ('' is empty), as a CSV would give. */
export function gridOf(rows: string[][], sheetName = 'Sheet1', firstRow = 1, firstCol = 1): Grid {
  return { sheetName, firstRow, firstCol, cells: rows.map((r) => r.map((v) => (v === '' ? EMPTY : text(v)))) };
}

/**
 * A plan as the core would return it, for a table whose header is `headerRow`: columns from the
 * given headers (write type text unless listed), every row below the header as data.
 */
export function planFor(
  grid: Grid,
  opts: {
    headerRow?: number;
    fields?: (ColumnMapping['field'])[];
    writes?: ColumnMapping['write'][];
    edits?: CellEdit[];
    issues?: CellIssue[];
    addedColumns?: Plan['addedColumns'];
    language?: Plan['language'];
  } = {},
): Plan {
  const headerRow = opts.headerRow ?? grid.firstRow;
  const headerCells = grid.cells[headerRow - grid.firstRow] ?? [];
  const columns: ColumnMapping[] = headerCells.map((c, col) => ({
    col,
    header: c.kind === 'text' ? c.value : '',
    field: opts.fields?.[col] ?? null,
    confidence: opts.fields?.[col] ? 0.9 : 0,
    source: opts.fields?.[col] ? 'auto' : 'none',
    write: opts.writes?.[col] ?? 'text',
  }));
  const rows: number[] = [];
  for (let r = headerRow + 1; r < grid.firstRow + grid.cells.length; r++) rows.push(r);
  const edits = opts.edits ?? [];
  const issues = opts.issues ?? [];
  const issuesBySeverity = { error: 0, warning: 0, info: 0 };
  const issuesByCode: Record<string, number> = {};
  for (const i of issues) {
    issuesBySeverity[i.severity]++;
    issuesByCode[i.code] = (issuesByCode[i.code] ?? 0) + 1;
  }
  const changesByReason: Record<string, number> = {};
  for (const e of edits) changesByReason[e.reason] = (changesByReason[e.reason] ?? 0) + 1;
  return {
    language: opts.language ?? 'zh-CN',
    sheetName: grid.sheetName,
    headerRow,
    firstCol: grid.firstCol,
    columns,
    rows,
    edits,
    issues,
    addedColumns: opts.addedColumns ?? [],
    problems: [],
    stats: {
      rows: rows.length,
      columns: columns.length,
      fieldsFound: columns.filter((c) => c.field).length,
      cellsChanged: edits.length,
      cellsRetyped: 0,
      changesByReason,
      issuesByCode,
      issuesBySeverity,
    },
  };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sheet-keeper-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Captured extends CliIo {
  out: string;
  err: string;
}

export function captureIo(cwd: string, env: Record<string, string> = { LANG: 'en_US.UTF-8' }): Captured {
  const io: Captured = {
    out: '',
    err: '',
    stdout: (s) => void (io.out += s),
    stderr: (s) => void (io.err += s),
    env,
    cwd,
    now: () => new Date(2024, 5, 1, 12, 0, 0),
  };
  return io;
}
