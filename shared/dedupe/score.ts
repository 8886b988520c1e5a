/**
 * A pair's score: the compared weights plus the prior, as a probability (Fellegi–Sunter match
 * weight → 1 / (1 + 2^-w)), and what makes it safe to act on: 'exact' when every field both rows
 * have is equal after normalization and a personal identifier agrees; 'corroborated' when a
 * personal identifier agrees, or the name (an organisation's: its company) is equal and one more
 * substantial field is too, and no level doubts it (two whole different names), is unsure of it
 * (a birthday a month off) or finds an identity attribute disagreeing (two birthdays, two sexes).
 */
import type { Profile } from './profile';
import { comparePair, type CompiledSettings, type LevelHit } from './compare';

export interface PairScore {
  i: number;
  j: number;
  /** Total match weight in bits, prior included. */
  weight: number;
  /** 0–1. */
  p: number;
  exact: boolean;
  corroborated: boolean;
  veto: boolean;
  /**
   * How many identity attributes disagree (two birthdays, two sexes …: ComparisonLevel.identity); one
   * alone beside the whole name and the same birthday is a slip of the row and not counted.
   */
  disagreements: number;
  /**
   * Only what a household shares agrees (a mobile, an address, a mailbox) beside names that do not
   * (王婷 / 王婷婷 on one mobile), nothing doubting nor disagreeing: the pair is left to the user, and
   * its group says why (dedupe.reason.household).
   */
  household?: true;
  hits: LevelHit[];
}

/** Weight (bits) of an equal level that, next to an equal name, corroborates a pair (birthday, address …). */
const SUBSTANTIAL = 4;

/**
 * What a household shares as much as a person owns: a mother and her daughter, twins, a couple give
 * one mobile, home phone, address and often one mailbox (a child's rows give the parent's), and so
 * the address's city, province and postcode (陈丽 / 陈丽丽 of one flat in 广州 510620).
 */
const HOUSEHOLD: ReadonlySet<string> = new Set(['mobile', 'landline', 'address', 'email', 'wechat', 'qq', 'city', 'province', 'postcode']);

/**
 * Name grades that alone name no one person: a surname and a title (张女士, 张总) beside a given name
 * or another title; a name with a word more in front (Mohammed Ali Khan / Ali Khan, Sri Devi Ramesh
 * / Devi Ramesh), a father and his son or two women of one family as often as one person. Such a hit
 * says no more than the household's phone does (a mother and her daughter on it), so it is no
 * evidence beyond the household's; a company, a birthday or an identifier of the person's own beside
 * it still makes the pair one customer (张伟 / 张总 of one company on one mobile).
 */
const NAMES_NO_ONE_ALONE: ReadonlySet<string> = new Set(['name-titled', 'name-prefixed']);

/** A name hit that alone names no one person (张女士 / 张丽): shown as a caveat, against, even in a likely group. */
export const namesNoOneAlone = (h: LevelHit): boolean => NAMES_NO_ONE_ALONE.has(h.when);

/**
 * Name grades of one person's whole name, as written, turned around or by a nickname (张丽 / 张丽,
 * Michael / Mike Johnson): beside the same real birthday, no two people of a household are named so.
 */
// Not a nickname: Alex, Chris, Sam shorten a boy's name and a girl's alike, and boy-and-girl twins
// typed by them (Alex / Alexandra Brown of one birthday) are told apart by their sexes alone.
const WHOLE_NAME: ReadonlySet<string> = new Set(['name-exact', 'name-swapped']);

/** Identifiers no two people of a household share: an ID card number, a customer or order number agreeing. */
const PERSONAL: ReadonlySet<string> = new Set(['idCard', 'uscc', 'customerId', 'orderId']);

/**
 * Two organisations' rows of one name that give two addresses and two phones: its two sites (美的集团
 * in 佛山 and its 上海 company, Metropolitan Family Services on 63rd Street and on Kedzie). Two as
 * often as one: never corroborated, whatever a contact's name or a mobile one digit off adds. (A
 * person who moved and changed his mobile is no such doubt: his name and birthday still say him.)
 */
