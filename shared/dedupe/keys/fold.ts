/**
 * Folding for match keys: NFKC (full-width letters and digits, ① → 1), lower case, Latin
 * diacritics removed (é → e, but Japanese voicing marks and other scripts' marks are kept), and
 * white space collapsed. Keys compare folded text; cells are never rewritten with it.
 */
import { collapseSpaces } from '../../text/fold';
import { cellText, isBlank, type Cell } from '../../table/cell';

const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
/**
 * Precomposed Latin letters with marks (À–ɏ, Ḁ–ỿ) or a combining mark of any block (a modifier
 * letter ᴳ folds to g, and whatever mark follows it must go as it would after a g): only then is NFD
 * needed.
 */
const HAS_MARKS = /[\u00c0-\u024f\u1e00-\u1eff]|\p{M}/u;
const ASCII_AND_HAN = /^[\x20-\x7e\u4e00-\u9fff]*$/;
const UPPER_ASCII = /[A-Z]/;

export function foldText(s: string): string {
  // Printable ASCII and CJK unified ideographs are their own NFKC form and carry no Latin marks:
  // Chinese names, companies and addresses skip both normalisations.
  // Without an upper-case letter the text is its own lower case: toLowerCase would still copy a
  // text holding a Han character, and a key sliced from the copy (an address) keeps it alive.
  if (ASCII_AND_HAN.test(s)) return collapseSpaces(UPPER_ASCII.test(s) ? s.toLowerCase() : s);
  const nfkc = s.normalize('NFKC').toLowerCase();
  const noMarks = HAS_MARKS.test(nfkc) ? nfkc.normalize('NFD').replace(LATIN_MARKS, '$1').normalize('NFC') : nfkc;
  return collapseSpaces(noMarks);
}

/**
 * Any character but a lower-case ASCII letter, a digit or a CJK ideograph. Held once, as every
 * pattern tested in a hot path here is: V8 makes a new RegExp object each time a literal is
 * evaluated, and testing a fresh one cost several times a held one's (lettersAndDigits runs for
 * nearly every key of every row).
 */
const NOT_PLAIN_KEY = /[^0-9a-z\u3400-\u9fff]/;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Only letters and digits of any script (punctuation, spaces and symbols dropped). */
export function lettersAndDigits(s: string): string {
  // Most keys are already lower-case ASCII letters, digits and CJK ideographs: a plain character
  // class answers that faster than the Unicode-property pattern.
  if (!NOT_PLAIN_KEY.test(s)) return s;
  // A global pattern is safe to share with replace, which starts from lastIndex 0 and leaves it there.
  return s.replace(NOT_LETTER_OR_DIGIT, '');
}

/** The cell's text for matching, or '' when blank, an error or a boolean (never a key). */
export function matchText(cell: Cell | undefined): string {
  if (!cell || isBlank(cell) || cell.kind === 'error' || cell.kind === 'boolean') return '';
  return cellText(cell);
}
