/**
 * A sales ledger (订单表, 销售台账, an order export): one row per order, the same customer on every
 * row he bought on. It is no customer list with duplicates: two orders of one customer are two
 * records to keep, and counting rows would count orders as customers (张伟's three orders, three
 * "existing customers", each with a third of his spending). A sheet is an order list when most of
 * its rows fill an order-number column (订单号, 单号, Order No, Invoice Number), or a product with its
 * quantity or unit price (a 销售流水 kept without order numbers): a customer list has neither. A
 * product column alone does not make one (a dealer's customer list names the model each customer
 * bought; a CRM's contact export, the product a contact is linked to). A log kept with neither (a
 * clinic's visits, a salon's 消费记录) is told by its day of the row's own purchase or visit (交易日期,
 * 就诊日期; not 最近消费) with a product or an amount, when the customers it holds twice are there on
 * other days.
 *
 * In an order list:
 * - two rows are never duplicates when they are different orders (different order numbers, or
 *   different order dates, products or amounts): only an order entered twice is;
 * - classes, reminders and the report see customers, each made of his orders (customerView):
 *   amounts summed, orders counted, the first and last order dates, everything else from his
 *   latest order. A customer is the rows that share a customer number, a mobile (in a 手机 or a 电话
 *   column), an e-mail (one mailbox, Gmail's dots and +tags folded), a WeChat or QQ, a name on one
 *   landline or US number (under two customer IDs too), or a name at one company (a shop's ledger
 *   often has only the name).
 */
import { isBlank, type Cell } from '../table/cell';
import { isoDayNumber } from '../table/civil-date';
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import { valueKey } from '../dedupe/value-key';
import { phoneKeys, type PhoneKey } from '../dedupe/keys/phone';
import { foldText, lettersAndDigits, matchText } from '../dedupe/keys/fold';
import { isCutShortAccount, isMasked, isPlaceholder } from '../normalize/placeholder';
import { digitsLost } from '../normalize/lost-digits';
import { namesCustomersOwnDate } from '../schema/customer-date';
import { sumExactly } from '../normalize/decimal';
import { officialProvince } from '../normalize/province';
import { placePrefix } from '../dedupe/keys/regions';
import { noteEndsPurchase, readStandingText } from '../remind/standing';
import { dealOutcome, isDealList, STAGE_FIELD } from './deal-list';
import { isSubscriptionList } from './subscription-list';
import { emailKeys } from '../dedupe/keys/email';
import { policyInForce } from '../classify/policy-in-force';

/**
 * A customer's identities across his orders, most telling first; a shared landline is none
 * (colleagues). A phone column counts for its mobiles only (phoneIdentity).
 */
const IDENTITIES: readonly FieldId[] = ['customerId', 'mobile', 'phone', 'email', 'wechat', 'qq'];

/**
 * The mobiles a phone column holds, as one identity: a 婚纱 studio's 新郎电话, a shop's 联系电话 hold the
 * customer's own mobile as often as a 手机 column does. A landline, a switchboard or a number whose
 * plan does not say (a US one) is shared by a family, a firm or a front desk: it ties no one.
 */
function phoneIdentity(c: Cell, region: string, cache: Map<string, PhoneKey[]>): string {
  const mobiles = phoneKeys(matchText(c), region, cache).filter((k) => k.kind === 'mobile' && k.ext === '');
  return mobiles.map((k) => k.e164).sort().join(' ');
}

/**
 * A mailbox as its provider delivers it (dedupe/keys/email.ts): Olivia.Brooks@gmail.com and
 * olivia.brooks+stripe@gmail.com are one Gmail box, one buyer however she typed it at each checkout.
 */
function emailIdentity(c: Cell): string {
  return emailKeys(matchText(c)).map((k) => k.folded).sort().join(' ');
}

/**
 * The numbers of a phone column that are no mobile (a landline, or a US number whose plan does not
 * say): a firm's switchboard ties no two people, but one name on one number is one person, under
 * whichever customer ID a re-subscription gave her.
 */
function otherNumbers(c: Cell, region: string, cache: Map<string, PhoneKey[]>): string[] {
  return phoneKeys(matchText(c), region, cache).filter((k) => k.kind !== 'mobile' && k.ext === '').map((k) => k.e164);
}

