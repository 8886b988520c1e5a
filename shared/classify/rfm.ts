/**
 * RFM scores (recency, frequency, monetary), 1–5 each, by quintile over the sheet.
 * Each value scores by the middle of its group's share of the sorted values (the mid-distribution
 * function, Parzen 2004, "Quantile probability and statistical data modeling"): score =
 * 1 + ⌊5 · (below + equal / 2) / n⌋. Equal values always share a score, row order never matters,
 * n a multiple of 5 gives exact quintiles, and one lone value (or all equal) lands in the middle (3).
 * A blank value, or no orders and no amount (0: a lead typed 0 who never bought), means no purchase
 * on record and scores 1 outside the ranking: ranked, a sheet's 1,200 leads typed 0 would fill the
 * lowest quintiles and lift every buyer's score, so typing 0 instead of leaving the cell blank would
 * change the buyers' classes. A value the cleaner could not read leaves the row without RFM. A component whose column the sheet does not have (a
 * member list with spend and last visit but no order count) is left out, as in two-factor RFM (RM):
 * scoring it 1 would hold everyone below the "high" bar, scoring it 3 would invent an average
 * frequency; the other scores are scaled to the 3–15 total the thresholds speak of instead.
 * A sheet of period columns (1月 … 12月, Q1 … Q4) gives the frequency where a row has no orders
 * value: the periods he bought in (records.ts boughtIn), as RFM is scored on period data; a buyer in
 * 11 months of 12 is no longer one who bought once for the same total. A typed orders value wins.
 * Where neither says it, a salon's or a clinic's visit count (到店次数, Total Visits) does: each visit
 * is a service paid for. An estate agency's viewings or a gym's check-ins never do (fields.ts
 * `viewings`): they buy nothing.
 */
import type { BoughtIn, CustomerRecord } from '../table/records';
import type { Cell } from '../table/cell';
import { isBlank } from '../table/cell';
import { toDayNumber, type CivilDate } from '../table/civil-date';
import { cellDay } from './cell-day';

/** A component is absent when the sheet has no column for it or no row fills it (RfmSummary.missing). */
export interface RfmScores {
  r?: number;
  f?: number;
  m?: number;
  /** The sum of the scores, scaled to 3–15 when a component is missing (may then be fractional). */
  total: number;
}

export type RfmComponent = 'r' | 'f' | 'm';

/** The raw values behind one score of one component, so a report can say what "F = 4" means. */
export interface RfmBand {
  component: RfmComponent;
  score: number;
  /** Days since last purchase (r), orders or periods bought in (f), or amount (m). */
  min: number;
  max: number;
  count: number;
}

export interface RfmSummary {
  /** Customers with scores (a customer typed twice once). */
  scored: number;
  /** Customers left without scores because a value could not be read. */
  unreadable: number;
  /** Components left out because the sheet has no column for them. */
  missing: RfmComponent[];
  bands: RfmBand[];
}

const COMPONENTS: readonly RfmComponent[] = ['r', 'f', 'm'];

/** The sheet field each component is read from. */
export const RFM_COLUMNS: Readonly<Record<RfmComponent, 'lastPurchase' | 'orders' | 'amount'>> = {
  r: 'lastPurchase',
  f: 'orders',
  m: 'amount',
};

/** 'blank': no purchase on record (scores 1, unranked). */
type Raw = number | 'blank' | 'unreadable';

function rawNumber(cell: Cell | undefined): Raw {
  if (!cell || isBlank(cell)) return 'blank';
  if (cell.kind !== 'number' || !Number.isFinite(cell.value)) return 'unreadable';
  // Nothing bought (0, or a refund's minus, flagged by its own check): no purchase on record, as
  // lifecycleByPurchase reads it (bought: orders or amount above 0).
  return cell.value > 0 ? cell.value : 'blank';
}

function rawRecency(cell: Cell | undefined, today: number): Raw {
  if (!cell || isBlank(cell)) return 'blank';
  const day = cellDay(cell);
  // A last purchase after today is a mistake the run flags (最近购买 晚于今天): it earns no best
  // recency, and tells no more than a date that cannot be read.
  return day !== null && day <= today ? today - day : 'unreadable';
}

/** Score of each distinct value; `lowerIsBetter` for recency (fewer days since purchase is better). */
export function quintileScores(values: readonly number[], lowerIsBetter = false): Map<number, number> {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const scores = new Map<number, number>();
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && sorted[j] === sorted[i]) j++;
    const equal = j - i;
    const below = lowerIsBetter ? n - j : i;
    scores.set(sorted[i], Math.min(5, 1 + Math.floor((5 * (2 * below + equal)) / (2 * n))));
    i = j;
  }
  return scores;
}

