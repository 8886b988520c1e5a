/**
 * A merged-away row's =HYPERLINK formula keeps its link in the archive sheet (已合并重复 / Merged
 * duplicates). An .xlsx saves only the text such a formula shows ("map", "Open"), so the copy was the
 * bare word and the link was gone (tester h69 #14). Now a formula that reads no cell is written as it
 * is (it gives the same link anywhere); one built of the row's own values (the postcode, the patient
 * number) becomes the link it led to, with its text, the formula kept in the note as before. A link
 * whose target cannot be told without a spreadsheet (another function, another sheet) stays as before.
 */
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { hyperlinkTarget } from '../../cli/io/hyperlink-target';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const link = (formula: string, result: string): ExcelJS.CellValue => ({ formula, result } as ExcelJS.CellFormulaValue);

/** A landscaper's client list: Maggie Hughes typed twice (row 5 merges into row 2), each row with its map link. */
async function clients(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Clients');
  ws.addRow(['Customer', 'Address', 'Postcode', 'Mobile', 'Email', 'Map', 'Website', 'Portal']);
  const row = (r: number, values: (string | ExcelJS.CellValue)[]) => ws.getRow(r).values = values as ExcelJS.CellValue[];
  const map = (r: number) => link(`HYPERLINK("https://maps.google.com/?q="&SUBSTITUTE(C${r}," ","+"),"map")`, 'map');
  row(2, ['Maggie Hughes', '14 Church Lane', 'GU1 3AA', '+44 7700 900456', 'maggie.hughes@gmail.com', map(2), link('HYPERLINK("https://hughes-gardens.co.uk","site")', 'site'), link('HYPERLINK("https://portal.example.com/p/"&A2,"Open")', 'Open')]);
  row(3, ['Tom Fletcher', '2 Mill Road', 'GU2 7XH', '+44 7700 900789', 'tom.fletcher@outlook.com', map(3), '', '']);
  row(4, ['Priya Shah', '9 Oak Avenue', 'GU4 8BB', '+44 7700 900321', '', map(4), '', '']);
  row(5, ['Maggie Hughes', '14 Church Lane', 'GU1 3AA', '+44 7700 900456', 'maggie.hughes@gmail.com', map(5), link('HYPERLINK("https://hughes-gardens.co.uk","site")', 'site'), link('HYPERLINK(VLOOKUP(A5,Links!A:B,2,FALSE),"Open")', 'Open')]);
  await wb.xlsx.writeFile(path.join(dir, file));
}

async function archived(): Promise<ExcelJS.Worksheet> {
  await clients('clients.xlsx');
  const io = captureIo(dir);
  const code = await main(['clean', 'clients.xlsx', '--out', 'out.xlsx', '--merge', '--today', '2026-12-04', '--lang', 'en', '--quiet'], io);
  expect({ code, err: io.err }).toEqual({ code: 0, err: '' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  const sheet = wb.getWorksheet('Merged duplicates')!;
  expect(sheet.getCell('A2').value).toBe('Maggie Hughes');
  return sheet;
}

describe('a merged-away row\'s HYPERLINK formulas in the archive sheet', () => {
  it('a link built of the row\'s postcode is the link it led to, its text "map", the formula in the note', async () => {
    const cell = (await archived()).getCell('F2');
    expect(cell.value).toEqual({ text: 'map', hyperlink: 'https://maps.google.com/?q=GU1+3AA' });
    expect(String(cell.note)).toContain('SUBSTITUTE(C5');
  });

  it('a link that reads no cell is written as the formula it was', async () => {
    const cell = (await archived()).getCell('G2');
    expect(cell.value).toEqual({ formula: 'HYPERLINK("https://hughes-gardens.co.uk","site")', result: 'site' });
    // The formula is in the cell: no note repeats it.
    expect(cell.note).toBeUndefined();
  });

  it('a link whose target needs a lookup stays its text, the formula in the note, as before', async () => {
    const cell = (await archived()).getCell('H2');
    expect(cell.value).toBe('Open');
    expect(String(cell.note)).toContain('VLOOKUP(A5,Links!A:B,2,FALSE)');
  });
});

describe('hyperlinkTarget: where a HYPERLINK formula leads, from the row\'s values', () => {
  const row: Record<string, string | number> = { A52: 10452, C45: 'GU1 3AA', E7: 'li.na@163.com', B3: '  Zhang  Wei ' };
  const valueAt = (r: number, c: number) => row[`${String.fromCharCode(64 + c)}${r}`];

  it.each<[string, string | null, boolean | null, string]>([
    ['=HYPERLINK("https://maps.google.com/?q="&SUBSTITUTE(C45," ","+"),"map")', 'https://maps.google.com/?q=GU1+3AA', false, 'a Google Maps link of the postcode'],
    ['=HYPERLINK("https://portal.smilecare.com/p/"&A52,"Open")', 'https://portal.smilecare.com/p/10452', false, 'a patient portal by patient number'],
    ['HYPERLINK("mailto:"&$E$7,"发邮件")', 'mailto:li.na@163.com', false, 'mailto with an absolute reference'],
    ['=HYPERLINK(CONCATENATE("https://crm.example.com/c?n=",ENCODEURL(TRIM(B3))),"CRM")', 'https://crm.example.com/c?n=Zhang%20Wei', false, 'nested text functions'],
    ['=HYPERLINK("https://hughes-gardens.co.uk")', 'https://hughes-gardens.co.uk', true, 'a literal link, no name'],
    ['=_xlfn.HYPERLINK("https://a.example/"&"x","go")', 'https://a.example/x', true, 'joined literals'],
    ['=HYPERLINK(VLOOKUP(A5,Links!A:B,2,FALSE),"Open")', null, null, 'a lookup: not guessed'],
    ['=HYPERLINK("https://x.example/"&Sheet2!A1,"x")', null, null, 'another sheet\'s cell'],
    ['=HYPERLINK(BaseUrl&A52,"x")', null, null, 'a defined name'],
    ['=SUM(A1:A9)', null, null, 'no HYPERLINK'],
    ['=HYPERLINK("https://x.example","a")&"b"', null, null, 'a HYPERLINK inside a longer formula'],
  ])('%s → %s', (formula, target, literal) => {
    const read = hyperlinkTarget(formula, valueAt);
    expect(read === null ? null : read.target).toBe(target);
    if (read !== null) expect(read.literal).toBe(literal);
  });
});
