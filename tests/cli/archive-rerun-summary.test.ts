/**
 * The summary of a CSV --merge run again over its own archive says what this run did to the archive:
 * rows it added are said moved there, rows whose lines were there already are not, and an archive this
 * run added nothing to is left as it was and not listed among the files written.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

/** 张伟 typed twice (rows 2 and 4), the second time with his district. */
const CUSTOMERS = '姓名,手机,消费金额,城市\r\n张伟,13800138000,12800,杭州\r\n李娜,13900139000,8600,上海\r\n张伟,13800138000,12800,杭州市西湖区\r\n王芳,13700137000,25000,北京\r\n';
/** 李娜 typed in again at the end (row 6). */
const LI_NA_AGAIN = '李娜,13900139000,8600,上海\r\n';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'x.csv'), CUSTOMERS);
});
afterEach(() => cleanup());

async function merge(lang: 'zh-CN' | 'en', today = '2026-12-01'): Promise<string> {
  const io = captureIo(dir, { LANG: lang === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8' });
  const code = await main(['clean', 'x.csv', '--today', today, '--merge', '--out', 'o.csv', '--lang', lang, '--quiet'], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return io.out;
}
const archive = () => path.join(dir, 'o.archive.csv');

describe('the summary of a CSV merge run again', () => {
  it('first run: the row is said moved to the archive file, which is listed as written', async () => {
    const summary = await merge('zh-CN');
    expect(summary).toContain('已合并：1 组中的 1 行移到 o.archive.csv');
    expect(summary).toContain('另外写出：o.archive.csv');
  });

  it('the same merge again: no row is said moved to the archive, the archive is not said written, nor touched', async () => {
    await merge('zh-CN');
    const before = readFileSync(archive());
    const mtime = statSync(archive()).mtimeMs;
    const summary = await merge('zh-CN', '2026-12-03');
    expect(summary).not.toMatch(/移到 o\.archive\.csv/);
    expect(summary).not.toMatch(/另外写出：.*o\.archive\.csv/);
    expect(summary).toContain('已合并：1 组中的 1 行不再留在 o.csv 中，已在 o.archive.csv 里，本次未写入；从重复行补全了 0 个空单元格');
    expect(summary).toMatch(/有 1 行合并行已由上次相同的合并写入“o\.archive\.csv”/);
    expect(readFileSync(archive())).toEqual(before);
    expect(statSync(archive()).mtimeMs).toBe(mtime);
  });

  it('a rerun that adds one row and meets one held: only the added one is said moved', async () => {
    await merge('zh-CN');
    writeFileSync(path.join(dir, 'x.csv'), LI_NA_AGAIN, { flag: 'a' });
    const summary = await merge('zh-CN', '2026-12-03');
    expect(summary).toContain('已合并：2 组中的 1 行移到 o.archive.csv，另有 1 行已在其中；从重复行补全了 0 个空单元格');
    expect(summary).toContain('另外写出：o.archive.csv');
  });

  it('says it in English too', async () => {
    await merge('en');
    const again = await merge('en', '2026-12-03');
    expect(again).toContain('Merged 1 group: 1 row left out of o.csv, already in o.archive.csv (nothing added to it), 0 empty cells filled from duplicates');
    expect(again).not.toMatch(/moved to o\.archive\.csv/);
    writeFileSync(path.join(dir, 'x.csv'), LI_NA_AGAIN, { flag: 'a' });
    expect(await merge('en', '2026-12-04')).toContain('Merged 2 groups: 1 row moved to o.archive.csv, 1 already in it, 0 empty cells filled from duplicates');
  });
});
