/**
 * Several contacts of one account: a B2B sheet's 王建国, 陈丽 and 赵工 of 华强电子, each under the
 * account's 客户编码 and 统一社会信用代码, each with his own mobile. What links them (the company, its
 * code, its number, its switchboard) is the account's; every pair names two different people and
 * shares nothing of a person's own. Not duplicates: the group shows them together, a merge never
 * takes it, and each stays a customer of his own (his birthday, his follow-ups).
 */
import type { PairScore } from './score';
import type { LevelHit } from './compare';

/** Comparisons of a person's own contact or identity: a pair agreeing in one may be one person. */
const PERSONAL: ReadonlySet<string> = new Set(['mobile', 'email', 'idCard', 'wechat', 'qq', 'birthday', 'contactPhone']);
/** Comparisons that say "one account". */
const ACCOUNT: ReadonlySet<string> = new Set(['company', 'uscc', 'customerId']);
/** Name levels of two different people (not a typo, homophone, nickname or a part left out). */
const OTHER_PERSON: ReadonlySet<string> = new Set(['else', 'part-differs', 'nicknamesDiffer']);
/**
 * A personal comparison's agreement that may mean one person: anything equal but a filler birthday
 * (1990-01-01 on many rows, weight 1), or weighing this much (a mistyped mailbox, 6). A mobile one
 * digit off (2) or a workplace's shared info@ inbox (4) is no such sign.
 */
const PERSONAL_SIGN = 6;
const onePerson = (h: LevelHit) => (h.equal && h.weight > 1) || h.weight >= PERSONAL_SIGN;

/** Every pair: two people by name, nothing personal agreeing, one account by company, code or number. */
export function namesContactsOfOneAccount(pairs: readonly PairScore[]): boolean {
  return pairs.length > 0 && pairs.every(twoContacts);
}

/** The pair names two people by name, agrees in nothing personal, and shares the account (its company, code or number). */
function twoContacts(p: PairScore): boolean {
  let otherPerson = false;
  let account = false;
  for (const h of p.hits) {
    if (h.comparison === 'name') otherPerson = OTHER_PERSON.has(h.level);
    else if (PERSONAL.has(h.comparison) && onePerson(h)) return false;
    else if (ACCOUNT.has(h.comparison) && h.equal) account = true;
  }
  return otherPerson && account;
}

/**
 * The people of a group some of whose rows are one person and the rest the account's other contacts
 * (月结账号 YJ990001 on 刘经理, 刘经理 typed again as 刘建 on his phone, and 赵会计): the rows of each person
 * (members joined by pairs that are not two contacts), when every pair across two of them is two
 * contacts and at least one holds two rows; null otherwise (one person, or contacts only: the group as it is).
 * The account's number or company joined them, and says one account, never one person.
 */
export function peopleOfOneAccount(members: readonly number[], pairOf: (a: number, b: number) => PairScore): number[][] | null {
  // Two rows are one person or two contacts: nothing to part.
  if (members.length < 3) return null;
  const part = members.map((_, k) => k);
  const root = (k: number): number => (part[k] === k ? k : (part[k] = root(part[k])));
  const across: [number, number][] = [];
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      if (twoContacts(pairOf(members[x], members[y]))) across.push([x, y]);
      else part[root(y)] = root(x);
    }
  }
  if (across.length === 0 || across.some(([x, y]) => root(x) === root(y))) return null;
  const people = new Map<number, number[]>();
  members.forEach((m, k) => people.set(root(k), [...(people.get(root(k)) ?? []), m]));
  const out = [...people.values()];
  return out.some((p) => p.length > 1) ? out : null;
}
