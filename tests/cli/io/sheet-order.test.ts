import JSZip from 'jszip';
import { tempDir } from '../helpers';
import { BOOK, cleanIn, packageProblems, partOf, workbookBytes } from './raw-xlsx';

// Each case writes a workbook, runs the command line on it (some twice) and reads the result back.
jest.setTimeout(30_000);

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

// The sheets a user sees and orders: not the very hidden record of the run's columns and classes (own-columns.ts).
const sheetsOf = async (xlsx: Uint8Array) => [...(await partOf(xlsx, BOOK)).matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1]).filter((name) => name !== '_SheetKeeper');

/** 客户 with 张伟 typed twice, 明细, and the user's own 备注 sheet. */
const workbook = () => workbookBytes({}, (wb) => {
  wb.getWorksheet('客户')!.addRow(['张伟', '13800138000', 'x', 'x', '潜在']);
  wb.addWorksheet('备注').addRow(['2026 年度客户整理说明']);
});

/** The same bytes with the sheet `name` dragged to the end of the tabs, as a user does in Excel. */
async function movedToEnd(xlsx: Uint8Array, name: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const book = await zip.file(BOOK)!.async('string');
  const tag = new RegExp(`<sheet\\b[^>]*\\sname="${name}"[^>]*/>`).exec(book)![0];
  zip.file(BOOK, book.replace(tag, '').replace('</sheets>', `${tag}</sheets>`));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('the order of the workbook’s sheets', () => {
  it('a rerun with --merge keeps the order the first run made: the archive no longer jumps ahead of the issues sheet', async () => {
    const first = await cleanIn(dir, await workbook(), '--merge');
    expect(first.code).toBe(0);
    const order = ['客户', '明细', '备注', 'Issues', 'Merged duplicates', 'Reminders', 'Report'];
    expect(await sheetsOf(first.out)).toEqual(order);
    const again = await cleanIn(dir, first.out, '--merge');
    expect(again.code).toBe(0);
    expect(await sheetsOf(again.out)).toEqual(order);
    expect(await packageProblems(again.out)).toEqual([]);
  });

  it('a sheet the user put after the run’s sheets stays last, and each run sheet stays where it was', async () => {
    const first = await cleanIn(dir, await workbook());
    expect(first.code).toBe(0);
    const arranged = await movedToEnd(await movedToEnd(first.out, 'Issues'), '备注');
    expect(await sheetsOf(arranged)).toEqual(['客户', '明细', 'Reminders', 'Report', 'Issues', '备注']);
    // A merge run adds the archive: right after the issues sheet, as a first run with --merge places it.
    const merged = await cleanIn(dir, arranged, '--merge');
    expect(merged.code).toBe(0);
    expect(await sheetsOf(merged.out)).toEqual(['客户', '明细', 'Reminders', 'Report', 'Issues', 'Merged duplicates', '备注']);
    expect(await packageProblems(merged.out)).toEqual([]);
  });
});