const filled = (c: Cell | undefined): c is Cell => c !== undefined && !isBlank(c) && c.kind !== 'error';

/**
 * A cell that may name a buyer or an order: filled, no placeholder (无), and no number whose digits
 * the sheet threw away (normalize/lost-digits.ts: the cleaner flags it, the duplicate finder reads it
 * as blank), 13812345678 and 13987654321 both being 13800000000 once cut.
 */
const usableCell = (c: Cell | undefined, f: FieldId): c is Cell =>
  filled(c) && !(c.kind === 'text' && isPlaceholder(c.value)) && !digitsLost(f, c);

export function isOrderList(
  records: readonly CustomerRecord[],
  fieldCols: Partial<Record<FieldId, number>>,
  headers: readonly unknown[] = [],
  region = 'CN',
): boolean {
  if (records.length === 0) return false;
  const most = (f: FieldId) => {
    if (fieldCols[f] === undefined) return false;
    let n = 0;
    for (const r of records) if (filled(r.fields[f])) n++;
    return n * 2 > records.length;
  };
  // A deals export (Deal Name, 商机阶段) is one row per deal, numbered or not (deal-list.ts); a
  // subscriptions export one per subscription, a customer's several his orders (subscription-list.ts).
  if (most('orderId') || isDealList(headers) || isSubscriptionList(headers) || (most('product') && (most('quantity') || most('unitPrice')))) return true;
  if (!most('product') && !most('amount')) return false;
  // The day of the row's own purchase or visit (a clinic's 就诊日期 is read as the last contact).
  const own = EVENT_DAYS.find((f) => {
    const col = fieldCols[f];
    const header = col === undefined ? undefined : headers[col];
    return typeof header === 'string' && !namesCustomersOwnDate(header) && most(f);
  });
  return own !== undefined && repeatsOnOtherDays(records, own, region);
}

/** Where a log keeps the day of each row's purchase or visit. */
const EVENT_DAYS: readonly FieldId[] = ['lastPurchase', 'lastContact'];


/**
 * A log kept without order numbers (a clinic's 就诊日期 · 治疗项目 · 消费金额, a travel agency's trips):
 * the customers it holds more than once are there on other days, most of them, and at least two
 * are. A customer list's customer typed twice is there with the same purchase day (or one row
 * without it); a dealer's list of who bought which car has no customer twice on other days often
 * enough to be called a log.
 */
function repeatsOnOtherDays(records: readonly CustomerRecord[], field: FieldId, region: string): boolean {
  let repeated = 0;
  let otherDays = 0;
  for (const rows of customersOf(records, region)) {
    if (rows.length < 2) continue;
    repeated++;
    const days = new Set<number>();
    for (const i of rows) {
      const d = day(records[i].fields[field]);
      if (d !== null) days.add(d);
    }
    if (days.size > 1) otherDays++;
  }
  return otherDays >= 2 && otherDays * 2 > repeated;
}

/**
 * Identities that do not tell apart two rows of one name on one number: a customer ID a re-subscription
 * renews, a second mailbox (work and home). Two mobiles, WeChats or QQs still do.
 */
const ONE_NUMBER_BESIDES: ReadonlySet<FieldId> = new Set<FieldId>(['customerId', 'email']);

/** What tells two orders apart: their numbers, days, products and amounts. */
const ORDER_FIELDS: readonly FieldId[] = ['orderId', 'lastPurchase', 'product', 'amount'];

/**
 * Two rows of an order list that are different orders, whatever else they share (an order entered
 * twice agrees on all of these it has), as the merge compares values (valueKey: a date by its day).
 * Given to the duplicate finder as rows it must keep apart.
 */
export function differentOrders(a: CustomerRecord, b: CustomerRecord, region: string): boolean {
  return ORDER_FIELDS.some((f) => {
    const x = valueKey(f, a.fields[f], region);
    return x !== '' && differs(x, valueKey(f, b.fields[f], region));
  });
}

const differs = (x: string, y: string) => y !== '' && x !== y;

/**
 * Where two orders of one customer may write him two ways: his number, mailbox and name. Not his
 * company (a forwarder's 鹏程电子 under its other name is the company's, whoever ships) nor the rep who
 * took each order.
 */
