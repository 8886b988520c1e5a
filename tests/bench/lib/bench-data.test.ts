import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BENCH_DATA_ENV, DATASETS, benchDataDir, loadBenchCsv, loadDataset } from '../../../bench/lib/bench-data';

/** A miniature bench-data folder with the real sets' quirks: FEBRL's ", " separators, restaurant's '0' quoting, patstat's join. */
function makeFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sk-bench-data-'));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  write('febrl1/dataset1.csv', [
    'rec_id, given_name, surname, postcode',
    'rec-1-org, sarah, bruhn, 4510',
    'rec-1-dup-0, sara, bruhn, 4510',
    'rec-2-org, , waller, 4011',
  ].join('\n'));
  write('febrl4/dataset4a.csv', 'rec_id, given_name\nrec-7-org, anna\n');
  write('febrl4/dataset4b.csv', 'rec_id, given_name\nrec-7-dup-0, ana\n');
  write('febrl-dsgen/dataset_C_1000.csv', 'rec_id,given_name,blocking_number\n260,erin,3\n261,erim,3\n40,max,1\n');
  write('restaurant-fodors-zagat/restaurant.csv', '"id","name","phone","class"\r\n1,"arnie morton\'s","310/246-1501", \'0\'\r\n2,"arnie mortons","310-246-1501", \'0\'\r\n3,"art\'s deli","818-762-1221", \'1\'\r\n');
  write('dedupe-patstat/patstat_input.csv', 'person_id,Name\n2909,AGILENT TECHNOLOGIES\n3574,AKZO NOBEL\n3575,AKZO NOBEL NV\n');
  write('dedupe-patstat/patstat_reference.csv', 'person_id,leuven_id,person_name\n2909,402600,agilent\n3574,569309,akzo\n3575,569309,akzo\n');
  return dir;
}

describe('bench data loading', () => {
  let dir: string;
  const saved = process.env[BENCH_DATA_ENV];
  beforeAll(() => {
    dir = makeFixture();
    process.env[BENCH_DATA_ENV] = dir;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env[BENCH_DATA_ENV];
    else process.env[BENCH_DATA_ENV] = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds the folder named by the environment variable', () => {
    expect(benchDataDir()).toEqual({ dir, exists: true });
  });

  it('trims FEBRL\'s ", " separators from headers and values', () => {
    const t = loadBenchCsv('febrl1/dataset1.csv');
    expect(t.headers).toEqual(['rec_id', 'given_name', 'surname', 'postcode']);
    expect(t.rows[2]).toEqual(['rec-2-org', '', 'waller', '4011']);
  });

  it.each<[string, string[], string[], string[]]>([
    ['febrl1', ['given_name', 'surname', 'postcode'], ['rec-1', 'rec-1', 'rec-2'], ['sarah', 'sara', '']],
    ['febrl4', ['given_name', 'source'], ['rec-7', 'rec-7'], ['anna', 'ana']],
    ['febrl-dsgen-C-1000', ['given_name'], ['26', '26', '4'], ['erin', 'erim', 'max']],
    ['restaurant', ['name', 'phone'], ['0', '0', '1'], ["arnie morton's", 'arnie mortons', "art's deli"]],
    ['patstat', ['person_id', 'Name'], ['402600', '569309', '569309'], ['2909', '3574', '3575']],
  ])('%s: truth split off, leaking columns hidden', (id, headers, truth, firstColumn) => {
    const t = loadDataset(id);
    expect(t.headers).toEqual(headers);
    expect(t.truth).toEqual(truth);
    expect(t.rows.map((r) => r[0])).toEqual(firstColumn);
  });

  it('stacks linkage files with a source column', () => {
    expect(loadDataset('febrl4').rows.map((r) => r[1])).toEqual(['dataset4a.csv', 'dataset4b.csv']);
  });

  it('names the known sets when asked for an unknown one', () => {
    expect(() => loadDataset('nope')).toThrow(/febrl1.*restaurant/s);
  });

  it('says which file is missing', () => {
    expect(() => loadDataset('febrl2')).toThrow(/febrl2\/dataset2\.csv/);
  });

  it('every declared set has a truth rule and files', () => {
    for (const d of DATASETS) {
      expect(d.files.length).toBeGreaterThan(0);
      expect('column' in d.truth || 'join' in d.truth).toBe(true);
    }
  });
});

describe('bench data missing', () => {
  const saved = process.env[BENCH_DATA_ENV];
  afterAll(() => {
    if (saved === undefined) delete process.env[BENCH_DATA_ENV];
    else process.env[BENCH_DATA_ENV] = saved;
  });

  it('reports the folder it looked in and how to fix it, and loading then fails with that note', () => {
    process.env[BENCH_DATA_ENV] = path.join(os.tmpdir(), 'sk-no-such-bench-data');
    const loc = benchDataDir();
    expect(loc.exists).toBe(false);
    expect(loc.note).toContain(loc.dir);
    expect(loc.note).toContain(BENCH_DATA_ENV);
    expect(() => loadDataset('febrl1')).toThrow(/not found/);
  });
});
