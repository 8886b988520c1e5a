/**
 * Which of a rep's follow-up plans for one customer typed twice is his newest: the one set at the
 * later contact, not the later date. 何伟's old row (最近联系 10-18) plans 12-10; the copy typed after the
 * call on 11-30 plans 12-08, "客户说下周来店": the visit he agreed to is on the 8th, and a reminder on the
 * 10th comes two days late. Only when the rows do not tell which was written later (no activity date on
 * one of them, or the same day) does the later plan win, as before. The merge (dedupe/merge.ts) and the
 * reminders before it (same-customer.ts withLatestPlan) choose by this one rule, so a merge raises no
 * follow-up the preview did not.
 */
import type { FieldId } from '../schema/fields';

/** The fields dating when a row was last written to (as dedupe/newer-contact.ts reads a newer row), most telling first. */
export const PLAN_MADE_BY: readonly FieldId[] = ['updatedAt', 'lastContact', 'lastPurchase', 'createdAt'];

/** A plan's day and the day its row was last written to (null when the row gives none); days as numbers or ISO texts. */
export interface PlanAt<D extends number | string> {
  plan: D;
  made: D | null;
}

/** Whether `candidate` supersedes `held`: set at a later contact, or, when that is not known, planned for a later day. */
export function supersedes<D extends number | string>(candidate: PlanAt<D>, held: PlanAt<D>): boolean {
  if (candidate.made !== null && held.made !== null && candidate.made !== held.made) return candidate.made > held.made;
  return candidate.plan > held.plan;
}