const WRITTEN_FIELDS: readonly FieldId[] = ['customerId', 'email', 'name', 'firstName', 'lastName'];

/**
 * Two orders of one customer (customersOf) that write him differently: two customer IDs (a Stripe
 * re-subscription), the mailbox or the name typed two ways. The customer view counts them as one, which
 * the sheet does not show: the duplicate finder may group them, as his records, never merged. Orders
 * that write him alike need no showing (张伟's ledger rows under one mobile).
 */
export function oneCustomerWrittenTwice(records: readonly CustomerRecord[], region: string, deals = false): (a: CustomerRecord, b: CustomerRecord) => boolean {
  const customer = new Map<CustomerRecord, number>();
  customersOf(records, region, deals).forEach((rows, n) => { for (const i of rows) customer.set(records[i], n); });
  const written = (c: Cell | undefined) => (filled(c) ? matchText(c).trim() : '');
  return (a, b) => {
    const n = customer.get(a);
    if (n === undefined || n !== customer.get(b)) return false;
    return WRITTEN_FIELDS.some((f) => {
      const [x, y] = [written(a.fields[f]), written(b.fields[f])];
      return x !== '' && y !== '' && x !== y;
    });
  };
}

export interface CustomerView {
  /** One record per customer: his latest order's row and cells, with the aggregates written in. */
  customers: CustomerRecord[];
  /** The sheet rows of each customer's orders, latest first, by customer. */
  rowsOf: number[][];
  /** Sheet rows [first, later] of two customers who carry one order number (order-number-clash.ts). */
  clashes?: Array<[number, number]>;
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]];
  return i;
}

/**
 * What a masked phone still shows (138****5678): its digits and hidden places, right-aligned against
 * another number, so that 138****5678 and 159****2210 are two numbers (two buyers) while
 * 138****5678 and +86 138 1234 5678 may be one. Too little shown (张*, ****) shows nothing.
 */
function maskShown(text: string): string {
  const shown = text.replace(/＊/gu, '*').replace(/[^0-9*]/g, '');
  return shown.length >= 7 && /\d{3}/.test(shown.replace(/\*/g, '')) ? shown : '';
}

/** Two phone texts (digits, `*` where hidden) that may be one number: no place where both show a digit differs. */
function mayBeOneNumber(a: string, b: string): boolean {
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
    const [x, y] = [a[i], b[j]];
    if (x !== '*' && y !== '*' && x !== y) return false;
  }
  return true;
}

/**
 * Where a row's goods went or its customer lives, by province and by city: from the 省 and 市 columns
 * and from the place names an address starts with (广东省深圳市南山区… → 广东省, 深圳). 张伟 of 深圳
 * and 张伟 of 沈阳, both behind a masked phone, are two buyers of a common name.
 */
function placesOf(r: CustomerRecord): { province: string[]; city: string[] } {
  const province: string[] = [];
  const city: string[] = [];
  const add = (name: string) => {
    const official = officialProvince(name, false);
    if (official) province.push(official);
    else if (name !== '') city.push(name.replace(/市$/u, ''));
  };
  const text = (c: Cell | undefined) => (c && c.kind === 'text' ? c.value.replace(/\s+/gu, '') : '');
  const p = text(r.fields.province);
  if (p !== '') province.push(officialProvince(p, false) ?? p.replace(/(?:省|市)$/u, ''));
  const c = text(r.fields.city);
  // A 市 column of 北京市 names the municipality: its city.
  if (c !== '') city.push(c.replace(/市$/u, ''));
  for (let rest = text(r.fields.address), place = placePrefix(rest); place !== ''; rest = rest.slice(place.length), place = placePrefix(rest)) add(place);
  return { province, city };
}

/** Traits that tell two customers apart without tying any two rows together. */
type Traits = Map<string, string[]>;

/** Two values of one trait that may be one customer's. */
const mayBeOne = (trait: string, a: string, b: string) => (trait === 'mobile' || trait === 'phone' ? mayBeOneNumber(a, b) : a === b);

/** How many earlier customers of one name (at one company) a row is tried against: 张伟 is common. */
const NAME_TRIES = 16;

