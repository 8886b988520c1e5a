/**
 * What a sheet's contract-end column says ends, when it is no contract: a vet's 疫苗到期 (a vaccine
 * falls due), a gym's 会员卡到期, an agent's 保险到期 or 交费日期 (a premium falls due), Membership Expiry. Its reminder then says
 * "疫苗 2026-06-20 到期" rather than "合同": the rep reads what to renew. A school's 结课日期, and a plain
 * 到期日期 in a school's roster (dueLabelIn), is its course's. A plain 到期日 elsewhere, 合同到期日,
 * Contract End or a header not ending in an expiry word is a contract's, and keeps its wording.
 */
import { toHalfWidth } from '../text/fold';
import { toSimplified } from '../text/simplified';
import type { Lang } from '../i18n/define';
import { sheetWord } from '../i18n/sheet-word';
import { isInvoiceDueHeader } from '../schema/collection-list';

/** Trailing expiry words, longest first (read in lower case, half-width: one character for one). */
const EXPIRY_TAILS = [
  '到期日期', '到期时间', '到期日', '有效期至', '有效期', '截止日期', '结束日期', '到期',
  // A travel agent's 尾款截止日 (dated-dues.ts): the balance falls due, 尾款 2026-12-08 到期.
  '截止日',
  // An insurance policy's end (保险止期, 保单满期日, 终保日期): 保险 2024-06-19 到期.
  '满期日期', '满期日', '满期', '终保日期', '终保日', '终保', '止期',
  ' expiry date', ' expiration date', ' due date', ' end date', ' expiry', ' expiration', ' expires', ' due',
];
// A renewed contract's end (续约后到期日, 续约到期, 新合同到期日, Renewal End Date) is a contract's too.
const CONTRACT_WORDS = /合同|合约|协议|租约|租赁|续约|续签|contract|agreement|lease|tenancy|renewal|renewed/;
/** An insurance premium falling due (交费日期, 续期缴费日): the payment is what the reminder names (交费 … 到期). */
const PREMIUM_DUE = /^(?:下次|下一次)?(.*(?:缴费|交费|付款))\s*(?:截止)?\s*(?:日期|日|时间)$/u;
/** A payment owed by a day (应缴日期, 应交费日期): the fee is what falls due, 缴费日 … as 缴费日期 says. */
const OWED_BY = /^(?:应缴|应交)费?\s*(?:日期|日)$/u;
const RENEWAL_PREMIUM_DAY = /^续期\s*(?:日期|日)$/u;
/**
 * An English agent's premium falling due (Premium Due Date, Payment Due, Next Payment, Renewal Premium
 * Due): the premium or payment is what falls due, not a renewal or a contract ending (Premium due on …).
 */
const PREMIUM_DUE_EN = /^(?:next\s+)?((?:renewal\s+)?(?:premium|payment))(?:\s+due)?(?:\s+(?:date|on))?$/iu;

/**
 * What a payment names (缴费, 交费, 续期缴费, Premium, Payment, Installment): a premium falls due and is
 * paid, it does not end, so its reminder says "缴费日 … 还有 4 天" / "Premium due on …" (tester h66:
 * `"缴费" ends on 2024-12-05`). The policy itself runs on.
 */
const PAYMENT_WORDS = /缴费|交费|缴款|付款|还款|供款|premium|payment|instal+ment/iu;

/** What a debt's due date (Due Date, Fälligkeit, 付款到期日) says falls due, in any header language: 付款日 / Payment due. */
export const DEBT_PAYMENT = '付款';

/** The `what` of a debt's due date (dueLabelIn), said as Payment in an English reminder. */
export function isDebtPayment(what: unknown): boolean {
  return what === DEBT_PAYMENT;
}

/** The due column's `what` (dueLabel) is a payment falling due, not something that ends. */
export function isPaymentDue(what: string | undefined): boolean {
  return what !== undefined && PAYMENT_WORDS.test(what);
}

/**
 * A payment's word as a reminder in `lang` says it: the sheet's own (缴费 → 缴费日, Premium → Premium due),
 * but a Chinese reminder of an English header says 缴费 beside it (Premium 缴费日), not "Premium日".
 */
