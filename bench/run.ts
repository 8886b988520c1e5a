/**
 * `npm run bench`: how fast the core cleans a big messy sheet, and whether it stays near-linear.
 * Generates 10,000 and 100,000 Chinese rows in memory (seeded), reads them as a host would (a Grid
 * of text cells under a title row), warms up once, then times each pipeline stage and prints rows,
 * wall time, rows per second, peak RSS and heap, and the 100k / 10k time ratio (10 is linear).
 *
 * Each size runs in its own child process, so one size's garbage and peak memory do not colour the
 * other's. Options: --sizes 10000,100000  --repeat N (timed runs per size, median reported)  --json
 */
import { fork } from 'node:child_process';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { DEFAULT_AS_OF, generateCustomers, sheetRows } from '../examples/generator';
import { cleanSheet, run, resolveSettings, type CleanedSheet, type Grid, type Settings } from '../shared';
import { toRecords } from '../shared/table/records';
import { findDuplicates } from '../shared/dedupe';
import { classify } from '../shared/classify';
import { remind } from '../shared/remind';
import { buildReport } from '../shared/report/build-report';
import { withRunMemos } from '../shared/text/run-memos';
import { DATASETS, benchDataDir } from './lib/bench-data';
import { EMPTY, text, type Cell } from '../shared/table/cell';

/** What every stage gets: the grid as read, settings, today, and the results of the stages before it. */
export interface StageContext {
  grid: Grid;
  settings: Settings;
  today: string;
  results: Map<string, unknown>;
}

export interface Stage {
  name: string;
  /** The earlier stages whose results this one reads from `ctx.results`. */
  reads: readonly string[];
  run(ctx: StageContext): unknown;
}

/**
 * The pipeline, one named stage at a time. Later stages (duplicates, classification, reminders)
 * append themselves here and read earlier results from `ctx.results` by stage name.
 */
export const STAGES: readonly Stage[] = [
  {
    name: 'clean + validate',
    reads: [],
    run: ({ grid, settings, today }) => {
      const outcome = cleanSheet(grid, { settings, today });
      if (!outcome.ok) throw new Error(`the sheet was refused: ${outcome.problem.code} ${JSON.stringify(outcome.problem.params ?? {})}`);
      return outcome.sheet;
    },
  },
  {
    name: 'duplicates',
    reads: ['clean + validate'],
    run: ({ settings, results }) => {
      const sheet = results.get('clean + validate') as CleanedSheet;
      // Through the cleaner's phone readings, as the run's own duplicate finder reads (analyze).
      return findDuplicates(toRecords(sheet.table, sheet.fieldCols, sheet.extraCols), settings.dedupe, { defaultRegion: settings.phone.defaultRegion, phones: sheet.phones });
    },
  },
  {
    name: 'classify + remind + report',
    reads: ['clean + validate'],
    // One run's stages, as analyze() runs them: with the run's memos (owner keys, simplified texts).
    run: ({ settings, results }) => withRunMemos(() => {
      const sheet = results.get('clean + validate') as CleanedSheet;
      const records = toRecords(sheet.table, sheet.fieldCols, sheet.extraCols);
      const classified = classify(records, settings.classify, sheet.today);
      const reminders = remind(records, settings.remind, sheet.today, { classification: classified });
      return buildReport({ records, classification: classified, issues: sheet.issues, reminders: reminders.reminders }, settings.language);
    }),
  },
  {
    name: 'whole run (the plan)',
    reads: [],
    run: ({ grid, settings, today }) => {
      const outcome = run(grid, { settings, today });
      if (!outcome.ok) throw new Error(`run() refused the sheet: ${outcome.problem.code}`);
      return outcome;
    },
  },
];

const SEED = 20241201;
const WARM_UP_ROWS = 5000;

interface StageTiming {
  stage: string;
  rows: number;
  /** Median of the timed runs. */
  ms: number;
  runsMs: number[];
  rowsPerSecond: number;
  /** Highest heapUsed seen at stage boundaries (a lower bound of the true peak). */
  peakHeapMb: number;
  /** Heap in use before the stage (grid and earlier results live), after a full GC. */
  baseHeapMb: number;
  summary: string;
}

