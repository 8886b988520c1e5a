/**
 * A number that names one holder (an ID card or passport number, a company's 统一社会信用代码) written
 * differently on two rows of a group: two people or two legal entities, or at the least one number
 * typed wrong, and the merge would keep one of the two as his. Two valid codes already keep the rows
 * apart (the comparison's veto); one that fails its check, or a passport, which has none, only weighs
 * against, and a shared mobile, name and birthday outweigh it (a travel agency's 刘美华 on rows 5 and
 * 49, two 护照号: tester h72 #14). Such a group is at most offered for review, never merged by --merge.
 */
import type { PairScore } from './score';

/** Comparisons whose disagreement caps a group at review (rules as data: the comparisons' ids in settings). */
const ONE_HOLDER_NUMBERS: ReadonlySet<string> = new Set(['idCard', 'uscc']);

/** Some pair of the group gives two different numbers of one holder (a level weighing against: not one keystroke off). */
export function holderNumbersDiffer(pairs: readonly PairScore[]): boolean {
  for (const p of pairs) for (const h of p.hits) if (h.weight < 0 && ONE_HOLDER_NUMBERS.has(h.comparison)) return true;
  return false;
}
