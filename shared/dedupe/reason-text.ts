/**
 * A duplicate group's reasons and owner conflict in words, as every place shows them (the sheet's
 * "why duplicates" column, the JSON report, the summary, the across-sheets sheet): evidence against
 * the match starts with "✗ ".
 */
import { t, type Lang } from '../i18n';
import type { Reason } from './types';
import type { FutureOwnerDate, OwnerClaim } from './owner-rule';

export function reasonTexts(lang: Lang, reasons: readonly Reason[]): string[] {
  return reasons.map((r) => (r.evidence === 'against' ? '✗ ' : '') + t(lang, r.code, r.params));
}

/**
 * 撞单：同一客户分属 李四 / 王五, whom the owner rule gives the customer (按先录入归 李四（…）), and each
 * date after today it left out (王五 的最近联系 2024-12-02 晚于今天，未用于判定归属).
 */
/** 可能撞单：若为同一客户，则分属 陈刚 / 王磊 (a review group's possibleOwnerConflict), or nothing. */
export function possibleOwnerConflictTexts(lang: Lang, owners: readonly string[] | undefined): string[] {
  return owners ? [t(lang, 'dedupe.possibleOwnerConflict', { owners: owners.join(' / ') })] : [];
}

export function ownerConflictTexts(lang: Lang, owners: readonly string[] | undefined, claim: OwnerClaim | undefined, future: readonly FutureOwnerDate[] = []): string[] {
  const out = owners ? [t(lang, 'dedupe.ownerConflict', { owners: owners.join(' / ') })] : [];
  if (claim) out.push(t(lang, `dedupe.ownerClaim.${claim.rule}`, { owner: claim.owner, date: claim.date }));
  for (const f of future) out.push(t(lang, 'dedupe.ownerClaim.future', { owner: f.owner, field: f.field, date: f.date }));
  return out;
}