interface SizeResult {
  rows: number;
  generateMs: number;
  stages: StageTiming[];
  /** Peak resident set of the child process (generation included), from getrusage. */
  peakRssMb: number;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

/**
 * The generator builds its texts by concatenation, which V8 keeps as rope strings that the first
 * regex or map lookup must flatten. Hosts hand over flat strings (Office.js and Apps Script parse
 * them from JSON; exceljs and papaparse read them from a file), so the bench does the same:
 * otherwise cleaning is charged for the generator's ropes.
 */
function gridOf(rows: string[][], sheetName: string): Grid {
  const flat = JSON.parse(JSON.stringify(rows)) as string[][];
  const cells: Cell[][] = flat.map((r) => r.map((v) => (v === '' ? EMPTY : text(v))));
  return { sheetName, cells, firstRow: 1, firstCol: 1 };
}

function makeGrid(rows: number, seed: number): Grid {
  return gridOf(sheetRows(generateCustomers({ seed, rows, lang: 'zh' })), '客户名单');
}

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

function summarize(result: unknown): string {
  const sheet = result as Partial<CleanedSheet> & { groups?: unknown[]; stats?: { comparedPairs?: number } };
  if (sheet?.edits && sheet.issues) return `${sheet.table?.rows.length} rows, ${sheet.edits.length} cells changed, ${sheet.issues.length} issues`;
  if (Array.isArray(sheet?.groups)) return `${sheet.groups.length} duplicate groups, ${sheet.stats?.comparedPairs ?? '?'} pairs compared`;
  const plan = (result as { plan?: { stats?: { rows: number; fieldsFound: number; cellsChanged: number; issuesBySeverity?: Record<string, number> } } })?.plan;
  const s = plan?.stats;
  if (!s) return '';
  const sev = s.issuesBySeverity ?? {};
  return `${s.rows} rows, ${s.fieldsFound} fields mapped, ${s.cellsChanged} cells changed, issues ${sev.error ?? 0} error / ${sev.warning ?? 0} warning / ${sev.info ?? 0} info`;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function settingsOrThrow(): Settings {
  const outcome = resolveSettings({});
  if (!outcome.ok) throw new Error(`default settings rejected: ${JSON.stringify(outcome.errors)}`);
  return outcome.settings;
}

/** One size, in this (child) process. */
function measureSize(rows: number, repeat: number): SizeResult {
  const settings = settingsOrThrow();
  const today = DEFAULT_AS_OF;

  // Warm-up: every stage once on a smaller sheet of the same kind, so the timed runs see optimised code.
  const warm: StageContext = { grid: makeGrid(Math.min(rows, WARM_UP_ROWS), SEED + 1), settings, today, results: new Map() };
  for (const stage of STAGES) warm.results.set(stage.name, stage.run(warm));

  const t0 = performance.now();
  const grid = makeGrid(rows, SEED);
  const generateMs = performance.now() - t0;

  const stages: StageTiming[] = [];
  const results = new Map<string, unknown>();
  STAGES.forEach((stage, at) => {
    // Results no stage from here on reads are let go before timing: kept, every collection in this
    // stage would trace them too. The whole run carried the cleaned sheet of the stages before it
    // (a base heap of 335 MB, not 167 MB, at 100k rows), which cost it about 0.5 s of its 10.5 s.
    const later = new Set(STAGES.slice(at).flatMap((s) => s.reads));
    for (const name of [...results.keys()]) if (!later.has(name)) results.delete(name);
    const runsMs: number[] = [];
    let peakHeap = 0;
    let baseHeap = 0;
    let last: unknown;
    for (let i = 0; i < repeat; i++) {
      last = undefined;
      gc();
      baseHeap = process.memoryUsage().heapUsed;
      const start = performance.now();
      last = stage.run({ grid, settings, today, results });
      runsMs.push(performance.now() - start);
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
    results.set(stage.name, last);
    const ms = median(runsMs);
    stages.push({
      stage: stage.name, rows, ms, runsMs, rowsPerSecond: rows / (ms / 1000),
      peakHeapMb: mb(peakHeap), baseHeapMb: mb(baseHeap), summary: summarize(last),
    });
  });
  // getrusage reports maxrss in kilobytes on Linux and macOS.
  return { rows, generateMs, stages, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function runChild(rows: number, repeat: number): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', String(rows), String(repeat)], { execArgv: ['--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: SizeResult | undefined;
    child.on('message', (m) => (result = m as SizeResult));
    child.on('error', reject);
    child.on('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`bench child for ${rows} rows exited with code ${code}`))));
  });
}

/** A mistake on the command line: reported as a message, not a stack trace. */
class UsageError extends Error {}

function parseArgs(argv: string[]): { sizes: number[]; repeat: number | null; json: boolean } {
  let sizes = [10000, 100000];
  let repeat: number | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes') sizes = (argv[++i] ?? '').split(',').map((s) => Number(s.replace(/_/g, '')));
    else if (a === '--repeat') repeat = Number(argv[++i]);
    else if (a === '--json') json = true;
    else throw new UsageError(`unknown option ${a} (use --sizes 10000,100000 --repeat N --json)`);
  }
  if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new UsageError('--sizes takes whole numbers > 0, e.g. --sizes 10000,100000');
  if (repeat !== null && !(Number.isInteger(repeat) && repeat > 0)) throw new UsageError('--repeat takes a whole number > 0');
  return { sizes, repeat, json };
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printReport(results: SizeResult[]): void {
  const cpus = os.cpus();
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(`Sheet Keeper bench — node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ` +
    `load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  out(`Sheets: generated zh customers (seed ${SEED}, 15% duplicates, 30% messy cells), text cells under a title row; today ${DEFAULT_AS_OF}.`);
  out('');
  for (const stage of STAGES) {
    out(`Stage: ${stage.name}`);
    out(`  ${'rows'.padStart(9)}  ${'wall ms'.padStart(10)}  ${'rows/s'.padStart(9)}  ${'peak RSS MB'.padStart(11)}  ${'heap MB (before → peak)'.padStart(24)}  runs ms`);
    const rowsOf = results.map((r) => ({ r, t: r.stages.find((s) => s.stage === stage.name) as StageTiming }));
    for (const { r, t } of rowsOf) {
      out(`  ${fmt(t.rows).padStart(9)}  ${fmt(t.ms, 1).padStart(10)}  ${fmt(t.rowsPerSecond).padStart(9)}  ${fmt(r.peakRssMb, 1).padStart(11)}  ` +
        `${`${fmt(t.baseHeapMb, 1)} → ${fmt(t.peakHeapMb, 1)}`.padStart(24)}  ${t.runsMs.map((m) => fmt(m, 0)).join(', ')}`);
    }
    const small = rowsOf.find(({ t }) => t.rows === 10000) ?? rowsOf[0];
    const big = rowsOf.find(({ t }) => t.rows === 100000) ?? rowsOf[rowsOf.length - 1];
    if (small && big && big.t.rows !== small.t.rows) {
      const linear = big.t.rows / small.t.rows;
      const fastest = (t: StageTiming) => Math.min(...t.runsMs);
      out(`  ratio ${fmt(big.t.rows)} / ${fmt(small.t.rows)} rows: ${(big.t.ms / small.t.ms).toFixed(2)}× time by median, ` +
        `${(fastest(big.t) / fastest(small.t)).toFixed(2)}× by fastest run (${fmt(linear)}× is linear)`);
    }
    for (const { t } of rowsOf) if (t.summary) out(`  ${fmt(t.rows)}: ${t.summary}`);
    out('');
  }
  out(`Generating the sheets (not timed above): ${results.map((r) => `${fmt(r.rows)} rows ${fmt(r.generateMs)} ms`).join(', ')}.`);
  out('Peak RSS covers the whole child process, generation included; heap is sampled at stage boundaries, so its peak is a lower bound.');
  const data = benchDataDir();
  out(data.exists ? `Public quality sets (${DATASETS.length} declared in bench/lib/bench-data.ts) found at ${data.dir}.` : `Note: ${data.note}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const result = measureSize(Number(argv[1]), Number(argv[2]));
    await new Promise<void>((resolve) => (process.send ? process.send(result, () => resolve()) : resolve()));
    return;
  }
  const { sizes, repeat, json } = parseArgs(argv);
  const results: SizeResult[] = [];
  for (const rows of sizes) {
    // Small sheets are timed three times (median) for a stable figure; big ones once, as they take long.
    results.push(await runChild(rows, repeat ?? (rows <= 20000 ? 3 : 1)));
  }
  if (json) process.stdout.write(`${JSON.stringify({ node: process.version, cpus: os.cpus().length, loadavg: os.loadavg(), results }, null, 2)}\n`);
  else printReport(results);
}

main().catch((err: unknown) => {
  if (err instanceof UsageError) {
    process.stderr.write(`bench: ${err.message}\n`);
    process.exitCode = 2;
    return;
  }
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
