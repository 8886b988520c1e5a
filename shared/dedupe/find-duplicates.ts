/**
 * Finds duplicate groups in a sheet's records: profiles → blocking keys → candidate pairs →
 * field comparisons → scores → guarded union-find groups → merge proposals. Near-linear: only
 * pairs sharing a key are compared (plus a bounded number inside groups).
 */
import type { CustomerRecord } from '../table/records';
import type { FieldId } from '../schema/fields';
import { valueKey } from './value-key';
import { standInBirthdays } from '../normalize/stand-in-birthday';
import type { DedupeSettings } from './settings';
import type { Conflict, DedupeOptions, DedupeResult, DedupeStats, DuplicateGroup, Reason } from './types';
import type { SheetProblem } from '../plan/issue';
import type { MessageKey } from '../i18n';
import { buildProfile, profileContext, type Profile, type ProfileContext } from './profile';
import { KEYERS, type Keyer } from './keyers';
import { blockKeys } from './blocking';
import { compileSettings } from './compare';
import { quickWeight, scorePair, type PairScore } from './score';
import { cluster } from './cluster';
import { rankMembers } from './survivor';
import { mainCarer, mainCarerReason } from './main-carer';
import { isRetired } from '../remind/standing';
import { claimOwner, futureOwnerDates, withClaimFirst, withCoOwnersFirst } from './owner-rule';
import { propose } from './proposal';
import { notDuplicateMemory } from './not-duplicates';
import { withRunMemos } from '../text/run-memos';
import { judgeGroup, pairReasons } from './group-verdict';
import { validateDedupeSettings } from './validate-settings';
import { namesTwoVehicles } from './vehicles';
import { namesTwoPets } from './pets';
import { namesTwoListings } from './listings';
import { namesSubCustomers } from './sub-customers';
import { namesContactsOfOneAccount, peopleOfOneAccount } from './contacts';
import { fieldsNameOneThing } from './one-thing';
import { foldText, lettersAndDigits, matchText } from './keys/fold';
import { saysEnteredAgain } from './re-registration';
import { sortSmall } from './sort-small';
import { ownersClash } from '../table/owner-name';
import { onePerson } from './one-person';
import { holderNumbersDiffer } from './numbers-differ';

/**
 * Rows the finder must never link: the caller's (two orders of an order list) and those whose
 * `keepApartBy` fields are filled differently (two business lines); null when there are none.
 */
function keptApart(fields: readonly FieldId[], given: DedupeOptions['apart'], region: string): DedupeOptions['apart'] | null {
  if (fields.length === 0) return given ?? null;
  // Values compared as a merge compares them (valueKey: phones by number, dates by day, text folded).
  const differ = (a: CustomerRecord, b: CustomerRecord) =>
    fields.some((f) => {
      const x = valueKey(f, a.fields[f], region);
      const y = x === '' ? '' : valueKey(f, b.fields[f], region);
      return y !== '' && x !== y;
    });
  return given ? (a, b) => given(a, b) || differ(a, b) : differ;
}

function emptyStats(records: number): DedupeStats {
  return {
    records,
    candidatePairs: 0,
    comparedPairs: 0,
    linkedPairs: 0,
    blocks: 0,
    largestBlock: 0,
    skippedBlocks: {},
    skippedBlockRows: 0,
    blockPairs: {},
    groups: 0,
    rowsInGroups: 0,
    byConfidence: { exact: 0, likely: 0, review: 0 },
    cappedLinks: 0,
    chainGuardLinks: 0,
    vetoedLinks: 0,
    notDuplicateLinks: 0,
  };
}

/**
 * Fields each of which names one record of a customer (a contract, a policy, a car's insurance, an
 * order): two rows of one person that differ in one are his two contracts (张伟's two cars, a
 * father's and his son's policies), each with its own expiry to remind. A merge would fold one into
 * the other, so such a group is only offered for review, whatever its names and phones say.
 */
const RECORD_FIELDS: ReadonlySet<string> = new Set<FieldId>(['contractStart', 'contractEnd', 'orderId']);

/**
 * Two different contract days each of which is a real date, or two order numbers: a date left as
 * typed because it cannot be one (2023年2月30日) is a slip beside the other row's, not a second contract.
 */
