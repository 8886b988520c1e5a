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

export function ownerConflictTexts(lang: Lang, owners: readonly string[] | undefined, claim: OwnerClaim | undefined, future: readonly FutureOwnerDate[] = [], carers?: string): string[] {
  const out = !owners ? [] : carers !== undefined
    // Service staff (Instructor, 老师): seen by two instructors, no 撞单 (DuplicateGroup.ownerConflict.carers).
    ? [t(lang, 'dedupe.seenByCarers', { count: countWord(lang, owners.length), roles: staffNoun(lang, carers, owners.length), owners: owners.join(' / ') })]
    : [t(lang, 'dedupe.ownerConflict', { owners: owners.join(' / ') })];
  if (claim) out.push(t(lang, `dedupe.ownerClaim.${claim.rule}`, { owner: claim.owner, date: claim.date }));
  for (const f of future) out.push(t(lang, 'dedupe.ownerClaim.future', { owner: f.owner, field: f.field, date: f.date }));
  return out;
}

const COUNT_WORDS: Readonly<Record<Lang, readonly string[]>> = { 'zh-CN': ['', '一', '两', '三', '四', '五'], en: ['', 'one', 'two', 'three', 'four', 'five'] };

/** How many, as a word where it is short (two, 两). */
function countWord(lang: Lang, count: number): string {
  return COUNT_WORDS[lang][count] ?? String(count);
}

/**
 * The staff the owner column names, as a noun for several of them: Instructor → instructors,
 * Primary Provider → primary providers; a Chinese header (老师, 主治医生) as written.
 */
export function staffNoun(lang: Lang, header: string, count: number): string {
  const word = header.trim();
  if (lang === 'zh-CN' || !/^[A-Za-z][A-Za-z .'-]*$/.test(word)) return word;
  const lower = word === word.toUpperCase() ? word : word.toLowerCase();
  if (count === 1) return lower;
  if (/(?:s|sh|ch|x|z)$/i.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/i.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}
