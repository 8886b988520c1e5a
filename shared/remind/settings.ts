/**
 * Reminder settings: one entry per reminder rule, each with its switch and day counts.
 * `resolveRemindSettings` lays a user's partial settings over the defaults; an unknown rule, an
 * unknown key or a bad value is a settings error and the default stays in place.
 */
import type { MessageKey } from '../i18n';
import { isFieldId, FIELD_BY_ID, type FieldId } from '../schema/fields';
import { settingsError, type SettingsError } from '../classify/settings-error';
import { misfit, shownValue, type Want } from '../settings/misfit';
import type { Feb29Policy } from './next-birthday';
import { STANDINGS, type Standing } from './standing';

/**
 * What every rule has: its switch, and the standings (standing.ts) that silence it for a row: a
 * customer the sheet marks as not to be contacted (黑名单, 已故), as ended (停止合作, 已流失, 退费) or
 * as paused (停课, 停卡).
 */
interface RuleBase {
  enabled: boolean;
  skipWhen: Standing[];
}

/**
 * A greeting's own switch: `skipOptedOut` leaves out a customer whose Email Opt Out (退订邮件) says he
 * opted out of e-mail, marketing a greeting is (remind/opted-out.ts); counted, not hidden.
 */
interface Greeting {
  skipOptedOut: boolean;
}

export interface RemindSettings {
  /**
   * Birthdays in the next `daysAhead` days (0 = today only); `fromIdCard`: a row with no birthday
   * takes the date of birth in its valid ID number (身份证号).
   */
  birthday: RuleBase & Greeting & { daysAhead: number; feb29: Feb29Policy; lunar: boolean; fromIdCard: boolean };
  /** Wedding anniversaries (Date of Anniversary, 结婚纪念日) in the next `daysAhead` days, as birthdays are. */
  anniversary: RuleBase & Greeting & { daysAhead: number; feb29: Feb29Policy };
  /**
   * Contracts ending within the ladder's steps (one reminder per row, at the most urgent step
   * reached), and contracts that ended no more than `expiredWithinDays` ago; a service fallen due (Annual
   * Service Due, 疫苗到期, MOT) no more than `serviceOverdueWithinDays` ago, still work to book.
   */
  contract: RuleBase & { steps: number[]; expiredWithinDays: number; serviceOverdueWithinDays: number };
  /** Follow-ups due today or overdue (or within `daysAhead`); `maxOverdueDays` null keeps every overdue one. */
  followUp: RuleBase & { daysAhead: number; maxOverdueDays: number | null };
  /** Days the customer is booked for (开庭, 考试, 预约, Hearing, Appointment): from `daysAhead` days before to the day itself. */
  appointment: RuleBase & { daysAhead: number };
  /**
   * Records with no date in `fields` for `days` days or more. One silent for more than `lostAfterDays`
   * is a customer lost, for a win-back list, not a record to review: counted once per owner
   * (long-lost.ts), not listed; null lists every one.
   */
  stale: RuleBase & { days: number; fields: FieldId[]; lostAfterDays: number | null };
  /**
   * Customers of these tiers (or VIP) whose activity turned dormant; needs the classification. Never one
   * whose project runs (施工中), and on a sheet of one-off projects (project-state.ts) none, unless `oneOffProjects`.
   * `winBack`: one such customer whose activity went on to lost (silent for more than a year) is one to win
   * back (挽回, kind winBack), due on the day he turned lost, so a digest raises him once; only while he
   * turned lost at most `winBackWithinDays` ago (null: however long ago), after which he is counted among the lost.
   */
  highValueDormant: RuleBase & { tiers: string[]; includeVip: boolean; oneOffProjects: boolean; winBack: boolean; winBackWithinDays: number | null };
  /** A package's count left (剩余课时, Lessons Remaining) at or below `atMost`: time to renew; 0 or below, run out. */
  remaining: RuleBase & { atMost: number };
}

export type RemindRuleName = keyof RemindSettings;

