/**
 * Duplicate-finding settings, declared as data the way Splink declares comparisons: each
 * comparison reads one feature and lists ordered levels, "missing" first, the most specific
 * agreement next, first match wins, an explicit "else" last. A level names its matcher by string
 * (an unknown name is a settings error, see validate-settings.ts) and carries a match weight in
 * bits (log2 of m/u, Fellegi–Sunter): positive for agreement, negative for disagreement.
 */
import type { MessageKey } from '../i18n';
import type { Feature } from './profile';
import type { OwnerRule } from './owner-rule';
import type { FieldId } from '../schema/fields';

export interface ComparisonLevel {
  /** Level id, unique within its comparison ('exact', 'homophone' …). */
  id: string;
  /** Matcher name in the registry (matchers.ts): 'missing', 'else', 'name-exact', 'phone-equal' … */
  when: string;
  /** Similarity threshold (0–1) for the matchers that take one. */
  threshold?: number;
  /** Match weight in bits (log2 Bayes factor); 0 for "missing". */
  weight: number;
  /** The reason shown when this level decides a pair. */
  reason?: MessageKey;
  /**
   * Reasons shown instead of `reason` when another matcher (by name) also applies to the pair, the
   * first that does: "different mobiles" only when both rows' numbers are known mobiles, else the
   * level's "different phone numbers" (a US business line against a mobile). Wording only: the level
   * and its weight are the same.
   */
  reasonBy?: readonly { when: string; reason: MessageKey }[];
  /** The values are the same after normalization (a pair is 'exact' only when every level hit is). */
  equal?: boolean;
  /** A personal identifier agrees (mobile, e-mail, ID number …): corroborates a merge. */
  strong?: boolean;
  /** The values prove two different customers (two valid ID numbers): the pair is never linked. */
  veto?: boolean;
  /**
   * The values say two people as often as one (two whole different names: a couple sharing one
   * household e-mail and home phone, a parent and child on one mobile): whatever else agrees, the
   * pair is never corroborated, so at most "please review", never merged without asking.
   */
  doubt?: boolean;
  /**
   * The values differ by what is as often a slip as another person's value (a birthday a month off):
   * the level weighs what it weighs, but is no agreement, so the pair is never corroborated (at most
   * "please review", never merged unasked). Unlike `doubt`, it does not keep groups apart.
   */
  unsure?: boolean;
  /**
   * An attribute of who the person is disagrees clearly (two real birthdays, two stated sexes): one
   * phone and address are a household's as much as a person's, so whatever else agrees the pair is
   * never corroborated (at most "please review"); a pair with two such levels is two members of one
   * family, its group never merged (find-duplicates.ts). Unlike `doubt`, it does not keep groups apart.
   */
  identity?: boolean;
}

export interface ComparisonDef {
  /** Comparison id, what `weights` and `caps` refer to. */
  id: string;
  feature: Feature;
  levels: ComparisonLevel[];
}

/**
 * Evidence that is not independent, capped together: colleagues share the company, its
 * landline and address, a family shares address and landline. Without a cap these add up as if
 * each were separate proof of one person.
 */
export interface EvidenceCap {
  id: string;
  comparisons: string[];
  /** Most bits the listed comparisons may add together. */
  max: number;
}

/** How the row kept in a merge is chosen, in order; ties fall to the next rule, then to the first row. */
export type SurvivorRule = 'most-complete' | 'most-recent' | 'first-row' | 'last-row';

