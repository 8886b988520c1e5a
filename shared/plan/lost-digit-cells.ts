/**
 * The cells whose digits the sheet already threw away (normalize/lost-digits.ts), as the run flagged
 * them: a host leaves such a cell as typed. A rounded 13800000000 written out as the text
 * "13800000000", as the other numbers of a phone column are, looks like a real mobile, and the next
 * run reads it as one: the flag, and the only sign the number is wrong, would be gone (tester h68 #2).
 * As a number in its own format it shows as the user saw it (1.38E+10) and is flagged on every run.
 */
import type { MessageKey } from '../i18n';
import type { CellIssue } from './issue';
import { cellText, type Cell } from '../table/cell';
import { lostDigitsText } from '../normalize/lost-digits';

/** The findings that say a value lost its digits, one per cleaner that reads long numbers. */
export const LOST_DIGITS: ReadonlySet<MessageKey> = new Set<MessageKey>(['phone.precisionLost', 'id.precisionLost', 'wechat.precisionLost']);

/** Sheet row → the table columns whose value lost its digits. */
export function lostDigitCells(issues: readonly CellIssue[]): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const i of issues) {
    if (i.col < 0 || !LOST_DIGITS.has(i.code)) continue;
    const cols = out.get(i.sheetRow) ?? new Set<number>();
    cols.add(i.col);
    out.set(i.sheetRow, cols);
  }
  return out;
}

/**
 * The value an issue line quotes of its cell (the issues sheet's 值 / Value): a number whose digits
 * are lost as the user sees it (1.38E+10), as the issue's message quotes it; any other as its text.
 */
export function issueValueText(issue: Pick<CellIssue, 'code'>, cell: Cell): string {
  return LOST_DIGITS.has(issue.code) ? lostDigitsText(cell) : cellText(cell);
}
