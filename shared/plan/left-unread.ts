/**
 * The columns of the user's a run left unread, by index and header: what every host names so a user
 * learns which column was left alone and can map it in settings.headers.overrides (a salon's 卡内金额,
 * a balance, no spending, hence no value tiers). The terminal's 未识别的列 line, the Report sheet under
 * a few-columns warning, an add-in's task pane and the few-columns warning's count read this one rule.
 */
import type { ColumnMapping } from './types';
import { isBalance } from './held-elsewhere';
import { isCardHeader } from '../schema/held-card';
import { isOwed, isOwedIn } from '../dedupe/owed';
import { isCreditTermHeader } from '../schema/collection-list';
import { isVisitRecordHeader } from '../remind/visit-done';

/**
 * A column no field was read from: its 0-based index (as ColumnMapping.col) and its header, trimmed.
 * `readFor`: what the run reads it for all the same, which the hosts say in place of "not read": a
 * stored-value balance (储值余额, Store credit) is no spending, yet a merge warns of one left on an
 * archived row (held-elsewhere.ts). Money owed (欠费(元), Balance Due, Arrears) is no spending either,
 * yet a merge adds two accounts' debts and warns of one left on an archived row (dedupe/owed.ts): said
 * as `owed`, not as unread (tester h68: a 物业 sheet's 欠费(元) was listed as unread while the merge read
 * it). It stays in this list: a rule may name it by its header, as any column no field reads.
 */
export interface UnreadColumn {
  col: number;
  header: string;
  readFor?: 'balance' | 'owed' | 'creditTerm';
}

/**
 * The columns no field reads, in sheet order. Not the columns an earlier run added (the run's own, no
 * column of the user's), nor one the settings say to ignore (the user chose it), nor a part of a
 * phone (Xero's PhoneArea, 区号: read with its number), nor another person's (联系人2, 电话2: read as
 * his), nor a period summed into the amount (1月 … 12月), nor the policy's insured and his relation
 * (被保险人, 关系 beside 投保人), nor a member's card (卡类型 年卡 / 储值卡: read as the card held,
 * schema/held-card.ts), nor a visit's record beside its date (回访记录: remind/visit-done.ts), nor a column without a header.
 */
export function columnsLeftUnread(columns: readonly ColumnMapping[]): UnreadColumn[] {
  const headers = columns.map((c) => c.header);
  // A visit's record (回访记录) beside its date is read: a filled one says the visit was made (remind/visit-done.ts).
  const visits = columns.some((c) => c.field === 'nextFollowUp');
  return columns
    .filter((c) => !c.run && c.field === null && c.person === undefined && c.partOf === undefined && !c.amountPart && c.child === undefined && c.insured === undefined && !isCardHeader(c.header) && !(visits && isVisitRecordHeader(c.header)) && c.source !== 'override' && c.header.trim() !== '')
    .map((c) => ({ col: c.col, header: c.header.trim(), ...readFor(c.header, headers, columns) }));
}

/** What the run reads a column no field reads for: a debt (the merge adds or warns of it) or a balance held for the customer. */
function readFor(header: string, headers: readonly string[], columns: readonly ColumnMapping[]): { readFor?: UnreadColumn['readFor'] } {
  // A Xero list's bare Balance beside its Due Date is owed (dedupe/owed.ts isOwedIn), a salon's 余额 held.
  if (isOwedIn(header, headers)) return { readFor: 'owed' };
  // 账期(天) beside 最近进货 and money owed dates each debt (plan/credit-term-due.ts): read, so not "unread".
  if (isCreditTermHeader(header) && readsCreditTerm(headers, columns)) return { readFor: 'creditTerm' };
  return isBalance(header) ? { readFor: 'balance' } : {};
}

/** Whether the run dates debts by a credit term (plan/credit-term-due.ts creditTermDues): a last purchase, money owed, no due column. */
function readsCreditTerm(headers: readonly string[], columns: readonly ColumnMapping[]): boolean {
  const fields = new Set(columns.map((c) => c.field));
  return fields.has('lastPurchase') && !fields.has('contractEnd') && !fields.has('contractTerm') && columns.some((c) => c.field === null && isOwedIn(c.header, headers));
}
