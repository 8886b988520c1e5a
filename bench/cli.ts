/**
 * `npm run bench`, last part: the command line end to end, as a user runs it on a big sheet. A
 * generated CSV of 100,000 rows (the bench's Chinese sheet) is cleaned to a `.xlsx` and to a `.csv`,
 * each with the JSON report; each run is its own child process, so its wall time and peak RSS are
 * the whole job's: reading, the core, the workbook and the files. The core alone is `run.ts`; this
 * is where reading and writing show (exceljs's in-memory writer once took 65 s and 4 GB here).
 *
 * Options: --rows N (default 100000).
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { DEFAULT_AS_OF, generateCustomers, sheetRows } from '../examples/generator';
import { main as cli } from '../cli/main';

const SEED = 20241201;

interface CliTiming {
  ms: number;
  code: number;
  peakRssMb: number;
}

/** In the child: one CLI run, its output silenced, then its timing and peak RSS to the parent. */
async function child(argv: string[]): Promise<void> {
  const start = performance.now();
  const code = await cli(argv, { stdout: () => undefined, stderr: (s) => process.stderr.write(s), env: process.env, cwd: process.cwd(), now: () => new Date() });
  const timing: CliTiming = { ms: performance.now() - start, code, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  await new Promise<void>((resolve) => (process.send ? process.send(timing, () => resolve()) : resolve()));
}

function runCli(argv: string[]): Promise<CliTiming> {
  return new Promise((resolve, reject) => {
    const p = fork(__filename, ['--child', ...argv], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let timing: CliTiming | undefined;
    p.on('message', (m) => (timing = m as CliTiming));
    p.on('error', reject);
    p.on('exit', (code) => (timing ? resolve(timing) : reject(new Error(`CLI bench child exited with code ${code}`))));
  });
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function parent(argv: string[]): Promise<void> {
  const i = argv.indexOf('--rows');
  const rows = i >= 0 ? Number(argv[i + 1]) : 100000;
  if (!Number.isInteger(rows) || rows <= 0) throw new Error('--rows takes a whole number > 0');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sheet-keeper-bench-cli-'));
  try {
    const input = path.join(dir, 'customers.csv');
    // With a BOM, as Excel saves "CSV UTF-8".
    writeFileSync(input, '\uFEFF' + Papa.unparse(sheetRows(generateCustomers({ seed: SEED, rows, lang: 'zh' }))));
    const out = (s: string) => process.stdout.write(`${s}\n`);
    out(`CLI end to end — generated zh CSV of ${fmt(rows)} rows (${fmt(statSync(input).size / 1e6, 1)} MB), --json, today ${DEFAULT_AS_OF}`);
    out(`  ${'output'.padEnd(8)}  ${'wall s'.padStart(7)}  ${'rows/s'.padStart(8)}  ${'peak RSS MB'.padStart(11)}  files MB`);
    for (const kind of ['xlsx', 'csv'] as const) {
      const target = path.join(dir, `cleaned.${kind}`);
      const report = path.join(dir, `report-${kind}.json`);
      const t = await runCli(['clean', input, '--out', target, '--json', report, '--today', DEFAULT_AS_OF, '--quiet']);
      if (t.code !== 0) throw new Error(`the CLI exited with ${t.code} writing .${kind}`);
      const sizes = `${fmt(statSync(target).size / 1e6, 1)} + ${fmt(statSync(report).size / 1e6, 1)} JSON`;
      out(`  ${`.${kind}`.padEnd(8)}  ${fmt(t.ms / 1000, 1).padStart(7)}  ${fmt(rows / (t.ms / 1000)).padStart(8)}  ${fmt(t.peakRssMb).padStart(11)}  ${sizes}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const argv = process.argv.slice(2);
(argv[0] === '--child' ? child(argv.slice(1)) : parent(argv)).catch((err: unknown) => {
  process.stderr.write(`bench cli: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
