/**
 * A merge into an .xlsx over the parts of a workbook that read the customer rows besides plain cell
 * formulas (write-output.ts, shifted-formulas.ts, lost-references.ts, three-d-references.ts): defined
 * names, 3-D references, array formulas and conditional formats either follow the rows as Excel moves
 * them on a row delete, or stop the merge before anything is written, saying which and why; what the
 * merge rewrote is listed in the JSON report for a script to audit.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/**
 * A shop's workbook: the months 一月 and 三月 around the 客户 sheet (姓名, 手机, 公司, 消费金额), in which
 * 王芳 is typed twice (rows 2 and 4: the merge archives row 4) and row 7 is the 合计; then a 汇总 sheet.
 */
async function shop(build: (wb: ExcelJS.Workbook, customers: ExcelJS.Worksheet, summary: ExcelJS.Worksheet) => void, edit?: (book: string) => string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('一月').addRow(['门店', '到店人数']);
  const ws = wb.addWorksheet('客户');
  ws.addRow(['姓名', '手机', '公司', '消费金额']);
  ws.addRow(['王芳', '13812345678', '上海蓝海贸易有限公司', 12800]);
  ws.addRow(['李娜', '13987654321', '杭州西湖文化传媒有限公司', 5600]);
  ws.addRow(['王芳', '138-1234-5678', '上海蓝海贸易有限公司', 12800]);
  ws.addRow(['张伟', '13600001111', '北京华联商厦', 3000]);
  ws.addRow(['陈静', '13700002222', '深圳前海微众科技有限公司', 8800]);
  ws.addRow(['合计', '', '', { formula: 'SUM(D2:D6)', result: 43000 }]);
  wb.addWorksheet('三月').addRow(['门店', '到店人数']);
  const summary = wb.addWorksheet('汇总');
  summary.addRow(['项目', '数值']);
  build(wb, ws, summary);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  if (edit) zip.file('xl/workbook.xml', edit(await zip.file('xl/workbook.xml')!.async('string')));
  writeFileSync(path.join(dir, 'shop.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
}

async function merge(lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', 'shop.xlsx', '--out', 'merged.xlsx', '--json', 'merged.json', '--sheet', '客户', '--today', '2026-12-04', '--lang', lang, '--quiet', '--merge'], io);
  return { code, out: io.out, err: io.err };
}

async function written(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'merged.xlsx'));
  return wb;
}

/** A part of the written file as XML (what exceljs hides: names' scopes, array formulas' ranges). */
async function part(name: string): Promise<string> {
  return (await (await JSZip.loadAsync(readFileSync(path.join(dir, 'merged.xlsx')))).file(name)!.async('string'));
}

/** The XML part of the written sheet named `sheet`. */
async function sheetXml(sheet: string): Promise<string> {
  const book = await part('xl/workbook.xml');
  const rels = await part('xl/_rels/workbook.xml.rels');
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(book)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
  return part(`xl/${target.replace(/^\/?xl\//, '')}`);
}

const refused = async (lang: 'zh-CN' | 'en' = 'zh-CN') => {
  const run = await merge(lang);
  expect(run.code).toBe(1);
  expect(existsSync(path.join(dir, 'merged.xlsx'))).toBe(false);
  expect(existsSync(path.join(dir, 'merged.json'))).toBe(false);
  return run.err;
};

