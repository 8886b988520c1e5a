/**
 * Postcodes are text: a number cell becomes the digits it shows (000080 under a 000000 format).
 * Where the sheet's phone region has a postcode rule (China, the United States) a code that lost its
 * leading zeros to a spreadsheet gets them back (10010 for Hohhot's 010010; 2134 for Boston's 02134, from a number cell or a CSV written
 * after the loss: no ZIP code has four digits) and a code of any other shape is flagged. Elsewhere
 * the code is only tidied and upper-cased (sw1a 1aa → SW1A 1AA).
 */
import { numberShown, numberText, type Cell } from '../table/cell';
import { dropQuotePrefix, foldAll } from '../text/fold';
import type { MessageKey } from '../i18n';
import type { Finding } from '../plan/issue';
import type { CleanContext, CleanResult } from './types';
import { keep, change, NO_FINDINGS } from './result';

interface PostcodeRule {
  valid: RegExp;
  /** Digits of a whole code: shorter digit runs lost leading zeros. */
  width: number;
  /** Most zeros a code of the region can start with. */
  zeros: number;
  /** Text as well as number cells get their zeros back (never ambiguous there). */
  padText: boolean;
  invalid: MessageKey;
}

const RULES: Readonly<Record<string, PostcodeRule>> = {
  // A Chinese code typed with five digits may miss any digit: only a number cell is mended.
  CN: { valid: /^\d{6}$/, width: 6, zeros: 1, padText: false, invalid: 'postcode.invalid' },
  US: { valid: /^\d{5}(?:-\d{4})?$/, width: 5, zeros: 2, padText: true, invalid: 'postcode.invalidUs' },
};

/** `2134` → `02134`, `2134-5678` → `02134-5678` (at most `rule.zeros` zeros, a ZIP+4 tail kept). */
function withZeros(value: string, rule: PostcodeRule): string {
  const m = /^(\d+)(-\d{4})?$/.exec(value);
  if (!m || m[1].length >= rule.width || m[1].length < rule.width - rule.zeros) return value;
  return m[1].padStart(rule.width, '0') + (m[2] ?? '');
}

export function cleanPostcode(cell: Cell, ctx: CleanContext): CleanResult {
  const rule = RULES[ctx.settings.phone.defaultRegion.toUpperCase()];
  const invalid = rule?.invalid ?? 'postcode.invalidAny';
  let value: string;
  let padded = false;
  if (cell.kind === 'number') {
    if (!Number.isInteger(cell.value) || cell.value < 0 || cell.value >= 1e10) {
      return keep(cell, [{ code: invalid, severity: 'warning', params: { value: numberText(cell.value) } }]);
    }
    // The text the cell shows: 80 under 000000 is the 000080 the user sees (as in the other text columns).
    value = numberShown(cell.value, cell.format) ?? numberText(cell.value);
    if (rule) value = withZeros(value, rule);
  } else if (cell.kind === 'text') {
    const folded = foldAll(dropQuotePrefix(cell.value));
    if (!rule) value = folded.toUpperCase();
    else {
      value = /^[\d\s]+$/.test(folded) ? folded.replace(/\s/g, '') : folded;
      if (rule.padText) {
        const mended = withZeros(value, rule);
        padded = mended !== value;
        value = mended;
      }
    }
  } else return keep(cell);
  const findings: Finding[] = rule && !rule.valid.test(value) ? [{ code: invalid, severity: 'warning', params: { value } }] : NO_FINDINGS;
  const onlySpaces = cell.kind === 'text' && value === foldAll(cell.value);
  return change(cell, { kind: 'text', value }, onlySpaces ? 'fix.spaces' : padded ? 'fix.zipZero' : 'fix.postcode', findings);
}
