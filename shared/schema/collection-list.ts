/**
 * A list of what customers owe, as an accounting package exports it: Xero's or QuickBooks' customer list
 * (Balance, Terms, Due Date), a 经销商's 应收 sheet (欠款（元）, 账期(天), 最近进货). Its due date is the
 * day the debt falls due, not a contract's end, and its bare Balance is money owed, not store credit: the
 * user keeps it to collect (催款). A Due Date elsewhere (a task's, a library loan's) and a Balance
 * elsewhere (a salon's 余额, a gift card's) keep their other readings, so the words below count only
 * beside one another.
 */
import { foldHeader } from './fold-header';

/**
 * Headers of the day an invoice or a debt falls due: contractEnd synonyms read only on a sheet that
 * holds money owed (header-map.ts invoiceDue). German, French, Dutch, Italian and Spanish as a
 * European Excel saves them.
 */
export const INVOICE_DUE_SYNONYMS: readonly string[] = [
  'due date', 'due on', 'invoice due', 'invoice due date', 'balance due date', 'date due',
  'fälligkeit', 'fällig am', 'fälligkeitsdatum', 'fällig', 'zahlungsziel', 'zahlbar bis',
  'échéance', 'date d\'échéance', 'date échéance', 'vervaldatum', 'vervaldag', 'scadenza', 'data scadenza', 'vencimiento', 'fecha de vencimiento',
  '到期付款日', '应付款日', '还款日', '还款日期',
];
/**
 * Chinese headers of a debt's due date that end in 到期 (付款到期日, 账期到期日): read as contractEnd on
 * any sheet already (a header ending in 到期), and worded as a payment (remind/due-label.ts).
 */
const DUE_OF_DEBT: readonly string[] = ['付款到期日', '付款到期', '应收到期日', '欠款到期日', '欠款到期', '账期到期', '账期到期日', '帐期到期', '帐期到期日', '还款到期日', '回款到期日', '收款到期日'];
const INVOICE_DUE_KEYS: ReadonlySet<string> = new Set([...INVOICE_DUE_SYNONYMS, ...DUE_OF_DEBT].map((w) => foldHeader(w).key));

/** Whether a header names the day a debt falls due (Due Date, Fälligkeit, 付款到期日). */
export function isInvoiceDueHeader(header: unknown): boolean {
  return typeof header === 'string' && INVOICE_DUE_KEYS.has(foldHeader(header).key);
}

/**
 * A credit term, in days or as terms (账期(天) 30, 信用期, Payment Terms "Net 30", Zahlungsbedingungen
 * "30 Tage netto"): the debt falls due that many days after the purchase or invoice.
 */
const CREDIT_TERM_KEYS: ReadonlySet<string> = new Set(['账期', '帐期', '账期天数', '账期天', '信用期', '信用期限', '赊账期', '付款期限', '结算周期', '回款周期',
  'term', 'paymentterm', 'creditterm', 'credittermday', 'net', 'netday', 'zahlungsbedingung', 'zahlungsbedingungen', 'zahlungsfrist', 'conditionsdepaiement', 'betalingstermijn'].map((w) => foldHeader(w).key));

export function isCreditTermHeader(header: unknown): boolean {
  return typeof header === 'string' && CREDIT_TERM_KEYS.has(foldHeader(header).key);
}

/** The bare balance of an account (Balance, Open Balance, Saldo, Offener Betrag, Solde, 余额): owed where the list has a due date or a term. */
const ACCOUNT_BALANCE_KEYS: ReadonlySet<string> = new Set(['balance', 'openbalance', 'currentbalance', 'accountbalance', 'balanceeur', 'saldo', 'offenerbetrag', 'offenerposten', 'offeneposten', 'solde', '余额', '账户余额', '当前余额'].map((w) => foldHeader(w).key));

export function isAccountBalanceHeader(header: unknown): boolean {
  return typeof header === 'string' && ACCOUNT_BALANCE_KEYS.has(foldHeader(header).key);
}

/** Whether the sheet's headers say it is kept to collect: a due date or a credit term beside them. */
export function isCollectionSheet(headers: readonly unknown[]): boolean {
  return headers.some((h) => isInvoiceDueHeader(h) || isCreditTermHeader(h));
}
