import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../cli/main';
import { say } from '../../../cli/messages';
import { ISSUE_HEADER_KEYS } from '../../../cli/io/write-xlsx';
import { captureIo, tempDir } from '../helpers';
import { BOOK, SHEET, cleanIn, packageProblems, partOf, workbookBytes } from './raw-xlsx';

// Each case writes a workbook, runs the command line on it (some twice) and reads the result back.
jest.setTimeout(30_000);

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const afterCells = (element: string) => (xml: string) => xml.replace('</sheetData>', `</sheetData>${element}`);
const beforeEnd = (element: string) => (xml: string) => xml.replace('</worksheet>', `${element}</worksheet>`);

describe('what exceljs drops or mangles is in the cleaned workbook as the user made it', () => {
  it('sheet-scoped names of the same name on two sheets keep their own sheets (exceljs made them one name pointing at the last sheet)', async () => {
    const names = '<definedNames><definedName name="本表区域" localSheetId="0">客户!$A$1:$E$4</definedName>'
      + '<definedName name="本表区域" localSheetId="1">明细!$A$1:$B$1</definedName><definedName name="汇率">0.92</definedName></definedNames>';
    const { code, out } = await cleanIn(dir, await workbookBytes({ [BOOK]: (xml) => xml.replace('<calcPr', `${names}<calcPr`) }));
    expect(code).toBe(0);
    const book = await partOf(out, BOOK);
    expect(book).toContain(names);
    // The run's own sheets come after the user's, whose positions the scopes count.
    expect(book.match(/<sheet\b[^>]*name="([^"]*)"/g)!.slice(0, 2).join()).toMatch(/客户.*明细/);
  });

  it('a scope follows its sheet when the run puts its new sheets in front of it, beside its earlier one', async () => {
    const bytes = await workbookBytes({}, (wb) => {
      // An earlier run's issues sheet, then the user's 参数 with a name scoped to it.
      wb.addWorksheet('Issues').addRow(ISSUE_HEADER_KEYS.map((k) => say('en', k)));
      wb.addWorksheet('参数').addRow(['A']);
    });
    const names = '<definedNames><definedName name="选项" localSheetId="3">参数!$A$1</definedName></definedNames>';
    const { out: first } = await cleanIn(dir, await (async () => {
      const JSZip = (await import('jszip')).default;
      const zip = await JSZip.loadAsync(bytes);
      zip.file(BOOK, (await zip.file(BOOK)!.async('string')).replace('<calcPr', `${names}<calcPr`));
      return zip.generateAsync({ type: 'uint8array' });
    })());
    const book = await partOf(first, BOOK);
    const sheets = [...book.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const local = /<definedName name="选项" localSheetId="(\d+)">/.exec(book)?.[1];
    // Last, the very hidden record of the run's columns and classes (own-columns.ts).
    expect(sheets).toEqual(['客户', '明细', 'Issues', 'Reminders', 'Report', '参数', '_SheetKeeper']);
    expect(sheets[Number(local)]).toBe('参数');
  });

  it('workbook structure protection and a sheet’s editable ranges (protectedRanges) stay', async () => {
    const protection = '<workbookProtection lockStructure="1"/>';
    const ranges = '<protectedRanges><protectedRange sqref="E2:E4" name="销售可改"/></protectedRanges>';
    const { code, out } = await cleanIn(dir, await workbookBytes({
      [BOOK]: (xml) => xml.replace('<sheets>', `${protection}<sheets>`),
      [SHEET]: afterCells(`<sheetProtection sheet="1" objects="1" scenarios="1"/>${ranges}`),
    }));
    expect(code).toBe(0);
    expect(await partOf(out, BOOK)).toMatch(/<workbookPr[^>]*\/><workbookProtection lockStructure="1"\/><sheets>/);
    expect(await partOf(out, SHEET)).toMatch(/<sheetProtection[^>]*\/><protectedRanges><protectedRange sqref="E2:E4" name="销售可改"\/><\/protectedRanges>/);
  });

  it('a drop-down list from another sheet and a sparkline (Excel 2010 extensions) stay, their namespaces declared', async () => {
    const list = '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1">'
      + '<x14:formula1><xm:f>明细!$A$2:$A$9</xm:f></x14:formula1><xm:sqref>E2:E4</xm:sqref></x14:dataValidation></x14:dataValidations></ext>';
    const spark = '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups><x14:sparklineGroup><x14:sparklines>'
      + '<x14:sparkline><xm:f>明细!B2:B9</xm:f><xm:sqref>F2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>';
    const { code, out } = await cleanIn(dir, await workbookBytes({
      [SHEET]: (xml) => beforeEnd(`<extLst>${list}${spark}</extLst>`)(xml)
        .replace('<worksheet ', '<worksheet xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" '),
    }));
    expect(code).toBe(0);
    const xml = await partOf(out, SHEET);
    expect(xml).toContain('<xm:f>明细!$A$2:$A$9</xm:f></x14:formula1><xm:sqref>E2:E4</xm:sqref>');
    expect(xml).toContain('<xm:f>明细!B2:B9</xm:f><xm:sqref>F2</xm:sqref>');
    for (const ext of xml.match(/<ext\b[^>]*>/g)!) expect(ext).toMatch(/(?=.*xmlns:x14=")(?=.*xmlns:xm=")/);
    // Not made a plain (main-namespace) validation of the sheet.
    expect(xml).not.toMatch(/<dataValidations\b/);
    // Still a workbook exceljs (and so Excel's XML rules) can read.
    await new ExcelJS.Workbook().xlsx.load(out as unknown as ExcelJS.Buffer);
  });

  it('an active filter keeps its criteria and sort, so the rows it hides are hidden by a filter the user can clear', async () => {
    const filter = '<autoFilter ref="A1:E4"><filterColumn colId="4"><filters><filter val="潜在"/></filters></filterColumn></autoFilter>'
      + '<sortState ref="A2:E4"><sortCondition ref="B2:B4"/></sortState>';
    const { code, out } = await cleanIn(dir, await workbookBytes({
      [SHEET]: (xml) => afterCells(filter)(xml).replace(/<row r="([34])"/g, '<row r="$1" hidden="1"'),
    }));
    expect(code).toBe(0);
    const xml = await partOf(out, SHEET);
    expect(xml).toMatch(/<autoFilter ref="A1:[A-Z]+4"><filterColumn colId="4"><filters><filter val="潜在"\/><\/filters><\/filterColumn><\/autoFilter><sortState ref="A2:E4">/);
    expect(xml).toMatch(/<row r="3"[^>]*hidden="1"/);
  });

  it('a link to a place in the workbook (location, no relationship) stays a link there, as Excel writes it', async () => {
    const links = '<hyperlinks><hyperlink ref="A2" location="明细!A1" display="张伟"/><hyperlink ref="A3" location="\'明细\'!B2" tooltip="订单"/></hyperlinks>';
    const { code, out } = await cleanIn(dir, await workbookBytes({ [SHEET]: (xml) => xml.replace('<pageMargins', `${links}<pageMargins`) }));
    expect(code).toBe(0);
    const xml = await partOf(out, SHEET);
    expect(xml).toMatch(/<hyperlink ref="A2" location="明细!A1"\/>/);
    expect(xml).toMatch(/<hyperlink ref="A3"[^>]*location="'明细'!B2"/);
    expect(xml).not.toMatch(/<hyperlink ref="A[23]"[^>]*r:id=/);
  });

  it('a link to another workbook (=[1]Sheet1!A1, a name 汇率) keeps its part, so Excel can still resolve and update it', async () => {
    const link = '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
      + '<externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>7.1</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>';
    const linkRels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="汇率.xlsx" TargetMode="External"/></Relationships>';
    const { code, out } = await cleanIn(dir, await workbookBytes({
      [BOOK]: (xml) => xml.replace('</sheets>', '</sheets><externalReferences><externalReference r:id="rId77"/></externalReferences><definedNames><definedName name="汇率">[1]Sheet1!$A$1</definedName></definedNames>'),
      'xl/_rels/workbook.xml.rels': (xml) => xml.replace('</Relationships>', '<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>'),
      '[Content_Types].xml': (xml) => xml.replace('</Types>', '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'),
      'xl/externalLinks/externalLink1.xml': () => link,
      'xl/externalLinks/_rels/externalLink1.xml.rels': () => linkRels,
      [SHEET]: (xml) => xml.replace(/<c r="D2"[^>]*>[\s\S]*?<\/c>/, '<c r="D2"><f>[1]Sheet1!A1</f><v>7.1</v></c>'),
    }));
    expect(code).toBe(0);
    const book = await partOf(out, BOOK);
    const id = /<externalReferences><externalReference r:id="([^"]+)"\/><\/externalReferences>/.exec(book)?.[1];
    expect(id).toBeDefined();
    expect(await partOf(out, 'xl/_rels/workbook.xml.rels')).toMatch(new RegExp(`<Relationship Id="${id}" Type="[^"]*/externalLink" Target="externalLinks/externalLink1.xml"/>`));
    expect(await partOf(out, 'xl/externalLinks/externalLink1.xml')).toBe(link);
    expect(await partOf(out, 'xl/externalLinks/_rels/externalLink1.xml.rels')).toBe(linkRels);
    expect(await partOf(out, '[Content_Types].xml')).toContain('PartName="/xl/externalLinks/externalLink1.xml"');
    expect(book).toContain('<definedName name="汇率">[1]Sheet1!$A$1</definedName>');
    expect(await partOf(out, SHEET)).toMatch(/<c r="D2"[^>]*><f>\[1\]Sheet1!A1<\/f>/);
  });
  it('with a data bar (whose rule holds an extLst of its own) the drop-downs and sparklines go beside the rule, never inside it, and the bar keeps its Excel 2010 part', async () => {
    const x14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';
    const list = `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ${x14}><x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1">`
      + '<x14:formula1><xm:f>明细!$A$2:$A$9</xm:f></x14:formula1><xm:sqref>E2:E4</xm:sqref></x14:dataValidation></x14:dataValidations></ext>';
    const spark = `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" ${x14}><x14:sparklineGroups><x14:sparklineGroup><x14:sparklines>`
      + '<x14:sparkline><xm:f>明细!B2:B9</xm:f><xm:sqref>F2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>';
    const validations = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E2:E4"><formula1>"潜在,跟进中"</formula1></dataValidation></dataValidations>';
    const bytes = await workbookBytes({
      [SHEET]: (xml) => xml.replace('</conditionalFormatting>', `</conditionalFormatting>${validations}`).replace(/<\/extLst><\/worksheet>$/, `${list}${spark}</extLst></worksheet>`),
    }, (wb) => wb.getWorksheet('客户')!.addConditionalFormatting({ ref: 'B2:B4', rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }] } as ExcelJS.ConditionalFormattingRule] }));
    expect(await partOf(bytes, SHEET)).toMatch(/<cfRule[^>]*><dataBar>[\s\S]*<extLst>/);
    for (const input of [bytes, undefined]) {
      const { code, out } = await cleanIn(dir, input ?? (await cleanIn(dir, bytes)).out);
      expect(code).toBe(0);
      const xml = await partOf(out, SHEET);
      const rules = xml.match(/<cfRule\b[\s\S]*?<\/cfRule>/g)!;
      for (const rule of rules) expect(rule).not.toMatch(/dataValidation|sparkline|CCE6A557/);
      // The worksheet's own elements, in schema order, the one extLst last with all three extensions.
      const top = xml.slice(xml.indexOf('</sheetData>')).replace(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g, '<conditionalFormatting/>');
      expect(top).toMatch(/<conditionalFormatting\/><dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E2:E4">[\s\S]*<\/dataValidations><pageMargins/);
      const extLst = /<extLst>([\s\S]*)<\/extLst><\/worksheet>$/.exec(top)?.[1] ?? '';
      expect(extLst).toContain('<x14:conditionalFormattings>');
      expect(extLst).toContain('<xm:f>明细!$A$2:$A$9</xm:f></x14:formula1><xm:sqref>E2:E4</xm:sqref>');
      expect(extLst).toContain('<xm:f>明细!B2:B9</xm:f><xm:sqref>F2</xm:sqref>');
      expect(xml.match(/<extLst>/g)).toHaveLength(2);
      await new ExcelJS.Workbook().xlsx.load(out as unknown as ExcelJS.Buffer);
    }
  });
  it('after a merge removes rows, the drop-downs, editable ranges, sort, sparklines and names put back point at the rows that moved up; one only on a removed row is left out and said', async () => {
    const x14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';
    const exts = `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" ${x14}><x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1">`
      + '<x14:formula1><xm:f>明细!$A$2:$A$9</xm:f></x14:formula1><xm:sqref>D2:D6</xm:sqref></x14:dataValidation></x14:dataValidations></ext>'
      + `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" ${x14}><x14:sparklineGroups><x14:sparklineGroup><x14:sparklines>`
      + '<x14:sparkline><xm:f>明细!B2:B9</xm:f><xm:sqref>F6</xm:sqref></x14:sparkline><x14:sparkline><xm:f>明细!B3:B9</xm:f><xm:sqref>F5</xm:sqref></x14:sparkline>'
      + '</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>';
    const validations = '<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="E2:E6 G2:G1048576"><formula1>"潜在,跟进中"</formula1></dataValidation>'
      + '<dataValidation type="whole" sqref="C5"><formula1>1</formula1></dataValidation></dataValidations>';
    const tail = '<sheetProtection sheet="1" objects="1" scenarios="1"/><protectedRanges><protectedRange sqref="A4:B6" name="老客户区"/></protectedRanges>'
      + '<autoFilter ref="A1:E6"><filterColumn colId="4"><filters><filter val="潜在"/><filter val="跟进中"/><filter val="已成交"/></filters></filterColumn></autoFilter>'
      + '<sortState ref="A2:E6"><sortCondition ref="B2:B6"/></sortState>';
    const names = '<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">客户!$A$1:$E$6</definedName>'
      + '<definedName name="区域" localSheetId="0">客户!$A$2:$E$6</definedName><definedName name="明细区">明细!$A$2:$B$6</definedName></definedNames>';
    const bytes = await workbookBytes({
      [SHEET]: (xml) => afterCells(tail)(xml).replace('<pageMargins', `${validations}<pageMargins`).replace('</worksheet>', `${exts}</worksheet>`),
      [BOOK]: (xml) => xml.replace('<calcPr', `${names}<calcPr`),
    }, (wb) => {
      const ws = wb.getWorksheet('客户')!;
      ws.addRow(['张伟', '13800138000', 'x', 'x', '潜在']);
      ws.addRow(['赵强', '13600136000', 'x', 'x', '潜在']);
    });
    const { code, out, stdout, err } = await cleanIn(dir, bytes, '--merge');
    expect(code).toBe(0);
    const xml = await partOf(out, SHEET);
    expect(xml.match(/<row r="/g)).toHaveLength(5);
    expect(xml).toContain('<protectedRange sqref="A4:B5" name="老客户区"/>');
    expect(xml).toMatch(/<sortState ref="A2:E5"><sortCondition ref="B2:B5"\/><\/sortState>/);
    expect(xml).toMatch(/<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="E2:E5 G2:G1048576">/);
    expect(xml).not.toContain('sqref="C5"');
    expect(xml).toContain('<xm:sqref>D2:D5</xm:sqref>');
    expect(xml).toContain('<xm:f>明细!B2:B9</xm:f><xm:sqref>F5</xm:sqref>');
    expect(xml.match(/<x14:sparkline>/g)).toHaveLength(1);
    const book = await partOf(out, BOOK);
    expect(book).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">客户!$A$1:$E$5</definedName>');
    expect(book).toContain('<definedName name="区域" localSheetId="0">客户!$A$2:$E$5</definedName>');
    expect(book).toContain('<definedName name="明细区">明细!$A$2:$B$6</definedName>');
    // A name on a cell of the removed row would be #REF!: the merge is refused over it (merge-formula-edges.test.ts).
    expect(stdout + err).toMatch(/2 range\(s\) in the output "out.xlsx"[^\n]*removed with those rows, as Excel removes them/);
    await new ExcelJS.Workbook().xlsx.load(out as unknown as ExcelJS.Buffer);
  });
  it('after a merge, a name on a sheet whose name is quoted (\'My Customers\'!, saved by exceljs as &apos;My Customers&apos;!) points at the rows that moved up', async () => {
    const bytes = await workbookBytes({}, (wb) => {
      const ws = wb.getWorksheet('客户')!;
      ws.name = 'My Customers';
      ws.addRow(['张伟', '13800138000', 'x', 'x', '潜在']);
      ws.addRow(['赵强', '13600136000', 'x', 'x', '潜在']);
      wb.definedNames.add("'My Customers'!$A$1:$E$6", '客户区');
      wb.definedNames.add("'My Customers'!$B$6", '最后一位');
    });
    expect(await partOf(bytes, BOOK)).toContain('&apos;My Customers&apos;!$A$1:$E$6');
    const { code, out } = await cleanIn(dir, bytes, '--merge');
    expect(code).toBe(0);
    const names = new ExcelJS.Workbook();
    await names.xlsx.load(out as unknown as ExcelJS.Buffer);
    expect(names.getWorksheet('My Customers')!.rowCount).toBe(5);
    const book = await partOf(out, BOOK);
    expect(book).toMatch(/<definedName name="客户区">(?:'|&apos;)My Customers(?:'|&apos;)!\$A\$1:\$E\$5<\/definedName>/);
    expect(book).toMatch(/<definedName name="最后一位">(?:'|&apos;)My Customers(?:'|&apos;)!\$B\$5<\/definedName>/);
  });

  it('a sheet with a table that gets notes has its parts in the order Excel requires (exceljs put the notes\' drawing after the table, and Excel repaired the file)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addTable({
      name: '客户表', ref: 'A1', headerRow: true,
      columns: ['姓名', '手机', '邮箱', '状态'].map((name) => ({ name })),
      rows: [['张伟', '13800138000', 'zhang@@example', '潜在'], ['李娜', '1390013', 'li@example.com', '跟进中'], ['王芳', '13700137000', 'wang@example.com', '已成交']],
    });
    const { code, out } = await cleanIn(dir, new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(code).toBe(0);
    const xml = await partOf(out, SHEET);
    expect(xml).toMatch(/<legacyDrawing\b/);
    const order = ['sheetData', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'pageMargins', 'pageSetup', 'drawing', 'legacyDrawing', 'tableParts', 'extLst'];
    const tags = [...xml.slice(xml.indexOf('</sheetData>')).matchAll(/<(\w+)\b/g)].map((m) => m[1]).filter((t) => order.includes(t));
    expect(tags).toEqual([...tags].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(xml).toMatch(/<legacyDrawing [^>]*\/><tableParts\b/);
  });
  it('a workbook with no theme part gets one, not a relationship to a part that is not there (Excel repaired the file)', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await workbookBytes());
    zip.remove('xl/theme/theme1.xml');
    const rels = 'xl/_rels/workbook.xml.rels';
    zip.file(rels, (await zip.file(rels)!.async('string')).replace(/<Relationship [^>]*Target="theme\/theme1.xml"\/>/, ''));
    zip.file('[Content_Types].xml', (await zip.file('[Content_Types].xml')!.async('string')).replace(/<Override PartName="\/xl\/theme\/theme1.xml"[^>]*\/>/, ''));
    const input = await zip.generateAsync({ type: 'uint8array' });
    expect(await partOf(input, rels)).not.toContain('theme');
    const { code, out } = await cleanIn(dir, input);
    expect(code).toBe(0);
    const written = await JSZip.loadAsync(out);
    const targets = [...(await partOf(out, rels)).matchAll(/Target="([^"]+)"/g)].map((m) => m[1]).filter((t) => !/^(?:https?:|#)/.test(t));
    for (const target of targets) expect(written.file(`xl/${target}`)).not.toBeNull();
    for (const [, part] of (await partOf(out, '[Content_Types].xml')).matchAll(/<Override PartName="\/([^"]+)"/g)) expect(written.file(part)).not.toBeNull();
    expect(await partOf(out, 'xl/theme/theme1.xml')).toMatch(/<a:theme\b/);
  });
  it('a note shown always moves to the archive sheet still shown, at its size, and the run\'s own notes are signed by the tool on a merge run', async () => {
    const bytes = await workbookBytes({
      'xl/drawings/vmlDrawing1.vml': (vml) => vml.replace(/width:[^;]*;height:[^;]*;(z-index:\d+;)visibility:hidden/, 'width:300pt;height:150pt;$1visibility:visible').replace('</x:Anchor>', '</x:Anchor><x:Visible/>'),
    }, (wb) => {
      const ws = wb.getWorksheet('客户')!;
      ws.addRow(['张伟', '13800138000', 'x', 'x', '潜在']);
      ws.getCell('A5').note = '客户说换号了';
      ws.addRow(['赵强', '1360013', 'x', 'x', '潜在']);
    });
    expect(await partOf(bytes, 'xl/drawings/vmlDrawing1.vml')).toContain('<x:Visible/>');
    const { code, out } = await cleanIn(dir, bytes, '--merge');
    expect(code).toBe(0);
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(out);
    const comments = await Promise.all(zip.file(/^xl\/comments\d+\.xml$/).map(async (f) => ({ name: f.name, xml: await f.async('string') })));
    // The note is on the archive sheet's cell, and carried to the kept row's cell on the main sheet too (comments1).
    const archived = comments.find((c) => c.xml.includes('客户说换号了') && c.name !== 'xl/comments1.xml')!;
    expect(archived).toBeDefined();
    const vml = await partOf(out, archived.name.replace(/comments(\d+)/, 'drawings/vmlDrawing$1').replace(/\.xml$/, '.vml'));
    const shape = vml.match(/<v:shape\b[\s\S]*?<\/v:shape>/g)!.find((s) => /<x:Column>0<\/x:Column>/.test(s))!;
    expect(shape).toMatch(/width:300pt;height:150pt;z-index:\d+;visibility:visible/);
    expect(shape).toContain('<x:Visible/>');
    const main = comments.find((c) => c.name === 'xl/comments1.xml')!.xml;
    expect(main).toMatch(/<comment\b/);
    expect(main).toMatch(/<authors><author>Sheet Keeper<\/author><\/authors>/);
  });

  it('a link to a place in the workbook leaves no relationship to "#明细!A1" behind', async () => {
    const links = '<hyperlinks><hyperlink ref="A2" location="明细!A1" display="张伟"/></hyperlinks>';
    const { code, out } = await cleanIn(dir, await workbookBytes({ [SHEET]: (xml) => xml.replace('<pageMargins', `${links}<pageMargins`) }));
    expect(code).toBe(0);
    expect(await partOf(out, SHEET)).toMatch(/<hyperlink ref="A2" location="明细!A1"\/>/);
    expect(await partOf(out, 'xl/worksheets/_rels/sheet1.xml.rels')).not.toMatch(/Target="#/);
  });

  it('a link’s tooltip and the green triangles the user silenced (ignoredErrors) stay, moved with the rows after --merge, and a rerun adds nothing twice', async () => {
    const links = '<hyperlinks><hyperlink ref="A6" r:id="rId9" tooltip="赵强的公司主页"/></hyperlinks>';
    // 手机 silenced by the user on every row; 最近联系 of 赵强 (row 6) and 生日 of the copy of 张伟 (row 5, archived) too.
    const ignored = '<ignoredErrors><ignoredError sqref="B2:B6" numberStoredAsText="1"/><ignoredError sqref="D6" twoDigitTextYear="1"/><ignoredError sqref="C5" evalError="1"/></ignoredErrors>';
    const rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://zhaoqiang.example.com/" TargetMode="External"/></Relationships>';
    const bytes = await workbookBytes({
      [SHEET]: (xml) => xml.replace('<pageMargins', `${links}<pageMargins`).replace(/(<pageMargins[^>]*\/>)/, `$1${ignored}`),
      'xl/worksheets/_rels/sheet1.xml.rels': () => rels,
    }, (wb) => {
      const ws = wb.getWorksheet('客户')!;
      ws.addRow(['张伟', '13800138000', 'x', 'x', '潜在']);
      ws.addRow(['赵强', '13600136000', 'x', 'x', '潜在']);
    });
    const merged = await cleanIn(dir, bytes, '--merge');
    expect(merged.code).toBe(0);
    const xml = await partOf(merged.out, SHEET);
    expect(xml.match(/<row r="/g)).toHaveLength(5);
    // 赵强 moved up from row 6 to row 5, his link with its tooltip.
    expect(xml).toMatch(/<hyperlink ref="A5" r:id="(\w+)" tooltip="赵强的公司主页"\/>/);
    const id = /<hyperlink ref="A5" r:id="(\w+)"/.exec(xml)![1];
    expect(await partOf(merged.out, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain(`Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://zhaoqiang.example.com/"`);
    const element = /<ignoredErrors>[\s\S]*?<\/ignoredErrors>/.exec(xml)?.[0];
    expect(element).toBe('<ignoredErrors><ignoredError sqref="D5" twoDigitTextYear="1"/><ignoredError sqref="B2:B5" numberStoredAsText="1"/></ignoredErrors>');
    // In the schema's place: after the page setup, before the notes' drawing.
    expect(xml).toMatch(/<pageSetup\b[^>]*\/><ignoredErrors>[\s\S]*<\/ignoredErrors><legacyDrawing\b/);
    expect(await packageProblems(merged.out)).toEqual([]);

    const again = await cleanIn(dir, merged.out);
    expect(again.code).toBe(0);
    const rerun = await partOf(again.out, SHEET);
    expect(/<ignoredErrors>[\s\S]*?<\/ignoredErrors>/.exec(rerun)?.[0]).toBe(element);
    expect(rerun).toMatch(/<hyperlink ref="A5" r:id="\w+" tooltip="赵强的公司主页"\/>/);
    expect(await packageProblems(again.out)).toEqual([]);
  });
  it('the phones the run writes as text are not flagged by Excel as numbers stored as text, and a rerun does not repeat that', async () => {
    const { code, out } = await cleanIn(dir, await workbookBytes());
    expect(code).toBe(0);
    const xml = await partOf(out, SHEET);
    // 手机 (B) holds digits as text; 姓名 and 状态 are text too, yet nothing in them reads as a number.
    expect(/<ignoredErrors>[\s\S]*?<\/ignoredErrors>/.exec(xml)?.[0]).toBe('<ignoredErrors><ignoredError sqref="B2:B4" numberStoredAsText="1"/></ignoredErrors>');
    const again = await cleanIn(dir, out);
    expect(again.code).toBe(0);
    expect((await partOf(again.out, SHEET)).match(/<ignoredError\b[^>]*>/g)).toEqual(['<ignoredError sqref="B2:B4" numberStoredAsText="1"/>']);
    expect(await packageProblems(again.out)).toEqual([]);
  });

  it('a CSV written to .xlsx gets the same: its phones, ID numbers and postcodes are not flagged, its notes still shown after it', async () => {
    writeFileSync(path.join(dir, 'in.csv'), [
      '姓名,手机,身份证号,邮编,备注',
      '张伟,13800138000,110101199003071234,100080,老客户',
      '李娜,139 0013 9000,440301198512101234,010010,',
      '王芳,1380013800,,518000,手机少一位',
    ].join('\n'));
    const io = captureIo(dir);
    expect(await main(['clean', 'in.csv', '--out', 'out.xlsx', '--lang', 'en', '--quiet', '--today', '2026-12-01'], io)).toBe(0);
    const out = readFileSync(path.join(dir, 'out.xlsx'));
    const xml = await partOf(out, SHEET);
    expect(/<ignoredErrors>[\s\S]*?<\/ignoredErrors>/.exec(xml)?.[0]).toBe('<ignoredErrors><ignoredError sqref="B2:B4 C2:C4 D2:D4" numberStoredAsText="1"/></ignoredErrors>');
    // The short phone's note: <legacyDrawing> must come after <ignoredErrors>, or Excel repairs the file.
    expect(xml).toMatch(/<\/ignoredErrors><legacyDrawing\b/);
    expect(await packageProblems(out)).toEqual([]);
    const again = await cleanIn(dir, out);
    expect((await partOf(again.out, SHEET)).match(/<ignoredError\b[^>]*>/g)).toEqual(['<ignoredError sqref="B2:B4 C2:C4 D2:D4" numberStoredAsText="1"/>']);
  });
});
