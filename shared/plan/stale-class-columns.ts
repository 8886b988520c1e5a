/**
 * An earlier run's class columns (客户类型, 活跃度, 价值等级, VIP) this run can no longer feed: the column
 * it read the amount from was renamed (Monthly Fee → Monthly Retainer) and is not read any more. The
 * run used to leave such a column alone, so the sheet kept last week's High value beside a report of
 * Unknown. Now the column is rewritten with this run's result (unknown for every row: analyze.ts keeps
 * the column), and the user is told which column the class was read from no longer is, with the
 * headers.overrides entry that maps a renamed one back.
 */
import { BUILTIN_DIMENSIONS, type BuiltinDimension } from '../classify/labels';
import { runColumnKey, runColumns } from '../schema/run-columns';
import { cellText } from '../table/cell';
import type { Table } from '../table/table';
import type { FieldId } from '../schema/fields';
import type { SheetProblem } from './issue';

/** The field each built-in class reads first: without it the class is unknown for every row. */
const FED_BY: Readonly<Record<BuiltinDimension, FieldId>> = {
  lifecycle: 'amount',
  activity: 'lastContact',
  tier: 'amount',
  vip: 'amount',
};

/** The built-in dimensions an earlier run wrote a column of in this sheet, with the column (of `table.headers`). */
export function earlierClassColumns(table: Table, titles: readonly string[]): Map<BuiltinDimension, number> {
  const out = new Map<BuiltinDimension, number>();
  for (const col of runColumns(table.headers, titles)) {
    const key = runColumnKey(String(table.headers[col] ?? ''));
    const dimension = key?.startsWith('classify.dimension.') ? key.slice('classify.dimension.'.length) : null;
    if (dimension && (BUILTIN_DIMENSIONS as readonly string[]).includes(dimension) && !out.has(dimension as BuiltinDimension)) out.set(dimension as BuiltinDimension, col);
  }
  return out;
}

/**
 * A warning per earlier class column that held labels (an earlier run could compute it) which this run
 * computes for no row: its field is no longer read. `computed`: the dimensions this run gave some row a
 * known label; `unread`: the headers of the columns the run left unread (left-unread.ts, the rule every
 * host names them by), among them the renamed one; `unknownTexts`: the texts of "unknown" in either
 * language (an earlier run's unknown is no label).
 */
export function classesNoLongerFed(
  table: Table,
  earlier: ReadonlyMap<BuiltinDimension, number>,
  computed: ReadonlySet<string>,
  fieldCols: Partial<Record<FieldId, number>>,
  unread: readonly string[],
  unknownTexts: ReadonlySet<string>,
): SheetProblem[] {
  const out: SheetProblem[] = [];
  for (const [dimension, col] of earlier) {
    const field = FED_BY[dimension];
    if (computed.has(dimension) || fieldCols[field] !== undefined) continue;
    const labelled = table.rows.some((r) => {
      const text = r.cells[col] === undefined ? '' : cellText(r.cells[col]).trim();
      return text !== '' && !unknownTexts.has(text);
    });
    if (!labelled) continue;
    // With one candidate the entry is written out whole; with several, the user picks the header.
    const header = unread.length === 1 ? unread[0] : 'HEADER';
    out.push({
      code: 'classify.columnNoLongerFed',
      severity: 'warning',
      params: {
        column: String(table.headers[col]).trim(),
        field,
        unread: unread.length > 0 ? unread.map((h) => `"${h}"`).join(', ') : '-',
        override: JSON.stringify({ headers: { overrides: { [header]: field } } }),
      },
    });
  }
  return out;
}
