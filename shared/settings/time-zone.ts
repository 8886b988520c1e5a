/**
 * The day a run's reminders are for, in the sales team's time zone (`dates.timeZone`). A team in
 * Shanghai whose reminders are computed on a server in UTC, or by a laptop on a trip, would see
 * "birthday tomorrow" on the birthday itself before 08:00 Beijing time. The host passes the clock;
 * the core only reads it through Intl, with no clock of its own.
 */

/** Whether `zone` names an IANA time zone this platform knows (Asia/Shanghai, Europe/London, UTC). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (YYYY-MM-DD) the instant `now` falls on in `zone`. */
export function dayIn(now: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
