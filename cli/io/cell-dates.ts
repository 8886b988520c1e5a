/**
 * Date cells written as ISO text (`t="d"`, see prepare-xlsx.ts), which exceljs reads as the number
 * the text starts with: each becomes the Date exceljs would have made of the same day typed as a
 * serial, so it is read as that day and written back as it (a serial with a date format).
 */
import type ExcelJS from 'exceljs';
import { parseIso, toSerial, type DateSystem } from '../../shared';
import type { DateCell } from './prepare-xlsx';

/** Sets each listed cell (or formula result) to its date; text that is no date is left as exceljs read it. */
export function putDateCells(workbook: ExcelJS.Workbook, dateCells: ReadonlyMap<string, readonly DateCell[]>, dateSystem: DateSystem): void {
  for (const [sheetName, cells] of dateCells) {
    const worksheet = workbook.getWorksheet(sheetName);
    if (!worksheet) continue;
    for (const { ref, iso } of cells) {
      const date = dateOfIso(iso, dateSystem);
      if (!date) continue;
      const cell = worksheet.getCell(ref);
      const v = cell.value;
      if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) cell.value = { ...v, result: date } as ExcelJS.CellValue;
      else cell.value = date;
    }
  }
}

/**
 * exceljs's Date for an ISO date and time (`1990-05-03`, `1990-05-03T08:30:00`, with fractions or a
 * zone, which a civil date ignores), or a time alone (`08:30:00`): the workbook's serial for it, as
 * exceljs turns serials into Dates (`(serial - 25569) days` from 1970, 1462 more in 1904 workbooks),
 * so Excel's 1900 leap-year day is counted as every date cell of the sheet counts it.
 */
export function dateOfIso(iso: string, dateSystem: DateSystem): Date | null {
  const m = /^(?:(\d{4}-\d{2}-\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  let serial = 0;
  if (m[1] !== undefined) {
    const civil = parseIso(m[1]);
    if (!civil) return null;
    serial = toSerial(civil, dateSystem);
  }
  if (m[2] !== undefined) serial += (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) / 86400;
  const days = serial + (dateSystem === '1904' ? 1462 : 0) - 25569;
  return new Date(Math.round(days * 86400000));
}
