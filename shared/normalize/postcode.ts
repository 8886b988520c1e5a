/**
 * Postcodes are text: a number cell becomes the digits it shows (000080 under a 000000 format).
 * Where the sheet's phone region has a postcode rule (China, the United States, Britain, Ireland,
 * Canada, Australia, India, Spain, Italy, Mexico…) a code that lost its leading zeros to a spreadsheet gets them back
 * (10010 for Hohhot's 010010; 2134 for Boston's 02134, from a number cell or a CSV written after the
 * loss: no ZIP code has four digits; 800 for Darwin's 0800), a code of letters and digits is written
 * with its space where the region writes it (sw1a1aa → SW1A 1AA, d02x285 → D02 X285) and a code of
 * any other shape is flagged. Elsewhere the code is only tidied and upper-cased (sw1a 1aa → SW1A 1AA).
 */
import { numberShown, numberText, type Cell } from '../table/cell';
import { dropCodeMark, foldAll } from '../text/fold';
import type { MessageKey } from '../i18n';
import type { Finding } from '../plan/issue';
import type { CleanContext, CleanResult } from './types';
import { keep, change, NO_FINDINGS } from './result';

interface PostcodeRule {
  valid: RegExp;
  /** Digits of a whole code: shorter digit runs lost leading zeros (0 for codes of letters and digits). */
  width: number;
  /** Most zeros a code of the region can start with. */
  zeros: number;
  /** Text as well as number cells get their zeros back (never ambiguous there). */
  padText: boolean;
  /** Characters after the space in a code of letters and digits (SW1A 1AA: 3), written with it. */
  inward?: number;
  invalid: MessageKey;
  /** A code of the region, for the message on one that is not. */
  example?: string;
}

/** A region's code of `digits` digits, any of which may be a leading zero up to `zeros` of them. */
const digitRule = (digits: number, zeros: number, example: string): PostcodeRule => ({
  valid: new RegExp(`^\\d{${digits}}$`), width: digits, zeros, padText: true, invalid: 'postcode.invalidRegion', example,
});

/**
 * Each region's postcodes, from its postal service's own description. A region whose codes all have
 * the same number of digits gets lost zeros back from text too: a code shorter than that can only be
 * one that lost them.
 */
const RULES: Readonly<Record<string, PostcodeRule>> = {
  // A Chinese code typed with five digits may miss any digit: only a number cell is mended.
  CN: { valid: /^\d{6}$/, width: 6, zeros: 1, padText: false, invalid: 'postcode.invalid' },
  US: { valid: /^\d{5}(?:-\d{4})?$/, width: 5, zeros: 2, padText: true, invalid: 'postcode.invalidUs' },
  // Royal Mail (Programmers' Guide; the UK Government Data Standards Catalogue's postcode pattern):
  // an outward code A9, A99, AA9, AA99, A9A or AA9A, a space, an inward code of a digit and two
  // letters that are never C, I, K, M, O or V; and Girobank's GIR 0AA.
  GB: { valid: /^(?:(?:[A-Z]{1,2}\d[A-Z\d]?) \d[ABD-HJLNP-UW-Z]{2}|GIR 0AA)$/, width: 0, zeros: 0, padText: false, inward: 3, invalid: 'postcode.invalidRegion', example: 'SW1A 1AA' },
  // Eircode (eircode.ie, Eircode Address Database guide): a routing key of a letter and two digits
  // (or D6W), a space, and a unique identifier of four characters drawn from 0-9 and A C D E F H K
  // N P R T V W X Y.
  IE: { valid: /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W) [\dAC-FHKNPRTV-Y]{4}$/, width: 0, zeros: 0, padText: false, inward: 4, invalid: 'postcode.invalidRegion', example: 'D02 X285' },
  // Canada Post (Canadian Addressing Guide): letter digit letter, space, digit letter digit; D, F,
  // I, O, Q and U are never used, W and Z never first.
  CA: { valid: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d$/, width: 0, zeros: 0, padText: false, inward: 3, invalid: 'postcode.invalidRegion', example: 'H2X 1Y4' },
  // Australia Post: four digits; the Northern Territory's and some ACT codes begin with 0 (Darwin 0800).
  AU: digitRule(4, 1, '2000'),
  // NZ Post: four digits; Northland's begin with 0 (Whangārei 0110).
  NZ: digitRule(4, 1, '6011'),
  // India Post: a PIN code of six digits, the first (the zone) 1 to 9.
  IN: { valid: /^[1-9]\d{5}$/, width: 6, zeros: 0, padText: false, invalid: 'postcode.invalidRegion', example: '110001' },
  // South African Post Office: four digits; Pretoria's begin with 000 (0002).
  ZA: digitRule(4, 3, '2196'),
  // SingPost: six digits, the first two the sector (01 to 82).
  SG: digitRule(6, 1, '018956'),
  // Pos Malaysia: five digits; Perlis's begin with 0 (01000).
  MY: digitRule(5, 1, '50450'),
  // Deutsche Post and La Poste: five digits; Dresden's and Ain's begin with 0 (01067, 01000).
  DE: digitRule(5, 1, '10115'),
  FR: digitRule(5, 1, '75001'),
  // Correos: five digits, the first two the province, 01 (Álava) to 52 (Melilla); Barcelona's 08007
  // is the 8007 a spreadsheet leaves, and no code starts 00, so only one zero is ever lost.
  ES: { ...digitRule(5, 1, '28013'), valid: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/ },
  // Poste Italiane's CAP: five digits; Rome's begin with 00 (00186), which a spreadsheet leaves as 186.
  IT: digitRule(5, 2, '00186'),
  // Correos de México: five digits; Mexico City's begin with 0 (06600), none with 00.
  MX: digitRule(5, 1, '06600'),
};

