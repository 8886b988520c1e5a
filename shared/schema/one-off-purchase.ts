/**
 * Whether a sheet sells things bought once (a car, a home, a wedding): its headers name the steps of
 * such a sale (试驾, 过户, 意向车型, 认购, 网签, 婚期). Its buyer who has not bought again within a year
 * has not churned: he bought what one buys once, as the sheet's own 已成交 says (tester h74 #17: a
 * used-car dealer's 14 buyers were 流失客户 a year after their car). A dealer's after-sales sheet is no
 * such sheet: its service falls due again (保养, 年检: classify-context-of.ts), and who stops coming has gone.
 */
import { toSimplified } from '../text/simplified';

/** Words of a one-off sale's steps in a header, compared simplified and lower-case. */
const ONE_OFF_HEADS: readonly string[] = [
  // A car sold: the test drive, the transfer of ownership, the model the lead asked about.
  '试驾', '过户', '意向车型', '购车意向', '看车日期', '二手车',
  // A home sold: the subscription and the registered contract of a new flat, the estate he asked about.
  '认购', '网签', '意向楼盘', '购房意向',
  // A wedding held.
  '婚期', '婚礼日期', '婚宴日期',
  'test drive', 'vehicle of interest', 'wedding date',
];

export function isOneOffPurchaseSheet(headers: readonly unknown[]): boolean {
  return headers.some((h) => typeof h === 'string' && ONE_OFF_HEADS.some((w) => toSimplified(h).toLowerCase().includes(w)));
}
