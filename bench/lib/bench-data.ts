/**
 * Loads the public record-linkage sets in ../shared/bench-data (see its README) as plain tables with
 * the truth split off, so a matcher never sees the columns that give the answer away. Each set's
 * files, hidden columns and truth rule are declared as data in DATASETS.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Papa from 'papaparse';
import { repoRoot } from '../../examples/repo-root';

/** Overrides where the sets live (e.g. a CI cache); otherwise shared/bench-data next to the repository. */
export const BENCH_DATA_ENV = 'SHEET_KEEPER_BENCH_DATA';

export interface CsvTable {
  headers: string[];
  rows: string[][];
}

export interface LabelledTable extends CsvTable {
  /** Set id from DATASETS. */
  id: string;
  /** Truth per row: rows with the same value are the same entity. */
  truth: string[];
}

export interface BenchDataset {
  id: string;
  /** Paths under bench-data; several files are stacked with a `source` column (linkage sets). */
  files: readonly string[];
  /** Columns removed before matching: the truth and anything that leaks it (ids numbered by entity). */
  hide: readonly string[];
  /** The truth per row, from the row's full record (hidden columns included). */
  truth: { column: string; key?: (value: string) => string } | { join: { file: string; on: string; column: string } };
}

/** FEBRL ids: rec-12-org and rec-12-dup-0 are entity rec-12. */
const febrlEntity = (id: string) => id.replace(/-(?:org|dup-\d+)$/, '');
/** FEBRL dsgen ids: the last digit numbers the copy (260, 261 → entity 26). */
const dsgenEntity = (id: string) => id.slice(0, -1);
/** restaurant.csv single-quotes its class: '0'. */
const unquote = (v: string) => v.replace(/^'(.*)'$/, '$1');

const dsgen = (series: 'A' | 'C', size: number): BenchDataset => ({
  id: `febrl-dsgen-${series}-${size}`,
  files: [`febrl-dsgen/dataset_${series}_${size}.csv`],
  hide: ['rec_id', 'blocking_number'],
  truth: { column: 'rec_id', key: dsgenEntity },
});

export const DATASETS: readonly BenchDataset[] = [
  { id: 'febrl1', files: ['febrl1/dataset1.csv'], hide: ['rec_id'], truth: { column: 'rec_id', key: febrlEntity } },
  { id: 'febrl2', files: ['febrl2/dataset2.csv'], hide: ['rec_id'], truth: { column: 'rec_id', key: febrlEntity } },
  { id: 'febrl3', files: ['febrl3/dataset3.csv'], hide: ['rec_id'], truth: { column: 'rec_id', key: febrlEntity } },
  { id: 'febrl4', files: ['febrl4/dataset4a.csv', 'febrl4/dataset4b.csv'], hide: ['rec_id'], truth: { column: 'rec_id', key: febrlEntity } },
  ...(['A', 'C'] as const).flatMap((s) => [1000, 2500, 5000, 10000].map((n) => dsgen(s, n))),
  { id: 'splink-fake-1000', files: ['splink-fake-1000/fake_1000.csv'], hide: ['cluster'], truth: { column: 'cluster' } },
  // unique_id is "<cluster>-<n>", so it goes too.
  { id: 'splink-historical-50k', files: ['splink-historical-50k/historical_figures_with_errors_50k.csv'], hide: ['unique_id', 'cluster'], truth: { column: 'cluster' } },
  // ids 1–224 are the duplicate pairs, numbered side by side.
  { id: 'restaurant', files: ['restaurant-fodors-zagat/restaurant.csv'], hide: ['id', 'class'], truth: { column: 'class', key: unquote } },
  { id: 'chicago', files: ['dedupe-chicago-early-childhood/csv_example_input_with_true_ids.csv'], hide: ['True Id'], truth: { column: 'True Id' } },
  {
    id: 'patstat', files: ['dedupe-patstat/patstat_input.csv'], hide: [],
    truth: { join: { file: 'dedupe-patstat/patstat_reference.csv', on: 'person_id', column: 'leuven_id' } },
  },
];

