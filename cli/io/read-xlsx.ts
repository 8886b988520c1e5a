/**
 * Reads one worksheet of an .xlsx workbook into a Grid with exceljs: values, cached formula results,
 * number formats, errors, civil dates (1900 and 1904 systems), merged areas and hidden rows.
 */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { isRunSheet } from './run-sheets';
import { DEFAULT_SETTINGS, holdsCustomerTable, holdsFormulaRollUp, holdsPartyList, holdsPaymentLedger, holdsStaffList, holdsSummary, namesInstructions, ownerNames, unreadColumnValues, fromSerial, formatIso, type Cell, type CellRange, type DateSystem, type Grid } from '../../shared';
import { CliError } from '../errors';
import { declaresDate1904 } from './date-system';
import { isTimeOnlyFormat } from './time-of-day';
import { keepFormatCodes } from './numfmt-codes';
import { filterWithoutButtons, hiddenFilterButtons, keepFilterButtons } from './table-filters';
import { keepHeaderRows, tablesWithHeaderRow } from './table-header-rows';
import { keepColumnFormulas } from './table-columns';
import { prepareXlsx } from './prepare-xlsx';
import { putDateCells } from './cell-dates';
import { keepParts } from './kept-parts';
import { restoreLinkTooltips, restorePlaceLinks } from './place-links';
import { xlsxTextAsXstring } from './xstring';

export interface XlsxRead {
  grid: Grid;
  dateSystem: DateSystem;
  /** Every worksheet's name, in workbook order. */
  sheetNames: string[];
  /** The loaded workbook, so the writer can change the planned cells without loading it again. */
  workbook: ExcelJS.Workbook;
  worksheet: ExcelJS.Worksheet;
  /**
   * Other sheets holding a customer table (one sheet per sales rep), hidden ones too: a departed rep's
   * tab is hidden while his customers wait for a new owner, and they are customers all the same.
   */
  otherTables: string[];
  /** Of those, the hidden ones (never cleaned unless named with --sheet): the summary names them. */
  hiddenTables: string[];
}

export async function loadWorkbook(source: Uint8Array | string): Promise<ExcelJS.Workbook> {
  const bytes = typeof source === 'string' ? await fs.readFile(source) : source;
  const prepared = await prepareXlsx(bytes);
  const workbook = new ExcelJS.Workbook();
  // A formula's cached text (`<v>PO_x0001_-1</v>`) read as Excel reads it.
  xlsxTextAsXstring();
  keepFormatCodes();
  // exceljs declares its own `Buffer` (an ArrayBuffer); a Node Buffer is what it really reads.
  const read = prepared.bytes;
  await workbook.xlsx.load(Buffer.from(read.buffer, read.byteOffset, read.byteLength) as unknown as ExcelJS.Buffer);
  if (!workbook.properties?.date1904 && declaresDate1904(bytes)) moveToDate1904(workbook);
  putDateCells(workbook, prepared.dateCells, workbook.properties?.date1904 ? '1904' : '1900');
  emptyRichValueCells(workbook, prepared.richValueCells);
  keepHeaderRows(workbook, tablesWithHeaderRow(bytes));
  keepColumnFormulas(workbook, prepared.columnFormulas);
  keepFilterButtons(workbook, hiddenFilterButtons(bytes));
  filterWithoutButtons(workbook);
  restorePlaceLinks(prepared.outsideCells, workbook);
  restoreLinkTooltips(prepared.outsideCells, workbook);
  keepParts(workbook, bytes, prepared);
  giveATheme(workbook);
  return workbook;
}

/**
 * exceljs always writes a relationship and a content type for xl/theme/theme1.xml, but the part only
 * from the themes it read: an input with no theme (allowed; some exporters write none) came out with
 * a relationship to a missing part, which Excel repairs. Such a workbook gets exceljs's default
 * theme (Office), as a new workbook does; a lone theme of another name is written as theme1.
 */