function namesTwoRecords(recs: readonly CustomerRecord[], region: string): boolean {
  for (const f of RECORD_FIELDS as ReadonlySet<FieldId>) {
    const seen = new Set<string>();
    for (const r of recs) {
      const c = r.fields[f];
      if (!c || (f !== 'orderId' && c.kind !== 'date')) continue;
      const k = valueKey(f, c, region);
      if (k !== '') seen.add(k);
    }
    if (seen.size > 1) return true;
  }
  return false;
}

/**
 * What tells one customer's several records apart, each with the reason a group that has two of
 * them gives: contracts, policies and orders; cars (vehicles.ts); pets (pets.ts).
 */
/**
 * Fields the pair comparison judges equal by its own normalization (星辰科技 / 北京星辰科技有限公司,
 * 广西 / 广西壮族自治区): an exact pair agrees on them whatever spelling a merge keeps in its note.
 * Any other field's conflict (an amount, a purchase day, a source, an owner) makes the rows no copies.
 */
const MATCHED_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>([
  'customerId', 'name', 'firstName', 'middleName', 'lastName', 'gender', 'mobile', 'phone', 'email', 'wechat', 'qq', 'website',
  'company', 'address', 'province', 'city', 'postcode', 'birthday', 'lunarBirthday', 'idCard', 'uscc', 'vin', 'plate', 'petName',
  'listing', 'listingUnit',
]);

/**
 * `parallel`: records a customer holds side by side, each on its own schedule (each car's insurance,
 * each flat's 回访), reminded each; a sub-customer is its own account instead.
 */
const RECORD_RULES: readonly { code: MessageKey; parallel: boolean; names: (recs: readonly CustomerRecord[], region: string, conflicts: readonly Conflict[]) => boolean }[] = [
  { code: 'dedupe.reason.twoRecords', parallel: true, names: (recs, region, conflicts) => conflicts.some((c) => RECORD_FIELDS.has(c.field)) && namesTwoRecords(recs, region) },
  { code: 'dedupe.reason.twoVehicles', parallel: true, names: namesTwoVehicles },
  { code: 'dedupe.reason.twoPets', parallel: true, names: namesTwoPets },
  { code: 'dedupe.reason.twoListings', parallel: true, names: namesTwoListings },
  { code: 'dedupe.reason.subCustomers', parallel: false, names: namesSubCustomers },
];

/** The rules that name the thing a record is (a car, a pet, a flat), each truer than two contract days. */
const THING_CODES: ReadonlySet<string> = new Set<MessageKey>(['dedupe.reason.twoVehicles', 'dedupe.reason.twoPets', 'dedupe.reason.twoListings']);

/**
 * The records reasons to say: two cars' 保养 and 保险 days differ because the cars do, so where a thing
 * is named two contract days are no second reason (tester h68: 合同日期或编号不同 said of 疫苗 days).
 */
function thingReasons(reasons: Reason[]): Reason[] {
  return reasons.some((r) => THING_CODES.has(r.code)) ? reasons.filter((r) => r.code !== 'dedupe.reason.twoRecords') : reasons;
}

/**
 * One customer's rows held by two carers (a pupil's two 班主任, a patient's two doctors: DedupeOptions.serviceRole):
 * each carer's own service record on its own schedule, kept side by side, neither a copy nor a 撞单.
 */
const CO_CARERS_CODE: MessageKey = 'dedupe.reason.coCarers';
const coCarersOf = (conflicts: readonly Conflict[]): string[] | null => {
  // In the sheet's order of rows (陈老师 on row 3, 刘老师 on row 4), as the user reads them.
  const values = [...(conflicts.find((c) => c.field === 'owner')?.values ?? [])].sort((a, b) => Math.min(...a.rows) - Math.min(...b.rows));
  const owners = values.map((v) => v.value).filter((v) => v.trim() !== '');
  return owners.length > 1 && ownersClash(owners) ? owners : null;
};

/** The contract's days: the same on every row, the end at least filled, they are one contract. */
const CONTRACT_DAYS: readonly FieldId[] = ['contractStart', 'contractEnd'];

/** Every row holds the same contract (its end, and its start where typed, alike): one contract typed twice. */
function holdOneContract(recs: readonly CustomerRecord[]): boolean {
  const keyOf = (r: CustomerRecord) => CONTRACT_DAYS.map((f) => {
    const cell = r.fields[f];
    return cell === undefined || cell.kind === 'empty' ? '' : cell.kind === 'date' ? cell.value : '\u0000';
  }).join('|');
  const first = keyOf(recs[0]);
  return !first.endsWith('|') && !first.includes('\u0000') && recs.every((r) => keyOf(r) === first);
}

