/**
 * The time a --merge is applied, on each archive line and in the JSON report. The day alone told two
 * runs of one afternoon apart by nothing: a second merge on the first one's output wrote the same
 * 合并日期, so neither run's rows could be found, or put back, alone. A date with the time of day is
 * what an Excel user reads without a legend (2026-12-02 14:35:07 sorts, and its filter groups by day
 * then hour), and it needs no count of earlier runs read back from an archive a user may have edited.
 * Seconds are shown: two runs of a script within one minute are still two values.
 */
import type { Plan } from '../shared';

const pad = (n: number) => String(n).padStart(2, '0');

/** The time of day (HH:MM:SS, 24-hour) the instant `now` shows in `zone`, else on this machine's clock. */
export function clockTime(now: Date, zone: string | undefined): string {
  if (zone === undefined) return `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}:${part('second')}`;
}

/**
 * The plan with its merge stamped `day time`: the run's day and the clock's time, when the run is for
 * the clock's own day. A --today naming another day (a list redone for the 1st on the 3rd) leaves the
 * day alone (the plan's mergedOn): the clock's time written on it, 2026-12-01 09:30:05, would be a
 * moment at which nothing was merged.
 */
export function withMergeTime(plan: Plan, day: string, clock: { day: string; time: string }): Plan {
  if (!plan.merge || day !== clock.day) return plan;
  return { ...plan, merge: { ...plan.merge, mergedAt: `${day} ${clock.time}` } };
}
