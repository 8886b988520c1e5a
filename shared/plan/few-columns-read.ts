/**
 * A sheet whose columns the run mostly cannot read (an Italian list, a CRM's own field names, h58's
 * French headers before they were known): "1 of 14 columns" and "no reminders are due", said
 * quietly, read as "nothing to do". Fewer than a third read, the run says so plainly, with how many
 * it left and the setting that maps them (headers.overrides).
 */
import type { SheetProblem } from './issue';
import type { ColumnMapping } from './types';
import { columnsLeftUnread } from './left-unread';

/** Under a third read is a sheet the run did not understand; a few columns of the sheet's own (信用额度, 备用) are usual. */
const FEW_READ_SHARE = 1 / 3;
/**
 * The warning, or none. Columns an earlier run added, parts of a phone and overridden ones are no
 * column left unread. It counts the unread columns and names one in the override to copy; their
 * headers are listed once, apart (the terminal's and the Report sheet's 未识别的列 line, the JSON's
 * columns): named again inside the warning, the same list was read twice, one under the other.
 */
export function fewColumnsRead(sheet: string, columns: readonly ColumnMapping[]): SheetProblem[] {
  const users = columns.filter((c) => !c.run && c.partOf === undefined && c.header.trim() !== '');
  const read = users.filter((c) => c.field !== null || c.person !== undefined || c.amountPart || c.child !== undefined || c.source === 'override').length;
  if (users.length === 0 || read >= users.length * FEW_READ_SHARE) return [];
  const unread = columnsLeftUnread(columns).map((c) => c.header);
  return [{ code: 'headers.fewRead', severity: 'warning', params: { sheet, read, total: users.length, unread: unread.length, example: unread[0] } }];
}
