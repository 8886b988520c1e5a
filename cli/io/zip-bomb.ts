/**
 * A workbook is refused before it is unpacked when its zip directory says it unpacks to more than a
 * real workbook holds: a zip bomb (a 1.5 MB file whose sheet unpacks to 1.5 GB) would otherwise take
 * several GB of memory in exceljs, then stop the run with an out-of-memory crash, or the machine.
 */
import { CliError } from '../errors';
import { zipEntrySizes } from './zip-entries';

/**
 * Far above real workbooks: the bench's 100,000 rows of 22 columns unpack to about 150 MB, and a
 * Node heap holding a workbook of 2 GB of XML would need tens of GB.
 */
export const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;
/**
 * Spreadsheet XML packs about 5–20 times (the bench's sheets: ~10), a sheet of empty styled cells
 * up to about 100; a run of the same bytes packs 1,000 times. A part past both of these is no sheet
 * anyone typed.
 */
export const MAX_RATIO = 200;
export const RATIO_CHECKED_FROM = 100 * 1024 ** 2;

/** Throws cli.xlsxTooBig / cli.xlsxPacked (naming the file as the user wrote it) for a zip bomb. */
export function refuseZipBomb(xlsx: Uint8Array, shown: string): void {
  let total = 0;
  for (const { name, compressed, uncompressed } of zipEntrySizes(xlsx)) {
    total += uncompressed;
    if (uncompressed > RATIO_CHECKED_FROM && uncompressed > MAX_RATIO * Math.max(1, compressed)) {
      throw new CliError('cli.xlsxPacked', { path: shown, part: name, size: mb(uncompressed), ratio: Math.round(uncompressed / Math.max(1, compressed)) });
    }
  }
  if (total > MAX_UNPACKED_BYTES) throw new CliError('cli.xlsxTooBig', { path: shown, size: mb(total), limit: mb(MAX_UNPACKED_BYTES) });
}

const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);