export const DEFAULT_REMIND_SETTINGS: Readonly<RemindSettings> = Object.freeze({
  // A greeting may win an ended customer back; never one to a customer marked not to be contacted.
  // Nor one to a customer who opted out of e-mail (Email Opt Out): a greeting is the marketing he refused.
  birthday: { enabled: true, skipWhen: ['doNotContact'], skipOptedOut: true, daysAhead: 7, feb29: 'feb28', lunar: true, fromIdCard: true },
  // On, and silent, where the sheet has no anniversary column: no row holds one to remind of.
  anniversary: { enabled: true, skipWhen: ['doNotContact'], skipOptedOut: true, daysAhead: 7, feb29: 'feb28' },
  // No renewal is coming after 停止合作 or 解约, and none is due while 停课 / 停卡 holds the package's end.
  contract: { enabled: true, skipWhen: ['doNotContact', 'ended', 'paused'], steps: [30, 7, 1], expiredWithinDays: 30, serviceOverdueWithinDays: 365 },
  // The follow-up date is the rep's own plan (a call to win the customer back is one): kept when ended.
  // One due tomorrow is on today's list, as a contract ending tomorrow is (its ladder's last step): the
  // rep prepares the call the day before (tester h74 #10: 下次回访 tomorrow unreminded beside it).
  followUp: { enabled: true, skipWhen: ['doNotContact'], daysAhead: 1, maxOverdueDays: null },
  // A hearing or an exam is prepared for days ahead (papers, the student's last lesson): three days
  // cover a weekend. One who left (退学, 已结案) is booked for nothing; one who paused has no exam.
  appointment: { enabled: true, skipWhen: ['doNotContact', 'ended', 'paused'], daysAhead: 3 },
  // Nobody calls a customer who has left: that is no record to review; one who paused is not expected.
  // A year's silence is the classification's own 流失 (lifecycleByPurchase churnDays, activityByRecency
  // dormantDays): the digest lists the customers still worth a call and counts the lost in a line.
  stale: { enabled: true, skipWhen: ['doNotContact', 'ended', 'paused'], days: 180, fields: ['lastContact', 'updatedAt', 'claimedAt'], lostAfterDays: 365 },
  // A house renovated, a wedding held, is bought once: its customer going quiet is no regular lapsing.
  highValueDormant: { enabled: true, skipWhen: ['doNotContact', 'ended', 'paused'], tiers: ['high'], includeVip: true, oneOffProjects: false, winBack: true, winBackWithinDays: 365 },
  // A school renews a family a few lessons before the last (3: about a week of lessons). A student
  // who left (退费) has none to renew; one who paused (停课) keeps his lessons for his return.
  remaining: { enabled: true, skipWhen: ['doNotContact', 'ended', 'paused'], atMost: 3 },
}) as RemindSettings;

const isDays = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 36500;

interface Param {
  check: (v: unknown) => boolean;
  expected: MessageKey;
  /** The kind of value, for saying what a wrong one is (a number in quotes, 45天, 14.5): misfit.ts. */
  want?: Want;
}

