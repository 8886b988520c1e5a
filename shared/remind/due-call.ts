/**
 * A follow-up column that names what falls due (下次保养, 下次取药, 预计复购, Next Service, Refill Due): the
 * call books the garage's service, the chronic patient's refill, the dealer's season order. Its reminder
 * says it in the column's word ("保养计划于 2026-11-20，已逾期 14 天", not "跟进已逾期": tester h76 #15,
 * a garage reads the one as a service overdue and the other as a chat forgotten), and starts as many
 * days ahead as the call takes to book it: the customer must be rung before the day, not on it (郑海's
 * 下次保养 six days ahead was silent under the one-day follow-up window while his 交强险 was reminded).
 * A plain follow-up column (下次跟进, 下次回访, Next Contact) names nothing: the follow-up's own wording.
 */
const DUE_CALLS: readonly { word: RegExp; days: number }[] = [
  // A service, a re-check, a yearly check-up, a review: booked about a week ahead.
  { word: /保养|复查|体检|验光|洗牙|洁牙|service|servicing|check-?up|recall|review/iu, days: 7 },
  // A refill of a chronic patient's medicine: he is rung a few days before he runs out.
  { word: /取药|购药|配药|refill/iu, days: 3 },
  // A dealer's expected repurchase: the season's order is taken the week before.
  { word: /复购|进货|拿货|采购|补货|reorder/iu, days: 7 },
];

const DATE_TAILS = /\s*(?:日期|时间|日|date|day|time|due)$/iu;
const AHEAD = /^(?:下次|预计|next\s+|expected\s+)/iu;

/** What the follow-up column says falls due (保养, 取药, 复购, Service, Refill), or undefined for a plain follow-up column. */
export function dueCallWord(header: string | undefined): string | undefined {
  if (header === undefined || !DUE_CALLS.some((c) => c.word.test(header))) return undefined;
  let what = header.trim();
  // Next Refill Due Date: each tail and lead once, in either order the sheets write them.
  for (let i = 0; i < 2; i++) what = what.replace(DATE_TAILS, '').replace(AHEAD, '').trim();
  if (what === '') return undefined;
  // An English word opens the sentence: "Service planned for …".
  return /^[a-z]/u.test(what) ? what[0].toUpperCase() + what.slice(1) : what;
}

/** How many days ahead a follow-up of the column is reminded: the setting's, or the longer lead of what it books. */
export function dueCallLead(header: string | undefined, daysAhead: number): number {
  if (header === undefined) return daysAhead;
  const lead = DUE_CALLS.find((c) => c.word.test(header))?.days;
  return lead === undefined ? daysAhead : Math.max(lead, daysAhead);
}
