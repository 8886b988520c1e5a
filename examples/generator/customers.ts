/**
 * Seeded generator of messy customer sheets with known truth: which rows are the same customer
 * (duplicates with variations, a few pasted twice) and which only look alike (hard negatives).
 * The same options always give the same sheet.
 */
import { parseIso, type CivilDate } from '../../shared/table/civil-date';
import type { RenderContext, SheetModel } from './model';
import { Rng } from './rng';
import type { GenerateOptions, GeneratedSheet, RowRole } from './types';
import { enModel } from './en-customers';
import { zhModel } from './zh-customers';

export const DEFAULT_AS_OF = '2024-12-01';
const DEFAULT_DUPLICATE_RATE = 0.15;
const DEFAULT_MESS_RATE = 0.3;
/** Share of later rows that are the first row pasted again unchanged (same customer number too). */
const COPY_RATE = 0.1;
/** Share of later rows entered right below the first one (typed twice in one sitting). */
const ADJACENT_RATE = 0.15;

export function generateCustomers(options: GenerateOptions): GeneratedSheet {
  const { seed, rows, lang } = options;
  const duplicateRate = options.duplicateRate ?? DEFAULT_DUPLICATE_RATE;
  const messRate = options.messRate ?? DEFAULT_MESS_RATE;
  const asOfText = options.asOf ?? DEFAULT_AS_OF;
  if (!Number.isInteger(rows) || rows < 0) throw new RangeError(`rows must be a whole number ≥ 0, got ${rows}`);
  if (!(duplicateRate >= 0 && duplicateRate <= 0.6)) throw new RangeError(`duplicateRate must be in [0, 0.6], got ${duplicateRate}`);
  if (!(messRate >= 0 && messRate <= 1)) throw new RangeError(`messRate must be in [0, 1], got ${messRate}`);
  const asOf = parseIso(asOfText);
  if (!asOf) throw new RangeError(`asOf must be an ISO date, got ${asOfText}`);
  if (lang === 'zh') return assemble(zhModel, seed, rows, duplicateRate, messRate, asOf, asOfText);
  if (lang === 'en') return assemble(enModel, seed, rows, duplicateRate, messRate, asOf, asOfText);
  throw new RangeError(`lang must be 'zh' or 'en', got ${String(lang)}`);
}

interface Slot {
  person: number;
  key: number;
}

function assemble<P, V>(model: SheetModel<P, V>, seed: number, rowCount: number, duplicateRate: number, mess: number, asOf: CivilDate, asOfText: string): GeneratedSheet {
  const root = new Rng(seed);
  const sheetRng = root.fork('sheet');
  const headers = model.headers(sheetRng);
  const title = model.title(sheetRng, asOf);

  // How many rows each customer gets: 1, or 2–3 for the duplicated ones.
  // A duplicate needs its customer: one row is one customer whatever the rate (1 × 0.5 rounds to 1).
  const extras = Math.min(Math.round(rowCount * duplicateRate), Math.max(rowCount - 1, 0));
  const entityCount = rowCount - extras;
  const copies = allocateCopies(entityCount, extras, root.fork('copies'));

  const peopleRng = root.fork('people');
  const nextPerson = model.people(peopleRng, asOf, mess);
  const people: P[] = [];
  const roles: RowRole[] = [];
  const related: number[] = [];
  for (let i = 0; i < entityCount; i++) {
    const made = nextPerson(people);
    people.push(made.person);
    roles.push(made.role);
    related.push(made.related);
  }

  const order = sheetOrder(copies, root.fork('order'));

  const renderRng = root.fork('render');
  const ctx: RenderContext = { rng: renderRng, mess, asOf };
  const idWidth = Math.max(4, String(rowCount).length);
  const firstRow = new Map<number, string[]>();
  const newId = new Map<number, number>();
  const out: GeneratedSheet = { title, headers, fields: model.fields.slice(), rows: [], entity: [], roles: [], related: [], asOf: asOfText };
  for (let r = 0; r < order.length; r++) {
    const p = order[r];
    const first = firstRow.get(p);
    let row: string[];
    let role: RowRole;
    if (!first) {
      row = model.render(people[p], null, ctx);
      if (model.idColumn !== null) row[model.idColumn] = model.formatId(r + 1, idWidth, ctx);
      firstRow.set(p, row);
      newId.set(p, newId.size);
      role = roles[p];
    } else if (renderRng.chance(COPY_RATE)) {
      row = first.slice();
      role = 'copy';
    } else {
      row = model.render(people[p], model.variations(people[p], renderRng), ctx);
      if (model.idColumn !== null) row[model.idColumn] = model.formatId(r + 1, idWidth, ctx);
      role = 'duplicate';
    }
    out.rows.push(row);
    out.entity.push(newId.get(p) as number);
    out.roles.push(role);
    out.related.push(p);
  }
  // Hard negatives point at the customer they resemble, in the renumbered ids (−1 otherwise).
  out.related = out.related.map((p, r) => {
    const base = related[p];
    return out.roles[r] === 'duplicate' || out.roles[r] === 'copy' || base < 0 ? -1 : (newId.get(base) ?? -1);
  });
  return out;
}

/** Spreads `extras` additional rows over customers, giving each duplicated customer one or two more. */
function allocateCopies(entities: number, extras: number, rng: Rng): number[] {
  const copies = new Array<number>(entities).fill(1);
  const order = rng.shuffle(Array.from({ length: entities }, (_, i) => i));
  let left = extras;
  for (let k = 0; left > 0 && entities > 0; k++) {
    const i = order[k % entities];
    const room = 3 - copies[i];
    if (room <= 0) {
      if (k >= 3 * entities) break;
      continue;
    }
    const add = Math.min(left, room, rng.chance(0.3) ? 2 : 1);
    copies[i] += add;
    left -= add;
  }
  return copies;
}

/**
 * Row order: customers in random order, later rows of a customer scattered through the sheet,
 * except some entered right below their first row. Sorting random keys keeps this O(n log n).
 */
function sheetOrder(copies: readonly number[], rng: Rng): number[] {
  const slots: Slot[] = [];
  copies.forEach((n, person) => {
    const key = rng.next();
    slots.push({ person, key });
    for (let k = 1; k < n; k++) slots.push({ person, key: rng.chance(ADJACENT_RATE) ? key + 1e-9 * k : rng.next() });
  });
  slots.sort((a, b) => a.key - b.key || a.person - b.person);
  return slots.map((s) => s.person);
}
