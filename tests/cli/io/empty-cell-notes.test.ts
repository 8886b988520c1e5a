import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { restoreEmptyCellNotes } from '../../../cli/io/empty-cell-notes';

/** A workbook as exceljs writes it, its comments part then given `comments` as Excel writes them. */
async function withComments(comments: string): Promise<{ bytes: Uint8Array; read: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户 & 联系人');
  ws.addRows([['姓名', '手机'], ['张伟', '13812345678']]);
  ws.getCell('A2').note = '老客户';
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const xml = await zip.file('xl/comments1.xml')!.async('string');
  zip.file('xl/comments1.xml', xml.replace('</commentList>', `${comments}</commentList>`));
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes.buffer as ArrayBuffer);
  return { bytes, read };
}

describe('restoreEmptyCellNotes: notes exceljs drops on reading, put back on their cells', () => {
  it('puts a note on an empty cell back, its runs joined and its phonetic reading left out; a kept note stays as read', async () => {
    const { bytes, read } = await withComments(
      '<comment ref="D5" authorId="0"><text><r><rPr><b/></rPr><t>王经理:</t></r><r><t xml:space="preserve"> 月底回访</t></r><rPh sb="0" eb="1"><t>ゲツ</t></rPh></text></comment>',
    );
    const sheet = read.getWorksheet('客户 & 联系人')!;
    expect(sheet.getCell('D5').note).toBeUndefined();
    expect(restoreEmptyCellNotes(bytes, read)).toBe(1);
    expect(sheet.getCell('D5').note).toBe('王经理: 月底回访');
    expect(sheet.getCell('D5').value).toBeNull();
    expect(JSON.stringify(sheet.getCell('A2').note)).toContain('老客户');
  });

  it('restores nothing from a workbook whose notes exceljs kept, nor from a file without comments', async () => {
    const { bytes, read } = await withComments('');
    expect(restoreEmptyCellNotes(bytes, read)).toBe(0);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('客户').addRow(['姓名']);
    const plainBytes = new Uint8Array(await plain.xlsx.writeBuffer());
    expect(restoreEmptyCellNotes(plainBytes, plain)).toBe(0);
  });
});
