/**
 * An e-mail address typed in a phone cell: business cards and trade-show lists keep one 联系方式 /
 * "Phone / Email" column for both (13723456789 / chen.xj@pcdz.com, maria@garciahw.com, +1 305 555 0177).
 * The address is no bad number: it is said as an address, kept as typed, and the number beside it
 * is read as any other. The duplicate finder reads the address as the customer's (dedupe/profile.ts).
 */
const EMAIL = String.raw`[^\s@<>()（）\[\]，,;；、/|]+@[^\s@<>()（）\[\]，,;；、/|]+\.[A-Za-z]{2,}`;
/** What the user typed between the address and the number: a list separator, or spaces alone. */
const SEP = String.raw`\s*[/;；,，、|]\s*|\s+`;
const EMAIL_ONLY = new RegExp(`^${EMAIL}$`, 'u');
const EMAIL_FIRST = new RegExp(`^(${EMAIL})(${SEP})(.*\\d.*)$`, 'su');
const EMAIL_LAST = new RegExp(`^(.*\\d.*?)(${SEP})(${EMAIL})$`, 'su');

/** A phone cell's text (spaces collapsed) read as an address and the rest, or null when it holds none as a whole part. */
export type EmailInPhone =
  | { email: string; only: true }
  | { email: string; only: false; separator: string; rest: string; emailFirst: boolean };

export function emailInPhone(text: string): EmailInPhone | null {
  if (!text.includes('@')) return null;
  if (EMAIL_ONLY.test(text)) return { email: text, only: true };
  const first = EMAIL_FIRST.exec(text);
  if (first) return { email: first[1], only: false, separator: first[2], rest: first[3], emailFirst: true };
  const last = EMAIL_LAST.exec(text);
  if (last) return { email: last[3], only: false, separator: last[2], rest: last[1], emailFirst: false };
  return null;
}
