/** Building a CleanResult so that "unchanged" always means the very same cell object. */
import { sameCell, type Cell } from '../table/cell';
import type { Finding } from '../plan/issue';
import type { MessageKey } from '../i18n';
import type { CleanResult } from './types';

/**
 * The findings of a result that found nothing: one frozen array for every such result, since most
 * of a sheet's cells find nothing and an array each was a million short-lived objects per 100,000 rows.
 */
export const NO_FINDINGS: Finding[] = Object.freeze([]) as unknown as Finding[];

/** The input cell, untouched, with whatever the cleaner found. */
export function keep(cell: Cell, findings: Finding[] = NO_FINDINGS): CleanResult {
  return { cell, findings };
}

/** `next` if it differs from `cell` (with `reason`), else `cell` itself and no reason. */
export function change(cell: Cell, next: Cell, reason: MessageKey, findings: Finding[] = NO_FINDINGS): CleanResult {
  if (sameCell(cell, next)) return { cell, findings };
  return { cell: next, reason, findings };
}

/** A text cell with `value`, or `cell` itself when its text is already `value`. */
export function changeText(cell: Cell, value: string, reason: MessageKey, findings: Finding[] = NO_FINDINGS): CleanResult {
  return change(cell, { kind: 'text', value }, reason, findings);
}