const PARAMS: Readonly<Record<string, Param>> = {
  enabled: { check: (v) => typeof v === 'boolean', expected: 'remind.expect.boolean', want: 'boolean' },
  daysAhead: { check: isDays, expected: 'remind.expect.days', want: 'wholeDays' },
  days: { check: (v) => isDays(v) && (v as number) > 0, expected: 'remind.expect.positiveDays', want: 'wholeDays' },
  expiredWithinDays: { check: isDays, expected: 'remind.expect.days', want: 'wholeDays' },
  serviceOverdueWithinDays: { check: isDays, expected: 'remind.expect.days', want: 'wholeDays' },
  maxOverdueDays: { check: (v) => v === null || isDays(v), expected: 'remind.expect.daysOrNull', want: 'wholeDays' },
  lostAfterDays: { check: (v) => v === null || (isDays(v) && (v as number) > 0), expected: 'remind.expect.daysOrNull', want: 'wholeDays' },
  feb29: { check: (v) => v === 'feb28' || v === 'mar1', expected: 'remind.expect.feb29' },
  lunar: { check: (v) => typeof v === 'boolean', expected: 'remind.expect.boolean', want: 'boolean' },
  skipOptedOut: { check: (v) => typeof v === 'boolean', expected: 'remind.expect.boolean', want: 'boolean' },
  fromIdCard: { check: (v) => typeof v === 'boolean', expected: 'remind.expect.boolean', want: 'boolean' },
  includeVip: { check: (v) => typeof v === 'boolean', expected: 'remind.expect.boolean', want: 'boolean' },
  oneOffProjects: { check: (v) => typeof v === 'boolean', expected: 'remind.expect.boolean', want: 'boolean' },
  winBack: { check: (v) => typeof v === 'boolean', expected: 'remind.expect.boolean', want: 'boolean' },
  winBackWithinDays: { check: (v) => v === null || (isDays(v) && (v as number) > 0), expected: 'remind.expect.daysOrNull', want: 'wholeDays' },
  atMost: { check: (v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1000, expected: 'remind.expect.atMost' },
  steps: {
    check: (v) => Array.isArray(v) && v.length > 0 && v.length <= 10 && v.every(isDays) && new Set(v).size === v.length,
    expected: 'remind.expect.steps',
    want: 'dayList',
  },
  fields: {
    check: (v) => Array.isArray(v) && v.length > 0 && v.every((f) => typeof f === 'string' && isFieldId(f) && FIELD_BY_ID[f].kind === 'date'),
    expected: 'remind.expect.dateFields',
  },
  tiers: { check: (v) => Array.isArray(v) && v.every((t) => typeof t === 'string'), expected: 'remind.expect.tiers' },
  skipWhen: {
    check: (v) => Array.isArray(v) && v.every((x) => (STANDINGS as readonly unknown[]).includes(x)) && new Set(v).size === v.length,
    expected: 'remind.expect.standings',
  },
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Tiers `highValueDormant` names that the classification never gives: "高价值" (the shown name, not
 * the id "high") would silently turn the reminder off.
 */
function tierErrors(tiers: readonly string[], path: string, known: readonly string[]): SettingsError[] {
  if (known.length === 0) return tiers.length > 0 ? [settingsError('remind.settings.tiersOff', path)] : [];
  return tiers.filter((tier) => !known.includes(tier)).map((tier) => settingsError('remind.settings.unknownTier', path, { tier, labels: known.join(',') }));
}

/**
 * `tierIds`: the tiers the classification can give (classify/given-tiers.ts); absent, any tier id is taken.
 * The dormant high-value reminder's default tiers (['high']) mean the top tier: with tiers of the
 * team's own (A/B/C, key/standard/small) they are the first of them, not an id no level gives,
 * which would silently leave only VIPs reminded.
 */
export function resolveRemindSettings(input: unknown, path = 'remind', tierIds?: readonly string[]): { settings: RemindSettings; errors: SettingsError[] } {
  const resolved = resolveRules(input, path, tierIds);
  const written = isObject(input) && isObject(input.highValueDormant) && 'tiers' in input.highValueDormant;
  const top = tierIds?.find((id) => id !== 'unknown');
  if (!written && tierIds && top !== undefined && !tierIds.includes('high')) resolved.settings.highValueDormant.tiers = [top];
  lostAfterStale(input, path, resolved);
  return resolved;
}

/**
 * The lost limit must come after the stale one, or no stale record would be listed: a limit written
 * at or under it is a settings error, and a host going on with the defaults lists every stale record
 * (nothing is hidden on a mistake). A team that waits longer than the default limit before a review (days 400)
 * and wrote no limit of its own has every stale record listed, as before the limit existed.
 */
function lostAfterStale(input: unknown, path: string, resolved: { settings: RemindSettings; errors: SettingsError[] }): void {
  const stale = resolved.settings.stale;
  if (stale.lostAfterDays === null || stale.lostAfterDays > stale.days) return;
  const written = isObject(input) && isObject(input.stale) && 'lostAfterDays' in input.stale && stale.lostAfterDays === input.stale.lostAfterDays;
  if (written) resolved.errors.push(settingsError('remind.settings.lostNotAfterStale', `${path}.stale.lostAfterDays`, { value: stale.lostAfterDays, days: stale.days }));
  stale.lostAfterDays = null;
}

function resolveRules(input: unknown, path: string, tierIds?: readonly string[]): { settings: RemindSettings; errors: SettingsError[] } {
  const errors: SettingsError[] = [];
  const settings = JSON.parse(JSON.stringify(DEFAULT_REMIND_SETTINGS)) as RemindSettings;
  if (input === undefined || input === null) return { settings, errors };
  if (!isObject(input)) return { settings, errors: [settingsError('remind.settings.notObject', path)] };
  const rules = Object.keys(DEFAULT_REMIND_SETTINGS);
  for (const [rule, value] of Object.entries(input)) {
    const at = `${path}.${rule}`;
    if (!rules.includes(rule)) {
      errors.push(settingsError('remind.settings.unknownRule', at, { rule, known: rules.join(', ') }));
      continue;
    }
    if (!isObject(value)) {
      errors.push(settingsError('remind.settings.notObject', at));
      continue;
    }
    const target = settings[rule as RemindRuleName] as unknown as Record<string, unknown>;
    for (const [key, v] of Object.entries(value)) {
      if (!(key in target)) {
        errors.push(settingsError('remind.settings.unknownKey', `${at}.${key}`, { key, known: Object.keys(target).join(', ') }));
      } else if (!PARAMS[key].check(v)) {
        const { want, expected } = PARAMS[key];
        errors.push((want && misfit(v, want, `${at}.${key}`)) || settingsError('remind.settings.badParam', `${at}.${key}`, { key, value: shownValue(v), expected }));
      } else {
        const wrong = key === 'tiers' && tierIds ? tierErrors(v as string[], `${at}.${key}`, tierIds) : [];
        errors.push(...wrong);
        if (wrong.length === 0) target[key] = Array.isArray(v) ? [...v] : v;
      }
    }
  }
  return { settings, errors };
}
