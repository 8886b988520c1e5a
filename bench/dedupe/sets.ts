/**
 * The duplicate finder's quality sets, each turned into a sheet the way a user would hand it to
 * Sheet Keeper: a grid of text cells whose headers map to our fields, plus the truth per row and
 * the sheet's phone region. Public sets get a bench-only column mapping (FEBRL's street number and
 * two address lines become one address; its social security number stands in for a generic ID);
 * generated sets come from examples/generator with their entity ids.
 */
import type { Grid } from '../../shared/table/grid';
import type { FieldId } from '../../shared/schema/fields';
import { EMPTY, text, type Cell } from '../../shared/table/cell';
import { loadDataset } from '../lib/bench-data';
import { shuffleLabelled } from '../lib/shuffle';
import { generateCustomers, sheetRows, firstDataRow } from '../../examples/generator';

export interface QualitySet {
  id: string;
  /** What kind of set it is, for the printed table. */
  kind: 'persons' | 'businesses' | 'generated';
  grid: Grid;
  /** Truth per data row, in grid order. */
  truth: string[];
  /** Sheet row of data row 0. */
  firstRow: number;
  /** null: as given, with the default settings, the run working out region and currency as the CLI does. */
  region: string | null;
  /** Header text → field, handed to the run as header overrides (empty: the sheet's own headers map). */
  overrides: Record<string, FieldId>;
}

export const SHUFFLE_SEED = 20241201;

/** A column of the bench sheet: its field and how it is read from a source row. */
type Column = [FieldId, (row: Record<string, string>) => string];

const cellOf = (v: string): Cell => (v === '' ? EMPTY : text(v));

function fromTable(id: string, kind: QualitySet['kind'], region: string, columns: Column[]): QualitySet {
  const data = loadDataset(id);
  const { rows, truth } = shuffleLabelled(data.rows, data.truth, SHUFFLE_SEED);
  const headers = columns.map(([f]) => f);
  const records = rows.map((r) => Object.fromEntries(data.headers.map((h, i) => [h, r[i] ?? ''])));
  const cells: Cell[][] = [headers.map(cellOf), ...records.map((rec) => columns.map(([, read]) => cellOf(read(rec).trim())))];
  return {
    id,
    kind,
    grid: { sheetName: id, cells, firstRow: 1, firstCol: 1 },
    truth,
    firstRow: 2,
    region,
    overrides: Object.fromEntries(headers.map((h) => [h, h])),
  };
}

/**
 * A public set as a user would hand it over: its own header row (given_name, soc_sec_id, addr …)
 * and no column mapping, so the header mapping is measured along with the matching. The bench
 * mappings above say what the best reading of each set is; the gap between the two is what a
 * user with such a sheet loses to the header mapping.
 */
function asGiven(id: string, kind: QualitySet['kind']): QualitySet {
  const data = loadDataset(id);
  const { rows, truth } = shuffleLabelled(data.rows, data.truth, SHUFFLE_SEED);
  const cells: Cell[][] = [data.headers.map((h) => cellOf(h.trim())), ...rows.map((r) => data.headers.map((_, i) => cellOf((r[i] ?? '').trim())))];
  const name = `${id} (as given)`;
  return { id: name, kind, grid: { sheetName: id, cells, firstRow: 1, firstCol: 1 }, truth, firstRow: 2, region: null, overrides: {} };
}

const col = (name: string) => (r: Record<string, string>) => r[name] ?? '';
const joined = (...names: string[]) => (r: Record<string, string>) => names.map((n) => r[n] ?? '').filter((v) => v !== '').join(' ');

/** FEBRL persons (AU): given_name, surname, street_number + address_1 + address_2, suburb, postcode, state, date_of_birth, soc_sec_id. */
const FEBRL: Column[] = [
  ['firstName', col('given_name')],
  ['lastName', col('surname')],
  ['address', joined('street_number', 'address_1', 'address_2')],
  ['city', col('suburb')],
  ['postcode', col('postcode')],
  ['province', col('state')],
  ['birthday', col('date_of_birth')],
  ['idCard', col('soc_sec_id')],
];

/** Restaurants (US): the name is the organisation's, so it maps to company. */
const RESTAURANT: Column[] = [
  ['company', col('name')],
  ['address', col('addr')],
  ['city', col('city')],
  ['phone', col('phone')],
  ['industry', col('type')],
];

/** Splink's fake_1000 (UK persons). */
const FAKE_1000: Column[] = [
  ['firstName', col('first_name')],
  ['lastName', col('surname')],
  ['birthday', col('dob')],
  ['city', col('city')],
  ['email', col('email')],
];

function generated(lang: 'zh' | 'en', rows: number, seed: number, messy = false, given = false): QualitySet {
  const sheet = generateCustomers(messy ? { seed, rows, lang, messRate: 0.6, duplicateRate: 0.3 } : { seed, rows, lang });
  return {
    id: `generated-${lang}-${rows}${messy ? '-messy' : ''}${given ? ' (as given)' : ''}`,
    kind: 'generated',
    grid: { sheetName: lang === 'zh' ? '客户名单' : 'Customers', cells: sheetRows(sheet).map((r) => r.map(cellOf)), firstRow: 1, firstCol: 1 },
    truth: sheet.entity.map(String),
    firstRow: firstDataRow(sheet),
    region: given ? null : lang === 'zh' ? 'CN' : 'US',
    overrides: {},
  };
}

/** Every quality set, built lazily (the public ones need shared/bench-data). */
export const QUALITY_SETS: readonly { id: string; needsBenchData: boolean; build: () => QualitySet }[] = [
  { id: 'febrl1', needsBenchData: true, build: () => fromTable('febrl1', 'persons', 'AU', FEBRL) },
  { id: 'febrl2', needsBenchData: true, build: () => fromTable('febrl2', 'persons', 'AU', FEBRL) },
  { id: 'febrl3', needsBenchData: true, build: () => fromTable('febrl3', 'persons', 'AU', FEBRL) },
  { id: 'restaurant', needsBenchData: true, build: () => fromTable('restaurant', 'businesses', 'US', RESTAURANT) },
  { id: 'splink-fake-1000', needsBenchData: true, build: () => fromTable('splink-fake-1000', 'persons', 'GB', FAKE_1000) },
  { id: 'febrl1 (as given)', needsBenchData: true, build: () => asGiven('febrl1', 'persons') },
  { id: 'febrl3 (as given)', needsBenchData: true, build: () => asGiven('febrl3', 'persons') },
  { id: 'restaurant (as given)', needsBenchData: true, build: () => asGiven('restaurant', 'businesses') },
  { id: 'splink-fake-1000 (as given)', needsBenchData: true, build: () => asGiven('splink-fake-1000', 'persons') },
  // Never tuned on: 50k Wikidata people with generated errors, clusters of up to hundreds of rows.
  { id: 'chicago (as given)', needsBenchData: true, build: () => asGiven('chicago', 'businesses') },
  { id: 'splink-historical-50k (as given)', needsBenchData: true, build: () => asGiven('splink-historical-50k', 'persons') },
  { id: 'generated-zh-5000', needsBenchData: false, build: () => generated('zh', 5000, 7) },
  // Twice the generator's default mess (0.3) and duplicate rate (0.15).
  { id: 'generated-zh-5000-messy', needsBenchData: false, build: () => generated('zh', 5000, 8, true) },
  { id: 'generated-en-5000', needsBenchData: false, build: () => generated('en', 5000, 7) },
  { id: 'generated-en-5000 (as given)', needsBenchData: false, build: () => generated('en', 5000, 7, false, true) },
];
