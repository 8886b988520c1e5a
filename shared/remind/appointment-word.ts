/**
 * What an appointment column says the customer is booked for, in its own word: 开庭日期 → 开庭,
 * 考试时间 → 考试, 预约到店日期 → 预约到店, Hearing Date → Hearing, Exam Date → Exam. A lawyer reads
 * "开庭 … 明天", not "预约". A header that is nothing but a date word has none (the field's own name).
 */
const DATE_TAILS = /\s*(?:日期|时间|日|date|day|time|on)$/iu;
const AHEAD = /^(?:下次|next\s+)/iu;

/** The field's own words: a salon's Next appointment says no more than Appointment (no "appointment coming up" in lower case). */
const OWN_WORDS = /^(?:appointments?|appt|bookings?|booked for|预约)$/iu;

export function appointmentWord(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const what = header.trim().replace(DATE_TAILS, '').replace(AHEAD, '').replace(/[\s:：_\-（(]+$/u, '').trim();
  return what === '' || OWN_WORDS.test(what) ? undefined : what;
}

/**
 * Days booked for that are prepared for longer than the setting's `daysAhead` (3): a tour's departure
 * the month before (the visa still 办理中, the balance, the 出团通知: tester h72 #12 wanted a 12-20
 * departure on 12-04), a mother's 预产期 a month ahead (a baby is due from three weeks before it, and
 * the 月子中心 confirms her room first). The later of the two is used.
 */
const BOOKED_LEADS: readonly { word: RegExp; days: number }[] = [
  { word: /出行|出发|出团|出游|出境|行程|启程|departure|travel|trip|tour/iu, days: 30 },
  { word: /预产/u, days: 30 },
];

/** The lead of a booked day by its column's header: the setting's, or the longer one its kind is prepared for. */
export function appointmentLead(header: string | undefined, daysAhead: number): number {
  if (header === undefined) return daysAhead;
  const lead = BOOKED_LEADS.find((l) => l.word.test(header))?.days;
  return lead === undefined ? daysAhead : Math.max(lead, daysAhead);
}