/**
 * Every row holds the same booked day (appointment: a photo studio's Session Date, a salon's Next
 * appointment): one booking typed twice, whoever logged it (tester h75: a wedding of 2026-11-14 under
 * photographers Kate and Dom). Two days are two bookings, each its carer's record.
 */
function holdOneBooking(recs: readonly CustomerRecord[]): boolean {
  const day = (r: CustomerRecord) => { const cell = r.fields.appointment; return cell?.kind === 'date' ? cell.value : null; };
  const first = day(recs[0]);
  return first !== null && recs.every((r) => day(r) === first);
}

/** The reasons of records a customer holds side by side (RECORD_RULES' `parallel`, and co-carers' records). */
export const PARALLEL_RECORD_REASONS: ReadonlySet<string> = new Set([...RECORD_RULES.filter((r) => r.parallel).map((r) => r.code), CO_CARERS_CODE, 'dedupe.reason.otherAccount', 'dedupe.reason.twoRoles']);

/**
 * Name matchers of one name written alike: in a sheet of children any other (a character of the same
 * sound, one letter, a part, an initial) names a sibling or a twin as often as the same child, whose
 * parent's phone and address the siblings share.
 */
const NAME_WRITTEN_ALIKE: ReadonlySet<string> = new Set(['missing', 'name-exact', 'name-swapped', 'name-nickname', 'name-apart']);

/**
 * The settings for a sheet of children: a name written otherwise (a character of the same sound, a
 * letter, a part, or wholly another name) is an identity attribute disagreeing; the same name, turned
 * around or by a nickname is not.
 */
function forChildren(settings: DedupeSettings): DedupeSettings {
  return {
    ...settings,
    comparisons: settings.comparisons.map((c) => (c.feature !== 'name' ? c : {
      ...c,
      levels: c.levels.map((l) => (NAME_WRITTEN_ALIKE.has(l.when) ? l : { ...l, identity: true })),
    })),
  };
}

/** Two identity attributes disagree in a pair of the group (two birthdays and two sexes …): family members. */
const FAMILY_DISAGREEMENTS = 2;

/**
 * Two stores or branches of one chain (好又多超市（东门店） / （西门店）): two accounts, each rep with his
 * own store, so two reps on them are no possible 撞单.
 */
const twoStores = (g: DuplicateGroup): boolean => g.reasons.some((r) => r.code === 'dedupe.reason.company.branch' && r.evidence === 'against');

/** Duplicate groups of `records`, with the run's memos (text/run-memos.ts): a run of its own when called alone (a spec, the benches). */
export function findDuplicates(records: CustomerRecord[], given: DedupeSettings, options: DedupeOptions = { defaultRegion: 'CN' }): DedupeResult {
  return withRunMemos(() => findWithin(records, given, options));
}

