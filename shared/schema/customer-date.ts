/**
 * A date header of the customer's dealings as a whole, not of one row's own event: his latest or
 * first purchase or contact (最近购买, 上次到店, 首单, Last Order, First Visit), or when he joined,
 * subscribed or was last changed (成为会员时间, 注册日期, OPTIN_TIME, Created, LAST_CHANGED). A row's own
 * day is its visit, stay or order (就诊日期, 入住日期, Order Date): a log's rows, or one customer's
 * records, differ in it; copies of one customer may differ in his own dates and are copies still.
 */
const CUSTOMERS_OWN = /最近|最后|上次|末次|首次|首单|成为|注册|开卡|入会|\b(?:first|last|latest|recent|since|opt[- ]?in|created|joined|changed|updated)\b/i;

export function namesCustomersOwnDate(header: string): boolean {
  // LAST_CHANGED, OPTIN_TIME: an underscore parts words as a space does.
  return CUSTOMERS_OWN.test(header.replace(/_/g, ' '));
}
