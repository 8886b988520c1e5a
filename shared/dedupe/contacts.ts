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
  if (pairs.length === 0) return false;
  for (const p of pairs) {
    let otherPerson = false;
    let account = false;
    for (const h of p.hits) {
      if (h.comparison === 'name') otherPerson = OTHER_PERSON.has(h.level);
      else if (PERSONAL.has(h.comparison) && onePerson(h)) return false;
      else if (ACCOUNT.has(h.comparison) && h.equal) account = true;
    }
    if (!otherPerson || !account) return false;
  }
  return true;
}
