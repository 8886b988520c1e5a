/**
 * Traditional Chinese to simplified, for the texts the core compares rather than shows: header words
 * (電話, 行動電話, 統一編號), the words of standings (黑名單, 請勿聯繫), and the keys an owner or a company
 * is told apart by (陳經理 is 陈经理). A Taiwan, Hong Kong or Macau sheet says the same thing in other
 * characters; the cell keeps what was typed.
 *
 * Through OpenCC's Hong Kong → mainland tables (opencc-js, its t2cn build: the TSCharacters and
 * TSPhrases dictionaries, about 4,000 characters, with Hong Kong variants such as 綫 and 衞 first taken
 * to their standard forms): a hand-kept table misses whatever character its author did not think of.
 * A simplified text passes through unchanged, but for a few characters that are both (乾燥 → 干燥),
 * which is harmless where both sides of a comparison are folded alike.
 */
import { Converter, Locale } from 'opencc-js/t2cn';
import { remembered, runMemos } from './run-memos';

const FROM = 'hk';
const TO = 'cn';

let convert: ((s: string) => string) | undefined;
/** Every character a conversion may change: a text holding none of them is left as it is. */
let changing: Set<number> | undefined;

function changingCharacters(): Set<number> {
  const set = new Set<number>();
  for (const group of [...Locale.from[FROM], ...Locale.to[TO]]) {
    for (const dict of group) {
      const pairs = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ') as [string, string]) : dict;
      for (const [from, to] of pairs) {
        // A phrase (回覆 → 回复) changes only some of its characters; the others (回) do not call for it.
        const a = [...from];
        const b = [...to];
        a.forEach((c, i) => {
          if (a.length === 1 || c !== b[i]) set.add(c.codePointAt(0) as number);
        });
      }
    }
  }
  return set;
}

function holdsChanging(s: string, set: Set<number>): boolean {
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x3400) continue;
    if (c >= 0xd800 && c < 0xdc00) c = s.codePointAt(i++) as number;
    if (set.has(c)) return true;
  }
  return false;
}

/** Texts that are ASCII, kana or anything else below the CJK blocks: nothing to convert. */
const NO_HAN = /^[\u0000-\u2dff]*$/;

/** Converted texts are remembered by the run (RunMemos.simplified): owners, companies and headers repeat in every row. */
const KNOWN_MAX = 10000;

function converted(s: string): string {
  convert ??= Converter({ from: FROM, to: TO });
  return convert(s);
}

/** `s` with its traditional characters written simplified. */
export function toSimplified(s: string): string {
  if (NO_HAN.test(s)) return s;
  // Built on first use: the dictionaries are parsed then, not when the module loads.
  changing ??= changingCharacters();
  if (!holdsChanging(s, changing)) return s;
  return remembered(runMemos()?.simplified, s, KNOWN_MAX, converted);
}

/**
 * The characters only one script writes, from OpenCC's character table (電 only traditional, 电 only
 * simplified); one both write (乾, 干) says nothing.
 */
let scripts: { traditional: Set<number>; simplified: Set<number> } | undefined;

function scriptSets(): { traditional: Set<number>; simplified: Set<number> } {
  const traditional = new Set<number>();
  const simplified = new Set<number>();
  for (const group of Locale.to[TO]) {
    for (const dict of group) {
      const pairs = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ') as [string, string]) : dict;
      for (const [from, to] of pairs) {
        if ([...from].length !== 1 || [...to].length !== 1 || from === to) continue;
        traditional.add(from.codePointAt(0) as number);
        simplified.add(to.codePointAt(0) as number);
      }
    }
  }
  for (const c of [...traditional]) {
    if (simplified.has(c)) {
      traditional.delete(c);
      simplified.delete(c);
    }
  }
  return { traditional, simplified };
}

/** +1 for a text written in traditional characters, -1 for simplified, 0 when it does not say. */
export function scriptLean(s: string): number {
  if (NO_HAN.test(s)) return 0;
  scripts ??= scriptSets();
  let t = 0;
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (scripts.traditional.has(c)) t++;
    else if (scripts.simplified.has(c)) n++;
  }
  return Math.sign(t - n);
}
