/**
 * Internationalised domain names in their ASCII form (RFC 3492 Punycode, RFC 5891 "xn--" labels):
 * müller.com is xn--mller-kva.com, 例子.中国 is xn--fsqu00a.xn--fiqs8s. The core is pure (no Node's
 * url.domainToASCII), and Apps Script's V8 has no WHATWG URL class to ask, so the few lines of the
 * RFC's encoder are here. Only what matching needs: lower case and NFC before encoding, no full UTS #46
 * mapping (a domain typed in a customer sheet is one the user could send mail to).
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

const digit = (d: number): string => String.fromCharCode(d + 22 + 75 * (d < 26 ? 1 : 0));

/** RFC 3492 section 6.3: one label's code points as Punycode (without the xn-- prefix). */
export function punycodeEncode(label: string): string {
  const points = Array.from(label, (c) => c.codePointAt(0)!);
  let out = points.filter((p) => p < 0x80).map((p) => String.fromCharCode(p)).join('');
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    let m = Infinity;
    for (const p of points) if (p >= n && p < m) m = p;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const p of points) {
      if (p < n) delta++;
      if (p !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        out += digit(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      out += digit(q);
      bias = adapt(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return out;
}

/** The dots IDNA reads between labels: the full stop, and the ideographic and full-width ones an IME types. */
const LABEL_DOTS = /[.\u3002\uFF0E\uFF61]/;

/** A domain in its ASCII form, lower case: each label with a letter beyond ASCII as xn--…. */
export function domainToAscii(domain: string): string {
  if (/^[\x00-\x7f]*$/.test(domain)) return domain.toLowerCase();
  return domain
    .normalize('NFC')
    .toLowerCase()
    .split(LABEL_DOTS)
    .map((label) => (/^[\x00-\x7f]*$/.test(label) ? label : `xn--${punycodeEncode(label)}`))
    .join('.');
}