export interface DedupeSettings {
  thresholds: {
    /** A group whose weakest pair scores at least this (0–1) and is corroborated is 'likely'. */
    likely: number;
    /** Pairs scoring at least this (0–1) link into groups; groups below 'likely' are 'review'. */
    review: number;
    /**
     * Pairs scoring below this (0–1) are taken for different customers: the chain guard counts
     * them against joining two partial groups. A pair between this and 'review' is unsure (two
     * copies of one customer, each with its own typos): it neither links rows nor keeps them apart.
     */
    differ: number;
    /**
     * Pairs scoring below this (0–1) with disagreements that alone weigh as much say two customers
     * for sure. Two partial groups none of whose cross pairs does (and none of which doubts: two
     * whole different names, an organisation's two sites) join even when fewer than `minAgreement`
     * of them reach 'differ': copies of one customer, each with its own typos or its own blanks (a
     * pair low for want of agreement is no pair of two customers), though never onto a group a
     * merge would take.
     */
    apart: number;
  };
  /** Bits added to every pair before the comparisons: where a score of 0.5 lies. */
  prior: number;
  /** Per-comparison multipliers of the level weights (1 = as declared, 0 = ignore the comparison). */
  weights: Record<string, number>;
  comparisons: ComparisonDef[];
  caps: EvidenceCap[];
  blocking: {
    /** Keyer names in the registry (keyers.ts). */
    keys: string[];
    /** Blocks with more rows than this are skipped (their rows still meet through other keys). */
    maxBlockSize: number;
    /** A smaller cap for keys that alone say little (a common name): keyer → rows. */
    maxBlockSizeFor: Record<string, number>;
  };
  /** Most rows in one group; a link that would pass it is refused, so one weak chain cannot swallow a sheet. */
  maxGroupSize: number;
  /** Joining two partial groups needs at least this share of their cross pairs to score ≥ thresholds.differ. */
  minAgreement: number;
  survivor: SurvivorRule[];
  /**
   * Which sales rep keeps a customer the group's rows give to different owners (撞单): 'first-touch'
   * (the earliest 创建日期 / created date), 'last-contact' (the latest 最近联系), or 'none' (the
   * survivor rules alone). That owner's row is the survivor (owner-rule.ts).
   */
  ownerRule: OwnerRule;
  /**
   * Fields that keep rows apart when both fill them differently (业务线, 品牌, 门店: one person may be a
   * customer of each business line, kept once in each). Empty by default: the whole sheet is one
   * customer base.
   */
  keepApartBy: FieldId[];
}

const missing = (): ComparisonLevel => ({ id: 'missing', when: 'missing', weight: 0 });
/** A mobile comparison's disagreement is said "different mobiles" only when both sides are known mobiles. */
const KNOWN_MOBILES: ComparisonLevel['reasonBy'] = [{ when: 'phone-known-mobiles', reason: 'dedupe.reason.mobile.differ' }];

const orElse = (weight: number, reason?: MessageKey): ComparisonLevel =>
  reason ? { id: 'else', when: 'else', weight, reason } : { id: 'else', when: 'else', weight };

/** A comparison of a short text feature: exact, else. */
export function exactText(
  id: string,
  feature: Feature,
  agree: number,
  disagree: number,
  reason?: MessageKey,
  flags: Pick<ComparisonLevel, 'strong' | 'equal'> = { equal: true },
): ComparisonDef {
  const exact: ComparisonLevel = { id: 'exact', when: 'text-exact', weight: agree, ...flags };
  if (reason) exact.reason = reason;
  return { id, feature, levels: [missing(), exact, orElse(disagree)] };
}

