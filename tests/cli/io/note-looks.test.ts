import ExcelJS from 'exceljs';
import { tempDir } from '../helpers';
import { cleanIn, partOf, workbookBytes } from './raw-xlsx';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const COMMENTS = 'xl/comments1.xml';
const VML = 'xl/drawings/vmlDrawing1.vml';

/**
 * A note by 小王 (a bold "小王:" heading, then its text), made bigger and set to always show, on a
 * phone the run flags (123), so the run appends its finding to it.
 */
const notedSheet = () => workbookBytes({
  [COMMENTS]: (xml) => xml.replace(/<authors>[\s\S]*?<\/authors>/, '<authors><author>小王</author></authors>'),
  [VML]: (xml) => xml.replace(/width:[\d.]+pt;height:[\d.]+pt;z-index:1;visibility:hidden/, 'width:300pt;height:150pt;z-index:1;visibility:visible')
    .replace(/<x:Anchor>[^<]*<\/x:Anchor>/, '<x:Anchor>2, 6, 0, 14, 7, 2, 9, 16</x:Anchor><x:Visible/>'),
}, (wb) => {
  const cell = wb.getWorksheet('客户')!.getCell('B2');
  cell.value = '123';
  cell.note = { texts: [{ font: { bold: true, size: 9 }, text: '小王:\n' }, { text: '老客户，电话待补' }] } as ExcelJS.Comment;
});

describe('a note of the user’s that the run appends its finding to', () => {
  it('keeps its runs (the bold heading) and gets the finding after them', async () => {
    const { code, out } = await cleanIn(dir, await notedSheet());
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ExcelJS.Buffer);
    const note = wb.getWorksheet('客户')!.getCell('B2').note as ExcelJS.Comment;
    expect(note.texts![0]).toEqual({ font: expect.objectContaining({ bold: true, size: 9 }), text: '小王:\n' });
    expect(note.texts![1]).toEqual({ text: '老客户，电话待补' });
    expect(note.texts!.slice(2).map((t) => t.text).join('')).toMatch(/^\n\n\S/);
  });

  it('keeps its author, its size and “always show”', async () => {
    const { out } = await cleanIn(dir, await notedSheet());
    const comments = await partOf(out, COMMENTS);
    const authors = [...comments.matchAll(/<author>([^<]*)<\/author>/g)].map((m) => m[1]);
    const id = Number(/<comment ref="B2" authorId="(\d+)"/.exec(comments)?.[1]);
    expect(authors[id]).toBe('小王');
    const shape = (await partOf(out, VML)).match(/<v:shape\b[^>]*>(?:(?!<\/v:shape>)[\s\S])*<x:Row>1<\/x:Row><x:Column>1<\/x:Column>[\s\S]*?<\/v:shape>/)?.[0] ?? '';
    expect(shape).toMatch(/style="[^"]*width:300pt;height:150pt;[^"]*visibility:visible/);
    expect(shape).toContain('<x:Anchor>2, 6, 0, 14, 7, 2, 9, 16</x:Anchor><x:Visible/>');
  });

  it('a note the run adds on a sheet without notes stays hidden until pointed at', async () => {
    const bytes = await workbookBytes({}, (wb) => void (wb.getWorksheet('客户')!.getCell('B3').value = '456'));
    const { out } = await cleanIn(dir, bytes);
    const comments = await partOf(out, COMMENTS);
    expect(comments).toMatch(/<comment ref="B3"/);
    expect(await partOf(out, VML)).not.toMatch(/<x:Visible/);
  });
});
