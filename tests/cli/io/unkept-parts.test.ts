import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { unkeptParts } from '../../../cli/io/unkept-parts';

/** An .xlsx as exceljs writes it, plus the given parts (paths as Excel names them; `path=content`, else `<x/>`). */
async function xlsxWith(parts: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('客户').addRow(['姓名', '手机']);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const part of parts) {
    const at = part.indexOf('=');
    zip.file(at < 0 ? part : part.slice(0, at), at < 0 ? '<x/>' : part.slice(at + 1));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

const METADATA = (type: string) => `xl/metadata.xml=<metadata><metadataTypes count="1"><metadataType name="${type}"/></metadataTypes></metadata>`;
/** A second sheet as Excel 2010 and later write one, with an extension of `uri` in its extLst after its cells. */
const SHEET_EXT = (...uris: string[]) => 'xl/worksheets/sheet9.xml=<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
  + `<extLst>${uris.map((uri) => `<ext uri="${uri}"><x/></ext>`).join('')}</extLst></worksheet>`;
const DRAWING = (anchor: string) => `xl/drawings/drawing1.xml=<xdr:wsDr><xdr:twoCellAnchor>${anchor}</xdr:twoCellAnchor></xdr:wsDr>`;

describe('unkeptParts: what exceljs does not write back', () => {
  it.each([
    [[], [], 'a workbook exceljs wrote itself'],
    [['xl/charts/chart1.xml', 'xl/drawings/drawing1.xml'], ['charts'], 'a chart on a sheet'],
    [['xl/chartsheets/sheet1.xml', 'xl/charts/chart1.xml'], ['charts', 'chartsheets'], 'a chart on its own sheet'],
    [['xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml'], ['pivotTables'], 'a pivot table'],
    [[METADATA('XLDAPR')], ['dynamicArrays'], 'a spilling =UNIQUE(…) formula'],
    [[METADATA('XLRICHVALUE')], ['cellPictures'], 'a picture placed in a cell (Excel 365), no dynamic array'],
    [['xl/richData/rdrichvalue.xml', METADATA('XLRICHVALUE')], ['cellPictures'], 'rich values with their parts'],
    [['xl/cellimages.xml', 'xl/media/image1.png'], ['wpsCellPictures'], 'WPS pictures in cells (=DISPIMG)'],
    [['xl/media/image1.png', DRAWING('<xdr:pic><xdr:spPr/></xdr:pic>')], [], 'a picture, which exceljs keeps'],
    [['xl/media/image1.png', DRAWING('<xdr:sp><xdr:txBody/></xdr:sp>')], ['shapes'], 'a text box'],
    [['xl/threadedComments/threadedComment1.xml', 'xl/persons/person.xml'], ['threadedComments'], 'a comment thread'],
    [['xl/externalLinks/externalLink1.xml'], [], 'a link to another workbook, which kept-parts.ts carries over'],
    [['xl/slicers/slicer1.xml', 'xl/slicerCaches/slicerCache1.xml'], ['slicers'], 'a slicer on a table (filter buttons for 区域)'],
    [['xl/timelines/timeline1.xml', 'xl/timelineCaches/timelineCache1.xml'], ['slicers'], 'a timeline'],
    [[SHEET_EXT('{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}', '{05C60535-1F16-4fd2-B633-F4F36F0B64E0}', '{78C0D931-6437-407D-A8EE-F0AAD7539E65}')], [],
      'Excel 2010 drop-downs, sparklines and conditional formats in a sheet\'s extLst, which kept-parts.ts carries over'],
    [[SHEET_EXT('{F7C9EE02-42E1-4005-9D12-6889AFFD525C}')], ['sheetExtensions'], 'an add-in\'s web extension bound to the sheet (x15:webExtensions)'],
  ])('%j → %j (%s)', async (parts, expected) => {
    expect(unkeptParts(await xlsxWith(parts))).toEqual(expected);
  });
});

describe('unkeptParts: notes exceljs drops on reading', () => {
  it('a note on an empty cell (a reminder the user pinned beside the table) is counted as lost; notes on filled cells are kept', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '手机']);
    ws.addRow(['张伟', '13812345678']);
    ws.getCell('A2').note = '老客户';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    // As Excel saves a note on an empty cell: a comment whose cell holds no value.
    const comments = (await zip.file('xl/comments1.xml')!.async('string')).replace('</commentList>', '<comment ref="D5" authorId="0"><text><t>月底回访</t></text></comment></commentList>');
    zip.file('xl/comments1.xml', comments);
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(bytes.buffer as ArrayBuffer);
    expect(unkeptParts(bytes, read)).toEqual(['emptyCellNotes']);
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(await wb.xlsx.writeBuffer());
    expect(unkeptParts(new Uint8Array(await wb.xlsx.writeBuffer()), plain)).toEqual([]);
  });
});
