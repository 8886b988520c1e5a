import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { main } from '../../cli/main';
import { say } from '../../cli/messages';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/**
 * A customer sheet kept as an Excel table (ListObject) 客户表, saved by exceljs and then changed
 * part by part in the archive, as Excel or openpyxl would have saved it.
 */
async function workbookFile(name: string, edit: (zip: JSZip) => Promise<void>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('客户').addTable({
    name: '客户表',
    ref: 'A1',
    headerRow: true,
    columns: [{ name: '姓名' }, { name: '手机' }, { name: '邮箱' }, { name: '累计金额' }],
    rows: [['张三', '13812345678', 'a@qq.com', 100], ['李四', '13912345678', ' B@QQ.COM ', 200], ['王五', '13712345678', 'c@qq.com', 300]],
  });
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await edit(zip);
  const file = path.join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

async function clean(input: string, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const io = captureIo(dir);
  const code = await main(['clean', input, '--out', 'out.xlsx', '--lang', lang, '--quiet', '--today', '2026-12-01'], io);
  return { code, io, out: path.join(dir, 'out.xlsx') };
}

const TABLE = 'xl/tables/table1.xml';

describe('main over a workbook with parts exceljs reads without a model', () => {
  it('cleans a table (ListObject) that has no table style, as openpyxl writes one, and writes it back without a style', async () => {
    await workbookFile('无样式表.xlsx', async (zip) => {
      const xml = await zip.file(TABLE)!.async('string');
      zip.file(TABLE, xml.replace(/<tableStyleInfo[^>]*\/>/, ''));
    });
    const { code, io, out } = await clean('无样式表.xlsx');
    expect(io.err).toBe('');
    expect(code).toBe(0);
    const table = (await JSZip.loadAsync(readFileSync(out))).file(TABLE);
    expect(await table!.async('string')).not.toMatch(/tableStyleInfo[^>]*name=/);
  });

  it('keeps the filter buttons of a table Excel saved: shown where the file shows them, hidden where it hides one', async () => {
    // Excel writes a table's filter as <autoFilter ref=…/>, a <filterColumn hiddenButton="1"> only for a hidden button.
    await workbookFile('筛选.xlsx', async (zip) => {
      const xml = await zip.file(TABLE)!.async('string');
      zip.file(TABLE, xml.replace(/<autoFilter[^>]*>[\s\S]*?<\/autoFilter>/, '<autoFilter ref="A1:D4"><filterColumn colId="3" hiddenButton="1"/></autoFilter>'));
    });
    const { code, out } = await clean('筛选.xlsx');
    expect(code).toBe(0);
    const written = await (await JSZip.loadAsync(readFileSync(out))).file(TABLE)!.async('string');
    const hidden = [...written.matchAll(/<filterColumn colId="(\d+)" hiddenButton="(\d)"/g)].map(([, col, flag]) => [col, flag]);
    expect(hidden.slice(0, 4)).toEqual([['0', '0'], ['1', '0'], ['2', '0'], ['3', '1']]);
    // The columns the run added to the table (整理问题 …) show their buttons.
    expect(hidden.length).toBeGreaterThan(4);
    expect(hidden.slice(4).every(([, flag]) => flag === '0')).toBe(true);
  });

  it('keeps the buttons hidden in a table whose file hides them all', async () => {
    await workbookFile('无按钮.xlsx', async () => undefined);
    const { code, out } = await clean('无按钮.xlsx');
    expect(code).toBe(0);
    const written = await (await JSZip.loadAsync(readFileSync(out))).file(TABLE)!.async('string');
    // The run's columns in the table too: a table without buttons stays one.
    expect(written.match(/hiddenButton="1"/g)).toHaveLength(Number(/<tableColumns count="(\d+)"/.exec(written)![1]));
    expect(written).not.toContain('hiddenButton="0"');
  });

  it.each(['zh-CN', 'en'] as const)('says in the summary what the output lacks: charts and dynamic-array formulas (%s)', async (lang) => {
    const input = await workbookFile('图表.xlsx', async (zip) => {
      zip.file('xl/charts/chart1.xml', '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
      // As Excel writes a spilling formula's marker: the XLDAPR (dynamic array properties) type.
      zip.file('xl/metadata.xml', '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000"/></metadataTypes></metadata>');
    });
    const before = readFileSync(input);
    const { code, io } = await clean('图表.xlsx', lang);
    expect(code).toBe(0);
    const parts = [say(lang, 'cli.part.charts'), say(lang, 'cli.part.dynamicArrays')].join(say(lang, 'cli.summary.sep'));
    const note = say(lang, 'cli.note.unkeptParts', { path: 'out.xlsx', parts });
    expect(io.out).toContain(say(lang, 'cli.summary.problem', { message: note }));
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('keeps a note pinned on an empty cell, and its sheet\'s notes on filled cells', async () => {
    await workbookFile('批注.xlsx', async () => undefined);
    // As Excel saves notes: a comments part related to the sheet, one on a filled cell, one on an empty one.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, '批注.xlsx'));
    wb.getWorksheet('客户')!.getCell('A2').note = '老客户';
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const part = Object.keys(zip.files).find((n) => /^xl\/comments\d*\.xml$/.test(n))!;
    const xml = await zip.file(part)!.async('string');
    zip.file(part, xml.replace('</commentList>', '<comment ref="F6" authorId="0"><text><r><t>月底回访 &amp; 续约</t></r></text></comment></commentList>'));
    writeFileSync(path.join(dir, '批注.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const { code, io, out } = await clean('批注.xlsx');
    expect(code).toBe(0);
    expect(io.out).not.toContain(say('zh-CN', 'cli.part.emptyCellNotes'));
    // Read from the file's comments part: exceljs itself drops a note on an empty cell on reading.
    const written = await JSZip.loadAsync(readFileSync(out));
    const notes = await written.file(Object.keys(written.files).find((n) => /^xl\/comments\d*\.xml$/.test(n))!)!.async('string');
    expect(notes).toMatch(/<comment ref="F6"[^>]*>.*月底回访 &amp; 续约.*<\/comment>/);
    expect(notes).toMatch(/<comment ref="A2"[^>]*>.*老客户.*<\/comment>/);
  });

  it('says nothing of the kind for a workbook exceljs carries whole', async () => {
    await workbookFile('普通.xlsx', async () => undefined);
    const { code, io } = await clean('普通.xlsx');
    expect(code).toBe(0);
    expect(io.out).not.toContain('缺少输入工作簿中的以下内容');
  });
});
