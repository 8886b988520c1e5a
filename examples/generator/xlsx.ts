/**
 * A generated sheet as an Excel workbook, typed the way real workbooks are: some mobiles stored as
 * numbers, some dates as real date cells, amounts as numbers with a format, #N/A as an error value,
 * a merged title, and one formula column (HYPERLINK) with its cached result — so that reading
 * .xlsx exercises every cell kind the CLI must handle.
 */
import ExcelJS from 'exceljs';
import type { FieldId } from '../../shared/schema/fields';
import { isValidCivil, toSerial } from '../../shared/table/civil-date';
import { firstDataRow, sheetRows } from './layout';
import { Rng, deriveSeed } from './rng';
import type { GeneratedSheet } from './types';
import { fixZipDates } from './zip-dates';

export interface XlsxOptions {
  /** Seeds which cells get typed (numbers, dates), independently of the sheet's own seed. */
  seed: number;
  sheetName: string;
  /** Header and link text of the formula column, e.g. 邮件链接 / 发邮件. */
  linkHeader: string;
  linkText: string;
}

const DATE_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['birthday', 'contractStart', 'contractEnd', 'lastContact', 'lastPurchase', 'nextFollowUp', 'createdAt']);
const ERROR_TEXT = /^#(?:N\/A|REF!|DIV\/0!|VALUE!|NAME\?)$/;

/** Date text this writer turns into a date cell, with the number format that shows it the same way. */
const DATE_PATTERNS: readonly (readonly [RegExp, string])[] = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, 'yyyy-mm-dd'],
  [/^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, 'yyyy/m/d'],
  [/^(\d{4})年(\d{1,2})月(\d{1,2})日$/, 'yyyy"年"m"月"d"日"'],
];

/** Column letters for a 1-based column number: 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The value and number format an Excel user would most likely have in this cell. */
function typedCell(text: string, field: FieldId, rng: Rng): { value: ExcelJS.CellValue; numFmt?: string } {
  if (text === '') return { value: null };
  if (ERROR_TEXT.test(text)) return { value: { error: text } as ExcelJS.CellErrorValue };
  if (field === 'mobile' && /^1\d{10}$/.test(text) && rng.chance(0.3)) return { value: Number(text) };
  if (DATE_FIELDS.has(field)) {
    for (const [re, numFmt] of DATE_PATTERNS) {
      const m = re.exec(text);
      if (!m) continue;
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      // Impossible dates (2024-02-30) can only be text, as in Excel.
      if (isValidCivil(y, mo, d) && rng.chance(0.5)) return { value: toSerial({ y, m: mo, d }, '1900'), numFmt };
      break;
    }
  }
  if (field === 'amount' && /^\d+(?:\.\d{1,2})?$/.test(text) && rng.chance(0.6)) return { value: Number(text), numFmt: rng.chance(0.5) ? '#,##0.00' : 'General' };
  if (field === 'orders' && /^\d+$/.test(text) && rng.chance(0.7)) return { value: Number(text) };
  return { value: text };
}

export async function sheetToXlsx(sheet: GeneratedSheet, options: XlsxOptions): Promise<Uint8Array> {
  const rng = new Rng(deriveSeed(options.seed, 'xlsx'));
  const workbook = new ExcelJS.Workbook();
  const asOf = new Date(`${sheet.asOf}T00:00:00Z`);
  workbook.creator = 'Sheet Keeper sample generator';
  workbook.lastModifiedBy = 'Sheet Keeper sample generator';
  workbook.created = asOf;
  workbook.modified = asOf;

  const ws = workbook.addWorksheet(options.sheetName);
  const rows = sheetRows(sheet);
  const headerRow = firstDataRow(sheet) - 1;
  const width = sheet.headers.length;
  const linkCol = width + 1;
  const emailCol = sheet.fields.indexOf('email') + 1;

  rows.forEach((cells, i) => {
    const r = i + 1;
    const row = ws.getRow(r);
    if (r < headerRow) {
      if (cells[0]) row.getCell(1).value = cells[0];
      return;
    }
    if (r === headerRow) {
      cells.forEach((h, c) => (row.getCell(c + 1).value = h));
      row.getCell(linkCol).value = options.linkHeader;
      return;
    }
    cells.forEach((text, c) => {
      const { value, numFmt } = typedCell(text, sheet.fields[c], rng);
      if (value === null) return;
      const cell = row.getCell(c + 1);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    });
    if (emailCol > 0 && cells[emailCol - 1].trim() !== '') {
      const ref = `${columnLetter(emailCol)}${r}`;
      row.getCell(linkCol).value = { formula: `HYPERLINK("mailto:"&TRIM(${ref}),"${options.linkText}")`, result: options.linkText };
    }
  });

  if (sheet.title !== undefined) {
    ws.mergeCells(1, 1, 1, linkCol);
    ws.getCell(1, 1).font = { bold: true, size: 14 };
  }
  ws.getRow(headerRow).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  for (let c = 1; c <= linkCol; c++) ws.getColumn(c).width = c === linkCol ? 10 : Math.max(10, Math.min(30, [...(rows[headerRow - 1][c - 1] ?? '')].length * 2 + 4));

  const buffer = await workbook.xlsx.writeBuffer();
  return fixZipDates(new Uint8Array(buffer as ArrayBuffer));
}
