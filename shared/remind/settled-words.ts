/**
 * A remark saying the job is done and paid for (已完成, 已结清, 尾款已付, Paid in full): the balance the
 * row's due column names (尾款到期日, 缴费日) is chased no more (tester h71 #17: a wedding held on
 * 2026-10-01, 备注 已完成，客户很满意, was still told 尾款已于 2026-09-20 到期，已过 75 天). Declared as
 * data beside remark-words.ts, its own list: those are words of a customer leaving, these of a job
 * closed, which stops no greeting, follow-up or contract of the customer.
 */
import { isBlank, type Cell } from '../table/cell';
import { foldValue } from '../classify/fold-value';
import { toSimplified } from '../text/simplified';

/** Words of a job finished or paid, matched whole against a part of the remark (after a leading 已). */
export const SETTLED_WORDS: readonly string[] = [
  '完成', '已完成', '服务完成', '服务已完成', '婚礼已完成', '项目完成', '项目已完成', '已办完', '圆满完成', '已圆满完成',
  '结清', '已结清', '款已结清', '尾款已结清', '尾款结清', '全部结清', '已付清', '付清', '款已付清', '尾款已付清', '已付尾款', '尾款已付', '尾款已收',
  '已收尾款', '已付全款', '全款已付', '全款已收', '已收全款', '已全款',
  'completed', 'complete', 'done', 'paid', 'paid in full', 'fully paid', 'balance paid', 'settled', 'paid up', 'all paid',
];

/** Words that say something is still owed: a remark 已完成，尾款未付 settles nothing. */
const STILL_OWED = /未付|未结|未收|没付|没结|没收|欠|待付|待收|催|unpaid|owes|owing|outstanding|overdue|not paid|due/iu;

const fold = (w: string) => toSimplified(foldValue(w)).replace(/[\s-]+/gu, ' ').replace(/[!！。.]+$/u, '').trim();
const SETTLED: ReadonlySet<string> = new Set(SETTLED_WORDS.map(fold));
/** How a remark lists its parts (已完成，客户很满意; Paid in full - thank-you card sent). */
const PART = /\s*(?:[,，、;；|/／]|\s-\s|[—–])\s*/u;

/** The remark's part saying the job is settled (已完成), or null: none does, or another says money is still owed. */
export function remarkSettled(cell: Cell | undefined): string | null {
  if (cell === undefined || isBlank(cell) || cell.kind !== 'text') return null;
  const text = cell.value.trim();
  if (STILL_OWED.test(text)) return null;
  const part = text.split(PART).map(fold).find((p) => SETTLED.has(p) || (p.startsWith('已') && SETTLED.has(p.slice(1))));
  return part === undefined ? null : text;
}

/** A due column naming money the customer pays (尾款, 余款, 缴费, Premium, Balance): what a settled job no longer owes. */
const MONEY_DUE = /尾款|余款|欠款|缴费|交费|缴款|付款|还款|balance|payment|premium|instal+ment|invoice/iu;

export function namesMoneyDue(label: string | undefined): boolean {
  return label !== undefined && MONEY_DUE.test(label);
}
