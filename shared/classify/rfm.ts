/**
 * RFM scores (recency, frequency, monetary), 1–5 each, by quintile over the sheet.
 * Each value scores by the middle of its group's share of the sorted values (the mid-distribution
 * function, Parzen 2004, "Quantile probability and statistical data modeling"): score =
 * 1 + ⌊5 · (below + equal / 2) / n⌋. Equal values always share a score, row order never matters,
 * n a multiple of 5 gives exact quintiles, and one lone value (or all equal) lands in the middle (3).
 * A blank value means no purchase on record and scores 1 outside the ranking; a value the cleaner
 * could not read leaves the row without RFM.
 */
import type { CustomerRecord } from '../table/records';
import type { Cell } from '../table/cell';
import { isBlank } from '../table/cell';
import { toDayNumber, type CivilDate } from '../table/civil-date';
import { cellDay } from './cell-day';

export interface RfmScores {
  r: number;
  f: number;
  m: number;
  total: number;
}

export type RfmComponent = 'r' | 'f' | 'm';

/** The raw values behind one score of one component, so a report can say what "F = 4" means. */
export interface RfmBand {
  component: RfmComponent;
  score: number;
  /** Days since last purchase (r), orders (f) or amount (m). */
  min: number;
  max: number;
  count: number;
}

export interface RfmSummary {
  /** Rows with scores. */
  scored: number;
  /** Rows left without scores because a value could not be read. */
  unreadable: number;
  bands: RfmBand[];
}

type Raw = number | 'blank' | 'unreadable';

function rawNumber(cell: Cell | undefined): Raw {
  if (!cell || isBlank(cell)) return 'blank';
  return cell.kind === 'number' && Number.isFinite(cell.value) ? cell.value : 'unreadable';
}

function rawRecency(cell: Cell | undefined, today: number): Raw {
  if (!cell || isBlank(cell)) return 'blank';
  const day = cellDay(cell);
  return day !== null ? Math.max(0, today - day) : 'unreadable';
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

export function computeRfm(records: readonly CustomerRecord[], today: CivilDate): { scores: (RfmScores | null)[]; summary: RfmSummary } {
  const todayDay = toDayNumber(today);
  const raws = records.map((rec) => ({
    r: rawRecency(rec.fields.lastPurchase, todayDay),
    f: rawNumber(rec.fields.orders),
    m: rawNumber(rec.fields.amount),
  }));
  const readable = raws.map((x) => x.r !== 'unreadable' && x.f !== 'unreadable' && x.m !== 'unreadable');
  const tables = {} as Record<RfmComponent, Map<number, number>>;
  for (const c of ['r', 'f', 'm'] as const) {
    const values: number[] = [];
    raws.forEach((x, i) => {
      const v = x[c];
      if (readable[i] && typeof v === 'number') values.push(v);
    });
    tables[c] = quintileScores(values, c === 'r');
  }
  const score = (c: RfmComponent, v: Raw) => (typeof v === 'number' ? (tables[c].get(v) as number) : 1);
  const bands = new Map<string, RfmBand>();
  const scores = raws.map((x, i): RfmScores | null => {
    if (!readable[i]) return null;
    const s = { r: score('r', x.r), f: score('f', x.f), m: score('m', x.m) };
    for (const c of ['r', 'f', 'm'] as const) {
      const v = x[c];
      if (typeof v !== 'number') continue;
      const key = `${c}${s[c]}`;
      const band = bands.get(key);
      if (!band) bands.set(key, { component: c, score: s[c], min: v, max: v, count: 1 });
      else {
        band.min = Math.min(band.min, v);
        band.max = Math.max(band.max, v);
        band.count++;
      }
    }
    return { ...s, total: s.r + s.f + s.m };
  });
  const order = { r: 0, f: 1, m: 2 };
  const summary: RfmSummary = {
    scored: scores.filter((s) => s !== null).length,
    unreadable: readable.filter((ok) => !ok).length,
    bands: [...bands.values()].sort((a, b) => order[a.component] - order[b.component] || b.score - a.score),
  };
  return { scores, summary };
}
