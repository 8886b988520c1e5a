/**
 * Excel's last row, for every sheet the run writes: a sheet written past it is opened cut short
 * ("file not loaded completely"), the lines below gone from view without a word.
 */
import { CliError } from '../errors';

/** Excel's last row. */
export const EXCEL_ROW_LIMIT = 1_048_576;

/**
 * Refuses (cli.tooManyRows, the same message as for the cleaned sheet) a sheet that would reach
 * `lastRow`, past Excel's last row: called before its rows are made, so nothing is written.
 */
export function refuseRowsPast(sheet: string, lastRow: number): void {
  if (lastRow > EXCEL_ROW_LIMIT) throw new CliError('cli.tooManyRows', { sheet, rows: lastRow });
}
