/**
 * One account's contract is one reminder. A B2B sheet lists each contact of an account on a row of
 * his own, each with the account's number (客户编码) or its 统一社会信用代码 and the account's 账期 or
 * contract end: three contacts made three reminders of one renewal in the rep's digest. Rows of one
 * account number whose contract ends on one day, held by one owner, are reminded once, on the first
 * of them, naming the company and its contacts; the others are listed as its other rows. A person's
 * own reminders (his birthday, his follow-up) stay his.
 */
import { cellText } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import type { Reminder, ReminderKind } from './types';
import { ownerKey } from '../table/owner-name';

const ACCOUNT_KINDS: ReadonlySet<ReminderKind> = new Set<ReminderKind>(['contract', 'contractExpired']);

/** The account a row belongs to by its number or its company's code, or '' when it names none. */
export function accountOf(record: CustomerRecord): string {
  for (const field of ['customerId', 'uscc'] as const) {
    const c = record.fields[field];
    const text = c && c.kind !== 'empty' && c.kind !== 'error' ? cellText(c).trim().toUpperCase() : '';
    if (text !== '') return `${field}\u0000${text}`;
  }
  return '';
}

export interface AccountRow {
  account: string;
  person: string;
  company: string;
}

/** `reminders` with each account's contract reminders of one day and owner made one. */
export function onePerAccount(reminders: readonly Reminder[], rows: ReadonlyMap<number, AccountRow>): Reminder[] {
  const out: Reminder[] = [];
  const kept = new Map<string, { reminder: Reminder; people: string[] }>();
  for (const r of reminders) {
    const row = ACCOUNT_KINDS.has(r.kind) ? rows.get(r.sheetRow) : undefined;
    if (!row || row.account === '') {
      out.push(r);
      continue;
    }
    const key = `${row.account}\u0000${r.kind}\u0000${r.due}\u0000${ownerKey(r.owner)}\u0000${r.reason.params?.what ?? ''}`;
    const first = kept.get(key);
    if (!first) {
      const own = { ...r };
      kept.set(key, { reminder: own, people: row.person === '' ? [] : [row.person] });
      out.push(own);
      continue;
    }
    const also = [...(first.reminder.alsoRows ?? []), r.sheetRow, ...(r.alsoRows ?? [])];
    first.reminder.alsoRows = [...new Set(also)].sort((a, b) => a - b);
    if (row.person !== '' && !first.people.includes(row.person)) first.people.push(row.person);
    // An account of nameless rows keeps what its first reminder was named by (its e-mail or phone).
    const named = row.company !== '' ? `${row.company} · ${first.people.join('、')}` : first.people.join('、');
    if (named !== '') first.reminder.customer = named;
  }
  return out;
}