/**
 * Customers by shared identities (union–find over the identity keys, each key its own space). A
 * name (at one company) joins orders only when nothing tells them apart: their identities, what their
 * masked phones show, or the province or city their goods went to. Two 张伟 with their own mobiles,
 * each with his own rep, are two customers; so are 张伟 of 138****5678 and 张伟 of 159****2210, or 张伟
 * of 138****5678 in 深圳 and in 北京 (a 拼多多 export masks every phone).
 */
function customersOf(records: readonly CustomerRecord[], region: string, byCompany = false, clashes?: Array<[number, number]>): number[][] {
  // A masked value (138****1234, 张*) is shared by strangers: it names no one. An account cut short
  // (jd_d62a3a210***) still names its buyer.
  // Phone texts repeat (one couple's orders): each is read once.
  const phones = new Map<string, PhoneKey[]>();
  const hidden = (v: string, f: FieldId) => isMasked(v) && !(f === 'customerId' && isCutShortAccount(v));
  // So is a number the sheet cut (a mobile as 1.38E+10, an order number kept to 15 digits): many read
  // alike once cut, and two buyers' cells of 13800000000 are told apart as if they were empty.
  const key = (c: Cell | undefined, f: FieldId) =>
    usableCell(c, f) && !(c.kind === 'text' && hidden(c.value, f))
      ? f === 'phone' ? phoneIdentity(c, region, phones) : f === 'email' ? emailIdentity(c) : valueKey(f, c, region)
      : '';
  const parent = records.map((_, i) => i);
  // Each customer's identities so far (the first value of each), by its root.
  const ids = new Map<number, Map<FieldId, string>>();
  // And every value of the traits that only tell customers apart, by its root.
  const traits = new Map<number, Traits>();
  const union = (i: number, j: number) => {
    const [a, b] = [find(parent, i), find(parent, j)];
    if (a === b) return;
    parent[a] = b;
    const into = ids.get(b) ?? new Map<FieldId, string>();
    for (const [f, v] of ids.get(a) ?? []) if (!into.has(f)) into.set(f, v);
    ids.set(b, into);
    ids.delete(a);
    const all = traits.get(b) ?? new Map<string, string[]>();
    for (const [t, vs] of traits.get(a) ?? []) all.set(t, [...new Set([...(all.get(t) ?? []), ...vs])]);
    traits.set(b, all);
    traits.delete(a);
  };
  // `besides`: identities that may differ all the same (a re-subscription's new customer ID, her work address).
  const differ = (i: number, j: number, besides?: ReadonlySet<FieldId>) => {
    const [ri, rj] = [find(parent, i), find(parent, j)];
    const [x, y] = [ids.get(ri), ids.get(rj)];
    if (x && y) for (const [f, v] of x) if (!besides?.has(f) && y.has(f) && y.get(f) !== v) return true;
    const [tx, ty] = [traits.get(ri), traits.get(rj)];
    if (tx && ty) {
      for (const [t, vs] of tx) {
        const ws = ty.get(t);
        if (ws && !vs.some((v) => ws.some((w) => mayBeOne(t, v, w)))) return true;
      }
    }
    return false;
  };
  const seen = new Map<string, number[]>();
  const link = (k: string, i: number, unlessDiffer: boolean, besides?: ReadonlySet<FieldId>) => {
    const earlier = seen.get(k);
    if (earlier === undefined) {
      seen.set(k, [i]);
      return;
    }
    if (!unlessDiffer) {
      union(i, earlier[0]);
      return;
    }
    // The first of the customers of this name (at this company) that nothing tells apart from him.
    const tried = new Set<number>();
    for (const j of earlier) {
      const root = find(parent, j);
      if (tried.has(root)) continue;
      if (tried.size >= NAME_TRIES) break;
      tried.add(root);
      if (!differ(i, j, besides)) {
        union(i, j);
        return;
      }
    }
    earlier.push(i);
  };
  records.forEach((r, i) => {
    const own = new Map<FieldId, string>();
    for (const f of IDENTITIES) {
      const k = key(r.fields[f], f);
      if (k !== '') own.set(f, k);
    }
    ids.set(i, own);
    traits.set(i, traitsOf(r, region, phones));
    for (const [f, k] of own) link(`${f}\u0000${k}`, i, false);
    // The lines of one order (抖店's 主订单编号 over two products, an Eventbrite order's tickets) are one
    // buyer's, his name and phone masked or not, whoever each ticket is for. Not an identity: his other
    // orders' numbers differ, and still are his. Nor proof where the rows were placed on other days: one
    // 保单号 on two people whose mobiles differ, taken out years apart, is a number mistyped, said
    // (order-number-clash.ts), never one customer of the two (tester h78 #3: 卢艳's policy was added to 陈建国's).
    const order = key(r.fields.orderId, 'orderId');
    if (order !== '') {
      const k = `orderId\u0000${order}`;
      const first = seen.get(k)?.[0];
      const apart = first !== undefined && placedApart(records[first], r);
      link(k, i, apart);
      const holders = seen.get(k) as number[];
      if (apart && clashes && holders.length > 1 && holders[holders.length - 1] === i) clashes.push([holders[0], i]);
    }
    // A deals export's customer is the company (Associated Company, 客户名称): its deals are its own, whoever the contact.
    const company = byCompany ? key(r.fields.company, 'company') : '';
    if (company !== '') link(`company\u0000${company}`, i, false);
    const name = key(r.fields.name, 'name') || `${key(r.fields.lastName, 'lastName')} ${key(r.fields.firstName, 'firstName')}`.trim();
    if (name !== '') link(`name\u0000${name}\u0000${key(r.fields.company, 'company')}`, i, true);
    if (name !== '') {
      const c = r.fields.phone;
      if (usableCell(c, 'phone') && !(c.kind === 'text' && hidden(c.value, 'phone'))) {
        for (const n of otherNumbers(c, region, phones)) link(`namePhone\u0000${name}\u0000${n}`, i, true, ONE_NUMBER_BESIDES);
      }
    }
  });
  const groups = new Map<number, number[]>();
  records.forEach((_, i) => {
    const root = find(parent, i);
    const g = groups.get(root);
    if (g) g.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()];
}

/** The days an order is placed on (下单日期, a policy's 生效日期): one order's lines share them. */
const PLACED_ON: readonly FieldId[] = ['lastPurchase', 'contractStart'];

/** Two rows of one order number placed on other days: two orders, one of whose numbers is mistyped. */
function placedApart(a: CustomerRecord, b: CustomerRecord): boolean {
  return PLACED_ON.some((f) => {
    const [x, y] = [day(a.fields[f]), day(b.fields[f])];
    return x !== null && y !== null && x !== y;
  });
}

/**
 * A row's traits: the numbers of its mobile and phone columns as they show (a mobile in full, a
 * masked one as its mask), and its province and city.
 */
function traitsOf(r: CustomerRecord, region: string, cache: Map<string, PhoneKey[]>): Traits {
  const out: Traits = new Map();
  for (const f of ['mobile', 'phone'] as const) {
    const c = r.fields[f];
    if (!filled(c) || digitsLost(f, c) || c.kind !== 'text' && c.kind !== 'number') continue;
    const text = matchText(c);
    const shown = isMasked(text)
      ? [maskShown(text)].filter((s) => s !== '')
      : phoneKeys(text, region, cache).filter((k) => k.kind === 'mobile' && k.ext === '').map((k) => k.e164.replace(/\D/g, ''));
    if (shown.length > 0) out.set(f, shown);
  }
  const { province, city } = placesOf(r);
  if (province.length > 0) out.set('province', province);
  if (city.length > 0) out.set('city', city);
  return out;
}

const day = (c: Cell | undefined): number | null => (c && c.kind === 'date' ? isoDayNumber(c.value.slice(0, 10)) : null);

/**
 * Dates a customer has once: the latest of his orders' (or the earliest, for when he was first seen). Of
 * his contracts and policies, the last taken out and the last to end: an agent's client whose children's
 * policies fell due in June still holds his own to 2027, and is no lost customer by theirs.
 */
const LATEST: readonly FieldId[] = ['lastPurchase', 'lastContact', 'updatedAt', 'contractStart', 'contractEnd'];
const EARLIEST: readonly FieldId[] = ['firstPurchase', 'createdAt'];

function extreme(rows: readonly CustomerRecord[], field: FieldId, pick: (a: number, b: number) => boolean): Cell | undefined {
  let best: Cell | undefined;
  let bestDay: number | null = null;
  for (const r of rows) {
    const d = day(r.fields[field]);
    if (d !== null && (bestDay === null || pick(d, bestDay))) {
      best = r.fields[field];
      bestDay = d;
    }
  }
  return best;
}

/**
 * An order's status that says it was never paid for or was paid back (已退款, 交易关闭, 已取消,
 * Refunded, Cancelled): no spending, no purchase, no order to count. A partial refund (部分退款)
 * is still a purchase. So is none an order still waiting for its payment (淘宝's 等待买家付款, 京东's
 * 等待付款, 抖店's 待支付, WooCommerce's Pending payment, On hold and Failed, or their slugs pending, on-hold): a buyer who only put a phone in
 * his cart is no existing customer worth 5990. 京东's 锁定 holds an order while a refund, a cancellation
 * or a risk check is pending: no purchase until its next export says 完成.
 */
const VOID_ORDER = new RegExp(`^(?:${[
  '已?退款', '退款成功', '全额退款', '已全额退款', '交易关闭', '订单关闭', '已关闭', '关闭', '已取消', '取消', '订单取消', '已作废', '作废',
  'refunded', 'fully refunded', 'cancell?ed', 'voided', 'void', 'closed',
  '等待买家付款', '等待付款', '待付款', '未付款', '等待支付', '待支付', '未支付', '支付失败', '已?锁定', '订单锁定',
  'pending payment', 'payment pending', 'awaiting payment', 'unpaid', 'not paid', 'failed', 'payment failed',
  // WooCommerce's CSV exports write the status's slug: pending (Pending payment), on-hold (awaiting a
  // bank transfer or cheque), checkout-draft (a cart left at the checkout), some with their wc- prefix.
  'pending', 'on-hold', 'on hold', 'checkout-draft', 'wc-pending', 'wc-on-hold', 'wc-failed', 'wc-cancell?ed', 'wc-refunded', 'wc-checkout-draft',
  // A subscription on a free trial, or whose first payment never went through (Stripe's trialing,
  // incomplete; Chargebee's in_trial): nothing paid yet (plan/subscription-list.ts).
  'trialing', 'in_trial', 'incomplete',
].join('|')})$`, 'iu');

/**
 * An after-sale status that says the money went back (拼多多's 售后状态 退款成功, 淘宝's 退款状态 退款成功,
 * a refund status of refunded), whatever the order's status says (已收货: the goods
 * arrived, then were paid back). A refund under way (退款中) or refused, or a partial one, leaves the purchase.
 */
const REFUNDED = /^(?:已?退款成功|退款完成|已退款|已?全额退款|退货退款成功|退货退款完成|已退货退款|仅退款成功|refunded|fully refunded|voided|void)$/iu;

const voided = (r: CustomerRecord) => {
  const c = r.fields.status;
  if (c !== undefined && c.kind === 'text' && VOID_ORDER.test(c.value.trim())) return true;
  const refund = r.fields.refundStatus;
  return refund !== undefined && refund.kind === 'text' && REFUNDED.test(refund.value.trim());
};

/**
 * The orders still to remind of: a cancelled or refunded one (保单状态 已取消, Refunded) is no policy or
 * plan that runs, and its end day is no renewal to call about, while his other orders still are.
 */
export function liveOrders<R extends CustomerRecord>(rows: readonly R[]): readonly R[] {
  return rows.some(voided) ? rows.filter((r) => !voided(r)) : rows;
}

/**
 * Fields an order list's row holds of the order, not of the customer: its status (已完成, 已关闭, 已成交)
 * or its record's (生命状态 作废: the order voided) says nothing of whether he is to be contacted, so the customer's standing is read from his tags
 * and type only.
 */
const ORDER_ONLY: ReadonlySet<FieldId> = new Set<FieldId>(['status', 'dealStatus', 'recordStatus', 'refundStatus']);

/**
 * A purchase whose status says the relationship it made has ended (a policy 退保 or Lapsed, a
 * contract 解约: standing.ts's ended words, read as a customer list reads a row's status). When every
 * purchase of his says so, the customer has left, as one row saying so would make him: his latest
 * order's status stands for him (churned and lost, his reminders silenced), where one policy still
 * in force keeps him a customer. A refunded or cancelled order is no purchase (voided), and says nothing.
 */
const endedByStatus = (r: CustomerRecord): boolean => {
  const c = r.fields.status;
  return c !== undefined && c.kind === 'text' && readStandingText(c.value, true) === 'ended';
};

/**
 * A remark on one order's row that is mainly an ending word (跟进记录 已退保 on his 重疾险) is about that policy, as its
 * status would be (tester h64 finding 2): it ends that row alone, and the customer only when every purchase of his
 * is ended. A phrase about him (去别家了, 别再打了) is his, on whatever row, and is read from his latest remark as before.
 */
const endedByNote = (r: CustomerRecord): boolean => noteEndsPurchase(r.fields.notes);

export const endedPurchase = (r: CustomerRecord): boolean => endedByStatus(r) || endedByNote(r);

/**
 * The rows of an order list whose remark says their purchase ended (已退保) while another purchase of the
 * same customer has not: the remark decides that row only, the customer stays (`rowsOf`: each customer's rows).
 */
export function rowsEndedAlone(records: readonly CustomerRecord[], rowsOf: readonly (readonly number[])[]): Set<number> {
  const byRow = new Map<number, CustomerRecord>();
  for (const r of records) byRow.set(r.sheetRow, r);
  const out = new Set<number>();
  for (const rows of rowsOf) {
    const mine = rows.map((row) => byRow.get(row)).filter((r): r is CustomerRecord => r !== undefined && !voided(r));
    if (mine.every(endedPurchase)) continue;
    for (const r of mine) if (endedByNote(r)) out.add(r.sheetRow);
  }
  return out;
}

/**
 * How many orders the rows are: the rows of one order number are one order (抖店's 主订单编号 over each
 * of its lines, a 淘宝 order of two products), a row without a number one order of its own.
 */
export function ordersOf(rows: readonly CustomerRecord[]): number {
  const numbers = new Set<string>();
  let unnumbered = 0;
  for (const r of rows) {
    const id = r.fields.orderId;
    // A number cut to 15 digits (3.92018E+18) is two orders' as much as one: a row of its own.
    // AUT-70442 and AUT 70442 are one policy (dedupe/value-key.ts): its letters and digits count.
    const key = id && !isBlank(id) && !digitsLost('orderId', id) ? lettersAndDigits(foldText(matchText(id))) : '';
    if (key === '') unnumbered++;
    else numbers.add(key);
  }
  return numbers.size + unnumbered;
}

/** One customer from his orders (latest first). */
function aggregate(all: readonly CustomerRecord[], fieldCols: Partial<Record<FieldId, number>>, deals = false, policies = false): CustomerRecord {
  // Refunded and cancelled orders are no purchases; a customer with nothing else keeps his rows' details.
  // Of a deals export's, only the won deals are (deal-list.ts): a lost or open deal is no spending.
  const paid = all.filter((r) => (deals && fieldCols[STAGE_FIELD] !== undefined ? dealOutcome(r.fields[STAGE_FIELD]) === 'won' : !voided(r)));
  const orders = paid.length > 0 ? paid : all;
  const latest = orders[0];
  const fields: Partial<Record<FieldId, Cell>> = {};
  // Every other field from his latest order that fills it: what he said last is what holds.
  for (const f of Object.keys(fieldCols) as FieldId[]) {
    if (ORDER_ONLY.has(f)) continue;
    // His remark is the latest one not about a purchase that ended (已退保 of one policy is that policy's).
    const from = f === 'notes' ? orders.find((r) => filled(r.fields.notes) && !endedByNote(r)) : orders.find((r) => filled(r.fields[f]));
    const cell = from ? from.fields[f] : f === 'notes' ? undefined : latest.fields[f];
    if (cell) fields[f] = cell;
  }
  if (fieldCols.endedAt !== undefined) {
    // Each order's end is its own (a cancelled subscription's Canceled At): her renewed one in force,
    // she has not left. The customer ends only when every order of hers has, on the last of them.
    delete fields.endedAt;
    const last = orders.every((r) => day(r.fields.endedAt) !== null) ? extreme(orders, 'endedAt', (a, b) => a > b) : undefined;
    if (last) fields.endedAt = last;
  }
  for (const f of LATEST) {
    // A call on a company's open deal is contact with the company all the same: its last contact is of all its deals.
    const c = extreme(deals && f !== 'lastPurchase' ? all : orders, f, (a, b) => a > b);
    if (c) fields[f] = c;
  }
  if (deals && fieldCols.nextFollowUp !== undefined) {
    // A company's next call is on its open deals (a closed deal plans none: deal-list.ts dealRows),
    // whichever is its latest: a call booked ahead on any of them keeps it from being stale.
    const next = extreme(all, 'nextFollowUp', (a, b) => a > b);
    if (next) fields.nextFollowUp = next;
    else delete fields.nextFollowUp;
  }
  for (const f of EARLIEST) {
    const c = extreme(orders, f, (a, b) => a < b);
    if (c) fields[f] = c;
  }
  // His first order, where the sheet has no first-purchase column: the earliest order date.
  if (fieldCols.firstPurchase === undefined) {
    const first = extreme(orders, 'lastPurchase', (a, b) => a < b);
    if (first) fields.firstPurchase = first;
  }
  const amounts = paid.map((r) => r.fields.amount).filter((c): c is Cell & { kind: 'number' } => c?.kind === 'number');
  if (amounts.length > 0) fields.amount = { kind: 'number', value: sumExactly(amounts.map((c) => c.value)) };
  else if (paid.length === 0) fields.amount = { kind: 'number', value: 0 };
  // How many orders: the sheet's own counts summed where it has them, else one per paid order.
  const counts = paid.map((r) => r.fields.orders).filter((c): c is Cell & { kind: 'number' } => c?.kind === 'number');
  fields.orders = { kind: 'number', value: fieldCols.orders !== undefined && counts.length > 0 ? counts.reduce((n, c) => n + c.value, 0) : ordersOf(paid) };
  if (paid.length === 0) {
    // Nothing bought: no purchase dates either (his rows' dates stay on his rows).
    delete fields.lastPurchase;
    delete fields.firstPurchase;
  }
  else if (paid.every(endedPurchase)) {
    // Every purchase ended: his latest one's status, or its remark, stands for him.
    if (endedByStatus(paid[0])) fields.status = paid[0].fields.status as Cell;
    else fields.notes = paid[0].fields.notes as Cell;
  }
  else if (policies) {
    // A policy of his in force (保单状态 有效, 宽限期) is his standing, whichever row is his latest: the
    // classes keep him served now in a sheet of policies (classify/policy-in-force.ts; tester h78 #2).
    const inForce = paid.find((r) => policyInForce(r));
    if (inForce) fields.status = inForce.fields.status as Cell;
  }
  // A card or stored money held on any of his rows (schema/held-card.ts) is his.
  const held = orders.find((r) => r.held !== undefined)?.held;
  return { sheetRow: latest.sheetRow, index: latest.index, fields, ...(latest.extra ? { extra: latest.extra } : {}), ...(latest.ruleCells ? { ruleCells: latest.ruleCells } : {}), ...(held ? { held } : {}) };
}

/**
 * The customers of an order list, each made of his orders; of a deals export (`deals`), each company of its deals.
 * `policies`: a sheet of policies (policy-list.ts), whose status says which policy is in force.
 */
export function customerView(records: readonly CustomerRecord[], fieldCols: Partial<Record<FieldId, number>>, region: string, deals = false, policies = false): CustomerView {
  const clashes: Array<[number, number]> = [];
  const groups = customersOf(records, region, deals, clashes).map((g) =>
    g.map((i) => records[i]).sort((a, b) => (day(b.fields.lastPurchase) ?? -Infinity) - (day(a.fields.lastPurchase) ?? -Infinity) || b.sheetRow - a.sheetRow),
  );
  // In sheet order of each customer's first row, as the sheet lists them.
  const firstRow = (g: readonly CustomerRecord[]) => g.reduce((m, r) => Math.min(m, r.sheetRow), Infinity);
  groups.sort((a, b) => firstRow(a) - firstRow(b));
  const rowsOf = groups.map((g) => g.map((r) => r.sheetRow));
  const shared = clashes.map(([a, b]): [number, number] => [records[a].sheetRow, records[b].sheetRow]);
  return { customers: groups.map((g) => aggregate(g, fieldCols, deals, policies)), rowsOf, ...(shared.length > 0 ? { clashes: shared } : {}) };
}