export function twoSites(hits: readonly LevelHit[]): boolean {
  let organisation = false;
  let place = false;
  let phone = false;
  for (const h of hits) {
    if (h.comparison === 'organisation') organisation = true;
    else if (h.weight < 0 && h.comparison === 'address') place = true;
    else if (h.weight < 0 && (h.comparison === 'landline' || h.comparison === 'mobile')) phone = true;
  }
  return organisation && place && phone;
}

export function probability(weight: number): number {
  return 1 / (1 + Math.pow(2, -weight));
}

/**
 * The cheap first pass: a pair's total weight (prior included), exact when it reaches `floor`,
 * otherwise some value below `floor` (the comparison stopped early).
 */
export function quickWeight(a: Profile, b: Profile, compiled: CompiledSettings, prior: number, floor = -Infinity): number {
  return comparePair(a, b, compiled, false, floor - prior).weight + prior;
}

export function scorePair(a: Profile, b: Profile, compiled: CompiledSettings, prior: number): PairScore {
  const c = comparePair(a, b, compiled);
  const weight = c.weight + prior;
  let allEqual = true;
  let strong = false;
  let nameEqual = false;
  let substantial = false;
  let doubt = false;
  let disagreements = 0;
  let personal = false;
  // Evidence that agrees beyond what a household shares (a name, a company, a birthday …).
  let beyondHousehold = false;
  let wholeName = false;
  let sameBirthday = false;
  // A surname and a title (张女士), a word more in front (Sri Devi / Devi): its own caveat says why
  // the pair is left to the user.
  let titled = false;
  for (const h of c.hits) {
    if (namesNoOneAlone(h)) titled = true;
    if (WHOLE_NAME.has(h.when)) wholeName = true;
    if (h.when === 'date-exact') sameBirthday = true;
    if (h.doubt || h.unsure) doubt = true;
    if (h.identity) disagreements++;
    if (!h.equal) allEqual = false;
    if (h.strong) strong = true;
    if (h.strong && PERSONAL.has(h.comparison)) personal = true;
    if (h.weight > 0 && !HOUSEHOLD.has(h.comparison) && !namesNoOneAlone(h)) beyondHousehold = true;
    // A nickname written alike (Lily🌸) is no name: it corroborates nothing.
    if (h.when === 'name-screen') continue;
    // An organisation's name is its company (rows with no person name): it corroborates as a name does.
    if ((h.comparison === 'name' || h.comparison === 'organisation') && h.equal) nameEqual = true;
    else if (h.equal && h.weight >= SUBSTANTIAL) substantial = true;
  }
  // One name and one real birthday: a single identity attribute that disagrees beside them (the sex
  // typed wrong, 张丽 男 / 女) is a slip of the row, not a sibling (twins bear two names).
  if (disagreements === 1 && wholeName && sameBirthday) disagreements = 0;
  const namesComparable = a.name !== null && b.name !== null;
  // A shared phone is a household's as much as a person's: with names that do not agree (王婷 /
  // 王婷婷 on one mobile) and nothing else that is the person's, it leaves the pair to the user; and
  // an identity attribute that disagrees (two birthdays, two sexes) does so whatever the household
  // shares, unless an identifier of the person's own (an ID card number) agrees.
  const householdOnly = namesComparable && !beyondHousehold;
  const household = householdOnly || (disagreements > 0 && !personal);
  const score: PairScore = {
    i: a.pos,
    j: b.pos,
    weight,
    p: probability(weight),
    exact: allEqual && strong && !c.veto && (nameEqual || !namesComparable),
    corroborated: !c.veto && !doubt && !household && (strong || (nameEqual && substantial && !twoSites(c.hits))),
    veto: c.veto,
    disagreements,
    hits: c.hits,
  };
  if (householdOnly && !titled && !c.veto && !doubt && disagreements === 0 && !personal) score.household = true;
  return score;
}
