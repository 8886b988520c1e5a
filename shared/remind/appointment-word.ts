/**
 * What an appointment column says the customer is booked for, in its own word: 开庭日期 → 开庭,
 * 考试时间 → 考试, 预约到店日期 → 预约到店, Hearing Date → Hearing, Exam Date → Exam. A lawyer reads
 * "开庭 … 明天", not "预约". A header that is nothing but a date word has none (the field's own name).
 */
const DATE_TAILS = /\s*(?:日期|时间|日|date|day|time|on)$/iu;
const AHEAD = /^(?:下次|next\s+)/iu;

export function appointmentWord(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const what = header.trim().replace(DATE_TAILS, '').replace(AHEAD, '').replace(/[\s:：_\-（(]+$/u, '').trim();
  return what === '' ? undefined : what;
}