function giveATheme(workbook: ExcelJS.Workbook): void {
  const book = workbook as unknown as { _themes?: Record<string, string> };
  const themes = book._themes;
  if (themes === undefined || themes.theme1 !== undefined) return;
  const first = Object.values(themes)[0];
  book._themes = first === undefined ? undefined : { theme1: first };
}

/** A picture placed in a cell is no #VALUE! of the user's: exceljs cannot keep it, and the cell is read and written empty. */
function emptyRichValueCells(workbook: ExcelJS.Workbook, cells: ReadonlyMap<string, readonly string[]>): void {
  for (const [name, refs] of cells) {
    const worksheet = workbook.getWorksheet(name);
    if (worksheet) for (const ref of refs) worksheet.getCell(ref).value = null;
  }
}

/** Days between the 1900 and 1904 date systems' epochs. */
const DAYS_1904_OFFSET = 1462;

/**
 * exceljs read a 1904 workbook as 1900 (see date-system.ts): its Dates are 1462 days early. Shift
 * them and set the flag, so reading is right and writing the workbook back keeps every date.
 */
function moveToDate1904(workbook: ExcelJS.Workbook): void {
  const shift = (d: Date) => new Date(d.getTime() + DAYS_1904_OFFSET * 86400000);
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        if (v instanceof Date) cell.value = shift(v);
        else if (v && typeof v === 'object' && 'result' in v && v.result instanceof Date) {
          cell.value = { ...v, result: shift(v.result) } as ExcelJS.CellValue;
        }
      });
    });
  }
  workbook.properties = { ...(workbook.properties ?? {}), date1904: true };
}

/**
 * `sheetName` picks a sheet (exact name, then ignoring case); without it, the first visible
 * worksheet whose header row names two or more fields, one telling who the customers are or how to
 * reach them (holdsCustomerTable: not a price list of 产品 | 单价), else the first visible
 * one. A workbook often opens on a cover or an instructions sheet (封面, 填写说明, Read me); one whose
 * name says instructions or template (填写说明 with an example table, 模板) or whose rows are
 * formulas (a 汇总 of the reps' tabs) is passed over when another sheet holds a table.
 * A sheet an earlier run wrote (isRunSheet) is never picked; a workbook of nothing else is refused.
 * `otherTables`: the workbook's other visible customer sheets, not the sheets a run writes nor an
 * instructions sheet's example.
 */
