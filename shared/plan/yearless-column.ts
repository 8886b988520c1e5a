/**
 * A member export's birthdays without a year (有赞's 05-12, a 生日 column of 3月5日): the column's form,
 * not a slip in a cell. One issue per cell would fill the issues column and the workbook's notes (20,000
 * at most: a 60,000-row 有赞 export had 19,998 of them, and the errors found no room), to say what
 * the column says once: reminded as usual, the age unknown. A few yearless cells among full dates are
 * still said on each cell, where a year may have been left out by mistake.
 */
import type { CellIssue, SheetProblem } from './issue';
import type { ColumnMapping } from './types';
import { isYearlyPayment } from '../remind/yearly-due';

/** From this many yearless birthdays in one column, it is said once for the column. */
export const YEARLESS_COLUMN_FROM = 10;

const CODE = 'date.noYear';
/** A due day without its year, which a due column's cell needs (normalize/date.ts)… */
const NEEDED = 'date.noYearNeeded';
/**
 * …except in a column of a payment falling due each year (缴费日 12月6日: an agent's yearly premium), which
 * is reminded on its coming date (remind/yearly-due.ts): said once for the column, at any count, never
 * "add the year" on each cell of it (tester h78 #6: 52 such warnings beside the reminders they made).
 */
const yearlyPayment = (c: ColumnMapping | undefined) => c !== undefined && c.field === 'contractEnd' && isYearlyPayment(c.header);

/**
 * The issues without the `date.noYear` ones of each column holding YEARLESS_COLUMN_FROM or more, and
 * one line per such column. Issues are filtered in place (a 100,000-row sheet's list is not copied).
 */
export function yearlessColumns(issues: CellIssue[], columns: readonly ColumnMapping[]): SheetProblem[] {
  const counts = new Map<number, number>();
  const yearly = (issue: CellIssue) => issue.code === CODE || (issue.code === NEEDED && yearlyPayment(columns[issue.col]));
  for (let i = 0; i < issues.length; i++) if (yearly(issues[i])) counts.set(issues[i].col, (counts.get(issues[i].col) ?? 0) + 1);
  const summed = [...counts].filter(([col, n]) => n >= YEARLESS_COLUMN_FROM || yearlyPayment(columns[col]));
  if (summed.length === 0) return [];
  const cols = new Set(summed.map(([col]) => col));
  let kept = 0;
  for (let i = 0; i < issues.length; i++) {
    const issue = issues[i];
    if (cols.has(issue.col) && yearly(issue)) continue;
    issues[kept++] = issue;
  }
  issues.length = kept;
  return summed.map(([col, count]): SheetProblem => {
    const { header, field, person } = columns[col];
    const code = yearlyPayment(columns[col]) ? 'date.noYearPaymentColumn' : (field ?? person?.field) === 'anniversary' ? 'date.noYearColumnAnniversary' : 'date.noYearColumn';
    return { code, severity: 'info', params: { header, count } };
  });
}