/**
 * `customerOf[i]`, when given, is the index of the record whose scores record i takes: a customer
 * typed twice and not merged yet is ranked once, on the row a merge would keep (his copy counted
 * twice would push the others down a fifth), and each of his rows shows that row's scores, so a
 * merge changes no one's score but by the values it fills in. Absent: every record is a customer.
 * `fromPeriods[i]`: the periods that scored row i's frequency (records.ts boughtIn), for its reason
 * to say; null where an orders value did, or nothing. `fromVisits[i]`: the visits that scored it, likewise.
 */
export function computeRfm(records: readonly CustomerRecord[], today: CivilDate, customerOf?: readonly number[]): { scores: (RfmScores | null)[]; summary: RfmSummary; fromPeriods: (BoughtIn | null)[]; fromVisits: (number | null)[] } {
  const todayDay = toDayNumber(today);
  const typed = (cell: Cell | undefined) => cell !== undefined && !isBlank(cell);
  // Whether a row's frequency is the periods he bought in: he has them, and no orders value of his own.
  const fromPeriods = records.map((rec) => rec.boughtIn !== undefined && !typed(rec.fields.orders));
  // Or his visits (到店次数): neither an orders value nor periods of his say how often he bought.
  const byVisits = records.map((rec, i) => !fromPeriods[i] && !typed(rec.fields.orders) && typed(rec.fields.visits));
  const raws = records.map((rec, i) => ({
    r: rawRecency(rec.fields.lastPurchase, todayDay),
    f: fromPeriods[i] ? rec.boughtIn!.periods : rawNumber(byVisits[i] ? rec.fields.visits : rec.fields.orders),
    m: rawNumber(rec.fields.amount),
  }));
  const ranked = (i: number) => customerOf === undefined || customerOf[i] === i;
  // A component is there when some row fills its column with a purchase: a column nobody filled
  // (购买次数 left blank, or 0 on every row) says no more than no column, and scoring everyone 1
  // for it would cap every total.
  const present = COMPONENTS.filter((c) => raws.some((x) => x[c] !== 'blank'));
  const missing = COMPONENTS.filter((c) => !present.includes(c));
  const readable = raws.map((x) => present.every((c) => x[c] !== 'unreadable'));
  const tables = {} as Record<RfmComponent, Map<number, number>>;
  for (const c of present) {
    const values: number[] = [];
    raws.forEach((x, i) => {
      const v = x[c];
      if (readable[i] && ranked(i) && typeof v === 'number') values.push(v);
    });
    tables[c] = quintileScores(values, c === 'r');
  }
  const score = (c: RfmComponent, v: Raw) => (typeof v === 'number' ? (tables[c].get(v) as number) : 1);
  const scale = COMPONENTS.length / Math.max(1, present.length);
  const bands = new Map<string, RfmBand>();
  const own = raws.map((x, i): RfmScores | null => {
    if (!readable[i] || !ranked(i) || present.length === 0) return null;
    const s = {} as RfmScores;
    let sum = 0;
    for (const c of present) {
      const v = x[c];
      sum += s[c] = score(c, v);
      if (typeof v !== 'number') continue;
      const key = `${c}${s[c]}`;
      const band = bands.get(key);
      if (!band) bands.set(key, { component: c, score: s[c] as number, min: v, max: v, count: 1 });
      else {
        band.min = Math.min(band.min, v);
        band.max = Math.max(band.max, v);
        band.count++;
      }
    }
    s.total = sum * scale;
    return s;
  });
  const scores = customerOf === undefined ? own : own.map((s, i) => (ranked(i) ? s : own[customerOf[i]] ?? null));
  const order = { r: 0, f: 1, m: 2 };
  const summary: RfmSummary = {
    scored: own.filter((s) => s !== null).length,
    unreadable: readable.filter((ok, i) => !ok && ranked(i)).length,
    missing,
    bands: [...bands.values()].sort((a, b) => order[a.component] - order[b.component] || b.score - a.score),
  };
  // Each row says the periods of the row whose scores it shows (a copy: the kept row's), where they scored his frequency.
  const periodsOf = (i: number): BoughtIn | null => (fromPeriods[i] && scores[i] !== null ? records[i].boughtIn! : null);
  const shown = records.map((_, i) => (customerOf === undefined || ranked(i) ? periodsOf(i) : scores[i] === null ? null : periodsOf(customerOf[i])));
  const visitsOf = (i: number): number | null => (byVisits[i] && scores[i] !== null && typeof raws[i].f === 'number' ? (raws[i].f as number) : null);
  const visits = records.map((_, i) => (customerOf === undefined || ranked(i) ? visitsOf(i) : scores[i] === null ? null : visitsOf(customerOf[i])));
  return { scores, summary, fromPeriods: shown, fromVisits: visits };
}