export async function readXlsx(source: Uint8Array | string, sheetName?: string): Promise<XlsxRead> {
  const workbook = await loadWorkbook(source);
  const dateSystem: DateSystem = workbook.properties?.date1904 ? '1904' : '1900';
  const sheetNames = workbook.worksheets.map((w) => w.name);
  // A tab of the business's own reps (业务员 | 电话, or the names the owner column holds) is no second
  // customer sheet: reported as one, it renamed every sheet the run writes and added an empty 跨表重复.
  // Nor is a list of the other party the customer sheet names in a column of its own (a Landlords tab
  // beside Tenancies' Landlord column: tester h73 #25), which added an 'Across sheets' sheet of no one,
  // nor a ledger of payments (回款明细).
  // The customer sheet's unread columns are read only when another sheet could be a second customer sheet.
  const others = (chosen: ExcelJS.Worksheet, owners: ReadonlySet<string>, parties: () => readonly ReadonlySet<string>[]) => workbook.worksheets
    .filter((w) => w !== chosen && !isRunSheet(w) && !namesInstructions(w.name) && holdsHead(headOf(w, dateSystem)) && !summaryHead(w.name, headOf(w, dateSystem)) && !staffHead(headOf(w, dateSystem), owners)
      && !partyHead(headOf(w, dateSystem), parties()) && !ledgerHead(headOf(w, dateSystem)));
  const found = (chosen: ExcelJS.Worksheet, grid: Grid = gridOf(chosen, dateSystem)) => {
    let parties: readonly ReadonlySet<string>[] | undefined;
    const sheets = others(chosen, ownerNames(grid.cells, DEFAULT_SETTINGS, grid.firstRow), () => (parties ??= unreadColumnValues(grid.cells, DEFAULT_SETTINGS, grid.firstRow)));
    return { otherTables: sheets.map((w) => w.name), hiddenTables: sheets.filter((w) => !isVisible(w)).map((w) => w.name) };
  };
  if (sheetName === undefined) {
    let passedOver: { grid: Grid; worksheet: ExcelJS.Worksheet } | undefined;
    // A sheet an earlier run wrote (提醒, 问题清单, 报告, 已合并重复) holds a table of customers too, and a
    // user who dragged it to the front to open on it would otherwise have it cleaned in the customer
    // sheet's place: its reminders rewritten, run sheets written of it, no reminder due.
    for (const worksheet of visibleSheets(workbook).filter((w) => !isRunSheet(w))) {
      const grid = gridOf(worksheet, dateSystem);
      if (!holdsCustomerTable(grid.cells, DEFAULT_SETTINGS, grid.firstRow)) continue;
      if (namesInstructions(worksheet.name) || holdsFormulaRollUp(grid.cells, DEFAULT_SETTINGS, grid.firstRow) || holdsSummary(worksheet.name, grid.cells, DEFAULT_SETTINGS, grid.firstRow) || holdsStaffList(grid.cells, DEFAULT_SETTINGS, grid.firstRow)) {
        passedOver ??= { grid, worksheet };
        continue;
      }
      return { grid, dateSystem, sheetNames, workbook, worksheet, ...found(worksheet, grid) };
    }
    if (passedOver) return { ...passedOver, dateSystem, sheetNames, workbook, ...found(passedOver.worksheet, passedOver.grid) };
  }
  const worksheet = pickWorksheet(workbook, sheetName);
  // A sheet the user named (one rep's tab) is checked against the workbook's other customer sheets too.
  const grid = gridOf(worksheet, dateSystem);
  const tables = sheetName === undefined ? { otherTables: [], hiddenTables: [] } : found(worksheet, grid);
  return { grid, dateSystem, sheetNames, workbook, worksheet, ...tables };
}

/** A summary tab (客户业绩汇总 of 业务员 | 业绩): not one more customer sheet beside the one cleaned. */
const summaryHead = (name: string, { cells, firstRow }: { cells: Cell[][]; firstRow: number }) => holdsSummary(name, cells, DEFAULT_SETTINGS, firstRow);
const staffHead = ({ cells, firstRow }: { cells: Cell[][]; firstRow: number }, owners: ReadonlySet<string>) => holdsStaffList(cells, DEFAULT_SETTINGS, firstRow, owners);
/** A ledger of payments or invoices (回款明细 of 客户 | 回款日期 | 金额): no second customer sheet (tester h78 #13). */
const ledgerHead = ({ cells, firstRow }: { cells: Cell[][]; firstRow: number }) => holdsPaymentLedger(cells, DEFAULT_SETTINGS, firstRow);
const partyHead = ({ cells, firstRow }: { cells: Cell[][]; firstRow: number }, parties: readonly ReadonlySet<string>[]) => holdsPartyList(cells, DEFAULT_SETTINGS, firstRow, parties);
const holdsHead = ({ cells, firstRow }: { cells: Cell[][]; firstRow: number }) => holdsCustomerTable(cells, DEFAULT_SETTINGS, firstRow);

/** Rows and columns looked at to tell whether a sheet holds a customer table (its header is near the top of what it holds). */
const HEAD_ROWS = 30;
const HEAD_COLS = 100;

/**
 * The top rows of what a sheet holds, from its first used row and column (a table may start at
 * DP5000), read without walking the whole sheet: rows are found by number, and only the first
 * HEAD_ROWS of them are looked into.
 */