function findWithin(records: CustomerRecord[], given: DedupeSettings, options: DedupeOptions): DedupeResult {
  const stats = emptyStats(records.length);
  const problems = validateDedupeSettings(given);
  if (problems.length > 0) return { groups: [], stats, problems };
  const settings = options.children ? forChildren(given) : given;

  const region = options.defaultRegion;
  const ctx: ProfileContext = { ...profileContext(region, options.phones), ...(options.screenNames ? { screenNames: true } : {}), standInBirthdays: standInBirthdays(records.map((r) => ({ birthday: r.fields.birthday, name: r.fields.name }))) };
  const keyers = settings.blocking.keys.map((k) => [k, KEYERS[k]] as [string, Keyer]);
  const keys = blockKeys(keyers, settings.blocking.maxBlockSize, settings.blocking.maxBlockSizeFor);
  // A row's blocking keys are read as soon as its profile is built, while it is fresh in the
  // cache: a pass per keyer over 100k built profiles cost more than numbering the keys.
  const profiles: Profile[] = records.map((r, pos) => {
    const p = buildProfile(r, pos, ctx);
    keys.add(p);
    return p;
  });
  const n = profiles.length;
  const compiled = compileSettings(settings);
  const blocking = keys.finish();
  Object.assign(stats, blocking.stats);

  const { review, likely, differ, apart: apartBelow } = settings.thresholds;
  // The weight whose probability is `review` (probability() inverted), less a hair for rounding.
  const reviewWeight = review <= 0 ? -Infinity : review >= 1 ? Infinity : Math.log2(review / (1 - review)) - 1e-9;
  const cache = new Map<number, PairScore>();
  const pairKey = (i: number, j: number) => i * n + j;
  const links: PairScore[] = [];
  blocking.forEachPair((i, j) => {
    stats.candidatePairs++;
    if (quickWeight(profiles[i], profiles[j], compiled, settings.prior, reviewWeight) < reviewWeight) return;
    const s = scorePair(profiles[i], profiles[j], compiled, settings.prior);
    links.push(s);
    cache.set(pairKey(i, j), s);
  });
  stats.comparedPairs = stats.candidatePairs;
  stats.linkedPairs = links.length;

  const score = (i: number, j: number): PairScore => {
    // Two numbers, not a destructured pair: no array per call.
    const a = i < j ? i : j;
    const b = i < j ? j : i;
    const k = pairKey(a, b);
    let s = cache.get(k);
    if (!s) {
      s = scorePair(profiles[a], profiles[b], compiled, settings.prior);
      stats.comparedPairs++;
      cache.set(k, s);
    }
    return s;
  };

  const memory = notDuplicateMemory(records, options.notDuplicates?.filter((g) => g.length > 0), options.unreadAgree);
  const apart = keptApart(settings.keepApartBy ?? [], options.apart, region);
  // The marks that kept rows apart which would have been grouped: confirmed to the user, who cannot
  // otherwise tell a mark that works from one a week's edits broke (a group just no longer shows).
  const keptByMarks = new Set<number>();
  const marked = (i: number, j: number): boolean => {
    if (!memory.cannotLink(i, j)) return false;
    for (const g of memory.marksBetween(i, j)) keptByMarks.add(g);
    return true;
  };

  const clusters = cluster({
    n,
    links,
    score,
    cannotLink: apart ? (i, j) => marked(i, j) || apart(records[i], records[j]) : marked,
    review,
    differ,
    apart: apartBelow,
    likely,
    rowOrder: (i) => records[i].sheetRow,
    maxGroupSize: settings.maxGroupSize,
    minAgreement: settings.minAgreement,
  });
  stats.cappedLinks = clusters.stats.cappedLinks;
  stats.chainGuardLinks = clusters.stats.chainGuardLinks;
  stats.vetoedLinks = clusters.stats.vetoedLinks;
  stats.notDuplicateLinks = clusters.stats.notDuplicateLinks;

  /**
   * A group of `members` joined by `groupLinks`. `oneThing`: the rows name one thing typed twice (a car
   * by its VIN): its two carers are two people who logged it, kept in the merged values, not a reason to
   * keep the copies apart. `records`: the rows are a customer's records split out of one group (the
   * kept row of each thing), one customer's still though no link between them was scored as such.
   */
  const buildGroup = (members: readonly number[], groupLinks: readonly PairScore[], mode: { oneThing?: boolean; records?: boolean; customer?: readonly number[] } = {}): { group: DuplicateGroup; against: Reason[]; twoPeople: boolean } => {
    const pairs: PairScore[] = [];
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) pairs.push(score(members[x], members[y]));
    const byRow = sortSmall([...members], (a, b) => records[a].sheetRow - records[b].sheetRow);
    const recs = byRow.map((m) => records[m]);
    const byRules = rankMembers(recs, settings.survivor, options.today, options.wrong);
    // 撞单: the customer stays in the row of the owner the owner rule names (first touch by default).
    // Of co-carers' rows (two 班主任) the owner rule still picks the row a count or a merge reads
    // first (the first carer's: 18600 of the patient's first 病历号), though no 撞单 is said.
    const claim = claimOwner(byRules, settings.ownerRule, region, options.today);
    // Rows of overlapping reps (王磊, 王磊/刘洋): the row naming them all is kept, each rep still on it.
    const ranked = claim ? withClaimFirst(byRules, claim) : withCoOwnersFirst(byRules);
    let proposal = propose(ranked, region, ctx.phoneCache, ctx.phones);
    // One customer's rows that differ in a value (a purchase day, an amount, a stay) are no copies.
    const copies = !proposal.conflicts.some((c) => !MATCHED_FIELDS.has(c.field)) && (options.unreadAgree?.(recs) ?? true);
    const verdict = judgeGroup(pairs, groupLinks, likely, copies);
    // Two people of one household on its phone (two birthdays and two sexes, or a sibling's name in a
    // school's sheet): shown together for the user to see, each kept, never merged nor counted as one.
    const family = pairs.some((p) => p.disagreements >= FAMILY_DISAGREEMENTS);
    // Rows an identity attribute tells apart (twins 孙语桐 / 孙语彤) are not shown to be one customer:
    // their two enrolment days or contracts are each one's, not one customer's two records (撞单 neither).
    const twoPeople = pairs.some((p) => p.disagreements > 0);
    // One event day on every row (婚期 2026-12-06): one booking typed twice, each copy with the day it was signed up.
    const event = twoPeople || family ? null : options.eventDay?.(recs) ?? null;
    const oneEvent = event?.same === true && !proposal.conflicts.some((c) => c.field === 'orderId');
    const against: Reason[] = family ? [{ code: 'dedupe.reason.family', evidence: 'against' }] : twoPeople ? [] : thingReasons(RECORD_RULES
      .filter((rule) => rule.names(recs, region, proposal.conflicts))
      .map((rule): Reason => ({ code: rule.code, evidence: 'against' })))
      .filter((r) => !(oneEvent && r.code === 'dedupe.reason.twoRecords'));
    // One person's other account (a second house, card or let) or other role (业主 and 客户): accounts.ts.
    // Said before the carers: two cards are two accounts whoever serves each (何丽娟's 00012 with 小美,
    // 00014 with 阿芳), and the card numbers are what the user reads to tell them apart.
    // Two contract days alone say less than the column of the accounts they are (案件编号, 房号): said instead.
    const contractsOnly = against.length === 1 && against[0].code === 'dedupe.reason.twoRecords';
    const found = twoPeople || (against.length > 0 && !contractsOnly) ? null : options.otherAccount?.(recs) ?? null;
    // A row whose note says it was typed in again (重复录入, 重复登记: 黄美玲 given a second 会员卡号 at the
    // counter) is a copy under a new number, no second account: merged, its number kept in the merged values.
    const account = found?.code === 'dedupe.reason.otherAccount' && recs.some((r) => saysEnteredAgain(matchText(r.fields.notes))) ? null : found;
    if (account?.code === 'dedupe.reason.otherAccount' && contractsOnly) against.pop();
    if (account !== null) against.push({ code: account.code, evidence: 'against', params: { column: account.column, ...(account.values ? { values: account.values.join(' / ') } : {}) } });
    // One contract typed twice (a membership's same Start and Expiry under two instructors) is no two
    // service records: its carers are two staff who logged it, a 撞单 to settle (tester h71). So is one
    // booking typed twice (the same session day under two photographers).
    // Only where nothing else keeps the rows apart: two flats of one owner, both due 12-20, are her records still.
    // A member list's rows (running totals: 到店次数, Lifetime Spend) are one per member: one typed twice
    // under two therapists is a copy too, the row of her later visit kept by the survivor rules.
    const perCustomer = options.serviceRole !== undefined && against.length === 0 && !mode.oneThing && !mode.records && (options.oneRowPerCustomer?.(recs) ?? false);
    const oneContract = perCustomer || (options.serviceRole !== undefined && against.length === 0 && !mode.oneThing && !mode.records && (holdOneContract(recs) || holdOneBooking(recs)));
    const carers = twoPeople || family || mode.oneThing || oneContract || options.serviceRole === undefined ? null : coCarersOf(proposal.conflicts);
    if (carers !== null) against.push({ code: CO_CARERS_CODE, evidence: 'against', params: { role: options.serviceRole!, owners: carers.join(' / ') } });
    const otherDays = twoPeople ? null : options.otherDays?.(recs) ?? (event?.same === false ? event.column : null);
    if (otherDays !== null) against.push({ code: 'dedupe.reason.otherDays', evidence: 'against', params: { column: otherDays } });
    const otherNumbers = twoPeople ? null : options.otherNumbers?.(recs) ?? null;
    if (otherNumbers !== null) against.push({ code: 'dedupe.reason.otherNumbers', evidence: 'against', params: { column: otherNumbers } });
    // Several people of one account (contacts.ts): shown together, kept each, never merged.
    const contacts = against.length === 0 && namesContactsOfOneAccount(pairs);
    if (contacts) against.push({ code: 'dedupe.reason.contacts', evidence: 'against' });
    // Left for review because only a household's phone, address or mailbox holds a pair together
    // (王婷 / 王婷婷 on one mobile): said, or the user reads "same mobile" alone and wonders why.
    if (against.length === 0 && verdict.confidence === 'review' && pairs.some((p) => p.household)) {
      against.push({ code: 'dedupe.reason.household', evidence: 'against' });
    }
    const ownRecords = against.length > 0 && (verdict.confidence !== 'review' || mode.records === true);
    // Two records (a head office's contract and its branch's) in a group not sure of one customer: kept apart all the same.
    const heldApart = against.length > 0 && !ownRecords && !family;
    // Two ID, passport or registration numbers: at most review (numbers-differ.ts).
    const twoNumbers = verdict.confidence !== 'review' && holderNumbersDiffer(pairs);
    // A row the user marked apart from another that has since changed (edited, or merged into a copy
    // typed again): the row it is grouped with may be that one under a new fingerprint. --merge does
    // not fold it into the row the user said is someone else; the user looks, and marks again.
    const changed = memory.markedApartFromChanged(byRow);
    if (changed !== null) against.push({ code: 'dedupe.reason.markChanged', evidence: 'against', params: { row: records[changed].sheetRow } });
    // A mark naming one fingerprint twice whose rows are now alike in every column: it cannot tell
    // which two it meant, and --merge does not fold what the user said are two (h63, 3).
    const untold = changed === null ? memory.cannotTell(byRow) : null;
    if (untold !== null) against.push({ code: 'dedupe.reason.markCannotTell', evidence: 'against', params: { fingerprint: untold } });
    const group: DuplicateGroup = {
      id: '',
      rows: recs.map((r) => r.sheetRow),
      fingerprints: byRow.map((m) => memory.fingerprint(m)),
      score: verdict.score,
      reasons: [...verdict.reasons, ...(oneEvent ? [{ code: 'dedupe.reason.oneEvent', evidence: 'for', params: { column: event!.column, day: event!.day ?? '' } } as Reason] : []), ...against],
      confidence: against.length > 0 || twoNumbers ? 'review' : verdict.confidence,
      survivor: ranked[0].sheetRow,
      fields: proposal.fields,
      conflicts: proposal.conflicts,
    };
    // Pairs an identifier of the person's own says are one person (one-person.ts): a merge lets a
    // newer row's phone or e-mail win only between such rows, never a son's over his father's.
    const samePerson = pairs.filter(onePerson).map((p): [number, number] => [records[p.i].sheetRow, records[p.j].sheetRow]);
    if (samePerson.length > 0) group.samePerson = samePerson;
    // Each row of three or more says what it shares with the row it is most like, not the group's every reason.
    if (members.length > 2) group.rowReasons = rowReasonsOf(members, pairs, against);
    // Alike enough to be one customer were it not for the records: his, each kept apart.
    if (family) group.family = true;
    else if (contacts) group.contacts = true;
    else if (ownRecords) group.records = true;
    else if (heldApart) group.keptApart = true;
    if (mode.oneThing) group.oneThing = true;
    // One thing typed twice by two carers (a flat two 管家 logged), or a customer two service staff each
    // typed in (two doctors), the owner rule silent: kept on the customer's main carer's row
    // (main-carer.ts), not on the fuller copy a second carer typed; the reasons say why. Two sales reps
    // of one customer (撞单) are the owner rule's to settle (dedupe.ownerRule), the survivor rules' when it cannot.
    const byCarers = mode.oneThing === true || options.serviceRole !== undefined;
    const main = claim || !byCarers || perCustomer || group.records || group.family || group.contacts ? null : mainCarer(byRules, (mode.customer ?? members).map((m) => records[m]), options.today);
    if (main !== null) {
      const row = byRules.find((r) => r.sheetRow === main.sheetRow)!;
      // A retired record is never kept over one in use (survivor.ts), whoever's it is.
      if (row !== ranked[0] && !(isRetired(row.fields) && !isRetired(ranked[0].fields))) {
        proposal = propose([row, ...byRules.filter((r) => r !== row)], region, ctx.phoneCache, ctx.phones);
        group.survivor = row.sheetRow;
        group.fields = proposal.fields;
        group.conflicts = proposal.conflicts;
      }
      if (group.survivor === main.sheetRow) group.reasons = [...group.reasons, mainCarerReason(main)];
    }
    // Twins with two 课程顾问 are each one's customer, not one customer claimed twice (撞单): no owner
    // conflict is said while an identity attribute of the rows disagrees.
    // A pair the scores leave for review (one name at one company, two mobiles) may be two people:
    // two reps holding it is a possible 撞单, to check, not a sure one. One customer's records (two
    // cars), a pasted copy on other days, a mark changed: sure of the customer, so a 撞单 still.
    const unsure = (verdict.confidence === 'review' || twoNumbers) && !contacts;
    // Service staff (班主任, 主治医生) on the rows are co-carers: no 撞单, sure or possible.
    const ownerConflict = options.serviceRole === undefined || oneContract ? proposal.ownerConflict : undefined;
    if (ownerConflict && !twoPeople && !unsure) {
      const future = futureOwnerDates(byRules, settings.ownerRule, region, options.today);
      group.ownerConflict = { ...ownerConflict, ...(claim ? { claim } : {}), ...(future.length > 0 ? { future } : {}) };
    } else if (ownerConflict && !family && !contacts && !twoStores(group) && (!twoPeople || !proposal.conflicts.some((c) => c.field === 'name'))) {
      // One name and phone, two birthdays, two reps: a birthday typed wrong on one rep's row would
      // hide a 撞单, so it is said as possible. Twins and siblings, whose names differ, are not.
      group.possibleOwnerConflict = { owners: [...ownerConflict.owners] };
    }
    return { group, against, twoPeople };
  };

  /** Per row, its strongest pair in the group (ties: the earlier row) and that pair's reasons, then the group's own against it. */
  const rowReasonsOf = (members: readonly number[], pairs: readonly PairScore[], against: readonly Reason[]): Record<number, { row: number; reasons: Reason[] }> => {
    const out: Record<number, { row: number; reasons: Reason[] }> = {};
    for (const m of members) {
      let best: PairScore | null = null;
      for (const p of pairs) {
        if (p.i !== m && p.j !== m) continue;
        const other = p.i === m ? p.j : p.i;
        const bestOther = best === null ? -1 : best.i === m ? best.j : best.i;
        if (best === null || p.p > best.p || (p.p === best.p && records[other].sheetRow < records[bestOther].sheetRow)) best = p;
      }
      if (best === null) continue;
      const other = best.i === m ? best.j : best.i;
      out[records[m].sheetRow] = { row: records[other].sheetRow, reasons: [...pairReasons(best), ...against] };
    }
    return out;
  };

  /** The group of `members` with the links among them; all their pairs when none joined them directly (each was linked to a third row). */
  const linksAmong = (members: readonly number[], groupLinks: readonly PairScore[]): PairScore[] => {
    const inside = new Set(members);
    const own = groupLinks.filter((l) => inside.has(l.i) && inside.has(l.j));
    if (own.length > 0) return own;
    const all: PairScore[] = [];
    for (let x = 0; x < members.length; x++) for (let y = x + 1; y < members.length; y++) all.push(score(members[x], members[y]));
    return all;
  };
  /** The rows are one thing typed twice and nothing else tells them apart: no record, account, day or person differs. */
  const oneThingGroup = (members: readonly number[], groupLinks: readonly PairScore[], customer?: readonly number[]) => {
    const built = buildGroup(members, linksAmong(members, groupLinks), { oneThing: true, ...(customer ? { customer } : {}) });
    return !built.twoPeople && built.against.every((r) => r.code === 'dedupe.reason.household') ? built.group : null;
  };
  const namesOne = (a: number, b: number) => fieldsNameOneThing(records[a], records[b]) || (options.sameThing?.([records[a], records[b]]) ?? false);

  /**
   * A group held apart as one customer's records (张伟's two cars) in which one of the things is typed
   * twice (his first car logged by two 服务顾问): each such thing's rows become a group of their own, a
   * copy a merge takes, and the customer's records group keeps the row each of them keeps beside his
   * other things. A group no thing of which is typed twice is left as it was.
   */
  const byThing = (members: readonly number[], groupLinks: readonly PairScore[], whole: ReturnType<typeof buildGroup>): DuplicateGroup[] => {
    if (whole.against.length === 0 || whole.group.family || whole.group.contacts || whole.twoPeople) return [whole.group];
    const inOrder = sortSmall([...members], (a, b) => records[a].sheetRow - records[b].sheetRow);
    const parts: number[][] = [];
    for (const m of inOrder) {
      const home = parts.find((p) => p.some((o) => namesOne(o, m)) && oneThingGroup([...p, m], groupLinks) !== null);
      if (home) home.push(m);
      else parts.push([m]);
    }
    if (parts.length === members.length) return [whole.group];
    const out: DuplicateGroup[] = [];
    const kept: number[] = [];
    for (const p of parts) {
      if (p.length === 1) {
        kept.push(p[0]);
        continue;
      }
      // Its kept row is his main carer's among all the customer's rows (his other flats count too).
      const g = oneThingGroup(p, groupLinks, members) as DuplicateGroup;
      out.push(g);
      kept.push(p.find((m) => records[m].sheetRow === g.survivor) ?? p[0]);
    }
    if (kept.length > 1) out.push(buildGroup(kept, linksAmong(kept, groupLinks), { records: whole.group.records === true }).group);
    return out;
  };

  const built: DuplicateGroup[] = [];
  clusters.groups.forEach((members, gi) => {
    // One account's number or company joined a person typed twice and the account's other contact (contacts.ts):
    // each person's rows are a group of their own, and a contact alone is in none (the account's reminder links him).
    const people = peopleOfOneAccount(members, score);
    if (people === null) built.push(...byThing(members, clusters.links[gi], buildGroup(members, clusters.links[gi])));
    else for (const p of people) if (p.length > 1) built.push(...byThing(p, clusters.links[gi], buildGroup(p, linksAmong(p, clusters.links[gi]))));
  });
  // One name on one event day (陈浩然, 婚期 2026-12-12) that nothing else links, a copy's phone cut to 1.39123E+10:
  // one booking typed twice as often as not, so offered for review, never merged on that alone.
  if (options.eventDayKey) {
    const grouped = new Set(built.flatMap((g) => g.rows));
    const byKey = new Map<string, number[]>();
    records.forEach((r, i) => {
      if (grouped.has(r.sheetRow)) return;
      const name = lettersAndDigits(foldText(matchText(r.fields.name)));
      const day = name.length >= 2 ? options.eventDayKey!(r) : '';
      if (day === '') return;
      const k = `${name}|${day}`;
      const at = byKey.get(k);
      if (at) at.push(i);
      else byKey.set(k, [i]);
    });
    for (const members of byKey.values()) {
      if (members.length !== 2 || marked(members[0], members[1]) || apart?.(records[members[0]], records[members[1]])) continue;
      const { group, twoPeople } = buildGroup(members, linksAmong(members, []));
      if (twoPeople || group.family) continue;
      group.confidence = 'review';
      built.push(group);
    }
  }
  // A customer's records group holding the kept row of a thing typed twice starts on that row too: the thing's own group first.
  built.sort((a, b) => a.rows[0] - b.rows[0] || Number(a.records === true) - Number(b.records === true));
  built.forEach((g, k) => {
    g.id = `G${k + 1}`;
    stats.byConfidence[g.confidence]++;
    stats.rowsInGroups += g.rows.length;
  });
  stats.groups = built.length;
  const stale = memory.stale();
  const said: SheetProblem[] = stale.length > 0
    ? [{ code: 'dedupe.notDuplicatesStale', severity: 'warning', params: { count: stale.length, fingerprints: stale.slice(0, 5).join(', ') + (stale.length > 5 ? ' …' : '') } }]
    : [];
  // Not one mark names a row here, and the sheet has groups: the marks may be another tab's, or this
  // sheet's after an edit that changed every row's fingerprint (a deleted 电话 column, 客户编号
  // renumbered), when the groups the user marked are back among these. Said, so he can check them.
  const none = memory.noneHere();
  if (none > 0 && built.length > 0) said.push({ code: 'dedupe.notDuplicatesNoneHere', severity: 'warning', params: { count: none, groups: built.length } });
  if (keptByMarks.size > 0) said.push({ code: 'dedupe.marksKeptApart', severity: 'info', params: { count: keptByMarks.size } });
  return { groups: built, stats, problems: said };
}