export const DEFAULT_COMPARISONS: readonly ComparisonDef[] = [
  {
    id: 'name',
    feature: 'name',
    levels: [
      missing(),
      { id: 'exact', when: 'name-exact', weight: 7, equal: true, reason: 'dedupe.reason.name.exact' },
      // One WeChat nickname (Lily🌸, A阳光明媚) on both rows: anybody may choose it, so a hint below a
      // name part agreeing; equal as written, but never the name that corroborates a pair (score.ts).
      { id: 'screenName', when: 'name-screen', weight: 3, equal: true, reason: 'dedupe.reason.name.screen' },
      { id: 'swapped', when: 'name-swapped', weight: 6, reason: 'dedupe.reason.name.swapped' },
      // The name in the other row's company cell and its company in the name cell: the company
      // comparison weighs the crossing once; the names are not said to differ.
      { id: 'companySwapped', when: 'name-company-swapped', weight: 0 },
      { id: 'homophone', when: 'name-homophone', weight: 6, reason: 'dedupe.reason.name.homophone' },
      { id: 'nickname', when: 'name-nickname', weight: 5, reason: 'dedupe.reason.name.nickname' },
      { id: 'initial', when: 'name-initial', weight: 3, reason: 'dedupe.reason.name.initial' },
      { id: 'similar', when: 'name-similar', threshold: 0.92, weight: 4, reason: 'dedupe.reason.name.similar' },
      { id: 'partial', when: 'name-partial', weight: 1, reason: 'dedupe.reason.name.partial' },
      // 张女士 / 张小姐, 陈阿姨 / 陈小姐, 张女士 / 张丽, 张总 / 张伟: the surname agrees, the rest is a
      // title, not a name. Weighs no more than the household's phone (a mother and a daughter on one
      // phone as often as one woman: score.ts counts it no evidence beyond the household's), but no
      // doubt either: with the person's company or own identifier beside, 张总 is 张伟 (likely).
      { id: 'titled', when: 'name-titled', weight: 1, reason: 'dedupe.reason.name.titled' },
      // Mohammed Ali Khan / Ali Khan, Sri Ramesh Kumar / Ramesh Kumar: the same name with a word more in
      // front that is put before names and left out at will. As much as one name part agreeing (the
      // rest of the name is all there), below the same whole name: a father and his son are named so
      // as often, so beside the household's phone it is no evidence of its own (score.ts), and no
      // doubt either: with a birthday or a company beside, the pair is likely.
      { id: 'prefixed', when: 'name-prefixed', weight: 4, reason: 'dedupe.reason.name.prefixed' },
      // One side has only a first name or only a surname (a blank cell): the part both have agrees,
      // or the lone part is the other side's other part (nothing to compare), or it differs: each
      // says less than a whole name would.
      { id: 'part', when: 'name-part', weight: 4, reason: 'dedupe.reason.name.partial' },
      { id: 'partSimilar', when: 'name-part-similar', weight: 3, reason: 'dedupe.reason.name.partSimilar' },
      // The lone part is the word the other row holds in its other column (Barker | blank against
      // Barker | Matilda): that row's columns swapped, as often as a pinyin name is typed surname
      // first, and then the part agrees (4); or a given name that is also a surname (James / Lee |
      // James), and then it says nothing. Between the two, as a part with one slip is.
      { id: 'partCrossed', when: 'name-part-crossed', weight: 3, reason: 'dedupe.reason.name.partial' },
      { id: 'apart', when: 'name-apart', weight: 0 },
      // Two rows of no name with two nicknames (企业微信's blank 备注名): no weight, but two people to contacts.ts.
      { id: 'nicknamesDiffer', when: 'name-nicknames-differ', weight: 0 },
      { id: 'close', when: 'name-similar', threshold: 0.85, weight: 0 },
      { id: 'part-differs', when: 'name-part-differs', weight: -3, reason: 'dedupe.reason.name.differ' },
      { ...orElse(-7, 'dedupe.reason.name.differ'), doubt: true },
    ],
  },
  {
    id: 'mobile',
    feature: 'mobile',
    levels: [
      missing(),
      { id: 'mobile', when: 'phone-equal-mobile', weight: 13, equal: true, strong: true, reason: 'dedupe.reason.mobile.same' },
      { id: 'number', when: 'phone-equal', weight: 8, equal: true, strong: true, reason: 'dedupe.reason.phone.same' },
      // Two digits swapped: a slip of the keyboard, a little for the match.
      { id: 'swapped', when: 'phone-swapped', weight: 2, reason: 'dedupe.reason.phone.swapped' },
      // One of the last two digits differs: as often two numbers of one batch (a firm's staff, a
      // family's 亲情号) as one number mistyped, so neither for nor against, and no agreement either:
      // two 张伟 of one firm on 13812345678 / 13812345679 are review, with the reason said, never likely.
      { id: 'batch', when: 'phone-batch', weight: 0, unsure: true, reason: 'dedupe.reason.phone.batch' },
      // One digit further in (13812845678): no batch gives it, and strangers' numbers are seldom so close.
      { id: 'typo', when: 'phone-one-digit', weight: 2, reason: 'dedupe.reason.phone.typo' },
      // The same whole name at the same company with another mobile: his work phone and his own, or a
      // new number, taken down by two reps. A second number is then as common as a second mailbox
      // (122.5 mobile subscriptions per 100 people in China, MIIT 2023), so it weighs what two e-mails do, and
      // the pair is offered for review (周杰 of 成都天府物流 twice), never merged on that alone.
      // The mobile feature holds every number that is not known to be fixed: in a US sheet a business
      // line is as likely as a mobile, so the reason names phone numbers unless both are known mobiles.
      { id: 'otherNumber', when: 'phone-differs-one-contact', weight: -3, reason: 'dedupe.reason.phone.differ', reasonBy: KNOWN_MOBILES },
      { ...orElse(-6, 'dedupe.reason.phone.differ'), reasonBy: KNOWN_MOBILES },
    ],
  },
  {
    // A number of a further person of one row (联系人2's 电话2) held by any person of the other: one
    // company typed twice, as strong as one mobile, whatever the first contacts' names say.
    id: 'contactPhone',
    feature: 'contactPhone',
    levels: [
      missing(),
      { id: 'same', when: 'contact-phone-equal', weight: 13, equal: true, strong: true, reason: 'dedupe.reason.contactPhone.same' },
      orElse(0),
    ],
  },
  {
    id: 'landline',
    feature: 'landline',
    levels: [
      missing(),
      // A 400 / 800 hotline is every branch's and dealer's: it says one brand, not one customer.
      { id: 'hotline', when: 'phone-hotline', weight: 2, equal: true, reason: 'dedupe.reason.landline.hotline' },
      { id: 'same', when: 'phone-equal', weight: 5, equal: true, reason: 'dedupe.reason.landline.same' },
      // One switchboard, two extensions: two desks.
      { id: 'other-extension', when: 'phone-other-extension', weight: -4, reason: 'dedupe.reason.landline.extension' },
      orElse(-1),
    ],
  },
  {
    id: 'email',
    feature: 'email',
    levels: [
      missing(),
      // info@ / sales@ written by colleagues: a workplace's inbox, weighed as one, not as a person's address.
      { id: 'shared', when: 'email-shared', weight: 4, reason: 'dedupe.reason.email.shared' },
      { id: 'exact', when: 'email-exact', weight: 13, equal: true, strong: true, reason: 'dedupe.reason.email.same' },
      { id: 'case', when: 'email-case', weight: 13, equal: true, strong: true, reason: 'dedupe.reason.email.case' },
      // sophie.tran+rewards@outlook.com / Sophie.Tran@Outlook.com: one mailbox, a provider's +tag (keys/email.ts SUBADDRESSING).
      { id: 'tag', when: 'email-tag', weight: 12, equal: true, strong: true, reason: 'dedupe.reason.email.tag' },
      { id: 'gmail', when: 'email-gmail', weight: 12, equal: true, strong: true, reason: 'dedupe.reason.email.gmail' },
      // One mailbox, its domain mistyped once (…@gmial.com, …@davidsn-taylor.com): nearly the same address.
      { id: 'domainSlip', when: 'email-domain-slip', weight: 10, reason: 'dedupe.reason.email.domainSlip' },
      // The same user name (six characters or more) at a company domain two keystrokes off
      // (elizataylor@marsahll-hughs.com): one mailbox typed twice with slips as a rule, two companies of
      // nearly one name and two people of one long user name at them seldom. Below one slip's 10: two
      // slips leave more room for a neighbour's domain.
      { id: 'domainSlips', when: 'email-domain-slips', weight: 8, reason: 'dedupe.reason.email.domainSlips' },
      // john.smith@ / johnsmith77@ at one provider (not Gmail): namesakes as often as one person.
      { id: 'separators', when: 'email-separators', weight: 0 },
      // tom.reed@ / tom.reed.jr@: a father and son, whose mailboxes are spelt alike; against, and an identity
      // attribute disagreeing, so with one home phone and name they are at most offered for review.
      { id: 'generations', when: 'email-generations', weight: -3, identity: true, reason: 'dedupe.reason.email.generations' },
      { id: 'typo', when: 'email-typo', weight: 6, reason: 'dedupe.reason.email.typo' },
      { id: 'similar', when: 'email-similar', threshold: 0.9, weight: 3, reason: 'dedupe.reason.email.similar' },
      { id: 'user', when: 'email-user', weight: 2, reason: 'dedupe.reason.email.user' },
      orElse(-3),
    ],
  },
  {
    id: 'company',
    feature: 'company',
    levels: [
      missing(),
      { id: 'exact', when: 'company-exact', weight: 6, equal: true, reason: 'dedupe.reason.company.same' },
      { id: 'core', when: 'company-core', weight: 6, equal: true, reason: 'dedupe.reason.company.core' },
      // Name and company swapped on one row (Sarah Jones | Brightwater Ltd): as much as the company
      // agreeing, but unsure, so the group is offered for review and never merged on that alone: a
      // customer named after its owner (张伟 | 张伟's firm) could be crossed so by two people too.
      { id: 'swapped', when: 'name-company-swapped', weight: 6, unsure: true, reason: 'dedupe.reason.nameCompanySwapped' },
      // A head office and its branch, two branches: each its own account (a distributor's 长沙分公司 pays
      // and signs apart), however alike the contacts. Never merged unasked.
      { id: 'headBranch', when: 'company-head-branch', weight: 3, reason: 'dedupe.reason.company.headBranch', doubt: true },
      { id: 'similar', when: 'company-similar', threshold: 0.8, weight: 3, reason: 'dedupe.reason.company.similar' },
      { id: 'homophone', when: 'company-homophone', weight: 3, reason: 'dedupe.reason.company.homophone' },
      { id: 'branch', when: 'company-branch', weight: -2, reason: 'dedupe.reason.company.branch', doubt: true },
      // A contact who moved from one company to another is two accounts' contact: never merged unasked.
      { ...orElse(-2, 'dedupe.reason.company.differ'), doubt: true },
    ],
  },
  // Rows without a person name are organisations: a different name is then a different customer,
  // even at one address and switchboard (restaurants in one hotel, firms at one registered address).
  {
    id: 'organisation',
    feature: 'organisation',
    levels: [
      missing(),
      { id: 'same', when: 'company-core', weight: 6, equal: true },
      // Counted by the company comparison (above); not two organisations' names disagreeing.
      { id: 'swapped', when: 'name-company-swapped', weight: 0 },
      { id: 'headBranch', when: 'company-head-branch', weight: 1, doubt: true },
      // One site listed by two sources (Ravenswood Community Child Care / … Care Center): what the
      // workplace cap lets the shared address and switchboard add needs this to reach review.
      { id: 'similar', when: 'company-similar', threshold: 0.8, weight: 2 },
      { id: 'homophone', when: 'company-homophone', weight: 2 },
      // Two stores of one chain (东门店 / 西门店): counted, with its reason, by the company comparison
      // (above), and no two organisations' names disagreeing.
      { id: 'branch', when: 'company-branch', weight: 1, doubt: true },
      { ...orElse(-6, 'dedupe.reason.company.differ'), doubt: true },
    ],
  },
  {
    id: 'address',
    feature: 'address',
    levels: [
      missing(),
      { id: 'exact', when: 'address-exact', weight: 5, equal: true, reason: 'dedupe.reason.address.same' },
      { id: 'similar', when: 'address-similar', threshold: 0.8, weight: 3, reason: 'dedupe.reason.address.similar' },
      { id: 'close', when: 'address-similar', threshold: 0.6, weight: 1, reason: 'dedupe.reason.address.close' },
      orElse(-1.5),
    ],
  },
  {
    id: 'birthday',
    feature: 'birthday',
    levels: [
      missing(),
      // 1990-01-01 given to many people (a platform's filler, or a year known alone): one bit, said as what it is.
      { id: 'standIn', when: 'date-stand-in', weight: 1, equal: true, reason: 'dedupe.reason.birthday.standIn' },
      { id: 'exact', when: 'date-exact', weight: 6, equal: true, reason: 'dedupe.reason.birthday.same' },
      { id: 'standInOther', when: 'date-either-stand-in', weight: 0 },
      // A 1 January one digit off: a year known alone and the next year, as often two people's as one's.
      // One keystroke off on rows whose mobiles disagree and no personal mailbox agrees: a slip corroborates
      // a copy held together by a number or an address of his own, not one whose numbers differ too (two
      // 王伟 of one employer, 13812345678 / 15987654321, 1985-03-15 / 1985-03-13 are two people as often as
      // one): neither for nor against, and unsure, so such a pair is at most offered for review, with the
      // reason said (tester h62).
      { id: 'typoOtherPhones', when: 'date-typo-other-phones', weight: 0, unsure: true, reason: 'dedupe.reason.birthday.typoOtherPhones' },
      { id: 'typoNewYear', when: 'date-typo-new-year', weight: 3, reason: 'dedupe.reason.birthday.typo' },
      // One digit off or day and month swapped: a slip of the keyboard, rarely another person's birthday.
      // About 25 days of some 22,000 (sixty years) are one keystroke from a birthday, so two strangers'
      // fall so close about once in 900 pairs (10 bits), against once in 22,000 for the same day (14):
      // two-thirds of the same day's evidence, so 4 beside its 6. Beside a name one letter off, or a
      // surname alone, and the same town, the copy is offered for review (Amela / Amelia Watson).
      { id: 'typo', when: 'date-typo', weight: 4, reason: 'dedupe.reason.birthday.typo' },
      // The 农历 birthday in one row, the 公历 one in the other: nearly as good as a slip of the keyboard.
      { id: 'lunar', when: 'date-lunar', weight: 3, reason: 'dedupe.reason.birthday.lunar' },
      // A year left out is no disagreement: --05-17 and 1985-05-17 may well be one birthday.
      { id: 'noYear', when: 'date-month-day', weight: 1, reason: 'dedupe.reason.birthday.noYear' },
      // A day or month typed wrong (within a month), or two digits slipped: two strangers' birthdays
      // fall so close about as often as one customer's typed twice, so neither for nor against.
      { id: 'close', when: 'date-close', weight: 0, unsure: true, reason: 'dedupe.reason.birthday.close' },
      // A two-digit year read in two centuries (5/6/70 as 2070 and as 1970): a slip of the year, neither for nor
      // against, and no doubt on the rest (the 'close' days are doubted: two strangers' birthdays fall so close).
      { id: 'century', when: 'date-century', weight: 0, reason: 'dedupe.reason.birthday.century' },
      // A parent and a child who share a name, a phone and an address: never 'likely' on those.
      { id: 'yearsApart', when: 'date-years-apart', weight: -10, identity: true, reason: 'dedupe.reason.birthday.yearsApart' },
      { id: 'twoDigits', when: 'date-two-digits', weight: 0, unsure: true, reason: 'dedupe.reason.birthday.close' },
      // Two birthdays by month and day alone (MM/DD), more than a month apart: two people's, as two real dates are.
      { id: 'monthDaysApart', when: 'date-month-days-apart', weight: -4, identity: true, reason: 'dedupe.reason.birthday.differ' },
      // A day that does not exist (1989-02-30) beside another: a birthday typed wrong, not told apart from a sibling's.
      { id: 'unreal', when: 'date-either-unreal', weight: -4, reason: 'dedupe.reason.birthday.differ' },
      // Two real birthdays less than a pregnancy apart (1980-05-03 / 1980-06-16): no siblings' (twins share
      // the day), so one birthday typed wrong: against, as any other, but no identity attribute disagreeing.
      { id: 'monthsApart', when: 'date-months-apart', weight: -4, reason: 'dedupe.reason.birthday.differ' },
      // Two real birthdays more than a slip apart: siblings on a parent's phone, sisters on a family mobile.
      { ...orElse(-4, 'dedupe.reason.birthday.differ'), identity: true },
    ],
  },
  {
    id: 'idCard',
    feature: 'idCard',
    levels: [
      missing(),
      { id: 'exact', when: 'id-exact', weight: 16, equal: true, strong: true, reason: 'dedupe.reason.idCard.same' },
      { id: 'typo', when: 'id-typo', weight: 4, reason: 'dedupe.reason.idCard.typo' },
      { id: 'both-valid', when: 'id-both-valid', weight: -12, veto: true, reason: 'dedupe.reason.idCard.differ' },
      orElse(-6, 'dedupe.reason.idCard.differ'),
    ],
  },
  {
    id: 'uscc',
    feature: 'uscc',
    levels: [
      missing(),
      // Rows of people (a B2B sheet's contacts): the code is their company's, no more one person's
      // than its name is. At 16 it outweighed two names and two mobiles, and every contact of an
      // account became one group.
      { id: 'workplace', when: 'id-exact-people', weight: 3, equal: true, reason: 'dedupe.reason.uscc.same' },
      { id: 'exact', when: 'id-exact', weight: 16, equal: true, strong: true, reason: 'dedupe.reason.uscc.same' },
      // Two valid codes one character apart are two companies (the check character would differ); one
      // failing its check beside a valid one is that code mistyped.
      { id: 'both-valid', when: 'id-both-valid', weight: -12, veto: true, reason: 'dedupe.reason.uscc.differ' },
      { id: 'typo', when: 'id-typo', weight: 4, reason: 'dedupe.reason.uscc.typo' },
      orElse(-6, 'dedupe.reason.uscc.differ'),
    ],
  },
  // Row ids are often a running number (序号), so a different id says little.
  exactText('customerId', 'customerId', 10, 0, 'dedupe.reason.customerId.same', { equal: true, strong: true }),
  // One order's row exported twice (two overlapping exports of a shop, names and phones masked):
  // the same order number is the same record. Orders of one customer differ in it, which says nothing.
  exactText('orderId', 'orderId', 10, 0, 'dedupe.reason.orderId.same', { equal: true, strong: true }),
  // A VIN (车架号) is one car, as an ID number is one person: the same VIN is that car and its owner
  // typed twice, his new phone or a mistyped name beside it. Two VINs of one owner are his two cars
  // (records side by side: vehicles.ts), which says nothing against him being one person.
  {
    id: 'vin',
    feature: 'vin',
    levels: [missing(), { id: 'exact', when: 'vin-same', weight: 16, equal: true, strong: true, reason: 'dedupe.reason.vin.same' }, orElse(0)],
  },
  exactText('wechat', 'wechat', 12, -1, 'dedupe.reason.wechat.same', { equal: true, strong: true }),
  exactText('qq', 'qq', 12, -1, 'dedupe.reason.qq.same', { equal: true, strong: true }),
  {
    id: 'gender',
    feature: 'gender',
    // A brother and a sister (周子琪 / 周子齐) on a parent's phone: a stated sex that differs is another person.
    levels: [missing(), { id: 'same', when: 'text-exact', weight: 0, equal: true }, { ...orElse(-5, 'dedupe.reason.gender.differ'), identity: true }],
  },
  {
    id: 'city',
    feature: 'city',
    levels: [
      missing(),
      { id: 'exact', when: 'text-exact', weight: 1, equal: true, reason: 'dedupe.reason.city.same' },
      { id: 'similar', when: 'text-similar', threshold: 0.9, weight: 0.5, reason: 'dedupe.reason.city.similar' },
      orElse(-1),
    ],
  },
  exactText('province', 'province', 0.3, -1, 'dedupe.reason.province.same'),
  {
    id: 'postcode',
    feature: 'postcode',
    levels: [
      missing(),
      { id: 'exact', when: 'text-exact', weight: 1.5, equal: true, reason: 'dedupe.reason.postcode.same' },
      { id: 'typo', when: 'text-typo', weight: 0 },
      orElse(-1),
    ],
  },
  exactText('website', 'website', 4, 0, 'dedupe.reason.website.same'),
];

