/**
 * A Pipedrive export's Add time (2025-02-11 14:20:00) is text in the CSV, and the cleaned sheet holds
 * it as the date-time it shows. The row a merge archives is written with that value of the same kind,
 * not the text (tester h75: the archive sheet's N2 was text beside the main sheet's date-times). A
 * value the cleaning changed stays as typed there: the archive keeps what was merged away.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

const PIPEDRIVE = [
  'Person - Name,Person - Email,Person - Phone,Organization - Name,Person - Owner,Person - Created',
  "Jennifer O'Connor,jennifer.oconnor@gmail.com,(415) 555-0142,Brightwave Studio,Mike Chen,2024-06-03 09:15:00",
  'JENNIFER OCONNOR,jennifer.o.connor@gmail.com,415.555.0142,Brightwave Studio,Mike Chen,2025-02-11 14:20:00',
  'Tom Baker,tom.baker@outlook.com,(312) 555-0199,Baker & Sons,Sara Lopez,2024-09-01 11:00:00',
].join('\r\n');

describe('an archived row\'s values of the kind the main sheet holds', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('writes the archived Created as a date-time, as the main sheet does', async () => {
    writeFileSync(path.join(dir, 'persons.csv'), PIPEDRIVE);
    const io = captureIo(dir);
    expect(await main(['clean', 'persons.csv', '--out', 'out.xlsx', '--today', '2026-12-04', '--merge', '--quiet'], io)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
    const main0 = wb.worksheets[0];
    const archive = wb.worksheets.find((ws) => ws.name === 'Merged duplicates')!;
    expect(archive).toBeDefined();
    const col = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).indexOf('Person - Created');
    expect(main0.getCell(2, col(main0)).value).toBeInstanceOf(Date);
    const archived = archive.getCell(2, col(archive));
    expect(archived.value).toBeInstanceOf(Date);
    // The row merged away is one of Jennifer's two, with its own day and its name as typed.
    const typed = { '2024-06-03T09:15:00.000Z': "Jennifer O'Connor", '2025-02-11T14:20:00.000Z': 'JENNIFER OCONNOR' } as Record<string, string>;
    const day = (archived.value as Date).toISOString();
    expect(Object.keys(typed)).toContain(day);
    expect(archive.getCell(2, (archive.getRow(1).values as unknown[]).indexOf('Person - Name')).value).toBe(typed[day]);
  });
});