export function paymentWord(lang: Lang, what: string): string {
  // The word a debt's due date is given (dueLabelIn) reads in the reminder's language.
  if (what === DEBT_PAYMENT && lang === 'en') return 'Payment';
  return lang === 'zh-CN' && !/\p{Script=Han}/u.test(what) ? `${what} 缴费` : sheetWord(lang, what);
}

/** An English vet's or garage's next one falling due (Next Vaccination, Next Booster): what comes next is what falls due. */
const NEXT_DUE_EN = /^next\s+(.+?)(?:\s+due)?(?:\s+date)?$/iu;

/**
 * A pet's vaccines by their own names, as a vet's columns head them (DHPP Due, FVRCP Due, Bordetella, 猫三联,
 * 犬八联): a booster falls due, it never "ends" (tester h77 #18: `DHPP ended on 2026-02-21`).
 */
const PET_VACCINES = '\\b(?:dhpp|dhlpp|dhppi|dhlppi|dapp|da2pp|dappv|fvrcp|felv)\\b|bordetella|lepto|distemper|parvo|heartworm|kennel cough|狂犬|三联|四联|五联|六联|八联|联苗';

/**
 * What a service falling due names (MOT, WOF, Rego, Inspection, Vaccine, Service): it falls due and is
 * booked, it does not end, so an English reminder says "MOT due on …" / "Vaccine was due on …" (a
 * Chinese one says 到期 of both). A plan, a subscription or a membership that runs out still ends.
 */
const SERVICE_DUE_WHAT = new RegExp(`疫苗|免疫|驱虫|保养|年检|年审|审车|体检|复查|vaccin|booster|rabies|\\bjab|worm|flea|servic|inspection|\\bmot\\b|\\bwof\\b|\\brego\\b|registration|check-?up|recall|${PET_VACCINES}`, 'iu');
const STILL_ENDS = /\bplan\b|subscription|membership|contract|agreement|warranty/iu;

export function isServiceDue(what: string | undefined): boolean {
  return what !== undefined && SERVICE_DUE_WHAT.test(what) && !STILL_ENDS.test(what);
}

/**
 * A filing or a return falling due by a deadline (an accountant's Accounts Due, Tax Return Due, VAT
 * Return, Confirmation Statement; 年报, 汇算清缴): it is due, then overdue, never "ends" (tester h73:
 * `Accounts ends on 2026-12-31`). Said as a service due is: `Accounts due on …`, `Accounts overdue`.
 */
const DEADLINE_WHAT = /\baccounts\b|\breturns?\b|\bfiling\b|confirmation statement|self[- ]assessment|\bvat\b|\bp11d\b|\bct600\b|\bpayroll\b|\baudit\b|submission|申报|报税|年报|汇算|审计/iu;

/** The due column's `what` falls due (a service, a filing: isServiceDue, DEADLINE_WHAT) rather than ends. */
export function fallsDue(what: string | undefined): boolean {
  return isServiceDue(what) || (what !== undefined && DEADLINE_WHAT.test(what) && !STILL_ENDS.test(what));
}

/**
 * A contract the sheet names by its own kind (Tenancy End, Lease Expiry, 租约到期): its reminders say that
 * word, as a due column's do (Tenancy ends on …, 租约 2026-12-14 到期), not "Contract" (tester h73 #30). It
 * is a contract still, read as one everywhere else (its customer is under contract, not stale); a 合同 /
 * Contract / Agreement, or a renewal, keeps the contract's own wording (renewal-word.ts).
 */
const OWN_CONTRACT_WORDS = /租约|租赁|tenancy|lease/iu;
const GENERIC_CONTRACT = /合同|合约|协议|contract|agreement|续约|续签|renew/iu;
/** Words after a contract's kind saying when it ends: Tenancy End, Lease Expiry Date, 租约到期日. */
const CONTRACT_END_TAIL = /[\s_:：-]*(?:到期(?:日期|日|时间)?|截止(?:日期|日)?|结束(?:日期|日)?|end(?:s|ing)?(?:\s+date)?|expir(?:y|es|ation)(?:\s+date)?|end\s+date|termination(?:\s+date)?)$/iu;

