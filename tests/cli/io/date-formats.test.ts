/**
 * Dates the run writes into a workbook keep the look the user gave their column (a UK sheet's
 * dd/mm/yyyy), as amounts keep their "£"#,##0.00: no 1985-04-03 beside 04/12/1960.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../cli/main';
import { columnDateFormat, isDateFormat, putValue, styler } from '../../../cli/io/xlsx-values';
import { captureIo, tempDir } from '../helpers';

const D = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A heating engineer's customers, kept in Excel by hand: real dates in dd/mm/yyyy, a few typed as text. */
async function ukWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Customers');
  ws.addRow(['First Name', 'Surname', 'Mobile', 'Email', 'DOB', 'Last Service', 'Boiler Cover Renewal', 'Owner']);
  ws.addRow(['John', 'Smith', '07911 123456', 'john.smith@gmail.com', D(1960, 12, 4), '01/10/2026', D(2026, 12, 15), 'Dave']);
  ws.addRow(['Alan', 'Jones', '07700 123456', 'a.jones@nhs.net', '03/04/1985', '10/01/2025', '03/01/2027', 'Priya']);
  ws.addRow(['Catherine', 'Davies', '07812 345678', 'cath.davies@yahoo.co.uk', D(1990, 12, 6), '20/11/2026', D(2027, 2, 28), 'Priya']);
  ws.addRow(['Robert', 'Brown', '07400 111222', 'bob.brown@btinternet.com', '12/09/1975', '07/07/2024', '', 'Gary']);
  ws.addRow(['Kate', 'Davies', '07812 345679', 'kate.davies@yahoo.co.uk', D(1993, 2, 11), '21/11/2026', D(2027, 3, 31), 'Priya']);
  // The DOB and renewal columns were formatted dd/mm/yyyy, except the cells typed as text (General);
  // Last Service was typed as text throughout.
  for (let r = 2; r <= 6; r++) {
    for (const c of [5, 7]) if (ws.getCell(r, c).value instanceof Date) ws.getCell(r, c).numFmt = 'dd/mm/yyyy';
  }
  ws.getCell(3, 7).numFmt = 'dd/mm/yyyy';
  await wb.xlsx.writeFile(file);
}

describe('dates written into a workbook keep the column\'s date format', () => {
  let ws: ExcelJS.Worksheet;
  let cleanup: () => void;

  beforeAll(async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const input = path.join(tmp.dir, 'customers.xlsx');
    await ukWorkbook(input);
    writeFileSync(path.join(tmp.dir, 'settings.json'), JSON.stringify({ language: 'en', dates: { ambiguous: 'day-first' } }));
    const io = captureIo(tmp.dir);
    const code = await main(['clean', 'customers.xlsx', '--today', '2026-12-02', '--config', 'settings.json', '--out', 'out.xlsx'], io);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(tmp.dir, 'out.xlsx'));
    ws = wb.getWorksheet('Customers')!;
  });
  afterAll(() => cleanup());

  const shown = (address: string) => {
    const cell = ws.getCell(address);
    return [(cell.value as Date).toISOString().slice(0, 10), cell.numFmt];
  };

  it('a text date in a General cell of a dd/mm/yyyy column is written as the column\'s other dates are', () => {
    expect(shown('E3')).toEqual(['1985-04-03', 'dd/mm/yyyy']);
    expect(shown('E5')).toEqual(['1975-09-12', 'dd/mm/yyyy']);
    expect(shown('E2')).toEqual(['1960-12-04', 'dd/mm/yyyy']);
  });

  it('a text date in a cell the user formatted dd/mm/yyyy keeps its cell\'s format', () => {
    expect(shown('G3')).toEqual(['2027-01-03', 'dd/mm/yyyy']);
  });

  it('a column of text dates with no date format of its own is shown in the order they were typed (dd/mm/yyyy)', () => {
    expect(shown('F2')).toEqual(['2026-10-01', 'dd/mm/yyyy']);
    expect(shown('F4')).toEqual(['2026-11-20', 'dd/mm/yyyy']);
  });
});

describe('isDateFormat and columnDateFormat', () => {
  it.each([
    ['dd/mm/yyyy', true], ['d-mmm-yy', true], ['m/d/yyyy h:mm', true], ['[$-809]dd mmmm yyyy', true], ['yyyy"年"m"月"d"日"', true], ['mm-dd-yy', true],
    ['"£"#,##0.00', false], ['hh:mm', false], ['@', false], ['General', false], ['0.00"days"', false],
  ])('%j shows a date: %s', (numFmt, expected) => {
    expect(isDateFormat(numFmt)).toBe(expected);
  });

  it('the format most of the column\'s dates have, or none', () => {
    const ws = new ExcelJS.Workbook().addWorksheet('s');
    ws.addRow(['DOB', 'Notes']);
    for (const [v, f] of [[D(1960, 12, 4), 'dd/mm/yyyy'], [D(1970, 1, 2), 'dd/mm/yyyy'], [D(1980, 5, 6), 'yyyy-mm-dd']] as const) {
      const row = ws.addRow([v, 'x']);
      row.getCell(1).numFmt = f;
    }
    expect(columnDateFormat(ws, 1, 2)).toBe('dd/mm/yyyy');
    expect(columnDateFormat(ws, 2, 2)).toBeUndefined();
  });
});

describe('a date with its time of day, written into a date column', () => {
  const put = (columnFormat: string | undefined, iso: string, twelveHour = false) => {
    const cell = new ExcelJS.Workbook().addWorksheet('s').getCell('B2');
    putValue(cell, { kind: 'date', value: iso }, 'date', '1900', styler(), columnFormat, twelveHour);
    return cell.numFmt;
  };

  it.each<[string, string | undefined, string, boolean, string]>([
    ['a UK column\'s day first, with its time', 'dd/mm/yyyy', '2026-06-02T14:30', false, 'dd/mm/yyyy hh:mm'],
    ['its seconds where it has them', 'dd/mm/yyyy', '2026-06-02T14:30:05', false, 'dd/mm/yyyy hh:mm:ss'],
    ['a US column typed 2:15 PM, on the 12-hour clock', 'm/d/yyyy', '2026-12-03T14:15', true, 'm/d/yyyy h:mm AM/PM'],
    ['a column that already shows its times', 'dd/mm/yyyy hh:mm', '2026-06-02T14:30', false, 'dd/mm/yyyy hh:mm'],
    ['the system\'s long date, which takes nothing after it: ISO', '[$-F800]dddd, mmmm dd, yyyy', '2026-06-02T14:30', false, 'yyyy-mm-dd hh:mm'],
    ['no format to follow: ISO', undefined, '2026-06-02T14:30', false, 'yyyy-mm-dd hh:mm'],
    ['a day alone keeps the column\'s format', 'dd/mm/yyyy', '2026-06-02', false, 'dd/mm/yyyy'],
  ])('%s', (_why, columnFormat, iso, twelveHour, expected) => {
    expect(put(columnFormat, iso, twelveHour)).toBe(expected);
  });
});
