/** How two numbers of one length differ by one keystroke: one digit typed wrong, or two neighbours swapped. */

export interface DigitSlip {
  kind: 'digit' | 'swap';
  /**
   * Where, counted from the end (1: the last digit). A swap is placed at its later digit, so the
   * last two digits swapped (…78 / …87) is 1.
   */
  fromEnd: number;
}

/**
 * The one keystroke between `a` and `b`, or null (equal, another length, two or more apart). Phone
 * numbers are compared written alike (E.164), so a digit left out makes them another length: none.
 */
export function digitSlip(a: string, b: string): DigitSlip | null {
  const n = a.length;
  if (n !== b.length) return null;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return null;
  if (a.slice(i + 1) === b.slice(i + 1)) return { kind: 'digit', fromEnd: n - i };
  if (i + 1 < n && a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && a.slice(i + 2) === b.slice(i + 2)) {
    return { kind: 'swap', fromEnd: n - i - 1 };
  }
  return null;
}
