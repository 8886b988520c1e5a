/**
 * A lead's intent grade: the A/B/C a 中介, a 4S 店's 销售顾问 or a 招生老师 gives each lead (A = 意向强, ready to
 * buy), read as the value tier where the sheet has no amount (classify/stated-tier.ts). It says how hot a
 * lead is, not what he spent: a buyer who never bought is no key customer gone quiet (tester h76 #10: 13
 * 高价值客户休眠 on 40 buyers who had bought nothing). A grade beside what the customer bought (an amount,
 * a purchase date, an order count, a deal the sheet marks 已成交) stays his value tier.
 */
import type { ClassifiedRow } from '../classify/classify';
import type { FieldId } from '../schema/fields';
import type { FieldHeaders } from './types';

/** A letter grade as leads are graded: A, B级, C类, A类客户 (H, the 4S 店's 'hottest', too). */
const LETTER_GRADE = /^[A-DHa-dh][+＋]?\s*(?:级|类|档|级客户|类客户)?$/u;

/** Columns that say the customer bought: beside one, a grade is what he is worth to the shop. */
const BOUGHT_FIELDS: readonly FieldId[] = ['amount', 'lastPurchase', 'firstPurchase', 'orders'];

/** The row's value tier is only a lead's letter grade, on a sheet that records no purchase, of a customer not marked as one who bought. */
export function isIntentGrade(row: ClassifiedRow, headers: FieldHeaders | undefined): boolean {
  if (row.labels.lifecycle === 'existing') return false;
  if (BOUGHT_FIELDS.some((f) => headers?.[f] !== undefined)) return false;
  const stated = row.reasons.find((r) => r.dimension === 'tier' && r.code === 'classify.reason.statedTier');
  return stated !== undefined && LETTER_GRADE.test(String(stated.params.value ?? '').trim());
}