describe('a defined name that reads the customer rows', () => {
  it('pointing only at a cell of the archived row stops the merge, naming it: Excel would make it #REF! and the formulas using it with it', async () => {
    await shop((wb, _ws, summary) => {
      wb.definedNames.add("'客户'!$D$4", '大单金额');
      summary.addRow(['大单', { formula: '大单金额', result: 12800 }]);
    });
    const zh = await refused('zh-CN');
    expect(zh).toContain('未合并：名称“大单金额”（=\'客户\'!$D$4）只指向合并要移到归档工作表的行');
    expect(zh).toContain('名称管理器');
    expect(zh).not.toContain('三维');
    const en = await refused('en');
    expect(en).toContain('Not merged: the defined name "大单金额" (=\'客户\'!$D$4) points only at cells of rows the merge moves to the archive sheet');
  });

  it('scoped to another sheet, is named with its sheet, as Excel\'s Name Manager shows it', async () => {
    await shop((wb, _ws, summary) => {
      wb.definedNames.add("'客户'!$D$4", '大单金额');
      summary.addRow(['大单', { formula: '大单金额', result: 12800 }]);
    // 汇总 is the fourth sheet (localSheetId 3): exceljs writes every name workbook-wide.
    }, (book) => book.replace('<definedName name="大单金额"', '<definedName name="大单金额" localSheetId="3"'));
    expect(await refused()).toContain('未合并：名称“汇总!大单金额”（=\'客户\'!$D$4）');
  });

  it('over a range that merely shrinks is rewritten as Excel does, its scope kept, and the merge goes on', async () => {
    await shop((wb, _ws, summary) => {
      wb.definedNames.add("'客户'!$D$2:$D$6", '消费金额区');
      summary.addRow(['消费合计', { formula: 'SUM(消费金额区)', result: 43000 }]);
    }, (book) => book.replace('<definedName name="消费金额区"', '<definedName name="消费金额区" localSheetId="3"'));
    const run = await merge();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(await part('xl/workbook.xml')).toMatch(/<definedName name="消费金额区" localSheetId="\d">'客户'!\$D\$2:\$D\$5<\/definedName>/);
    expect((await written()).getWorksheet('汇总')!.getCell('B2').formula).toBe('SUM(消费金额区)');
  });
});

describe('a 3-D reference through the customer sheet (一月:三月!D4, 客户 lying between)', () => {
  it('stops the merge with its own message: Excel leaves such a reference as written, so it would read another customer\'s row', async () => {
    await shop((_wb, _ws, summary) => summary.addRow(['季度消费', { formula: 'SUM(一月:三月!D5)', result: 3000 }]));
    const zh = await refused('zh-CN');
    expect(zh).toContain('未合并：工作表“汇总”B2 的公式 =SUM(一月:三月!D5) 经由跨多张工作表的引用（三维引用）读取工作表“客户”');
    expect(zh).not.toContain('#REF!');
    const en = await refused('en');
    expect(en).toContain('Not merged: the formula =SUM(一月:三月!D5) at B2 of the sheet "汇总" reads the sheet "客户" through a reference spanning several sheets (a 3-D reference)');
  });

  it.each<[string, string]>([
    ['rows above the first archived one, which stay', 'SUM(一月:三月!D2:D3)'],
    ['whole columns', 'SUM(一月:三月!D:D)'],
    ['sheets that do not include it', 'SUM(三月:汇总!B1)'],
  ])('is left as written when it reads %s: %s', async (_, formula) => {
    await shop((_wb, _ws, summary) => summary.addRow(['季度消费', { formula, result: 0 }]));
    const run = await merge();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect((await written()).getWorksheet('汇总')!.getCell('B2').formula).toBe(formula);
  });
});

describe('a defined name holding a 3-D reference through the customer sheet (季度消费 = 一月:三月!$D$5)', () => {
  /** A name first written over a plain range, then given the 3-D reference exceljs cannot write itself. */
  const threeDName = (reference: string) => shop((wb, _ws, summary) => {
    wb.definedNames.add("'客户'!$D$2", '季度消费');
    summary.addRow(['季度消费', { formula: 'SUM(季度消费)', result: 3000 }]);
  }, (book) => book.replace(/(<definedName name="季度消费"[^>]*>)[^<]*(<\/definedName>)/, `$1${reference}$2`));

  it('stops the merge as a 3-D formula does, naming the name: Excel leaves it as written and it would read another customer\'s row', async () => {
    await threeDName('一月:三月!$D$5');
    const zh = await refused('zh-CN');
    expect(zh).toContain('未合并：名称“季度消费”（=一月:三月!$D$5）经由跨多张工作表的引用（三维引用）读取工作表“客户”');
    expect(zh).toContain('名称管理器');
    const en = await refused('en');
    expect(en).toContain('Not merged: the defined name "季度消费" (=一月:三月!$D$5) reads the sheet "客户" through a reference spanning several sheets (a 3-D reference)');
  });

  it('is left as written when it reads only rows above the first archived one', async () => {
    await threeDName('一月:三月!$D$3');
    const run = await merge();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(await part('xl/workbook.xml')).toMatch(/<definedName name="季度消费"[^>]*>一月:三月!\$D\$3<\/definedName>/);
  });
});

