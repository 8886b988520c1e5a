/**
 * A CSV archive next to the cleaned file over several --merge runs: the same merge run twice is archived
 * once, and a duplicate typed in later, with the same cells as one archived before, is archived when a
 * later run merges it. The summary never says a row went to the archive that this run did not write.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { cellText } from '../../shared';
import { main } from '../../cli/main';
import { readCsv } from '../../cli/io/read-csv';
import { captureIo, tempDir } from './helpers';

const CUSTOMERS = '姓名,手机,消费金额,城市\r\n张伟,13800138000,12800,杭州\r\n李娜,13900139000,8600,上海\r\n张伟,13800138000,12800,杭州\r\n王芳,13700137000,25000,北京\r\n';
/** 张伟 typed in again, with the same cells as the row the first merge archived. */
const ZHANG_AGAIN = '张伟,13800138000,12800,杭州\r\n';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '客户.csv'), CUSTOMERS);
  mkdirSync(path.join(dir, '整理'));
});
afterEach(() => cleanup());

/** `clean 客户.csv --out 整理/客户.csv --merge`, as the shop runs it each week; its summary. */
async function mergeWeekly(...more: string[]): Promise<string> {
  const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
  const today = more.includes('--today') ? [] : ['--today', '2026-12-02'];
  const code = await main(['clean', '客户.csv', '--out', '整理/客户.csv', '--merge', ...today, '--lang', 'zh-CN', '--quiet', ...more], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return io.out;
}

/** The archive's lines as 姓名 原行号→保留行 重复组. */
function archived(): string[] {
  const [header, ...lines] = readCsv(readFileSync(path.join(dir, '整理/客户.archive.csv')), '客户.archive.csv').cells.map((r) => r.map((c) => cellText(c)));
  const at = (name: string) => header.indexOf(name);
  return lines.map((r) => `${r[at('姓名')]} ${r[at('原行号')]}→${r[at('保留行')]} ${r[at('重复组')]}`);
}

const ALREADY = /已由上次相同的合并写入/;

describe('the CSV archive over later merges', () => {
  it('a duplicate typed in after the first merge is archived by the next merge, though the archive holds one like it', async () => {
    await mergeWeekly();
    expect(archived()).toEqual(['张伟 4→2 G1']);

    // The cleaned file becomes the week's list, and 张伟 is typed in again at its end (row 5).
    copyFileSync(path.join(dir, '整理/客户.csv'), path.join(dir, '客户.csv'));
    writeFileSync(path.join(dir, '客户.csv'), ZHANG_AGAIN, { flag: 'a' });
    const summary = await mergeWeekly();
    expect(archived()).toEqual(['张伟 4→2 G1', '张伟 5→2 G1']);
    expect(summary).toContain('1 组中的 1 行移到');
    expect(summary).not.toMatch(ALREADY);
  });

  it('a later merge that moves the rows up moves the earlier lines\' kept rows with them, and the line says the day of its merge', async () => {
    writeFileSync(path.join(dir, '客户.csv'), '姓名,手机,消费金额,城市,备注\r\n张伟,13800138000,12800,杭州,\r\n李娜,13900139000,8600,上海,\r\n王芳,13700137000,25000,北京,\r\n王芳,13700137000,25000,北京,\r\n');
    await mergeWeekly();
    expect(archived()).toEqual(['王芳 5→4 G1']);
    // Next week 张伟 is typed in again at the end, with a note: the fuller row is kept, row 2 archived, 王芳 moves up to row 3.
    copyFileSync(path.join(dir, '整理/客户.csv'), path.join(dir, '客户.csv'));
    writeFileSync(path.join(dir, '客户.csv'), '张伟,13800138000,12800,杭州,老客户转介绍\r\n', { flag: 'a' });
    await mergeWeekly('--today', '2026-12-09');
    expect(archived()).toEqual(['王芳 5→3 G1', '张伟 2→4 G1']);
    const [header, ...lines] = readCsv(readFileSync(path.join(dir, '整理/客户.archive.csv')), '客户.archive.csv').cells.map((r) => r.map((c) => cellText(c)));
    expect(header.slice(-5)).toEqual(['原行号', '保留行', '重复组', '原因', '合并日期']);
    expect(lines.map((r) => r.slice(-2))).toEqual([
      ['已合并到第 3 行（G1，完全重复）', '2026-12-02'],
      ['已合并到第 4 行（G1，完全重复）', '2026-12-09'],
    ]);
  });

  it('the same merge run again adds nothing to the archive, and the summary says those rows were archived before', async () => {
    await mergeWeekly();
    const archive = readFileSync(path.join(dir, '整理/客户.archive.csv'));
    const summary = await mergeWeekly();
    expect(readFileSync(path.join(dir, '整理/客户.archive.csv'))).toEqual(archive);
    expect(summary).toMatch(/有 1 行合并行已由上次相同的合并写入“整理\/客户\.archive\.csv”/);
  });

  it('the same merge run again on a later day: the kept row\'s 合并记录 cites the day of the archive line that holds the row, not a merge this run did not write', async () => {
    // 张伟 typed twice, the second time with another 城市: the kept row notes the first one's.
    writeFileSync(path.join(dir, '客户.csv'), '姓名,手机,消费金额,城市\r\n张伟,13800138000,12800,杭州\r\n李娜,13900139000,8600,上海\r\n张伟,13800138000,12800,杭州市西湖区\r\n');
    await mergeWeekly('--today', '2026-12-02');
    const noteOf = () => {
      const [header, ...rows] = readCsv(readFileSync(path.join(dir, '整理/客户.csv')), '客户.csv').cells.map((r) => r.map((c) => cellText(c)));
      return rows.map((r) => r[header.indexOf('合并记录')] ?? '').filter((n) => n !== '');
    };
    const [first] = noteOf();
    expect(first).toMatch(/（2026-12-02 原第\d行）/);
    const archive = readFileSync(path.join(dir, '整理/客户.archive.csv'));
    // Run again two days later: nothing new goes to the archive, and its one line says 2026-12-02.
    const summary = await mergeWeekly('--today', '2026-12-04');
    expect(readFileSync(path.join(dir, '整理/客户.archive.csv'))).toEqual(archive);
    expect(summary).toMatch(ALREADY);
    expect(noteOf()).toEqual([first]);
  });

  it('the JSON report marks the rows whose lines the archive already held, so a script counts only what the run added', async () => {
    await mergeWeekly('--json', '整理/第一次.json');
    const first = JSON.parse(readFileSync(path.join(dir, '整理/第一次.json'), 'utf8'));
    expect(first.merge.archived).toEqual([{ row: 4, survivor: 2, keptRow: 2, group: 'G1' }]);
    await mergeWeekly('--json', '整理/第二次.json');
    const again = JSON.parse(readFileSync(path.join(dir, '整理/第二次.json'), 'utf8'));
    expect(again.merge.archived).toEqual([{ row: 4, survivor: 2, keptRow: 2, group: 'G1', alreadyArchived: true }]);
    // Still a row the merge took out of the cleaned file.
    expect(again.merge.removedRows).toEqual([4]);
  });

  it('the last row typed in again at the end of the cleaned list, on the row it was archived from, reads as the same merge run again', async () => {
    // 李娜 typed twice as the list's last row: the merge archives row 4 into row 3.
    writeFileSync(path.join(dir, '客户.csv'), '姓名,手机,消费金额,城市\r\n张伟,13800138000,12800,杭州\r\n李娜,13900139000,8600,上海\r\n李娜,13900139000,8600,上海\r\n');
    await mergeWeekly();
    expect(archived()).toEqual(['李娜 4→3 G1']);
    // Next week the cleaned file is the list and 李娜 comes in again, cell for cell, as its row 4. The archive
    // keeps no more than the line, so this is the same merge run again to the run: not added, every value of it
    // already there, and the summary and the JSON report say so.
    copyFileSync(path.join(dir, '整理/客户.csv'), path.join(dir, '客户.csv'));
    writeFileSync(path.join(dir, '客户.csv'), '李娜,13900139000,8600,上海\r\n', { flag: 'a' });
    const summary = await mergeWeekly('--json', '整理/报告.json');
    expect(archived()).toEqual(['李娜 4→3 G1']);
    expect(summary).toMatch(ALREADY);
    expect(JSON.parse(readFileSync(path.join(dir, '整理/报告.json'), 'utf8')).merge.archived).toEqual([{ row: 4, survivor: 3, keptRow: 3, group: 'G1', alreadyArchived: true }]);
  });
});
