/**
 * Every message of a refused run is in the user's language: the reason Node or JSON.parse gives
 * (English only) is said in Chinese for a Chinese run, and a refusal raised before the sheet is read
 * under a server's C locale speaks the sheet's language, as the rest of the run does.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { detailIn } from '../../cli/detail-text';
import { captureIo, tempDir, type Captured } from './helpers';

const SHEET = ['客户编号,姓名,手机,城市,负责人', 'KH001,张伟,13812345678,杭州,王芳', 'KH002,李娜,13912345678,上海,王芳'].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, '客户.csv'), SHEET);
});
afterEach(() => cleanup());

async function run(argv: string[], env: Record<string, string>): Promise<{ code: number; io: Captured }> {
  const io = captureIo(dir, env);
  const code = await main(argv, io);
  return { code, io };
}

/** The words of JSON.parse's English reasons, left in a Chinese line. */
const englishWords = (text: string) => text.match(/\b(?:Unexpected|Expected|property|position|token|input)\b/g) ?? [];

describe('a settings file that is not JSON, in a Chinese run', () => {
  it('says what is wrong in Chinese: a file cut short', async () => {
    writeFileSync(path.join(dir, '设置.json'), '{ "remind": { "birthday": { "daysAhead": ');
    const { code, io } = await run(['clean', '客户.csv', '-c', '设置.json', '--quiet'], { LANG: 'zh_CN.UTF-8' });
    expect(code).toBe(1);
    expect(io.err).toBe('设置文件“设置.json”不是有效的 JSON（文件在结束前缺少内容，例如少了 }、] 或引号）。\n');
  });

  it('says what is wrong in Chinese at its line and column: a comma after the last item', async () => {
    writeFileSync(path.join(dir, '设置.json'), '{\n  "remind": { "stale": { "enabled": false }, }\n}');
    const { io } = await run(['clean', '客户.csv', '-c', '设置.json', '--quiet', '--lang', 'zh-CN'], { LANG: 'en_US.UTF-8' });
    expect(io.err).toMatch(/^设置文件“设置.json”第 2 行第 46 列不是有效的 JSON（这里应是用英文双引号括起的设置项名称/);
    expect(englishWords(io.err)).toEqual([]);
  });

  it('an English run keeps the reason as JSON.parse gives it', async () => {
    writeFileSync(path.join(dir, 'settings.json'), '{ "remind": ');
    const { io } = await run(['clean', '客户.csv', '-c', 'settings.json', '--quiet'], { LANG: 'en_US.UTF-8' });
    expect(io.err).toBe('The settings file "settings.json" is not valid JSON (Unexpected end of JSON input).\n');
  });
});

describe('a file-system refusal, in a Chinese run', () => {
  it('an output that cannot be written says why in Chinese, with the code kept', async () => {
    const { code, io } = await run(['clean', '客户.csv', '--out', '/proc/nope/整理后.xlsx', '--quiet'], { LANG: 'zh_CN.UTF-8' });
    expect(code).toBe(1);
    expect(io.err).toBe('无法写入“/proc/nope/整理后.xlsx”：文件或文件夹不存在（ENOENT）。\n');
  });

  it('each reason Node gives is said in Chinese, one it does not know as it is', () => {
    expect(detailIn('zh-CN', "EACCES: permission denied, open '/srv/客户.xlsx'")).toBe('没有权限（EACCES）');
    expect(detailIn('zh-CN', 'ENOSPC: no space left on device, write')).toBe('磁盘已满（ENOSPC）');
    expect(detailIn('zh-CN', `Unexpected token '/', "// 我们的设置" is not valid JSON`)).toBe('此处不应出现“/”');
    expect(detailIn('zh-CN', 'end of central directory record signature not found')).toBe('end of central directory record signature not found');
    expect(detailIn('en', "EACCES: permission denied, open '/srv/x.xlsx'")).toBe("EACCES: permission denied, open '/srv/x.xlsx'");
  });
});

describe('a refusal before the sheet is read, under a server\'s C locale', () => {
  it('a wrong --today is said in the Chinese sheet\'s language, with the usage in Chinese', async () => {
    const { code, io } = await run(['clean', '客户.csv', '--today', '2026-13-01'], { LANG: 'C.UTF-8' });
    expect(code).toBe(2);
    expect(io.err.split('\n')[0]).toBe('--today “2026-13-01”不是 YYYY-MM-DD 格式的日期。');
    expect(io.err).toContain('用法：sheet-keeper clean');
    expect(io.err).not.toContain('Usage');
  });

  it('an output that is the input is refused in the sheet\'s language', async () => {
    const { code, io } = await run(['clean', '客户.csv', '--out', '客户.csv'], { LANG: 'C' });
    expect(code).toBe(2);
    expect(io.err.split('\n')[0]).toBe('输出文件“客户.csv”就是输入文件；客户表管家从不覆盖输入文件，请换一个 --out。');
  });

  it('an English sheet keeps English', async () => {
    writeFileSync(path.join(dir, 'customers.csv'), 'Name,Phone\nJohn Smith,2025550143\n');
    const { io } = await run(['clean', 'customers.csv', '--today', 'tomorrow'], {});
    expect(io.err.split('\n')[0]).toBe('--today "tomorrow" is not a date in the form YYYY-MM-DD.');
  });

  it('a sheet that cannot be read leaves the language unknown: said in both', async () => {
    const { code, io } = await run(['clean', '没有这个.xlsx', '--quiet'], { LANG: 'C' });
    expect(code).toBe(1);
    expect(io.err).toBe('文件“没有这个.xlsx”不存在，请检查文件名和所在文件夹。\nThe file "没有这个.xlsx" does not exist. Check the name and the folder.\n');
  });
});
