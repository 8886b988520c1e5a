/**
 * Duplicate-finding quality bench: runs the whole core (header mapping, cleaning, duplicates) with
 * default settings on public record-linkage sets (FEBRL 1–3, restaurants, Splink fake_1000 and,
 * never tuned on, Splink historical_50k; truth columns hidden, rows shuffled with a seed) and on
 * the generator's labelled Chinese and English sheets, then prints pairwise precision / recall /
 * F1 (all groups, and only the groups a --merge would merge: exact + likely), the precision of
 * 'exact' groups, B-cubed F1, the pairs compared and the time of the duplicate stage alone.
 *
 * Usage: node dist/bench/dedupe-quality.js [--only id,id] [--json]
 */
import { performance } from 'node:perf_hooks';
import * as os from 'node:os';
import { runDetailed, resolveSettings, type Settings } from '../shared';
import { toRecords } from '../shared/table/records';
import { findDuplicates } from '../shared/dedupe/find-duplicates';
import type { DuplicateGroup } from '../shared/dedupe/types';
import { DEFAULT_AS_OF } from '../examples/generator';
import { benchDataDir } from './lib/bench-data';
import { pairwiseScores, bcubedScores, type ClusterId } from './lib/metrics';
import { QUALITY_SETS, type QualitySet } from './dedupe/sets';

interface Row {
  set: string;
  rows: number;
  truePairs: number;
  predictedPairs: number;
  precision: number;
  recall: number;
  f1: number;
  mergeable: { precision: number; recall: number; f1: number };
  exactPrecision: number;
  exactGroups: number;
  bcubedF1: number;
  groups: Record<string, number>;
  candidatePairs: number;
  comparedPairs: number;
  dedupeMs: number;
  pipelineMs: number;
}

function settingsFor(set: QualitySet): Settings {
  const outcome = resolveSettings(set.region === null ? {} : { phone: { defaultRegion: set.region }, headers: { overrides: set.overrides } });
  if (!outcome.ok) throw new Error(`settings rejected for ${set.id}: ${JSON.stringify(outcome.errors)}`);
  return outcome.settings;
}

/** Group id per data row (null: in no group), from groups of sheet rows. */
function predicted(set: QualitySet, groups: readonly DuplicateGroup[]): ClusterId[] {
  const ids: ClusterId[] = set.truth.map(() => null);
  for (const g of groups) for (const r of g.rows) ids[r - set.firstRow] = g.id;
  return ids;
}

function measure(set: QualitySet): Row {
  const settings = settingsFor(set);
  const t0 = performance.now();
  // A set as given runs as the CLI runs a sheet with no settings file: region and currency from the sheet.
  const guess = set.region === null ? { region: true, currency: true } : {};
  const outcome = runDetailed(set.grid, { settings, today: DEFAULT_AS_OF, guess });
  const pipelineMs = performance.now() - t0;
  if (!outcome.ok) throw new Error(`${set.id}: the run refused the sheet: ${outcome.problem.code}`);
  const { table, fieldCols, extraCols } = outcome.cleaned;
  if (table.rows.length !== set.truth.length || table.rows[0]?.sheetRow !== set.firstRow) {
    throw new Error(`${set.id}: ${table.rows.length} rows read from sheet row ${table.rows[0]?.sheetRow}, expected ${set.truth.length} from ${set.firstRow}`);
  }
  // The duplicate stage alone, on the cleaned records the run produced.
  const records = toRecords(table, fieldCols, extraCols);
  const t1 = performance.now();
  const result = findDuplicates(records, settings.dedupe, { defaultRegion: outcome.cleaned.settings.phone.defaultRegion });
  const dedupeMs = performance.now() - t1;

  const all = pairwiseScores(predicted(set, result.groups), set.truth);
  const mergeable = pairwiseScores(predicted(set, result.groups.filter((g) => g.confidence !== 'review')), set.truth);
  const exact = pairwiseScores(predicted(set, result.groups.filter((g) => g.confidence === 'exact')), set.truth);
  return {
    set: set.id,
    rows: set.truth.length,
    truePairs: all.truePairs,
    predictedPairs: all.predictedPairs,
    precision: all.precision,
    recall: all.recall,
    f1: all.f1,
    mergeable: { precision: mergeable.precision, recall: mergeable.recall, f1: mergeable.f1 },
    exactPrecision: exact.precision,
    exactGroups: result.stats.byConfidence.exact,
    bcubedF1: bcubedScores(predicted(set, result.groups), set.truth).f1,
    groups: { ...result.stats.byConfidence },
    candidatePairs: result.stats.candidatePairs,
    comparedPairs: result.stats.comparedPairs,
    dedupeMs,
    pipelineMs,
  };
}

function parseArgs(argv: string[]): { only: string[] | null; json: boolean } {
  let only: string[] | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') only = (argv[++i] ?? '').split(',').filter((s) => s !== '');
    else if (argv[i] === '--json') json = true;
    else throw new Error(`unknown option ${argv[i]} (use --only id,id --json)`);
  }
  return { only, json };
}

const f3 = (x: number) => x.toFixed(3);

function main(): void {
  const { only, json } = parseArgs(process.argv.slice(2));
  const data = benchDataDir();
  const rows: Row[] = [];
  const skipped: string[] = [];
  for (const s of QUALITY_SETS) {
    if (only && !only.includes(s.id)) continue;
    if (s.needsBenchData && !data.exists) {
      skipped.push(s.id);
      continue;
    }
    rows.push(measure(s.build()));
  }
  if (json) {
    process.stdout.write(JSON.stringify({ rows, skipped }, null, 2) + '\n');
    return;
  }
  const [l1] = os.loadavg();
  console.log(`Duplicate quality, default settings (node ${process.version}, ${os.cpus().length} cpus, load ${l1.toFixed(2)})`);
  console.log('set                               rows  true pairs | all groups: P     R     F1    | exact+likely: P     R     F1    | exact P  | B3 F1 | candidates  dedupe ms  run ms');
  for (const r of rows) {
    console.log(
      `${r.set.padEnd(33)} ${String(r.rows).padStart(5)} ${String(r.truePairs).padStart(10)} |` +
        `             ${f3(r.precision)} ${f3(r.recall)} ${f3(r.f1)} |` +
        `               ${f3(r.mergeable.precision)} ${f3(r.mergeable.recall)} ${f3(r.mergeable.f1)} |` +
        ` ${f3(r.exactPrecision)}    | ${f3(r.bcubedF1)} | ${String(r.candidatePairs).padStart(10)} ${r.dedupeMs.toFixed(0).padStart(10)} ${r.pipelineMs.toFixed(0).padStart(7)}`,
    );
  }
  if (skipped.length > 0) console.log(`skipped (no bench data): ${skipped.join(', ')}. ${data.note ?? ''}`);
}

main();
