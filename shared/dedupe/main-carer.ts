/**
 * Whose row a merge keeps when two carers each typed one customer in (a flat two 管家 logged, a pet two
 * doctors saw, a buyer two reps entered) and the owner rule decided nothing (no 创建日期, a tie, the
 * rule off). The most complete row would hand the customer to whoever typed more cells, often the
 * second carer's hasty copy with one note more; the carer who looks after the customer is the one
 * holding more of his rows, and between carers holding as many, the one who typed him in first (the
 * earlier 创建日期, else the row higher in the sheet, which was typed before the rows under it).
 * The choice is said among the group's reasons, so the user sees why that row and carer were kept;
 * the other carer stays in the merged values and the archive, as every merged owner does.
 */
import type { CustomerRecord } from '../table/records';
import type { Reason } from './types';
import { ownerKey, ownerName, ownersClash } from '../table/owner-name';
import { dateKey } from './keys/date';

export interface MainCarer {
  /** The carer as the kept row writes him. */
  owner: string;
  /** The row kept: the carer's best-ranked row of the group. */
  sheetRow: number;
  /** rows: he holds more of the customer's rows; created: as many, his row was created first; first: as many, his row is higher in the sheet. */
  by: 'rows' | 'created' | 'first';
  /** His rows among the customer's, and all the customer's rows. */
  count: number;
  total: number;
  /** The 创建日期 that decided (`YYYY-MM-DD`), when `by` is created. */
  date?: string;
}

const keyOf = (r: CustomerRecord): string => {
  const name = ownerName(r.fields.owner);
  return name === '' ? '' : ownerKey(name);
};

/** The day a row was created (`YYYY-MM-DD`), or '' when it gives none, or one after `today` (a typo the run flags). */
function createdDay(r: CustomerRecord, today: string | undefined): string {
  const d = dateKey(r.fields.createdAt);
  return d?.valid && (today === undefined || d.value <= today) ? d.value : '';
}

/**
 * The main carer of a group whose rows name carers who share none (ownersClash), and his row the merge
 * keeps; null when the rows name one carer (or carers in common: 王磊 beside 王磊/刘洋). `ranked`: the
 * group's rows in survivor-rule order (a carer's first row there is his kept row); `customer`: all the
 * customer's rows (his other flats and pets count towards his carer), `ranked` among them.
 */
export function mainCarer(ranked: readonly CustomerRecord[], customer: readonly CustomerRecord[], today?: string): MainCarer | null {
  if (!ownersClash(ranked.map((r) => ownerName(r.fields.owner)))) return null;
  const counts = new Map<string, number>();
  for (const r of customer) {
    const k = keyOf(r);
    if (k !== '') counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const named = ranked.filter((r) => keyOf(r) !== '');
  const most = Math.max(...named.map((r) => counts.get(keyOf(r)) ?? 0));
  const top = named.filter((r) => (counts.get(keyOf(r)) ?? 0) === most);
  // Each tied carer's best-ranked row: the row of his the merge would keep.
  const rowOf = new Map<string, CustomerRecord>();
  for (const r of top) if (!rowOf.has(keyOf(r))) rowOf.set(keyOf(r), r);
  const said = (row: CustomerRecord, by: MainCarer['by'], date?: string): MainCarer => ({
    owner: ownerName(row.fields.owner), sheetRow: row.sheetRow, by, count: most, total: customer.length, ...(date ? { date } : {}),
  });
  if (rowOf.size === 1) return said(top[0], 'rows');
  // As many rows each: the carer who typed the customer in first. His earliest row of the group is his claim to it.
  const firsts = [...rowOf.keys()].map((k) => top.filter((r) => keyOf(r) === k).reduce((a, b) => (b.sheetRow < a.sheetRow ? b : a)));
  const days = firsts.map((r) => createdDay(r, today));
  if (days.every((d) => d !== '')) {
    const earliest = days.reduce((a, b) => (b < a ? b : a));
    const at = days.filter((d) => d === earliest);
    if (at.length === 1) return said(rowOf.get(keyOf(firsts[days.indexOf(earliest)]))!, 'created', earliest);
  }
  const first = firsts.reduce((a, b) => (b.sheetRow < a.sheetRow ? b : a));
  return said(rowOf.get(keyOf(first))!, 'first');
}

/** The reason saying why the main carer's row is kept (保留第 2 行：何丽 负责该客户 3 行中的 2 行，是主要负责人). */
export function mainCarerReason(carer: MainCarer): Reason {
  const params = { row: carer.sheetRow, owner: carer.owner, count: carer.count, total: carer.total };
  if (carer.by === 'rows') return { code: 'dedupe.reason.mainCarer', evidence: 'for', params };
  if (carer.by === 'created') return { code: 'dedupe.reason.mainCarerCreated', evidence: 'for', params: { ...params, date: carer.date ?? '' } };
  return { code: 'dedupe.reason.mainCarerFirst', evidence: 'for', params };
}