/** `sw1a1aa` → `SW1A 1AA` under a rule that writes the space, when the code is the region's. */
function spaced(folded: string, rule: PostcodeRule): string {
  const upper = folded.toUpperCase();
  if (rule.inward === undefined) return upper;
  const compact = upper.replace(/\s+/g, '');
  if (compact.length <= rule.inward) return upper;
  const written = `${compact.slice(0, -rule.inward)} ${compact.slice(-rule.inward)}`;
  return rule.valid.test(written) ? written : upper;
}

/** The same postcode whichever way it is written (SW1A 1AA, sw1a1aa): for comparing two rows' codes. */
export const postcodeKey = (value: string): string => value.replace(/[\s-]+/g, '').toUpperCase();

/** `2134` → `02134`, `2134-5678` → `02134-5678` (at most `rule.zeros` zeros, a ZIP+4 tail kept). */
function withZeros(value: string, rule: PostcodeRule): string {
  const m = /^(\d+)(-\d{4})?$/.exec(value);
  if (!m || m[1].length >= rule.width || m[1].length < rule.width - rule.zeros) return value;
  return m[1].padStart(rule.width, '0') + (m[2] ?? '');
}

/** The ZIP code's own example (2134 → 02134) is said only of a ZIP code: Barcelona's 8007 is a postcode. */
const zeroFix = (rule: PostcodeRule | undefined): MessageKey => (rule === RULES.US ? 'fix.zipZero' : 'fix.postcodeZero');

export function cleanPostcode(cell: Cell, ctx: CleanContext): CleanResult {
  const rule = RULES[ctx.settings.phone.defaultRegion.toUpperCase()];
  const invalid = rule?.invalid ?? 'postcode.invalidAny';
  // A region's message names its shape (SW1A 1AA); China's and the ZIP code's say theirs in words.
  const said = (value: string): Record<string, string> => (rule?.example === undefined ? { value } : { value, region: ctx.settings.phone.defaultRegion.toUpperCase(), example: rule.example });
  let value: string;
  let padded = false;
  if (cell.kind === 'number') {
    if (!Number.isInteger(cell.value) || cell.value < 0 || cell.value >= 1e10) {
      return keep(cell, [{ code: invalid, severity: 'warning', params: said(numberText(cell.value)) }]);
    }
    // The text the cell shows: 80 under 000000 is the 000080 the user sees (as in the other text columns).
    value = numberShown(cell.value, cell.format) ?? numberText(cell.value);
    if (rule) value = withZeros(value, rule);
  } else if (cell.kind === 'text') {
    const folded = foldAll(dropCodeMark(cell.value));
    if (!rule) value = folded.toUpperCase();
    else if (rule.inward !== undefined) value = spaced(folded, rule);
    else {
      value = /^[\d\s]+$/.test(folded) ? folded.replace(/\s/g, '') : folded;
      if (rule.padText) {
        const mended = withZeros(value, rule);
        padded = mended !== value;
        value = mended;
      }
    }
  } else return keep(cell);
  const findings: Finding[] = rule && !rule.valid.test(value) ? [{ code: invalid, severity: 'warning', params: said(value) }] : NO_FINDINGS;
  const onlySpaces = cell.kind === 'text' && value === foldAll(cell.value);
  // '02134, 'H2X 3J6 (Shopify's ZIP codes and postcodes): the text mark taken off and nothing else.
  const onlyMark = cell.kind === 'text' && dropCodeMark(cell.value) !== cell.value && value === foldAll(dropCodeMark(cell.value));
  return change(cell, { kind: 'text', value }, onlySpaces ? 'fix.spaces' : onlyMark ? 'fix.quotePrefix' : padded ? zeroFix(rule) : 'fix.postcode', findings);
}