function headOf(worksheet: ExcelJS.Worksheet, dateSystem: DateSystem): { cells: Cell[][]; firstRow: number } {
  let top = 0;
  for (let r = 1; r <= worksheet.rowCount && top === 0; r++) {
    let filled = false;
    worksheet.findRow(r)?.eachCell({ includeEmpty: false }, (cell) => void (filled ||= hasContent(cell)));
    if (filled) top = r;
  }
  if (top === 0) return { cells: [], firstRow: 1 };
  const bottom = Math.min(worksheet.rowCount, top + HEAD_ROWS - 1);
  let left = Infinity;
  for (let r = top; r <= bottom; r++) {
    worksheet.findRow(r)?.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c < left && hasContent(cell)) left = c;
    });
  }
  const right = Math.min(worksheet.columnCount, left + HEAD_COLS - 1);
  const cells: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = worksheet.findRow(r);
    const out: Cell[] = [];
    // Columns before `left` are empty in these rows: the core reads row positions, not column ones.
    if (row) for (let c = left; c <= right; c++) out.push(toCell(row.findCell(c), dateSystem));
    cells.push(out);
  }
  return { cells, firstRow: top };
}

const isVisible = (w: ExcelJS.Worksheet) => w.state === 'visible' || w.state === undefined;
const visibleSheets = (workbook: ExcelJS.Workbook) => workbook.worksheets.filter(isVisible);

export function pickWorksheet(workbook: ExcelJS.Workbook, sheetName?: string): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  if (sheetName !== undefined) {
    const found = sheets.find((w) => w.name === sheetName) ??
      sheets.find((w) => w.name.trim().toLowerCase() === sheetName.trim().toLowerCase());
    if (!found) throw new CliError('cli.unknownSheet', { sheet: sheetName, sheets: sheets.map((w) => `“${w.name}”`).join(', ') });
    return found;
  }
  const visible = visibleSheets(workbook);
  if (visible.length === 0) throw new CliError('cli.noSheet');
  // Never a sheet a run wrote: a workbook of nothing else (the customer sheet deleted or hidden) is
  // said to be so, rather than its reminders cleaned as if they were the customers. --sheet still
  // cleans one if the user really means it.
  const users = visible.find((w) => !isRunSheet(w));
  if (!users) throw new CliError('cli.onlyRunSheets', { sheets: visible.map((w) => `“${w.name}”`).join(', ') });
  return users;
}

/** The used block of the sheet (first to last cell holding a value) as a Grid. */
export function gridOf(worksheet: ExcelJS.Worksheet, dateSystem: DateSystem): Grid {
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  const hiddenRows: number[] = [];
  // A row whose every filled cell is struck through: how many offices mark a record 作废 (told, not read).
  const struckRows: number[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.hidden) hiddenRows.push(r);
    let filled = 0, struck = 0;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!hasContent(cell)) return;
      filled++;
      if (cell.font?.strike) struck++;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
    if (filled > 0 && struck === filled) struckRows.push(r);
  });
  const merged = mergedAreas(worksheet);
  if (bottom === 0) {
    return { sheetName: worksheet.name, cells: [], firstRow: 1, firstCol: 1, merged, hiddenRows, struckRows };
  }
  const cells: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = worksheet.findRow(r);
    const out: Cell[] = [];
    if (row) {
      for (let c = left; c <= right; c++) out.push(toCell(row.findCell(c), dateSystem));
      while (out.length > 0 && out[out.length - 1].kind === 'empty' && !out[out.length - 1].formula) out.pop();
    }
    cells.push(out);
  }
  return { sheetName: worksheet.name, cells, firstRow: top, firstCol: left, merged, hiddenRows, struckRows };
}

function hasContent(cell: ExcelJS.Cell): boolean {
  if (cell.type === ExcelJS.ValueType.Merge || cell.type === ExcelJS.ValueType.Null) return false;
  const v = cell.value;
  return !(v === null || v === undefined || v === '');
}

