/**
 * Prices and the deposits that secure them. A deposit (定金, 订金, 已付定金) is part of a price, paid
 * before the rest (尾款 = 团费 − 定金): never spend beside it. What the customer spent is the price (a
 * travel agent's 团费, a contract's 合同价, a 月子中心's 套餐价), read as the amount wherever its column
 * stands; a deposit is the amount only where no column names a price or a spend (a wedding studio's
 * 定金 beside its 尾款: what the couple paid so far). Tester h72 #2: a tour's 团费 18,800 went unread and
 * its 已付定金 5,000 made the traveller 低价值.
 */
import { foldHeader } from './fold-header';

/** What the customer pays for the whole purchase, in a trade's own words: fallback synonyms of the amount (fields.ts). */
export const PRICE_WORDS: readonly string[] = [
  '团费', '团款', '旅游费', '旅游团费', '合同价', '合同价款', '成交价', '成交价格', '总价', '总价款', '套餐价', '套餐价格', '套餐费', '套餐费用',
  'tour price', 'tour cost', 'trip price', 'trip cost', 'package price', 'total price', 'contract price',
];

/**
 * Deposits paid: fallback synonyms of the amount that come after every other column of it (header-map.ts).
 * Not a security deposit (押金, an English Deposit: a tenant's or a rental's, paid back), which is no spend at all.
 */
export const DEPOSIT_WORDS: readonly string[] = ['定金', '订金', '已付定金', '已交定金', '已收定金', '已付订金', '已交订金', '已收订金'];

const DEPOSIT_KEYS: ReadonlySet<string> = new Set(DEPOSIT_WORDS.map((w) => foldHeader(w).key));

/** Whether a header's matched synonym (its folded key) names a deposit paid. */
export const isDepositKey = (key: string | undefined): boolean => key !== undefined && DEPOSIT_KEYS.has(key);
