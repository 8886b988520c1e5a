/** The format each column's text dates were typed in, from the run's date edits, for the dates written there. */
import { typedDateFormat, type Plan, type TypedDate, type TypedDateFormat } from '../../shared';

/**
 * Per sheet column, the form its text dates were typed in (dd/mm/yyyy for a UK office's 04/05/2026),
 * read from the edits that made them dates: a column without one (no text dates, or mixed orders) is
 * absent, and its dates are written ISO unless its real date cells have a format of their own.
 */
export function typedDateColumns(plan: Plan): Map<number, TypedDateFormat> {
  const typed = new Map<number, TypedDate[]>();
  for (const edit of plan.edits) {
    if (edit.before.kind !== 'text' || edit.after.kind !== 'date') continue;
    const col = plan.firstCol + edit.col;
    let list = typed.get(col);
    if (!list) typed.set(col, (list = []));
    list.push({ typed: edit.before.value, iso: edit.after.value });
  }
  const formats = new Map<number, TypedDateFormat>();
  for (const [col, dates] of typed) {
    const format = typedDateFormat(dates);
    if (format) formats.set(col, format);
  }
  return formats;
}
