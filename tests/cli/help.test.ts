/** What --help says matches what the command does: the short options, the defaults, the files it writes. */
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseCliArgs } from '../../cli/args';
import { companionPath } from '../../cli/io/csv-companions';
import { main, makeFolder } from '../../cli/main';
import { say } from '../../cli/messages';
import { captureIo, fixture, tempDir } from './helpers';

describe('--help in both languages', () => {
  it.each(['en', 'zh-CN'] as const)('names every short option the command takes (%s)', (lang) => {
    const help = say(lang, 'cli.usage');
    expect(parseCliArgs(['clean', 'a.csv', '-o', 'b.csv', '-c', 's.json', '-q'])).toMatchObject({ out: 'b.csv', config: 's.json', quiet: true });
    for (const pair of ['-o, --out', '-c, --config', '-q, --quiet', '-h, --help']) expect(help).toContain(pair);
  });

  it.each(['en', 'zh-CN'] as const)('names the inputs read beyond .xlsx and .csv, and the time zone --today defaults in (%s)', (lang) => {
    const help = say(lang, 'cli.usage');
    for (const ext of ['.xlsm', '.tsv', '.txt']) expect(help).toContain(ext);
    expect(help).toContain('dates.timeZone');
  });

  it.each(['en', 'zh-CN'] as const)('names the archive file --merge writes beside a CSV as the code does (%s)', (lang) => {
    expect(companionPath('out.csv', 'archive')).toBe('out.archive.csv');
    const help = say(lang, 'cli.usage');
    expect(help).toContain('out.archive.csv');
    expect(help).not.toContain('<out>.archive.csv');
    expect(help).not.toContain('<输出>.archive.csv');
  });

  it('says --quiet also silences the memory warning', () => {
    expect(say('en', 'cli.usage')).toMatch(/-q, --quiet +no progress lines on stderr, nor the warning that a big sheet\n +may need more memory/);
    expect(say('zh-CN', 'cli.usage')).toContain('也不提示大表可能内存不足');
  });
});

describe('options a run cannot honour are said, not dropped', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    copyFileSync(fixture('customers-utf8.csv'), path.join(dir, '客户.csv'));
  });
  afterEach(() => cleanup());

  it.each([
    ['en', 'Note: --sheet "Sheet2" was ignored: "客户.csv" is a CSV file, which holds one sheet, and that sheet was cleaned.'],
    ['zh-CN', '注意：已忽略 --sheet “Sheet2”：“客户.csv”是 CSV 文件，只有一张表，整理的就是这张表。'],
  ])('--sheet with a CSV input: the summary says it did nothing (%s)', async (lang, note) => {
    const io = captureIo(dir);
    expect(await main(['clean', '客户.csv', '--sheet', 'Sheet2', '--lang', lang, '--today', '2024-06-01', '--out', 'out.csv', '--quiet'], io)).toBe(0);
    expect(io.out).toContain(note);
  });

  it('no such note without --sheet', async () => {
    const io = captureIo(dir);
    expect(await main(['clean', '客户.csv', '--lang', 'en', '--today', '2024-06-01', '--out', 'out.csv', '--quiet'], io)).toBe(0);
    expect(io.out).not.toContain('--sheet');
  });
});

describe('the output folder', () => {
  it('is made, with the folders above it, when it is not there yet', async () => {
    const { dir, cleanup } = tempDir();
    try {
      await makeFolder(path.join(dir, '2024', '华东', '十二月'));
      expect(readdirSync(path.join(dir, '2024', '华东'))).toEqual(['十二月']);
      await makeFolder(path.join(dir, '2024'));
    } finally {
      cleanup();
    }
  });

  // Node's recursive mkdir asks the kernel for /proc/nope for ever; here the run stops with a message.
  (existsSync('/proc/self') ? it : it.skip)('under /proc, where no folder can be made: refused in words (exit 1), never a hang', async () => {
    await expect(makeFolder('/proc/nope/deeper')).rejects.toMatchObject({ code: 'ENOENT' });
    const { dir, cleanup } = tempDir();
    try {
      copyFileSync(fixture('customers-utf8.csv'), path.join(dir, 'customers.csv'));
      const io = captureIo(dir);
      expect(await main(['clean', 'customers.csv', '--today', '2024-06-01', '--out', '/proc/nope/x.xlsx', '--quiet'], io)).toBe(1);
      expect(io.err).toMatch(/^Cannot write "\/proc\/nope\/x\.xlsx": ENOENT/);
    } finally {
      cleanup();
    }
  });
});
