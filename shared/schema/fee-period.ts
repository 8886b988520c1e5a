/**
 * A fee charged per period (a 代账 firm's 月服务费, a retainer's Monthly Fee, a membership's 年费): a rate,
 * not what the client spent in all. Its header names the period; a cell typed with that same period
 * (300元/月 under 月服务费) is that amount (normalize/amount.ts), and the value tier, the VIP rule and the
 * report count a year of it (plan/yearly-fees.ts), which is what such a business means by a client's
 * worth: the tester's 代账 sheet kept its own 年费 beside it, =月服务费*12 (h72 #5 / #6).
 */
import { foldHeader } from './fold-header';
import { duesPeriod } from './dues-header';

export type FeePeriod = 'month' | 'quarter' | 'year';

/** How many of each period make a year. */
export const PER_YEAR: Readonly<Record<FeePeriod, number>> = { month: 12, quarter: 4, year: 1 };

/**
 * Header words of a fee per period, by period (contained in the folded header). Not a month's sales
 * (本月消费, 月度拿货: what was bought that month, schema/period-columns.ts), which is no rate.
 */
const FEE_WORDS: readonly (readonly [FeePeriod, readonly string[]])[] = [
  ['month', ['月费', '月服务费', '月租', '月供', '月缴', '每月', 'monthly fee', 'monthly fees', 'monthly retainer', 'monthly charge', 'monthly subscription', 'monthly payment', 'per month', 'mrr', 'retainer']],
  ['quarter', ['季费', '季度费', '季度服务费', '每季', 'quarterly fee', 'quarterly fees', 'per quarter']],
  ['year', ['年费', '年服务费', '年缴', '每年', 'annual fee', 'annual fees', 'yearly fee', 'per year', 'per annum', 'arr']],
];
const NOT_A_RATE = ['本月', '上月', '当月', 'this month', 'last month'];

/** The period a fee column's header names, or null for a column of no period (合同金额, Total Spent). */
export function feePeriod(header: unknown): FeePeriod | null {
  if (typeof header !== 'string') return null;
  const { key, words } = foldHeader(header);
  const spaced = words.join(' ');
  if (NOT_A_RATE.some((w) => key.includes(w) || spaced.includes(w))) return null;
  for (const [period, list] of FEE_WORDS) {
    for (const w of list) {
      // A Latin word is matched as whole words (arr, mrr), a Chinese one inside the header.
      if (/^[a-z ]+$/.test(w) ? ` ${spaced} `.includes(` ${w} `) : key.includes(w)) return period;
    }
  }
  // A club's Annual Dues, an association's 会费: a membership's price for a year (dues-header.ts).
  return duesPeriod(header);
}

/** The period a per-period qualifier of a cell names (/月, per month, 每年), or null for a week or a day. */
export function periodOfWord(word: string): FeePeriod | null {
  const w = word.toLowerCase();
  if (/^(?:月|month|mo)$/.test(w)) return 'month';
  if (/^(?:季|季度|quarter)$/.test(w)) return 'quarter';
  if (/^(?:年|year|yr|annum)$/.test(w)) return 'year';
  return null;
}
