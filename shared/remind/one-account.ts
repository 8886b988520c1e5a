/**
 * One account's contract is one reminder. A B2B sheet lists each contact of an account on a row of
 * his own, each with the account's number (客户编码) or its 统一社会信用代码 and the account's 账期 or
 * contract end, or, in a company address book, with nothing but the company, its switchboard and the
 * contract's end: three contacts made three reminders of one renewal in the rep's digest. Rows of
 * one account whose contract ends on one day, held by one owner, are reminded once, on the first of
 * them, naming the company and its contacts; the others are listed as its other rows. A person's
 * own reminders (his birthday, his follow-up) stay his.
 */
import { cellText } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import type { Reminder, ReminderKind } from './types';
import { ownerKey } from '../table/owner-name';
import { companyKey } from '../dedupe/keys/company';
import { matchText } from '../dedupe/keys/fold';
import { saysNoCompany } from '../dedupe/profile';
import { isPlaceholder } from '../normalize/placeholder';

const ACCOUNT_KINDS: ReadonlySet<ReminderKind> = new Set<ReminderKind>(['contract', 'contractExpired']);

/** Between the codes of one account row (its number and its company's code). */
const CODE_SEP = '\u0001';

/**
 * The account a row names by its number and its company's code (each it gives, kind and value), or ''
 * when it names none. Both are kept: a sheet that numbers every row typed (客户编号 KH0020, KH0021) gives
 * an account's two contacts two numbers, and their one 统一社会信用代码 still says one company (tester h72 #7).
 */
export function accountOf(record: CustomerRecord): string {
  const codes: string[] = [];
  for (const field of ['customerId', 'uscc'] as const) {
    const c = record.fields[field];
    const text = c && c.kind !== 'empty' && c.kind !== 'error' ? cellText(c).trim().toUpperCase() : '';
    if (text !== '') codes.push(`${field}\u0000${text}`);
  }
  return codes.join(CODE_SEP);
}

const codesOf = (account: string): string[] => (account === '' ? [] : account.split(CODE_SEP));
const kindOf = (code: string) => code.slice(0, code.indexOf('\u0000'));

/** Both rows give one code (the same 客户编码, or the same 统一社会信用代码). */
function shareCode(a: string, b: string): boolean {
  const theirs = codesOf(b);
  return codesOf(a).some((c) => theirs.includes(c));
}

/** The rows give two codes of one kind (two 客户编码, two 统一社会信用代码) and none in common: two accounts. */
function twoCodes(a: string, b: string): boolean {
  const theirs = codesOf(b);
  return codesOf(a).some((c) => theirs.some((o) => kindOf(o) === kindOf(c) && o !== c));
}

/** The codes of both rows, each once: an account's codes as its rows give them. */
function unionOf(a: string, b: string): string {
  return [...new Set([...codesOf(a), ...codesOf(b)])].join(CODE_SEP);
}

/**
 * The company a row works for, as the duplicate finder keys it (上海申达精工机械有限公司 and 上海申达精工
 * 机械 are one; a branch, 上海分公司, a store, (Downtown), or a stated place apart is another), or '' for none: a blank, a
 * placeholder (无) or a word that says he has none (个人, Self-employed), which two private customers share.
 */
export function companyOf(record: CustomerRecord, memo?: Map<string, string>): string {
  const text = matchText(record.fields.company);
  if (text === '') return '';
  // `memo`: one reminder run's keys by company text. An account's contacts and a rep's customers repeat
  // their company, and each contract reminder asks it again; parsing a company name is not cheap.
  let key = memo?.get(text);
  if (key === undefined) {
    key = companyKeyText(text);
    memo?.set(text, key);
  }
  return key;
}

function companyKeyText(text: string): string {
  if (isPlaceholder(text) || saysNoCompany(text)) return '';
  const key = companyKey(text);
  // A store of a chain (Joe's Pizza (Downtown), 海底捞(朝阳店)) is its own account, as a branch is.
  return key === null ? '' : `${key.core}\u0000${key.branch}\u0000${key.place}\u0000${key.site ?? ''}`;
}

export interface AccountRow {
  /** The account's number or code (accountOf), '' when the row names none. */
  account: string;
  /** The company's key (companyOf), '' when none. */
  company: string;
  person: string;
  /** The company as shown in the reminder. */
  companyText: string;
}

/**
 * Two rows of one contract reminder (one day, one owner) are of one account when they name one
 * account number or company code, or one company and no two numbers (and no code in common). A company's contacts also share its
 * switchboard, but a reminder is of one day and one owner, and rows of one company agreeing on
 * both already say one contract: the day and the owner are the account's, not a person's.
 */
const oneAccount = (a: AccountRow, b: AccountRow) =>
  shareCode(a.account, b.account) || (a.company !== '' && a.company === b.company && !twoCodes(a.account, b.account));

/** Contacts' names, as a Chinese list (周立新、何莉) or a Latin one (Sarah Collins, Mark Evans). */
const namesText = (people: readonly string[]) => people.join(people.some((p) => /\p{Script=Han}/u.test(p)) ? '、' : ', ');

/** `reminders` with each account's contract reminders of one day and owner made one. */
export function onePerAccount(reminders: readonly Reminder[], rows: ReadonlyMap<number, AccountRow>): Reminder[] {
  const out: Reminder[] = [];
  // Per event (kind, day, owner, what falls due), the accounts reminded of it so far.
  const byEvent = new Map<string, { row: AccountRow; reminder: Reminder; people: string[] }[]>();
  for (const r of reminders) {
    const row = ACCOUNT_KINDS.has(r.kind) ? rows.get(r.sheetRow) : undefined;
    if (!row || (row.account === '' && row.company === '')) {
      out.push(r);
      continue;
    }
    const key = `${r.kind}\u0000${r.due}\u0000${ownerKey(r.owner)}\u0000${r.reason.params?.what ?? ''}`;
    const seen = byEvent.get(key) ?? [];
    byEvent.set(key, seen);
    const first = seen.find((s) => oneAccount(s.row, row));
    if (!first) {
      const own = { ...r };
      seen.push({ row: { ...row }, reminder: own, people: row.person === '' ? [] : [row.person] });
      out.push(own);
      continue;
    }
    const also = [...(first.reminder.alsoRows ?? []), r.sheetRow, ...(r.alsoRows ?? [])];
    first.reminder.alsoRows = [...new Set(also)].sort((a, b) => a - b);
    first.reminder.contacts = true;
    // A number one of its rows gives is the account's: a row of another number is another account.
    first.row.account = unionOf(first.row.account, row.account);
    if (row.person !== '' && !first.people.includes(row.person)) first.people.push(row.person);
    // An account of nameless rows keeps what its first reminder was named by (its e-mail or phone).
    const company = first.row.companyText || row.companyText;
    const people = namesText(first.people);
    const named = company !== '' ? `${company} · ${people}` : people;
    if (people !== '') first.reminder.customer = named;
  }
  return out;
}
