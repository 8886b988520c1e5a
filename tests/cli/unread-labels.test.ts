/** The what-if names the sheet's labels it could not read (a team's own Strategic / Growth / Starter in a Tier column), in the report sheet and the summary. */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

// A US sheet whose Tier column speaks its own words, and one row stating a tier the rules know
// (Gold / Silver / Bronze are read as the metals' ladder: stated-tier.test.ts).
const SHEET = [
  'Customer,Phone,Total Spend ($),Orders,Last Purchase,Tier',
  'David Jones,(617) 555-0100,"$42,000.00",9,11/23/2026,Strategic',
  'Maria Garcia,(617) 555-0101,"$8,500.00",4,10/02/2026,Growth',
  'James Smith,(617) 555-0102,"$1,200.00",1,03/15/2026,Growth',
  'Linda Brown,(617) 555-0103,$450.00,1,01/20/2025,Starter',
  'Emily Chen,(617) 555-0104,"$31,000.00",6,12/01/2026,High',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'customers.csv'), SHEET);
});
afterEach(() => cleanup());

async function clean(lang: string) {
  const io = captureIo(dir);
  const code = await main(['clean', 'customers.csv', '--out', 'out.xlsx', '--json', 'out.json', '--today', '2027-02-22', '--lang', lang, '--quiet'], io);
  expect([code, io.err]).toEqual([0, '']);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  const report: string[][] = [];
  wb.getWorksheet(lang === 'en' ? 'Report' : '报告')!.eachRow((row) => report.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return { summary: io.out, report, json: JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) };
}

describe('labels of the sheet the what-if cannot read', () => {
  it('are counted with an example in the summary and under the report sheet\'s comparison (en)', async () => {
    const { summary, report, json } = await clean('en');
    const line = 'Value tier: 4 customers\' labels in the sheet could not be read (such as "Growth") and were not compared; give your own levels those labels in the settings (classify.tier) to compare them.';
    expect(summary).toContain(`  ${line}\n`);
    expect(report.map((r) => r[0])).toContain(line);
    expect(json.classification.whatIf.dimensions.find((d: { dimension: string }) => d.dimension === 'tier').unreadLabels).toEqual({ count: 4, example: 'Growth' });
  });

  it('in Chinese too', async () => {
    const { summary } = await clean('zh-CN');
    expect(summary).toContain('  价值等级：4 位客户在表中的标注无法识别（如“Growth”），未参与对比；在设置中给自己的等级写上这些标注（classify.tier）即可对比。\n');
  });

  it('a sheet without a VIP column has no VIP line in the comparison', async () => {
    const { report } = await clean('en');
    const at = report.findIndex((r) => r[0] === 'Classes compared with the sheet');
    expect(report.slice(at + 2, at + 4).map((r) => r[0])).toEqual(['Value tier', 'Any dimension']);
  });
});
