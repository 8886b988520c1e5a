/**
 * A shop's, a salon's or a café's visits are its sales: a POS export (Square's First Visit / Last Visit
 * beside Transaction Count and Total Spend, Fresha's Last visit beside Total sales) counts a visit only
 * when something was paid for. Read as a contact, every such customer "has orders or an amount but no
 * last purchase date" and his recency went unread (tester h73 #23). So on a sheet that counts its
 * customers' transactions or visits beside what they spent, and names no purchase day of its own, its
 * Last Visit is the last purchase and its First Visit the first. Elsewhere a visit stays a contact: a
 * practice's patients, a gym's check-ins, a prepaid-card member's 到店 (her purchase is the top-up);
 * the words are a visit's only, never a call's or a meeting's.
 */
import type { FieldId } from './fields';
import { foldHeader } from './fold-header';

interface Candidate { col: number; field: FieldId; confidence: number; synonym?: string; fallback?: boolean }

const LAST_VISIT = new Set(['last visit', 'last visit date', 'date of last visit', 'last visited', 'most recent visit',
  '最近到店', '最近到店时间', '最近到店日期', '最后到店时间', '最后到店', '最后到店日期', '上次到店', '上次到店日期', '上次到店时间'].map((w) => foldHeader(w).key));
const FIRST_VISIT = new Set(['first visit', 'first visit date', 'date of first visit', '首次到店', '首次到店日期', '首次到店时间'].map((w) => foldHeader(w).key));
/** What says each visit is a sale: a count of them (Transaction Count, Total visits) beside what was spent. */
const COUNTS: ReadonlySet<FieldId> = new Set<FieldId>(['orders', 'visits']);

export function visitsAsPurchases(candidates: Candidate[], texts: readonly string[]): void {
  if (!candidates.some((c) => c.field === 'amount') || !candidates.some((c) => COUNTS.has(c.field))) return;
  const named = (field: FieldId) => candidates.some((c) => c.field === field && !LAST_VISIT.has(foldHeader(texts[c.col] ?? '').key) && !FIRST_VISIT.has(foldHeader(texts[c.col] ?? '').key));
  const hasLast = named('lastPurchase');
  const hasFirst = named('firstPurchase');
  texts.forEach((h, col) => {
    const key = foldHeader(h).key;
    const field: FieldId | null = LAST_VISIT.has(key) && !hasLast ? 'lastPurchase' : FIRST_VISIT.has(key) && !hasFirst ? 'firstPurchase' : null;
    if (field === null) return;
    for (let i = candidates.length - 1; i >= 0; i--) if (candidates[i].col === col) candidates.splice(i, 1);
    candidates.push({ col, field, confidence: 1, synonym: key });
  });
}
