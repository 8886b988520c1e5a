/**
 * Company names: spaces collapsed and removed between Chinese characters, full-width letters,
 * digits and brackets folded (北京星辰科技（集团）有限公司 → 北京星辰科技(集团)有限公司), "Co.,Ltd"
 * spaced as "Co., Ltd". Legal suffixes stay: stripping them is the duplicate finder's key, not the value.
 */
import type { Cell } from '../table/cell';
import { collapseSpaces, toHalfWidthAlnum, toHalfWidthAlnumParens } from '../text/fold';
import type { CleanContext, CleanResult } from './types';
import { keep, changeText } from './result';
import { removeCjkSpaces } from './cjk-spacing';
import { stripStrayPunctuation } from './stray-punctuation';
import { looksLikeFormula } from './formula-text';

/** "Co.,Ltd" / "CO.，LTD." with the one space English style wants, the letters' case kept. */
const CO_LTD = /\b(co)\s*\.\s*[,，]\s*(ltd)\b/giu;

export function tidyCompanyName(raw: string): string {
  const folded = collapseSpaces(toHalfWidthAlnumParens(raw));
  const spaced = removeCjkSpaces(folded).replace(CO_LTD, '$1., $2');
  return stripStrayPunctuation(spaced) || spaced;
}

/** The company cleaner. */
export function cleanCompany(cell: Cell, _ctx: CleanContext): CleanResult {
  if (cell.kind !== 'text' || looksLikeFormula(cell.value)) return keep(cell);
  const value = tidyCompanyName(cell.value);
  const onlySpaces = value === collapseSpaces(toHalfWidthAlnum(cell.value));
  return changeText(cell, value, onlySpaces ? 'fix.spaces' : 'fix.company');
}
