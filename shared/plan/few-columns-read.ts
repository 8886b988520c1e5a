/**
 * A sheet whose columns the run mostly cannot read (an Italian list, a CRM's own field names, h58's
 * French headers before they were known): "1 of 14 columns" and "no reminders are due", said
 * quietly, read as "nothing to do". Fewer than a third read, the run says so plainly, with the
 * headers it left and the setting that maps them (headers.overrides).
 */
import type { SheetProblem } from './issue';
import type { ColumnMapping } from './types';

/** Under a third read is a sheet the run did not understand; a few columns of the sheet's own (信用额度, 备用) are usual. */
const FEW_READ_SHARE = 1 / 3;
/** Headers named in the warning; the rest are counted. */
const MAX_NAMED = 8;

/** The warning, or none. Columns an earlier run added, parts of a phone and overridden ones are no column left unread. */
export function fewColumnsRead(sheet: string, columns: readonly ColumnMapping[]): SheetProblem[] {
  const users = columns.filter((c) => !c.run && c.partOf === undefined && c.header.trim() !== '');
  const read = users.filter((c) => c.field !== null || c.source === 'override').length;
  if (users.length === 0 || read >= users.length * FEW_READ_SHARE) return [];
  const unread = users.filter((c) => c.field === null && c.source !== 'override').map((c) => c.header.trim());
  const named = unread.slice(0, MAX_NAMED).join(', ');
  const headers = unread.length > MAX_NAMED ? `${named} … (+${unread.length - MAX_NAMED})` : named;
  return [{ code: 'headers.fewRead', severity: 'warning', params: { sheet, read, total: users.length, headers, example: unread[0] } }];
}
