/**
 * The report sheet (报告 / Report) and the JSON report of a sheet with an amount column: each table of
 * customers by class or value in columns a manager can chart and present (count, share of customers,
 * spending, share of spending), numbers in number formats, the JSON's counts as they were.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

// 深圳华星 typed twice (rows 2 and 7); amounts in 万元.
const ZH = [
  '客户名称,联系人,手机,省份,负责人,累计消费（万元）,最近购买日期',
  '深圳华星电子有限公司,张伟,13812345678,广东,李娜,18.6,2024-10-20',
  '广州南方贸易有限公司,王芳,13923456789,广东,李娜,2.5,2023-05-26',
  '上海蓝海科技有限公司,陈静,13734567890,上海,赵磊,,',
  '苏州恒达机械有限公司,刘强,13645678901,江苏,,68,2024-09-01',
  '杭州云帆网络有限公司,周敏,13556789012,浙江,赵磊,0.99995,2024-03-31',
  '深圳华星电子有限公司,张伟,138 1234 5678,广东,李娜,18.6,2024-10-20',
].join('\n');

async function clean(csv: string, lang: 'zh-CN' | 'en'): Promise<{ sheet: ExcelJS.Worksheet; json: { report: { sections: { id: string; series: Record<string, unknown>[]; spendTotal?: number }[] } } }> {
  writeFileSync(path.join(dir, 'in.csv'), csv);
  const code = await main(['clean', 'in.csv', '--today', '2024-12-01', '--out', 'out.xlsx', '--json', 'out.json', '--lang', lang], captureIo(dir));
  expect(code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  return { sheet: wb.getWorksheet(lang === 'en' ? 'Report' : '报告')!, json: JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) };
}

/** The sheet's rows from the one whose first cell is `title`, up to the blank row after it: values and number formats. */
function table(sheet: ExcelJS.Worksheet, title: string): [unknown, string][][] {
  let at = 0;
  sheet.eachRow((row, n) => { if (!at && row.getCell(1).value === title) at = n; });
  expect(at).toBeGreaterThan(0);
  const out: [unknown, string][][] = [];
  for (let n = at; sheet.getRow(n).getCell(1).value !== null; n++) {
    const row = sheet.getRow(n);
    const cells: [unknown, string][] = [];
    for (let c = 1; c <= 5 && row.getCell(c).value !== null; c++) cells.push([row.getCell(c).value, row.getCell(c).numFmt]);
    out.push(cells);
  }
  return out;
}

describe('the 报告 sheet of a zh sheet with a 万元 amount column', () => {
  it('writes each tier\'s count, share of customers, spending in yuan and share of spending, in number formats', async () => {
    const { sheet } = await clean(ZH, 'zh-CN');
    expect(table(sheet, '按价值等级')).toEqual([
      [['按价值等级', '@'], ['客户数', '@'], ['客户占比', '@'], ['消费金额', '@'], ['金额占比', '@']],
      [['高价值', '@'], [2, '#,##0'], [0.4, '0.0%'], [866000, '#,##0.00'], [0.961, '0.0%']],
      [['中价值', '@'], [1, '#,##0'], [0.2, '0.0%'], [25000, '#,##0.00'], [0.028, '0.0%']],
      [['低价值', '@'], [1, '#,##0'], [0.2, '0.0%'], [9999.5, '#,##0.00'], [0.011, '0.0%']],
      [['未知', '@'], [1, '#,##0'], [0.2, '0.0%'], [0, '#,##0.00'], [0, '0.0%']],
    ]);
  });

  it('says the customers\' spending under their count, in yuan, and which column it sums', async () => {
    const { sheet } = await clean(ZH, 'zh-CN');
    expect(table(sheet, '客户').map((row) => row.map(([v]) => v))).toEqual([
      ['客户'],
      ['客户数', 5],
      ['表格行数（重复录入、尚未合并的客户在上面只算一位）', 6],
      ['消费金额合计', 900999.5],
      ['消费金额：按“累计消费（万元）”列逐位客户合计，每位只计一次（重复录入、尚未合并的客户取合并后保留的金额：不同账户相加，否则取较大者，同一累计数不重复计入），以元计：该列的 12 在这里是 120,000。'],
    ]);
  });

  it('keeps the JSON\'s counts and adds share, spend and spendShare, and each table\'s spendTotal', async () => {
    const { json } = await clean(ZH, 'zh-CN');
    const owner = json.report.sections.find((s) => s.id === 'owner')!;
    expect(owner.series).toEqual([
      { id: '李娜', label: '李娜', count: 2, share: 0.4, spend: 211000, spendShare: 0.234 },
      { id: '赵磊', label: '赵磊', count: 2, share: 0.4, spend: 9999.5, spendShare: 0.011 },
      { id: '#blank', label: '未分配', count: 1, share: 0.2, spend: 680000, spendShare: 0.755 },
    ]);
    expect(owner.spendTotal).toBe(900999.5);
    // Tables that are no share of the customers keep their counts alone.
    expect(json.report.sections.find((s) => s.id === 'customers')!.series).toEqual([
      { id: 'total', label: '客户数', count: 5 },
      { id: 'rows', label: '表格行数（重复录入、尚未合并的客户在上面只算一位）', count: 6 },
    ]);
  });
});

describe('the Report sheet of an English sheet without an amount column', () => {
  const EN = [
    'Name,Email,State,Owner,Last Contact',
    'Robert Jones,bob.jones@gmail.com,CA,Amy Lee,2024-10-02',
    'Maria Garcia,maria.garcia@yahoo.com,TX,Ben Ortiz,2024-02-14',
    'David Kim,dkim@outlook.com,CA,Amy Lee,2024-11-20',
  ].join('\n');

  it('gives the shares of the customers, in English, and no spending columns (not zeros)', async () => {
    const { sheet, json } = await clean(EN, 'en');
    const owners = table(sheet, 'Customers by owner');
    expect(owners).toEqual([
      [['Customers by owner', '@'], ['Customers', '@'], ['Share of customers', '@']],
      [['Amy Lee', '@'], [2, '#,##0'], [0.667, '0.0%']],
      [['Ben Ortiz', '@'], [1, '#,##0'], [0.333, '0.0%']],
    ]);
    expect(json.report.sections.every((s) => s.spendTotal === undefined && s.series.every((x) => !('spend' in x)))).toBe(true);
  });
});

describe('a table of the report with nothing to count', () => {
  // A tidy list: nothing to flag.
  const TIDY = [
    '客户名称,联系人,手机,省份,负责人,累计消费（万元）,最近购买日期',
    '深圳华星电子有限公司,张伟,13812345678,广东,李娜,18.6,2024-10-20',
    '广州南方贸易有限公司,王芳,13923456789,广东,李娜,2.5,2024-05-26',
    '苏州恒达机械有限公司,刘强,13645678901,江苏,赵磊,68,2024-09-01',
  ].join('\n');

  it('says 无 under the issues tables of a sheet without issues, not a bare title', async () => {
    const { sheet, json } = await clean(TIDY, 'zh-CN');
    expect(json.report.sections.find((x) => x.id === 'issues.kind')?.series).toEqual([]);
    for (const title of ['问题（按严重程度）', '问题（按类型）', '问题（按字段）']) expect(table(sheet, title)).toEqual([[[title, '@']], [['无', '@']]]);
  });

  it('says None in English', async () => {
    const { sheet } = await clean(TIDY, 'en');
    for (const title of ['Issues by severity', 'Issues by kind', 'Issues by field']) expect(table(sheet, title)).toEqual([[[title, '@']], [['None', '@']]]);
  });
});
