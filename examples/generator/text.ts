/** Small text helpers the sample renderers share: full-width forms, digit grouping, padding. */
import { emailKey } from '../../shared/dedupe/keys/email';

/** ASCII (U+0021–U+007E) to its full-width form and space to U+3000, as a Chinese IME in full-width mode types it. */
export function toFullWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0x21 && c <= 0x7e) out += String.fromCharCode(c + 0xfee0);
    else if (c === 0x20) out += '\u3000';
    else out += ch;
  }
  return out;
}

/** Only the digits 0–9 to full width (leaves letters and punctuation alone). */
export function digitsToFullWidth(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 12345.5 → "12,345.50" (with `decimals` fixed places). */
export function groupThousands(n: number, decimals: number): string {
  const [int, frac] = n.toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** Plain decimal text of an amount with at most two decimals: 12345 → "12345", 12345.5 → "12345.5". */
export function plainAmount(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** How Excel's General format shows an 11-digit number in a narrow column, and what a CSV saved from it then holds. */
export function excelScientific(digits: string, significant: number): string {
  const n = Number(digits);
  const exp = digits.length - 1;
  const mantissa = (n / 10 ** exp).toFixed(significant - 1).replace(/\.?0+$/, '');
  return `${mantissa}E+${exp}`;
}

/**
 * The mailbox an address delivers to, as the duplicate finder folds it (Gmail ignores dots and a
 * "+tag": hui.huang@gmail.com and huihuang@gmail.com are one person's). Two customers never share one.
 */
export function mailbox(email: string): string {
  return emailKey(email)?.folded ?? email.toLowerCase();
}
