/**
 * Free text (text, multiline, enum): trimmed, white space collapsed (line breaks kept in multiline
 * fields), full-width letters and digits folded. Chinese punctuation ，。：（） is correct
 * typography in Chinese text and is never touched.
 */
import type { Cell } from '../table/cell';
import { collapseSpaces, collapseSpacesKeepLines, toHalfWidthAlnum } from '../text/fold';
import type { CleanContext, CleanResult } from './types';
import { keep, changeText } from './result';

export function tidyText(raw: string, keepLines: boolean): string {
  const folded = toHalfWidthAlnum(raw);
  return keepLines ? collapseSpacesKeepLines(folded) : collapseSpaces(folded);
}

export function cleanText(cell: Cell, ctx: CleanContext): CleanResult {
  if (cell.kind !== 'text') return keep(cell);
  const tidy = ctx.field.keepSpaceRuns ? collapseSpacesKeepLines(toHalfWidthAlnum(cell.value), true) : tidyText(cell.value, ctx.field.kind === 'multiline');
  return changeText(cell, tidy, 'fix.text');
}