export interface BenchDataLocation {
  dir: string;
  exists: boolean;
  /** What to tell the person running the bench when the sets are missing. */
  note?: string;
}

/** Where the sets are: $SHEET_KEEPER_BENCH_DATA, else <repo>/../shared/bench-data. */
export function benchDataDir(): BenchDataLocation {
  const fromEnv = process.env[BENCH_DATA_ENV];
  const dir = fromEnv ? path.resolve(fromEnv) : path.resolve(repoRoot(), '..', 'shared', 'bench-data');
  if (fs.existsSync(dir) && fs.statSync(dir).isDirectory()) return { dir, exists: true };
  return {
    dir,
    exists: false,
    note: `Benchmark data not found at ${dir}. The quality benches need the public sets described in ` +
      `shared/bench-data/README.md; put them there or set ${BENCH_DATA_ENV} to their folder. Speed benches on generated sheets still run.`,
  };
}

/** Reads one CSV under bench-data; FEBRL's ", " separators and padded fields are trimmed. */
export function loadBenchCsv(relPath: string, dir: string = requireBenchData()): CsvTable {
  const file = path.join(dir, relPath);
  if (!fs.existsSync(file)) throw new Error(`Benchmark file not found: ${file}`);
  const parsed = Papa.parse<string[]>(fs.readFileSync(file, 'utf8'), { skipEmptyLines: 'greedy', transform: (v) => v.trim() });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new Error(`${relPath}: CSV error at row ${e.row ?? '?'}: ${e.message}`);
  }
  const [headers, ...rows] = parsed.data;
  return { headers: headers.map((h) => h.trim()), rows };
}

/** A set with its truth split off and the hidden columns removed; stacked files get a `source` column. */
export function loadDataset(id: string, dir: string = requireBenchData()): LabelledTable {
  const spec = DATASETS.find((d) => d.id === id);
  if (!spec) throw new Error(`Unknown benchmark set "${id}"; known: ${DATASETS.map((d) => d.id).join(', ')}`);
  const parts = spec.files.map((f) => ({ file: f, table: loadBenchCsv(f, dir) }));
  const headers = parts[0].table.headers;
  for (const p of parts) {
    if (p.table.headers.join('\u0000') !== headers.join('\u0000')) throw new Error(`${p.file}: columns differ from ${parts[0].file}`);
  }
  const stacked = parts.length > 1;
  const allRows = parts.flatMap((p) => p.table.rows.map((r) => (stacked ? [...r, path.basename(p.file)] : r)));
  const allHeaders = stacked ? [...headers, 'source'] : headers;

  let truth: string[];
  if ('column' in spec.truth) {
    const col = allHeaders.indexOf(spec.truth.column);
    if (col < 0) throw new Error(`${id}: truth column "${spec.truth.column}" missing`);
    const key = spec.truth.key ?? ((v: string) => v);
    truth = allRows.map((r) => key(r[col] ?? ''));
  } else {
    const { file, on, column } = spec.truth.join;
    const ref = loadBenchCsv(file, dir);
    const refOn = ref.headers.indexOf(on);
    const refCol = ref.headers.indexOf(column);
    const byKey = new Map(ref.rows.map((r) => [r[refOn], r[refCol]]));
    const col = allHeaders.indexOf(on);
    truth = allRows.map((r, i) => {
      const t = byKey.get(r[col]);
      if (t === undefined) throw new Error(`${id}: row ${i + 1} (${on}=${r[col]}) has no entry in ${file}`);
      return t;
    });
  }

  const keep = allHeaders.map((h, i) => (spec.hide.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return {
    id,
    headers: keep.map((i) => allHeaders[i]),
    rows: allRows.map((r) => keep.map((i) => r[i] ?? '')),
    truth,
  };
}

function requireBenchData(): string {
  const loc = benchDataDir();
  if (!loc.exists) throw new Error(loc.note);
  return loc.dir;
}