export function contractWordOf(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const text = toSimplified(header.trim());
  const tail = CONTRACT_END_TAIL.exec(text);
  if (!tail || tail.index === 0) return undefined;
  const what = text.slice(0, tail.index).trim();
  return OWN_CONTRACT_WORDS.test(what) && !GENERIC_CONTRACT.test(what) && what.length <= 24 ? what : undefined;
}

/**
 * What a customer's document names (驾驶证, 护照, 签证, 身份证, 营业执照, Passport, Visa, Driving Licence):
 * renewed at an office, not with the business, which needs it valid (a car let, a tour booked). Its
 * reminder says it expires (Passport expires on …), and it never makes the customer one under contract.
 */
const DOCUMENT_WHAT = /身份证|证件|驾照|驾驶证|行驶证|护照|执照|签证|通行证|passport|visa|licen[cs]e|id|identity|permit/iu;

export function isDocument(what: string | undefined): boolean {
  return what !== undefined && DOCUMENT_WHAT.test(what);
}

/**
 * Documents whose validity is checked long before they expire, and how long: a passport or a visa
 * must be valid six months past the day a tour leaves (most countries' entry rule), so a travel agent
 * asks for a new one half a year ahead. Others follow the contract ladder (remind.contract.steps).
 */
const DOCUMENT_LEADS: readonly { what: RegExp; days: number }[] = [
  { what: /护照|签证|通行证|passport|visa/iu, days: 183 },
];

/** The first step of a document's ladder, when it is checked earlier than the contract ladder's; else undefined. */
export function documentLead(what: string | undefined): number | undefined {
  if (!isDocument(what)) return undefined;
  return DOCUMENT_LEADS.find((d) => d.what.test(what as string))?.days;
}

/** A school's course end, the whole header (结课日期: the day the class ends). */
const COURSE_END = /^(?:结课|结业)\s*(?:日期|时间|日)?$/u;
/** What a school's course is called, read as what ends: 课程, not the header's own words. */
const COURSE = '课程';
/** An English centre's Course End (Course Ends): its course, as Course End Date says. */
const COURSE_END_EN = /^course\s+end(?:s|ing)?$/iu;

/** A 家装 project's handover (预计竣工, 完工日期): what falls due is the 竣工 or 完工 itself. */
const COMPLETION = /^(?:预计)?(竣工|完工)\s*(?:日期|时间|日)?$/u;
/** A builder's Expected Completion (Completion Date, Target Completion Date): the project's handover. */
const COMPLETION_EN = /^(?:(?:expected|estimated|target|planned)\s+)?completion(?:\s+date)?$/iu;
/** What a completion column's reminders name (dueLabel): 竣工, 完工, Completion. */
const COMPLETION_WHAT: ReadonlySet<string> = new Set(['竣工', '完工', 'Completion']);

/**
 * The due column's `what` is a project's completion (预计竣工, Expected Completion): it is done or
 * overdue, never "expired" (tester h70: `竣工已于 2026-11-11 到期` for a house handed over), and a row
 * whose status says it is done (已竣工) has nothing due (contract.ts).
 */
export function isCompletion(what: string | undefined): boolean {
  return what !== undefined && COMPLETION_WHAT.has(what);
}

/**
 * A subscriptions export's period end and trial end (Stripe's Current Period End (UTC), Trial End (UTC),
 * Chargebee's Current Term End): the subscription ends, the trial ends (plan/subscription-list.ts), no contract.
 */
const SUBSCRIPTION_END = /^(?:current\s+(?:billing\s+)?(?:period|term)\s+ends?(?:\s+at)?|(trial)\s+ends?(?:\s+(?:at|date|on))?)\s*(?:[(（][^)）]*[)）])?$/iu;

/**
 * A warranty's end (an HVAC firm's Warranty End, Guarantee Ends): the warranty ends, said in its word
 * (Warranty ends on …), never as a contract (tester h77 #7). Warranty Expiry reads by its expiry word.
 */
const WARRANTY_END_EN = /^((?:extended\s+)?(?:warranty|guarantee))\s+(?:ends?|ending|end\s+date|until|valid\s+until)$/iu;

