/**
 * A membership's dues (a club's Annual Dues (€), a union's Membership Dues, an association's 会费): the
 * price of the membership for a period, as an Annual Fee or a 年费 is (fee-period.ts), never money the
 * member owes nor a running total of what he spent. Folded, Dues is Due, the word of Balance Due and
 * Amount Due: read as a debt, every member's dues were "money owed", no value tier was made, and a
 * member who re-registered had his two rows' dues added (tester h79 #1). Only a header that says the
 * dues are unpaid (Dues Outstanding, Unpaid Dues, 欠缴会费) names a debt. Rules as data.
 */
import type { FeePeriod } from './fee-period';
import { foldHeader } from './fold-header';

/** The word Dues as typed (a plural: Balance Due is no dues), or a Chinese header word of one. */
const DUES_WORD = /(?:^|[^\p{L}])dues(?:$|[^\p{L}])/iu;
const DUES_HEADS = ['会费', '会员费', '年会费'];

/** Words that make the dues a debt (Unpaid Dues), or the column about them no amount (Dues Date, Dues Paid?). */
const NOT_PRICE_WORDS: ReadonlySet<string> = new Set(['owed', 'owing', 'outstanding', 'unpaid', 'overdue', 'arrear', 'arrears', 'receivable', 'balance', 'remaining',
  'date', 'day', 'time', 'status', 'method', 'type', 'term', 'reason', 'note', 'expiry', 'expires', 'expiration', 'renewal', 'year']);
const NOT_PRICE_HEADS = ['欠', '未缴', '未交', '未付', '待缴', '应收', '日期', '时间', '天数', '状态', '是否', '方式', '备注', '到期', '截止', '有效期', '缴费日', '缴纳日'];

const PERIOD_WORDS: readonly (readonly [FeePeriod, RegExp])[] = [
  ['month', /month|月/iu],
  ['quarter', /quarter|季/iu],
];

/** The period a dues column's fee is for (a year unless the header says a month or a quarter), or null for no dues column. */
export function duesPeriod(header: unknown): FeePeriod | null {
  if (typeof header !== 'string') return null;
  const { key, words } = foldHeader(header);
  if (!DUES_WORD.test(header) && !DUES_HEADS.some((h) => key.includes(h))) return null;
  if (header.includes('?') || header.includes('？')) return null;
  if (words.some((w) => NOT_PRICE_WORDS.has(w)) || NOT_PRICE_HEADS.some((h) => key.includes(h))) return null;
  return PERIOD_WORDS.find(([, re]) => re.test(header))?.[0] ?? 'year';
}