/** exceljs keeps merges in a private map; its public `model` getter would rebuild the whole sheet. */
function mergedAreas(worksheet: ExcelJS.Worksheet): CellRange[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  return Object.values(merges).map((m) => ({ row: m.top, col: m.left, rowCount: m.bottom - m.top + 1, colCount: m.right - m.left + 1 }));
}

type Scalar = ExcelJS.CellValue;

/** One exceljs cell as a host-neutral Cell; formulas keep their text and show their cached result. */
export function toCell(cell: ExcelJS.Cell | undefined, dateSystem: DateSystem): Cell {
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return { kind: 'empty' };
  const v = cell.value;
  const format = typeof cell.numFmt === 'string' && cell.numFmt !== '' ? cell.numFmt : undefined;
  if (v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    const formula = cell.formula ?? (v as { formula?: string }).formula;
    // Not `v.result`: exceljs's formula value leaves out a falsy result, so a saved 0, FALSE or ''
    // would read as an empty cell (an amount of 0 is an amount). The cell's own result keeps it.
    const result = valueCell(cell.result as Scalar, format, dateSystem);
    return formula ? { ...result, formula: '=' + formula.replace(/^=/, '') } : result;
  }
  return valueCell(v, format, dateSystem);
}

function valueCell(v: Scalar, format: string | undefined, dateSystem: DateSystem): Cell {
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'number') return format ? { kind: 'number', value: v, format } : { kind: 'number', value: v };
  if (typeof v === 'string') return v === '' ? { kind: 'empty' } : { kind: 'text', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return dateCell(v, format, dateSystem);
  if ('error' in v) return { kind: 'error', value: String(v.error) };
  if ('richText' in v) return textCell(v.richText.map((run) => run.text).join(''));
  if ('hyperlink' in v) {
    const text = v.text as unknown;
    const shown = text && typeof text === 'object' && 'richText' in text
      ? (text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('')
      : typeof text === 'string' ? text : String(v.hyperlink ?? '');
    // The link goes with the text: a caption over a mailto: link in an e-mail column is read as the
    // address (shared/table/mail-links.ts).
    return shown === '' ? { kind: 'empty' } : typeof v.hyperlink === 'string' && v.hyperlink !== '' ? { kind: 'text', value: shown, link: v.hyperlink } : { kind: 'text', value: shown };
  }
  return { kind: 'empty' };
}

const textCell = (s: string): Cell => (s === '' ? { kind: 'empty' } : { kind: 'text', value: s });

/**
 * exceljs builds a Date from the serial as if it were UTC (`(serial - 25569) * 86400000`, plus 1462
 * days in 1904 workbooks). Going back to the serial and through the core's civil-date conversion
 * applies Excel's 1900 leap-year bug the same way every host does, and no local time zone is involved.
 */
function dateCell(d: Date, format: string | undefined, dateSystem: DateSystem): Cell {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return { kind: 'empty' };
  let serial = ms / 86400000 + 25569;
  if (dateSystem === '1904') serial -= 1462;
  // A time of day (hh:mm) has no date: as a date it would read 1899-12-31T09:30 and be written so.
  if (isTimeOnlyFormat(format) && serial >= 0 && serial < 1) return { kind: 'number', value: serial, format: format! };
  const civil = fromSerial(serial, dateSystem);
  if (!civil) {
    // Serial 60 is Excel's fictitious 1900-02-29: keep the number so the core can flag it.
    return format ? { kind: 'number', value: serial, format } : { kind: 'number', value: serial };
  }
  let iso = formatIso(civil.date);
  if (civil.seconds > 0) {
    const h = Math.floor(civil.seconds / 3600), m = Math.floor((civil.seconds % 3600) / 60), s = civil.seconds % 60;
    iso += `T${pad(h)}:${pad(m)}` + (s > 0 ? `:${pad(s)}` : '');
  }
  return { kind: 'date', value: iso };
}

const pad = (n: number) => String(n).padStart(2, '0');
