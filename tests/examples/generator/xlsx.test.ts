import ExcelJS from 'exceljs';
import { generateCustomers } from '../../../examples/generator/customers';
import { sheetRows } from '../../../examples/generator/layout';
import { columnLetter, sheetToXlsx } from '../../../examples/generator/xlsx';
import { fixZipDates } from '../../../examples/generator/zip-dates';
import type { GeneratedSheet } from '../../../examples/generator/types';

const OPTIONS = { seed: 5, sheetName: '客户名单', linkHeader: '邮件链接', linkText: '发邮件' };

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb.worksheets[0];
}

/** A small sheet with the cells the writer types, placed in known spots. */
function fixture(): GeneratedSheet {
  const sheet = generateCustomers({ seed: 8, rows: 60, lang: 'zh', messRate: 0.3 });
  const at = (f: string) => sheet.fields.indexOf(f as never);
  sheet.rows[0][at('industry')] = '#N/A';
  sheet.rows[1][at('birthday')] = '2024-02-30';
  return sheet;
}

describe('columnLetter', () => {
  it.each([[1, 'A'], [5, 'E'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [703, 'AAA']])('%i → %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });
});

describe('sheetToXlsx', () => {
  const sheet = fixture();
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = await load(await sheetToXlsx(sheet, OPTIONS));
  });

  it('lays the sheet out as the CSV does: title, blank row, header, data — plus the formula column', () => {
    const rows = sheetRows(sheet);
    expect(ws.getCell(1, 1).value).toBe(sheet.title);
    expect(ws.getRow(2).cellCount).toBe(0);
    expect(ws.getRow(3).values).toEqual([undefined, ...sheet.headers, OPTIONS.linkHeader]);
    expect(ws.rowCount).toBe(rows.length);
  });

  it('merges the title across the table', () => {
    expect(ws.model.merges).toEqual([`A1:${columnLetter(sheet.headers.length + 1)}1`]);
  });

  it('writes #N/A as an error value, not text', () => {
    const cell = ws.getCell(4, sheet.fields.indexOf('industry') + 1);
    expect(cell.value).toEqual({ error: '#N/A' });
  });

  it('keeps an impossible date as text (Excel could not store it as a date)', () => {
    expect(ws.getCell(5, sheet.fields.indexOf('birthday') + 1).value).toBe('2024-02-30');
  });

  it('types some cells as a workbook would: mobiles as numbers, dates as date cells, amounts as numbers', () => {
    const kinds = (field: string) => {
      const c = sheet.fields.indexOf(field as never) + 1;
      const seen = new Set<string>();
      for (let r = 4; r <= ws.rowCount; r++) {
        const v = ws.getCell(r, c).value;
        seen.add(v instanceof Date ? 'date' : typeof v);
      }
      return seen;
    };
    expect(kinds('mobile').has('number')).toBe(true);
    expect(kinds('lastContact').has('date')).toBe(true);
    expect(kinds('lastContact').has('string')).toBe(true);
    expect(kinds('amount').has('number')).toBe(true);
  });

  it('a date cell holds the same civil day as the text it came from', () => {
    const c = sheet.fields.indexOf('lastContact') + 1;
    let checked = 0;
    for (let r = 4; r <= ws.rowCount; r++) {
      const v = ws.getCell(r, c).value;
      if (!(v instanceof Date)) continue;
      const text = sheet.rows[r - 4][c - 1];
      const [y, m, d] = text.match(/\d+/g)!.map(Number);
      expect(v.toISOString().slice(0, 10)).toBe(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('adds a HYPERLINK formula with its cached result for rows with an e-mail', () => {
    const emailCol = sheet.fields.indexOf('email');
    const r = sheet.rows.findIndex((row) => row[emailCol].trim() !== '');
    const v = ws.getCell(r + 4, sheet.headers.length + 1).value as ExcelJS.CellFormulaValue;
    expect(v.formula).toBe(`HYPERLINK("mailto:"&TRIM(${columnLetter(emailCol + 1)}${r + 4}),"发邮件")`);
    expect(v.result).toBe('发邮件');
  });
});

describe('byte-identical output', () => {
  afterEach(() => jest.useRealTimers());

  it('does not depend on the clock (JSZip stamps entries with the current time; fixZipDates removes it)', async () => {
    const sheet = generateCustomers({ seed: 2, rows: 20, lang: 'zh' });
    // Only Date is faked: JSZip schedules its work with real timers.
    const fakeDateOnly = { doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] as const };
    jest.useFakeTimers({ ...fakeDateOnly, doNotFake: [...fakeDateOnly.doNotFake], now: new Date('2001-02-03T04:05:06Z') });
    const a = await sheetToXlsx(sheet, OPTIONS);
    jest.setSystemTime(new Date('2030-07-08T09:10:12Z'));
    const b = await sheetToXlsx(sheet, OPTIONS);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
  });

  it('fixZipDates refuses bytes that are not a ZIP archive', () => {
    expect(() => fixZipDates(new Uint8Array(100))).toThrow(/not a ZIP/);
  });
});
