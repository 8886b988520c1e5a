/**
 * Postcodes are text: a number cell becomes digits (a Chinese code that lost its leading zero,
 * 10010 for 010010 in Hohhot, gets it back). For China (the sheet's phone region) six digits are
 * required; elsewhere the code is only tidied and upper-cased (sw1a 1aa → SW1A 1AA).
 */
import { numberText, type Cell } from '../table/cell';
import { dropQuotePrefix, foldAll } from '../text/fold';
import type { Finding } from '../plan/issue';
import type { CleanContext, CleanResult } from './types';
import { keep, change } from './result';

export function cleanPostcode(cell: Cell, ctx: CleanContext): CleanResult {
  const china = ctx.settings.phone.defaultRegion.toUpperCase() === 'CN';
  let value: string;
  if (cell.kind === 'number') {
    if (!Number.isInteger(cell.value) || cell.value < 0 || cell.value >= 1e10) {
      return keep(cell, [{ code: 'postcode.invalid', severity: 'warning', params: { value: numberText(cell.value) } }]);
    }
    value = numberText(cell.value);
    if (china && value.length === 5) value = '0' + value;
  } else if (cell.kind === 'text') {
    const folded = foldAll(dropQuotePrefix(cell.value));
    value = china ? (/^[\d\s]+$/.test(folded) ? folded.replace(/\s/g, '') : folded) : folded.toUpperCase();
  } else return keep(cell);
  const findings: Finding[] = china && !/^\d{6}$/.test(value)
    ? [{ code: 'postcode.invalid', severity: 'warning', params: { value } }] : [];
  const onlySpaces = cell.kind === 'text' && value === foldAll(cell.value);
  return change(cell, { kind: 'text', value }, onlySpaces ? 'fix.spaces' : 'fix.postcode', findings);
}
