/**
 * An amount the run flags as doubtful (150000 under 成交金额（万元） is ¥15亿 read in 万) is not given to
 * the kept row by a --merge as if confirmed: the kept row's blank amount stays blank, the flagged value
 * is listed in 合并记录 with the row it came from and kept in the archive, so nothing is lost and
 * nothing unconfirmed is counted.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cellText } from '../../shared';
import { main } from '../../cli/main';
import { readCsv } from '../../cli/io/read-csv';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** 张伟 twice: the fuller row 2 without an amount (kept), row 4 with 150000 typed in yuan under 万元. */
const DEALS = '姓名,手机,成交金额（万元）,城市,负责人,备注\r\n张伟,13800138000,,杭州,王五,老客户转介绍\r\n李娜,13900139000,8,上海,王五,\r\n张伟,13800138000,150000,,,\r\n';

async function merge(csv: string, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ summary: string; sheet: Record<string, string>[]; archive: Record<string, string>[] }> {
  writeFileSync(path.join(dir, '成交.csv'), csv);
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const code = await main(['clean', '成交.csv', '--today', '2026-12-01', '--merge', '--out', '整理后.csv', '--lang', lang, '--quiet'], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  const rows = (file: string) => {
    const [header, ...lines] = readCsv(readFileSync(path.join(dir, file)), file).cells.map((r) => r.map((c) => cellText(c)));
    return lines.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  };
  return { summary: io.out, sheet: rows('整理后.csv'), archive: rows('整理后.archive.csv') };
}

describe('a doubtful amount in a --merge', () => {
  it('does not fill the kept row\'s blank amount: it is listed in 合并记录 and kept in the archive', async () => {
    const { summary, sheet, archive } = await merge(DEALS);
    const zhang = sheet.find((r) => r['姓名'] === '张伟')!;
    expect(zhang['成交金额（万元）']).toBe('');
    expect(zhang['合并记录']).toBe('成交金额（万元）: 150000（2026-12-01 原第4行）');
    expect(archive.map((r) => [r['姓名'], r['成交金额（万元）'], r['原行号']])).toEqual([['张伟', '150000', '4']]);
    expect(summary).toContain('从重复行补全了 0 个空单元格');
    // Nothing unconfirmed is counted: no value tier from ¥15亿.
    expect(zhang['价值等级']).not.toBe('高价值');
  });

  it('a confirmed amount of the same group still fills it', async () => {
    const { sheet } = await merge(DEALS.replace('150000', '15'));
    const zhang = sheet.find((r) => r['姓名'] === '张伟')!;
    expect(zhang['成交金额（万元）']).toBe('15');
    expect(zhang['价值等级']).toBe('高价值');
  });

  it('in English: the flagged value is named in Merged values', async () => {
    const { sheet } = await merge(DEALS, 'en');
    const zhang = sheet.find((r) => r['姓名'] === '张伟')!;
    expect(zhang['成交金额（万元）']).toBe('');
    expect(zhang['Merged values']).toBe('成交金额（万元）: 150000 (row 4 as of 2026-12-01)');
  });
});
