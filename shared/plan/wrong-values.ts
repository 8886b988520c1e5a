/**
 * Values the run itself says are wrong: a phone Excel cut to 1.38123E+10 (its last digits gone, no
 * way back), a 2 月 30 日, an ID whose check character fails. Such a value is kept where it stands,
 * flagged, for the user to correct; but when the same customer's other row holds the field right, a
 * merge has no reason to keep the wrong one: the kept row takes the valid value, the wrong one goes to
 * the merged values (and stays in the archive), and the survivor rule counts it as no value when it
 * judges which row is the most complete (dedupe/survivor.ts).
 */
import type { MessageKey } from '../i18n';
import type { CellIssue } from './issue';
import type { MergePlan } from '../dedupe/types';

/** Findings that say the value itself is wrong (not merely unusual: a landline, a number abroad, a year-less birthday). */
export const WRONG_VALUE: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'phone.precisionLost',
  'id.precisionLost',
  'wechat.precisionLost',
  'phone.invalid',
  'email.invalid',
  'email.noDomainEnding',
  'date.invalid',
  'idCard.invalid',
  'idCard.checksum',
  'uscc.invalid',
  'uscc.checksum',
  'vin.invalid',
]);

/** Findings that say the cell holds several values: one of them being wrong leaves the others right, and the cell is no wrong value. */
const SEVERAL: ReadonlySet<MessageKey> = new Set<MessageKey>(['phone.multiple', 'email.multiple']);

/** Sheet row → the table columns whose value the run flagged as wrong. */
export function wrongCells(issues: readonly CellIssue[]): Map<number, Set<number>> {
  const wrong = new Map<number, Set<number>>();
  const several = new Set<string>();
  for (const i of issues) {
    if (i.col < 0) continue;
    if (SEVERAL.has(i.code)) several.add(`${i.sheetRow}:${i.col}`);
    else if (WRONG_VALUE.has(i.code)) {
      const cols = wrong.get(i.sheetRow) ?? new Set<number>();
      cols.add(i.col);
      wrong.set(i.sheetRow, cols);
    }
  }
  for (const key of several) {
    const [row, col] = key.split(':').map(Number);
    wrong.get(row)?.delete(col);
  }
  return wrong;
}

/** Merge edits that put a duplicate's value in place of a kept one the run had a finding on: a wrong value, a birthday without its year. */
const MENDING: ReadonlySet<string> = new Set(['dedupe.fix.valid', 'dedupe.fix.fullDate']);

/**
 * The issues left once an accepted merge has put a duplicate's valid value in place of a wrong one
 * (dedupe.fix.valid), or its whole date in place of the same day without a year (dedupe.fix.fullDate):
 * the old value's finding is no longer about the cell, which now holds another.
 */
export function withoutMended(issues: CellIssue[], merge: MergePlan | null): CellIssue[] {
  const mended = new Set((merge?.edits ?? []).filter((e) => MENDING.has(e.reason)).map((e) => `${e.sheetRow}:${e.col}`));
  return mended.size === 0 ? issues : issues.filter((i) => !mended.has(`${i.sheetRow}:${i.col}`));
}
