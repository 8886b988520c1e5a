/** Shared pieces of the CLI specs: fixture paths, hand-made plans, temporary folders, captured output. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runColumns, type Cell, type CellEdit, type CellIssue, type ColumnMapping, type Grid, type Plan } from '../../shared';
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
  // An earlier run's columns are marked as mapHeaders marks them.
  const run = runColumns(headerCells.map((c) => (c.kind === 'text' ? c.value : '')));
  const columns: ColumnMapping[] = headerCells.map((c, col) => ({
    col,
    header: c.kind === 'text' ? c.value : '',
    field: opts.fields?.[col] ?? null,
    confidence: opts.fields?.[col] ? 0.9 : 0,
    source: opts.fields?.[col] ? 'auto' : 'none',
    write: opts.writes?.[col] ?? 'text',
    ...(run.has(col) ? { run: true as const } : {}),
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
    ...EMPTY_ANALYSIS,
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

/** The second half of a plan when a spec does not need it: no duplicates, no merge, no classes, no reminders. */
export const EMPTY_ANALYSIS: Pick<Plan, 'duplicates' | 'merge' | 'classification' | 'reminders' | 'report' | 'orderList'> = {
  duplicates: {
    groups: [],
    stats: {
      records: 0, candidatePairs: 0, comparedPairs: 0, linkedPairs: 0, blocks: 0, largestBlock: 0,
      skippedBlocks: {}, skippedBlockRows: 0, blockPairs: {}, groups: 0, rowsInGroups: 0,
      byConfidence: { exact: 0, likely: 0, review: 0 }, cappedLinks: 0, chainGuardLinks: 0, vetoedLinks: 0, notDuplicateLinks: 0,
    },
  },
  merge: null,
  classification: { rows: [], whatIf: { dimensions: [], rowsCompared: 0, rowsChanged: 0 }, legend: [] },
  reminders: {
    reminders: [],
    groups: [],
    counts: { birthday: 0, childBirthday: 0, anniversary: 0, contract: 0, contractExpired: 0, followUp: 0, appointment: 0, stale: 0, highValueDormant: 0, winBack: 0, remaining: 0, owed: 0 },
    silenced: { doNotContact: 0, ended: 0, paused: 0 },
    silencedFrom: [],
    renewed: 0,
    lost: { count: 0, afterDays: 365, byOwner: [] },
  },
  report: { sections: [] },
  orderList: null,
};

/**
 * A small Chinese customer sheet (header in row 1): rows 2 and 4 are the same customer typed twice
 * (an exact pair: row 4 has the city row 2 lacks, row 2 the birthday row 4 lacks; row 2 is kept),
 * rows 5 and 7 only sound alike and share a company (a review pair, owners 赵磊 and 孙丽: an owner
 * conflict), 李娜 (row 3) and 陈静 (row 6) have birthdays a few days after 2024-06-01.
 */
export const DUPLICATES_CSV = [
  '客户编号,姓名,手机,邮箱,公司,城市,生日,最近联系,成交金额,负责人,备注',
  'KH001,张伟,13812345678,zhangwei@qq.com,北京星辰科技有限公司,,1985-03-12,2024-05-20,12800,王芳,老客户',
  'KH002,李娜,13912345678,lina@163.com,上海蓝海贸易有限公司,上海,1990-06-05,2024-04-11,5600,王芳,',
  'KH001,张伟,13812345678,zhangwei@qq.com,北京星辰科技有限公司,北京,,2024-05-20,12800,王芳,@王芳 展会名片',
  'KH004,刘洋,13700001111,liuyang@126.com,广州南方物流有限公司,广州,1988-11-30,2024-03-02,3000,赵磊,',
  'KH005,陈静,13600002222,chenjing@sina.com,深圳华创电子有限公司,深圳,1992-06-07,2024-05-28,45000,赵磊,VIP',
  'KH006,刘阳,,,广州南方物流有限公司,广州,,2024-01-15,,孙丽,电话里认识',
].join('\r\n');

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