export const DEFAULT_DEDUPE_SETTINGS: Readonly<DedupeSettings> = {
  thresholds: { likely: 0.95, review: 0.6, differ: 0.4, apart: 0.05 },
  prior: -8,
  weights: {},
  comparisons: DEFAULT_COMPARISONS as ComparisonDef[],
  caps: [
    { id: 'workplace', comparisons: ['company', 'landline', 'address', 'city', 'province', 'postcode', 'website'], max: 7 },
  ],
  blocking: {
    keys: [
      'phone', 'email', 'email-user', 'name-pinyin', 'name-latin', 'name-sound', 'surname', 'company', 'name-company', 'address', 'birthday',
      'id-card', 'uscc', 'customer-id', 'order-id', 'vin', 'wechat', 'qq',
    ],
    maxBlockSize: 64,
    // A common name (王伟, 张敏, John Smith) repeats dozens of times in a big sheet; such a block
    // says little, and its rows still meet through phone, e-mail, company, address or birthday.
    // A user name at several domains (zhangwei@163.com, zhangwei@qq.com) is as often namesakes.
    maxBlockSizeFor: { 'name-pinyin': 8, 'name-latin': 16, 'name-sound': 16, surname: 16, 'email-user': 16 },
  },
  maxGroupSize: 20,
  minAgreement: 0.6,
  survivor: ['most-complete', 'most-recent'],
  ownerRule: 'first-touch',
  keepApartBy: [],
};
