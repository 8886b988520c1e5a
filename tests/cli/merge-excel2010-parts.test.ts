/**
 * Workbook structures around the rows a --merge removes that live outside the cells: Excel 2010's
 * parts in a sheet's extLst (a conditional format reading another sheet, a drop-down whose list is on
 * another sheet, sparklines), defined names over ranges (3-D ones too), whole-column references and
 * an Excel table's structured references. Each either follows the rows as Excel moves them on a row
 * delete, or stops the merge before anything is written, naming it; none is lost unsaid or written
 * back as #REF!, and no run ends in an unexpected error.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../cli/main';
import { prepareXlsx } from '../../cli/io/prepare-xlsx';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const X14 = 'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';

/**
 * A member shop's workbook: 客户 (姓名, 手机, 公司, 会员等级, 消费金额, 趋势, 9月–11月) in which 王芳 is typed
 * twice (rows 2 and 4: the merge archives row 4), 黑名单 (names and a threshold in C1), 汇总. `exts`
 * gives each sheet the Excel 2010 extensions Excel writes into its extLst; `book` edits workbook.xml.
 */
async function shop(exts: { 客户?: string; 汇总?: string } = {}, book?: (xml: string) => string, build?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('客户');
  ws.addRow(['姓名', '手机', '公司', '会员等级', '消费金额', '趋势', '9月', '10月', '11月']);
  ws.addRow(['王芳', '13812345678', '上海蓝海贸易有限公司', '金卡', 12800, null, 3000, 4800, 5000]);
  ws.addRow(['李娜', '13987654321', '杭州西湖文化传媒有限公司', '银卡', 5600, null, 1200, 2400, 2000]);
  ws.addRow(['王芳', '138-1234-5678', '上海蓝海贸易有限公司', '金卡', 12800, null, 3000, 4800, 5000]);
  ws.addRow(['张伟', '13600001111', '北京华联商厦', '普通', 3000, null, 500, 1000, 1500]);
  ws.addRow(['陈静', '13700002222', '深圳前海微众科技有限公司', '银卡', 8800, null, 2800, 3000, 3000]);
  ws.addRow(['刘洋', '13500003333', '广州天河城百货', '普通', 7200, null, 2000, 2200, 3000]);
  const black = wb.addWorksheet('黑名单');
  black.addRow(['姓名', '原因', 10000]);
  black.addRow(['赵磊', '恶意退款']);
  wb.addWorksheet('汇总').addRow(['项目', '数值', '走势']);
  build?.(wb);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  for (const [sheet, ext] of Object.entries(exts)) {
    const name = `xl/worksheets/sheet${sheet === '客户' ? 1 : 3}.xml`;
    const xml = await zip.file(name)!.async('string');
    zip.file(name, xml.replace('<worksheet ', `<worksheet ${X14} `).replace('</worksheet>', `<extLst>${ext}</extLst></worksheet>`));
  }
  if (book) zip.file('xl/workbook.xml', book(await zip.file('xl/workbook.xml')!.async('string')));
  writeFileSync(path.join(dir, 'shop.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
}

/** An Excel 2010 conditional format (Excel keeps one reading another sheet only there). */
const x14Format = (formula: string, sqref: string) => '<ext uri="{78C0D931-6437-407D-A8EE-F0AAD7539E65}"><x14:conditionalFormattings>'
  + '<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
  + `<x14:cfRule type="expression" priority="1" id="{6B1B0A51-1C1B-4C7E-9E0B-2B7E2C7E0001}"><xm:f>${formula}</xm:f>`
  + '<x14:dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></x14:dxf></x14:cfRule>'
  + `<xm:sqref>${sqref}</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>`;
const x14DropDown = (formula: string, sqref: string) => '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1">'
  + `<x14:dataValidation type="list" allowBlank="1" showErrorMessage="1"><x14:formula1><xm:f>${formula}</xm:f></x14:formula1><xm:sqref>${sqref}</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;
const sparklines = (...lines: [string, string][]) => '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups><x14:sparklineGroup displayEmptyCellsAs="gap">'
  + '<x14:colorSeries rgb="FF376092"/><x14:sparklines>'
  + lines.map(([f, sqref]) => `<x14:sparkline><xm:f>${f}</xm:f><xm:sqref>${sqref}</xm:sqref></x14:sparkline>`).join('')
  + '</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>';

async function clean(merge: boolean, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const args = ['clean', 'shop.xlsx', '--out', 'out.xlsx', '--sheet', '客户', '--today', '2026-12-04', '--lang', lang, '--quiet'];
  const code = await main(merge ? [...args, '--merge'] : args, io);
  return { code, out: io.out, err: io.err };
}

const refused = async (lang: 'zh-CN' | 'en' = 'zh-CN') => {
  const run = await clean(true, lang);
  expect(run.code).toBe(1);
  expect(run.err).not.toMatch(/意外错误|Unexpected error/);
  expect(existsSync(path.join(dir, 'out.xlsx'))).toBe(false);
  return run.err;
};

async function part(name: string): Promise<string> {
  return (await (await JSZip.loadAsync(readFileSync(path.join(dir, 'out.xlsx')))).file(name)!.async('string'));
}

/** The written part of the sheet named `sheet`. */
async function sheetXml(sheet: string): Promise<string> {
  const book = await part('xl/workbook.xml');
  const rels = await part('xl/_rels/workbook.xml.rels');
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(book)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return part(`xl/${target.replace(/^\/?xl\//, '')}`);
}

async function readBack(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  return wb;
}

describe('an Excel 2010 conditional format reading another sheet (=COUNTIF(黑名单!$A:$A,$A2)>0)', () => {
  const blacklisted = x14Format('COUNTIF(黑名单!$A:$A,$A2)&gt;0', 'A2:I7');

  it('is kept as the user made it by a plain clean, which no longer ends in an unexpected error', async () => {
    await shop({ 客户: blacklisted });
    const run = await clean(false);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const xml = await sheetXml('客户');
    expect(xml).toMatch(/<x14:cfRule type="expression" priority="1" id="\{6B1B0A51-1C1B-4C7E-9E0B-2B7E2C7E0001\}"><xm:f>COUNTIF\(黑名单!\$A:\$A,\$A2\)&gt;0<\/xm:f>/);
    expect(xml).toContain('<xm:sqref>A2:I7</xm:sqref>');
    // Declared where it is used, in one extension of its kind, and no rule without a formula in the main part.
    expect((xml.match(/uri="\{78C0D931-6437-407D-A8EE-F0AAD7539E65\}"/gi) ?? []).length).toBe(1);
    expect(xml).toMatch(/<ext [^>]*xmlns:x14="[^"]+"[^>]*uri="\{78C0D931/i);
    expect(xml).not.toMatch(/<conditionalFormatting\b/);
    expect((await readBack()).getWorksheet('客户')!.rowCount).toBeGreaterThan(1);
  });

  it('moves up with the rows a merge removes, its rule still counting from its top row', async () => {
    await shop({ 客户: blacklisted });
    const run = await clean(true);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const xml = await sheetXml('客户');
    expect(xml).toContain('<xm:f>COUNTIF(黑名单!$A:$A,$A2)&gt;0</xm:f>');
    expect(xml).toContain('<xm:sqref>A2:I6</xm:sqref>');
    expect(xml).not.toContain('#REF!');
  });

  it('beside a data bar, whose Excel 2010 part exceljs writes, goes into that one extension, and both move with the rows', async () => {
    await shop({ 客户: blacklisted }, undefined, (wb) => {
      wb.getWorksheet('客户')!.addConditionalFormatting({ ref: 'E2:E7', rules: [{ type: 'dataBar', priority: 2, cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: 'FF638EC6' } } as unknown as ExcelJS.ConditionalFormattingRule] });
    });
    const run = await clean(true);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const xml = await sheetXml('客户');
    expect((xml.match(/uri="\{78C0D931-6437-407D-A8EE-F0AAD7539E65\}"/gi) ?? []).length).toBe(1);
    expect(xml).toMatch(/<x14:cfRule type="dataBar"[\s\S]*?<xm:sqref>E2:E6<\/xm:sqref>/);
    expect(xml).toMatch(/COUNTIF\(黑名单!\$A:\$A,\$A2\)&gt;0<\/xm:f>[\s\S]*?<xm:sqref>A2:I6<\/xm:sqref>/);
  });

  it.each<['zh-CN' | 'en', string]>([
    ['zh-CN', '未合并：工作表“客户”A2:I7 上的条件格式规则 =$E2>$E$4 引用了合并要移到归档工作表的行中的单元格'],
    ['en', 'Not merged: the conditional format on A2:I7 of the sheet "客户", =$E2>$E$4, reads a cell of a row the merge moves to the archive sheet'],
  ])('reading a cell of the archived row stops the merge, naming it, as an ordinary format does (%s)', async (lang, said) => {
    await shop({ 客户: x14Format('$E2&gt;$E$4', 'A2:I7') });
    expect(await refused(lang)).toContain(said);
  });
});

describe('Excel 2010 drop-downs and sparklines reading the archived row', () => {
  it('a drop-down on 汇总 listing only the archived row\'s cell stops the merge, naming it, rather than become #REF!', async () => {
    await shop({ 汇总: x14DropDown('客户!$A$4', 'A5') });
    expect(await refused('en')).toContain('Not merged: the drop-down (data validation) on A5 of the sheet "汇总", =客户!$A$4, reads a cell of a row the merge moves to the archive sheet.');
  });

  it.each<['zh-CN' | 'en', string]>([
    ['zh-CN', '未合并：工作表“汇总”C3 上的迷你图（数据 客户!G4:I4）只读取合并要移到归档工作表的行'],
    ['en', 'Not merged: the sparkline at C3 of the sheet "汇总" (data 客户!G4:I4) reads only cells of rows the merge moves to the archive sheet'],
  ])('a sparkline on 汇总 drawn from the archived row alone stops the merge, naming it (%s)', async (lang, said) => {
    await shop({ 汇总: sparklines(['客户!E2:E7', 'C2'], ['客户!G4:I4', 'C3']) });
    const err = await refused(lang);
    expect(err).toContain(said);
    expect(err).not.toContain('#REF!');
  });

  it('the row sparklines and the drop-down list from another sheet move with their rows; the archived row\'s sparkline goes with it, as in Excel', async () => {
    await shop({
      客户: x14DropDown('黑名单!$A$2:$A$9', 'D2:D7') + sparklines(...[2, 3, 4, 5, 6, 7].map((r): [string, string] => [`客户!G${r}:I${r}`, `F${r}`])),
      汇总: sparklines(['客户!E2:E7', 'C2']),
    });
    const run = await clean(true);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const xml = await sheetXml('客户');
    expect(xml).toContain('<xm:f>黑名单!$A$2:$A$9</xm:f></x14:formula1><xm:sqref>D2:D6</xm:sqref>');
    expect([...xml.matchAll(/<xm:f>([^<]*)<\/xm:f><xm:sqref>(F\d)<\/xm:sqref>/g)].map((m) => `${m[2]}=${m[1]}`))
      .toEqual(['F2=客户!G2:I2', 'F3=客户!G3:I3', 'F4=客户!G4:I4', 'F5=客户!G5:I5', 'F6=客户!G6:I6']);
    expect(await sheetXml('汇总')).toContain('<xm:f>客户!E2:E6</xm:f><xm:sqref>C2</xm:sqref>');
  });
});

describe('defined names over ranges', () => {
  it('are kept from exceljs, which would make one cell object per cell of them (a name over an old sheet\'s $A$1:$IV$65536 took gigabytes)', async () => {
    await shop({}, (book) => book.replace('</workbook>', '').replace(/<calcPr/, '<definedNames><definedName name="全表">客户!$A$1:$IV$65536</definedName></definedNames><calcPr') + '</workbook>');
    const prepared = await prepareXlsx(readFileSync(path.join(dir, 'shop.xlsx')));
    const read = await (await JSZip.loadAsync(prepared.bytes)).file('xl/workbook.xml')!.async('string');
    expect(read).not.toContain('<definedName ');
    const run = await clean(false);
    expect(run.code).toBe(0);
    expect(await part('xl/workbook.xml')).toContain('<definedName name="全表">客户!$A$1:$IV$65536</definedName>');
  });

  it('a 3-D one over a range of sheets the customer sheet is not among (季度销售 = 一月:三月!$A$1:$E$9) is written back untouched and the merge goes on', async () => {
    await shop({}, (book) => book.replace(/<calcPr/, '<definedNames><definedName name="季度销售">一月:三月!$A$1:$E$9</definedName></definedNames><calcPr'), (wb) => {
      for (const month of ['一月', '二月', '三月']) wb.addWorksheet(month).addRow(['门店', '销售额']);
      wb.getWorksheet('汇总')!.addRow(['一季度', { formula: 'SUM(季度销售)', result: 0 }]);
    });
    const run = await clean(true);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(await part('xl/workbook.xml')).toContain('<definedName name="季度销售">一月:三月!$A$1:$E$9</definedName>');
    const back = await readBack();
    expect(back.getWorksheet('汇总')!.getCell('B2').formula).toBe('SUM(季度销售)');
  });
});

describe('a 3-D name through the customer sheet (一月, 客户, 三月 in that order)', () => {
  const span = (reference: string) => shop({}, (book) => book.replace(/<calcPr/, `<definedNames><definedName name="季度消费">${reference}</definedName></definedNames><calcPr`), (wb) => {
    wb.addWorksheet('三月').addRow(['门店', '消费金额']);
    // exceljs appends sheets: 一月 is moved before 客户 by its order id, as a user drags the tab.
    const jan = wb.addWorksheet('一月');
    jan.addRow(['门店', '消费金额']);
    (jan as unknown as { orderNo: number }).orderNo = -1;
    wb.getWorksheet('汇总')!.addRow(['季度消费', { formula: 'SUM(季度消费)', result: 0 }]);
  });

  it('over every row of the table from the first moved one on, sized ahead ($E$2:$E$200), reads the same customers after the merge: left as written, the merge goes on', async () => {
    await span('一月:三月!$E$2:$E$200');
    const run = await clean(true);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(await part('xl/workbook.xml')).toContain('<definedName name="季度消费">一月:三月!$E$2:$E$200</definedName>');
  });

  it('ending inside the table still stops the merge, naming it: it would read another customer\'s row', async () => {
    await span('一月:三月!$E$2:$E$5');
    expect(await refused()).toContain('未合并：名称“季度消费”（=一月:三月!$E$2:$E$5）经由跨多张工作表的引用（三维引用）读取工作表“客户”');
  });
});

describe('whole columns and an Excel table\'s structured references', () => {
  it('stay as written after a merge, and the table ends where its rows now do', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addTable({
      name: '会员表', ref: 'A1', headerRow: true, style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: [{ name: '姓名' }, { name: '手机' }, { name: '公司' }, { name: '会员等级' }, { name: '金额' }],
      rows: [
        ['王芳', '13812345678', '上海蓝海贸易有限公司', '金卡', 12800],
        ['李娜', '13987654321', '杭州西湖文化传媒有限公司', '银卡', 5600],
        ['王芳', '138-1234-5678', '上海蓝海贸易有限公司', '金卡', 12800],
        ['张伟', '13600001111', '北京华联商厦', '普通', 3000],
        ['陈静', '13700002222', '深圳前海微众科技有限公司', '银卡', 8800],
      ],
    });
    const summary = wb.addWorksheet('汇总');
    const formulas = ['SUM(客户!E:E)', 'COUNTIF(客户!D:D,"金卡")', 'SUM(会员表[金额])', 'SUMIFS(会员表[金额],会员表[会员等级],"银卡")', 'ROWS(会员表[姓名])'];
    formulas.forEach((formula) => summary.addRow(['统计', { formula, result: 0 }]));
    writeFileSync(path.join(dir, 'shop.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const run = await clean(true);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const back = await readBack();
    expect(formulas.map((_, i) => back.getWorksheet('汇总')!.getCell(`B${i + 1}`).formula)).toEqual(formulas);
    const tables = Object.keys((await JSZip.loadAsync(readFileSync(path.join(dir, 'out.xlsx')))).files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
    const table = await part(tables[0]);
    // The table takes in the run's columns (README) and ends on its last row left.
    expect(table).toMatch(/<table\b[^>]*\sname="会员表"[^>]*\sref="A1:[A-Z]+5"/);
    expect(await part('xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});
