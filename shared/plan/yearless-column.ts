/**
 * A member export's birthdays without a year (有赞's 05-12, a 生日 column of 3月5日): the column's form,
 * not a slip in a cell. One issue per cell would fill the issues column and the workbook's notes (20,000
 * at most: a 60,000-row 有赞 export had 19,998 of them, and the errors found no room), to say what
 * the column says once: reminded as usual, the age unknown. A few yearless cells among full dates are
 * still said on each cell, where a year may have been left out by mistake.
 */
import type { CellIssue, SheetProblem } from './issue';
import type { ColumnMapping } from './types';

/** From this many yearless birthdays in one column, it is said once for the column. */
export const YEARLESS_COLUMN_FROM = 10;

const CODE = 'date.noYear';

/**
 * The issues without the `date.noYear` ones of each column holding YEARLESS_COLUMN_FROM or more, and
 * one line per such column. Issues are filtered in place (a 100,000-row sheet's list is not copied).
 */
export function yearlessColumns(issues: CellIssue[], columns: readonly ColumnMapping[]): SheetProblem[] {
  const counts = new Map<number, number>();
  for (let i = 0; i < issues.length; i++) if (issues[i].code === CODE) counts.set(issues[i].col, (counts.get(issues[i].col) ?? 0) + 1);
  const summed = [...counts].filter(([, n]) => n >= YEARLESS_COLUMN_FROM);
  if (summed.length === 0) return [];
  const cols = new Set(summed.map(([col]) => col));
  let kept = 0;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i];
    if (issue.code === CODE && cols.has(issue.col)) continue;
    issues[kept++] = issue;
  }
  issues.length = kept;
  return summed.map(([col, count]): SheetProblem => {
    const { header, field, person } = columns[col];
    const code = (field ?? person?.field) === 'anniversary' ? 'date.noYearColumnAnniversary' : 'date.noYearColumn';
    return { code, severity: 'info', params: { header, count } };
  });
}
