/**
 * High-value customers going quiet: the tier is one of `tiers` (or the customer is VIP, by the VIP
 * rule or by the sheet's own mark) and the
 * activity is dormant. Reads the classification; without one this rule finds nothing. Like a stale
 * record, it is a standing item: due on the day he turned dormant (the classification's
 * `dormantSince`), repeated every day he stays dormant with the same due day and key, its days
 * counting up (已休眠 N 天), until a new activity or another class ends it.
 *
 * Silent on past the dormant band (a year by default), he is lost, and the one reminder left is to win
 * him back (挽回, kind winBack, with `winBack`): due on the day he turned lost, with the same key on every
 * run until he comes back, so a digest raises him once, never weekly. Without it the shop's most valuable
 * lost customers appeared nowhere a rep looks (tester h74: a ¥386,000 VIP, a ¥180,000 A类 account).
 */
import { parseIso, toDayNumber } from '../../table/civil-date';
import type { RemindSettings } from '../settings';
import type { ReminderDraft, ReminderRule, RuleContext } from '../types';
import { readExistingLabel } from '../../classify/existing-labels';
import type { CustomerRecord } from '../../table/records';
import { projectStateOf } from '../project-state';
import { isCompletion } from '../due-label';
import { dayOf } from './date-of';
import { isIntentGrade } from '../intent-grade';

export const highValueDormantRule: ReminderRule<RemindSettings['highValueDormant']> = (record, settings, ctx): ReminderDraft | null => {
  const row = ctx.classified;
  // A customer the sheet blacklists is none to win back, whatever skipWhen lets through (tester h60).
  if (!row || row.doNotContact) return null;
  const lost = row.labels.activity === 'lost' && settings.winBack && row.lostSince !== undefined;
  if (row.labels.activity !== 'dormant' && !lost) return null;
  // A one-off project's customer (a house renovated, a wedding held) buys once: the days since he
  // signed are no lapse (tester h70: 陈建国 `休眠 3 天` while his house was being built). His project's
  // completion and 回访 are reminded; a sheet of such projects reminds no dormancy unless told to.
  // So does a car or a home sold once (试驾, 过户: schema/one-off-purchase.ts): its buyer is neither dormant nor lost.
  if (projectRuns(record, ctx) || ((ctx.projectSheet === true || ctx.oneOffPurchases === true) && !settings.oneOffProjects)) return null;
  const tier = row.labels.tier;
  // A VIP the sheet marks by hand (是否VIP 是, a VIP tag) is one to keep, whatever the VIP rule makes
  // of his spending: the rep who marked him is the one to call him.
  const vip = settings.includeVip && (row.labels.vip === 'vip' || readExistingLabel(record, 'vip') === 'vip');
  if (!vip && !(tier !== null && settings.tiers.includes(tier))) return null;
  // A lead's A/B/C says how hot he is, not what he spent: no key customer to keep (intent-grade.ts).
  if (!vip && isIntentGrade(row, ctx.headers)) return null;
  const label = vip ? 'vip' : (tier as string);
  if (lost) {
    const since = row.lostSince as string;
    const went = parseIso(since);
    if (went === null) return null;
    // A backlog of customers lost years ago is no list of calls to make: the first run on an old sheet
    // listed 81 of 300 customers to win back, most lost 1–2 years before (the sample sheets). Past
    // `winBackWithinDays` he is counted among the lost, as any silent customer is (stale.lostAfterDays).
    if (settings.winBackWithinDays !== null && ctx.todayDay - toDayNumber(went) > settings.winBackWithinDays) return null;
    const date = row.lastActivity ?? '';
    return { kind: 'winBack', due: toDayNumber(went), event: date, reason: { code: 'remind.reason.winBack', params: { label, since, date, idle: row.daysSinceActivity ?? 0 } } };
  }
  const flip = row.dormantSince === undefined ? null : parseIso(row.dormantSince);
  const due = flip ? toDayNumber(flip) : ctx.todayDay;
  const date = row.lastActivity ?? '';
  const days = ctx.todayDay - due;
  return {
    kind: 'highValueDormant', due, event: date,
    reason: days > 0
      ? { code: 'remind.reason.highValueDormant', params: { label, since: row.dormantSince ?? '', days, date, idle: row.daysSinceActivity ?? 0 } }
      : { code: 'remind.reason.highValueDormantToday', params: { label, date, idle: row.daysSinceActivity ?? 0 } },
  };
};

/** Whether the row's project has not been handed over: its status says so (未开工, 施工中), or its completion lies ahead, not marked done. */
function projectRuns(record: CustomerRecord, ctx: RuleContext): boolean {
  const state = projectStateOf(record.fields.status, ctx.projectSheet === true);
  if (state === 'notStarted' || state === 'running') return true;
  if (state === 'done' || !isCompletion(ctx.dueLabel)) return false;
  const end = dayOf(record.fields.contractEnd);
  return end !== null && end >= ctx.todayDay;
}
