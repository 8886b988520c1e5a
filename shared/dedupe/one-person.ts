/**
 * Whether a scored pair is one person's two rows, not two people who share a name, a home or a
 * workplace: what a merge needs before it lets a newer row's phone or e-mail replace the kept row's
 * (newer-contact.ts). A father and his son 张建国 at one address, on two mobiles, are one customer to
 * no one: their rows agree only on what a family shares. The duplicate finder may still group them
 * (for review, or as likely on a name, an address and a company), and a merge keeps both numbers.
 */
import type { PairScore } from './score';

/** Name grades of one person's whole name (as score.ts reads them: as written, or turned around). */
const WHOLE_NAME: ReadonlySet<string> = new Set(['name-exact', 'name-swapped']);

/**
 * A number that agrees without being known for a mobile (a US number, which may be a home line as well
 * as a cell): beside the same address it is the home's line, which John Smith and his son share.
 */
const LINE = 'phone-equal';

/**
 * Evidence of the person himself: an identifier agreeing (a level marked strong: the same mobile,
 * e-mail, ID card, company code, customer number, WeChat or QQ), or his whole name beside the same
 * real birthday. A name, an address, a company or a landline alone are a household's or an office's.
 * Never when anything doubts the pair, an identity attribute (a birthday, a sex) disagrees, a veto
 * holds, or only what a household shares agrees.
 */
export function onePerson(p: PairScore): boolean {
  if (p.veto || p.disagreements > 0 || p.household) return false;
  let identifier = false;
  let line = false;
  let sameAddress = false;
  let wholeName = false;
  let sameBirthday = false;
  for (const h of p.hits) {
    if (h.doubt) return false;
    if (h.strong && h.equal && h.weight > 0) {
      if (h.when === LINE) line = true;
      else identifier = true;
    }
    if (h.comparison === 'address' && h.equal && h.weight > 0) sameAddress = true;
    if (WHOLE_NAME.has(h.when)) wholeName = true;
    if (h.when === 'date-exact') sameBirthday = true;
  }
  return identifier || (line && !sameAddress) || (wholeName && sameBirthday);
}
