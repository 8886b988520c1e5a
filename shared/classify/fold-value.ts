/** Folds a cell's text for loose comparison: NFKC (full-width → half-width), collapsed spaces, lower case. */
import { collapseSpaces, toHalfWidth } from '../text/fold';

export function foldValue(s: string): string {
  return collapseSpaces(toHalfWidth(s).normalize('NFKC')).toLowerCase();
}
