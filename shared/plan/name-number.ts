/**
 * Whether the numbers typed into a name cell are all the row's own phone numbers: 企业微信's 备注名
 * (王建国-星辰科技-13812345678) repeats the contact's mobile beside the 电话 column that holds it, so
 * nothing is to be moved and the name cell's "move it to the phone column" would only be noise.
 */
import { phoneKeys } from '../dedupe/keys/phone';

/**
 * A number as the name cell types it, with the brackets and dots numbers are written with (John Smith
 * (617) 555-0100), so it is read whole: the name check's seven digits alone would be 555-0100.
 */
const NUMBERS = /\+?\(?\d(?:[\s().-]{0,2}\d){6,}/gu;

/**
 * True when every number in `name` is one of the numbers in `phoneTexts` (the row's phone and mobile
 * cells as cleaned), compared as numbers (+86 136 0000 3333 is 13600003333), read by `region`'s rules.
 * A number the phone cells do not hold, or one that reads as no number, keeps the warning.
 */
export function namesOnlyRowPhones(name: string, phoneTexts: readonly string[], region: string): boolean {
  const own = new Set<string>();
  // A landline's subscriber part too (local:5550100): a name may carry it without its area code.
  for (const text of phoneTexts) for (const k of phoneKeys(text, region)) {
    own.add(k.e164);
    if (k.local) own.add(k.local);
  }
  if (own.size === 0) return false;
  const folded = name.normalize('NFKC');
  // A cell that holds nothing but the number names no one: its warning stays (the name is missing).
  if (!/\p{L}/u.test(folded.replace(NUMBERS, ''))) return false;
  const typed = folded.match(NUMBERS) ?? [];
  return typed.length > 0 && typed.every((n) => {
    const keys = phoneKeys(n, region);
    return keys.length > 0 && keys.every((k) => own.has(k.e164));
  });
}
