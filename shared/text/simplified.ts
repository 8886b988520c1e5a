/**
 * Traditional Chinese to simplified, for the texts the core compares rather than shows: header words
 * (電話, 行動電話, 統一編號), the words of standings (黑名單, 請勿聯繫), and the keys an owner or a company
 * is grouped by (陳經理 is 陈经理). A Taiwan, Hong Kong or Macau sheet says the same thing in other
 * characters; the cell keeps what was typed.
 *
 * Through OpenCC's Hong Kong → mainland tables (opencc-js, its t2cn build: the TSCharacters and
 * TSPhrases dictionaries, about 4,000 characters, with the Hong Kong variants 綫 and 衞 first taken to
 * their standard forms): a hand-kept table misses whatever character its author did not think of.
 * A simplified text passes through unchanged, but for a few characters that are both (乾燥 → 干燥),
 * which is harmless where both sides of a comparison are folded alike.
 */
import { Converter } from 'opencc-js/t2cn';

let convert: ((s: string) => string) | undefined;

/** Texts that are ASCII, kana or anything else below the CJK blocks: nothing to convert. */
const NO_HAN = /^[\u0000-\u2dff]*$/;

/** Folded texts, per text: owners, companies and headers repeat in every row. */
const known = new Map<string, string>();
const KNOWN_MAX = 20000;

/** `s` with its traditional characters written simplified. */
export function toSimplified(s: string): string {
  if (NO_HAN.test(s)) return s;
  const hit = known.get(s);
  if (hit !== undefined) return hit;
  // Built on first use: its dictionaries are parsed into tries then, not when the module loads.
  convert ??= Converter({ from: 'hk', to: 'cn' });
  const out = convert(s);
  if (known.size >= KNOWN_MAX) known.clear();
  known.set(s, out);
  return out;
}