export function dueLabel(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  // Read in simplified characters, as headers are matched: a 補習班's 下次繳費日 is a 缴费日, no 合同.
  const text = toSimplified(header.trim());
  const subscription = SUBSCRIPTION_END.exec(text);
  if (subscription) return subscription[1] ? 'Trial' : 'Subscription';
  if (COURSE_END.test(text)) return COURSE;
  const completion = COMPLETION.exec(text);
  if (completion) return completion[1];
  if (COMPLETION_EN.test(text)) return 'Completion';
  if (COURSE_END_EN.test(text)) return 'Course';
  if (OWED_BY.test(text)) return '缴费';
  // A policy book's bare 续期日: the renewal premium's day (tester h78 #6).
  if (RENEWAL_PREMIUM_DAY.test(text)) return '续期缴费';
  const premium = PREMIUM_DUE.exec(text) ?? PREMIUM_DUE_EN.exec(text);
  if (premium) return premium[1].trim();
  const warranty = WARRANTY_END_EN.exec(text);
  if (warranty) return warranty[1];
  const next = NEXT_DUE_EN.exec(text);
  if (next && !CONTRACT_WORDS.test(next[1].toLowerCase())) return next[1].trim();
  const folded = toHalfWidth(text).toLowerCase();
  const tail = EXPIRY_TAILS.find((t) => folded.endsWith(t) && folded.length > t.trim().length);
  if (tail === undefined) return undefined;
  const what = text.slice(0, text.length - tail.length).replace(/[\s:：_\-（(]+$/u, '').trim();
  return what === '' || CONTRACT_WORDS.test(what.toLowerCase()) ? undefined : what;
}

/**
 * Headers that say the sheet is a school's (教培) roster: its lessons (剩余课时, 课次), its course or
 * package (课程, 课包, 课程顾问), its students (学员, 学号), its classes (班级).
 */
const COURSE_SHEET = /课时|课程|课包|课次|学员|学号|班级/u;

/**
 * What a due column says ends, read in its sheet: a bare 到期日期 (到期日, 有效期至: nothing before the
 * expiry word) in a school's roster is the course's (课程 2024-12-08 到期), the package the family paid
 * for, not a 合同 the school never signed. Elsewhere a bare one is a contract's, as dueLabel says.
 */
export function dueLabelIn(header: string | undefined, headers: readonly unknown[]): string | undefined {
  // A debt's due date (Due Date, Fälligkeit, 付款到期日: read only beside money owed) is a payment
  // falling due: 付款日 … 已过 14 天, Payment was due on …, whatever language the header is in.
  if (isInvoiceDueHeader(header)) return DEBT_PAYMENT;
  const label = dueLabel(header);
  if (label !== undefined || header === undefined) return label;
  const folded = toHalfWidth(header.trim()).toLowerCase();
  const bare = EXPIRY_TAILS.some((tail) => /\p{Script=Han}/u.test(tail) && folded === tail);
  const others = headers.filter((h): h is string => typeof h === 'string' && h !== header).map((h) => toHalfWidth(h.trim()));
  // A gym's bare Expiry (到期日) beside its Membership (会员卡, 卡种) column: the membership ends, as
  // Membership Expiry says, not a contract the member never signed. Read before the school's words: a
  // gym counts its personal training too (私教剩余课时), and its 年卡 / 季卡 ending is no 课程 (tester h70).
  if (bare && others.some((h) => MEMBERSHIP_ZH.test(h))) return '会员卡';
  if (BARE_EXPIRY_EN.has(folded) && others.some((h) => MEMBERSHIP_EN.test(h))) return 'Membership';
  if (bare && others.some((h) => COURSE_SHEET.test(h))) return COURSE;
  return undefined;
}

/** English expiry headers with nothing before the expiry word. */
const BARE_EXPIRY_EN: ReadonlySet<string> = new Set(['expiry', 'expiry date', 'expires', 'expires on', 'expiration', 'expiration date', 'end date']);
/** A gym's or a club's column of the membership held (Membership, Membership Type; 会员卡, 卡种, 会籍). */
const MEMBERSHIP_EN = /^membership(?:\s+(?:type|plan|level|tier|name|category))?$/iu;
const MEMBERSHIP_ZH = /^(?:会员卡|会员卡类型|会员卡种类|卡种|卡类型|卡项|会员类型|会籍|会籍类型|年卡类型)$/u;