describe('array formulas', () => {
  it('a legacy one-cell array (Ctrl+Shift+Enter) on the 合计 row is rewritten with its range, as Excel moves it', async () => {
    await shop((_wb, ws) => {
      ws.getCell('E7').value = { formula: 'SUM(D2:D6*(D2:D6>5000))', result: 40000, shareType: 'array', ref: 'E7' } as ExcelJS.CellFormulaValue;
    });
    const run = await merge();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const xml = await sheetXml('客户');
    expect(xml).toMatch(/<c r="E6"[^>]*><f t="array" ref="E6">SUM\(D2:D5\*\(D2:D5&gt;5000\)\)<\/f>/);
    expect(xml).not.toMatch(/ref="E7"/);
    expect((await written()).getWorksheet('客户')!.getCell('E6').formula).toBe('SUM(D2:D5*(D2:D5>5000))');
  });

  it('an array over several rows below the archived one moves whole, its range with it', async () => {
    await shop((_wb, ws) => {
      ws.getCell('F5').value = { formula: 'D5:D6*0.05', result: 150, shareType: 'array', ref: 'F5:F6' } as ExcelJS.CellFormulaValue;
      ws.getCell('F6').value = 440;
    });
    const run = await merge();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(await sheetXml('客户')).toMatch(/<c r="F4"[^>]*><f t="array" ref="F4:F5">D4:D5\*0\.05<\/f>/);
  });

  it.each<['zh-CN' | 'en', string]>([
    ['zh-CN', '未合并：工作表“客户”的数组公式 =D2:D6*0.05（占 E2:E6）跨越合并要移走的第 4 行：Excel 也不能只删除数组的一部分'],
    ['en', 'Not merged: the array formula =D2:D6*0.05 of the sheet "客户" fills E2:E6, across row 4, which the merge removes: Excel cannot delete part of an array either'],
  ])('one spanning the archived row stops the merge with its own message, not one about names or #REF! (%s)', async (lang, said) => {
    await shop((_wb, ws) => {
      ws.getCell('E2').value = { formula: 'D2:D6*0.05', result: 640, shareType: 'array', ref: 'E2:E6' } as ExcelJS.CellFormulaValue;
      for (const [r, v] of [[3, 280], [4, 640], [5, 150], [6, 440]]) ws.getCell(`E${r}`).value = v;
    });
    const err = await refused(lang);
    expect(err).toContain(said);
    expect(err).not.toMatch(/#REF!|名称|defined name/);
  });

  it('a shared formula (one per row, written once for the range) still reads each row\'s own amount', async () => {
    await shop((_wb, ws) => {
      ws.getCell('E2').value = { formula: 'D2*0.05', result: 640, shareType: 'shared', ref: 'E2:E6' } as ExcelJS.CellFormulaValue;
      for (const r of [3, 4, 5, 6]) ws.getCell(`E${r}`).value = { sharedFormula: 'E2', result: 0 } as ExcelJS.CellSharedFormulaValue;
    });
    const run = await merge();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const out = (await written()).getWorksheet('客户')!;
    expect([2, 3, 4, 5].map((r) => out.getCell(`E${r}`).formula)).toEqual(['D2*0.05', 'D3*0.05', 'D4*0.05', 'D5*0.05']);
  });
});

describe('a conditional format whose rule reads a cell of the archived row', () => {
  const fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } as ExcelJS.Fill;

  it.each<['zh-CN' | 'en', string]>([
    ['zh-CN', '未合并：工作表“客户”A2:D6 上的条件格式规则 =$D2>$D$4 引用了合并要移到归档工作表的行中的单元格'],
    ['en', 'Not merged: the conditional format on A2:D6 of the sheet "客户", =$D2>$D$4, reads a cell of a row the merge moves to the archive sheet'],
  ])('stops the merge, naming the rule, rather than keep it as $D2>#REF! (%s)', async (lang, said) => {
    await shop((_wb, ws) => ws.addConditionalFormatting({ ref: 'A2:D6', rules: [{ type: 'expression', priority: 1, formulae: ['$D2>$D$4'], style: { fill } }] }));
    const err = await refused(lang);
    expect(err).toContain(said);
  });

  it('on another sheet, reading the customer sheet, stops it too', async () => {
    await shop((_wb, _ws, summary) => {
      summary.addRow(['目标', 10000]);
      summary.addConditionalFormatting({ ref: 'B2', rules: [{ type: 'expression', priority: 1, formulae: ['B2<客户!$D$4'], style: { fill } }] });
    });
    expect(await refused()).toContain('未合并：工作表“汇总”B2 上的条件格式规则 =B2<客户!$D$4');
  });

  it('one lying wholly on the archived row goes with it, as Excel deletes it, and the summary says so; the others follow their rows', async () => {
    await shop((_wb, ws) => {
      ws.addConditionalFormatting({ ref: 'A4:D4', rules: [{ type: 'expression', priority: 1, formulae: ['$D4>10000'], style: { fill } }] });
      ws.addConditionalFormatting({ ref: 'A2:D6', rules: [{ type: 'expression', priority: 2, formulae: ['$D2>10000'], style: { fill } }] });
    });
    const run = await merge();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('有 1 处区域（下拉列表、条件格式、允许编辑区域、排序或迷你图的区域）只在合并时移到归档工作表的行上：已随这些行去掉');
    expect(run.out).not.toContain('#REF!');
    const xml = await sheetXml('客户');
    expect(xml).not.toContain('#REF!');
    expect((xml.match(/<conditionalFormatting /g) ?? []).length).toBe(1);
    expect(xml).toMatch(/<conditionalFormatting sqref="A2:D5"><cfRule [^>]*><formula>\$D2&gt;10000<\/formula>/);
  });
});

