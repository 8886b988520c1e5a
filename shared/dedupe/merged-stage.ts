/**
 * The lifecycle stage a merged customer stands at, when his copies state different ones (刘洋's
 * 意向客户 row and 王磊's 已成交 row, a Lead and a Customer, 老客户 and a later 流失): the furthest any copy
 * reached, not the kept row's by the luck of which row is kept. A sales team reads a customer who
 * signed as signed, whichever rep typed him first; the stage he had before is kept in 合并记录.
 *
 * Before the sale, the furthest step of the funnel wins the same way (意向客户 over 潜在客户, Negotiation
 * over Lead: funnel-step.ts).
 *
 * 流失 / Churned is the last stage, reached only after the sale, so it wins over 已成交 too: a churn
 * is not undone by an older copy's 已成交. Only a sale stated on a later row undoes it (he signed
 * again: a win-back), told, as the merge tells a newer phone (newer-contact.ts rowActivity), by the
 * rows' latest update, contact, purchase or entry day. Without a day on every churned row and a later
 * one on the sale's, nothing shows the sale came after, and the churn stands: calling a lost customer
 * as a signed one is the costlier mistake, and his 已成交 is still in 合并记录.
 */
import type { FieldId } from '../schema/fields';
import type { Row } from '../table/table';
import { TAG_RANK } from '../classify/existing-labels';
import { rowActivity } from './newer-contact';

/** The single-valued columns that state a customer's stage (客户类型 / 客户状态, 状态 / 阶段 / Stage, 成交状态 / 是否成交). */
export const STAGE_FIELDS: ReadonlySet<string> = new Set<FieldId>(['customerType', 'status', 'dealStatus']);

/** The lifecycle's stages in the order a customer goes through them (the tags' ladder, read the other way). */
export const STAGE_LADDER: readonly string[] = [...(TAG_RANK.lifecycle ?? [])].reverse();

/** A stage that only a later row's stage undoes (as data: a churn, by a sale after it). */
const UNDONE_BY_LATER: Readonly<Record<string, string>> = { churned: 'existing' };

/** One row's stage in one column, and the row's latest activity day ('' when it has none). */
export interface StageClaim {
  row: Row;
  stage: string;
  day: string;
  /** How far along the funnel within its stage (funnel-step.ts: 意向客户 past 潜在客户, both potential); 0 when none is told. */
  step?: number;
}

const rank = (stage: string): number => STAGE_LADDER.indexOf(stage);

/** `a` stands further than `b`: a later stage, or the same stage a later funnel step. */
const further = (a: StageClaim, b: StageClaim): boolean => {
  const ra = rank(a.stage);
  const rb = rank(b.stage);
  return ra > rb || (ra === rb && (a.step ?? 0) > (b.step ?? 0));
};

/**
 * The claim whose stage the merged row takes: the furthest stage, its first claim (the kept row's,
 * when `claims` lists it first); a stage UNDONE_BY_LATER gives way to the latest claim of the stage
 * that undoes it when that claim is later than every one of its own, each dated. Null for no claims.
 */
export function furthestStage(claims: readonly StageClaim[]): StageClaim | null {
  let top: StageClaim | null = null;
  for (const c of claims) if (rank(c.stage) >= 0 && (top === null || further(c, top))) top = c;
  if (top === null) return null;
  const by = UNDONE_BY_LATER[top.stage];
  if (by === undefined) return top;
  const own = claims.filter((c) => c.stage === top!.stage);
  if (own.some((c) => c.day === '')) return top;
  const lastOwn = own.reduce((d, c) => (c.day > d ? c.day : d), '');
  let later: StageClaim | null = null;
  for (const c of claims) if (c.stage === by && c.day > lastOwn && (later === null || c.day > later.day)) later = c;
  return later ?? top;
}

/**
 * Each row's stage in a column (`stageOf`: null where it states none) with its activity day, the kept
 * row first; `take` tells the other rows whose cell the merge may read (a typed value, not doubtful).
 */
export function stageClaims(
  kept: Row,
  others: readonly Row[],
  stageOf: (r: Row) => string | null,
  take: (r: Row) => boolean,
  fieldCols: Partial<Record<FieldId, number>>,
  today?: string,
  /** The row's funnel step within its stage (funnel-step.ts), when the column tells one. */
  stepOf?: (r: Row) => number,
): StageClaim[] {
  const out: StageClaim[] = [];
  for (const r of [kept, ...others]) {
    if (r !== kept && !take(r)) continue;
    const stage = stageOf(r);
    if (stage !== null) out.push({ row: r, stage, day: rowActivity(r, fieldCols, today), step: stepOf?.(r) ?? 0 });
  }
  return out;
}