describe('a drop-down whose rule reads a cell of the archived row', () => {
  it('stops the merge, naming the rule: Excel would write #REF! in it and the check would stop working', async () => {
    await shop((_wb, ws) => {
      // 消费金额 may not exceed the 王芳 row typed again: the shop's check, on the row the merge archives.
      // exceljs's typings leave out the sheet's dataValidations, which it has.
      (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations
        .add('D2:D6', { type: 'decimal', operator: 'lessThanOrEqual', allowBlank: true, formulae: ['$D$4'] });
    });
    expect(await refused('en')).toContain('Not merged: the drop-down (data validation) on D2:D6 of the sheet "客户", =$D$4, reads a cell of a row the merge moves to the archive sheet.');
  });
});

describe('the JSON report', () => {
  it('lists every formula the merge rewrote, with its sheet, its cell in the input and in the output, before and after', async () => {
    await shop((_wb, ws, summary) => {
      ws.getCell('E5').value = { formula: 'HYPERLINK("tel:"&B5,"拨打")', result: '拨打' } as ExcelJS.CellFormulaValue;
      summary.addRow(['客户消费', { formula: "SUM('客户'!D2:D6)", result: 43000 }]);
      summary.addRow(['最大单笔', { formula: 'MAX(客户!D3:D5)', result: 12800 }]);
    });
    const run = await merge();
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'merged.json'), 'utf8'));
    expect(report.merge.formulasRewritten).toEqual([
      { sheet: '客户', cell: 'E5', outputCell: 'E4', before: 'HYPERLINK("tel:"&B5,"拨打")', after: 'HYPERLINK("tel:"&B4,"拨打")' },
      { sheet: '客户', cell: 'D7', outputCell: 'D6', before: 'SUM(D2:D6)', after: 'SUM(D2:D5)' },
      { sheet: '汇总', cell: 'B2', outputCell: 'B2', before: "SUM('客户'!D2:D6)", after: "SUM('客户'!D2:D5)" },
      { sheet: '汇总', cell: 'B3', outputCell: 'B3', before: 'MAX(客户!D3:D5)', after: 'MAX(客户!D3:D4)' },
    ]);
    // What the file holds is what the report says.
    const out = await written();
    expect(out.getWorksheet('客户')!.getCell('D6').formula).toBe('SUM(D2:D5)');
    expect(out.getWorksheet('汇总')!.getCell('B3').formula).toBe('MAX(客户!D3:D4)');
  });

  it('has an empty list when the merge rewrote no formula', async () => {
    await shop((_wb, ws) => ws.getCell('D7').value = 43000);
    const run = await merge();
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'merged.json'), 'utf8')).merge.formulasRewritten).toEqual([]);
  });
});
