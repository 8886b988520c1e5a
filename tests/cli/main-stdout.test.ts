/** Where the JSON report goes when it is asked for on stdout (`--json -`) or into a pipe. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, promises as fsPromises, readdirSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, fixture, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(fixture('customers-utf8.csv'), path.join(dir, 'customers.csv'));
});
afterEach(() => cleanup());

const RUN = ['clean', 'customers.csv', '--today', '2024-06-01', '--out', 'clean.xlsx'];

describe('--json - : the report on stdout, for a script to pipe into jq', () => {
  it('puts only the JSON report on stdout and the summary on stderr, and writes no file named "-"', async () => {
    const io = captureIo(dir);
    const code = await main([...RUN, '--json', '-'], io);
    expect(code).toBe(0);
    const report = JSON.parse(io.out);
    expect(report).toMatchObject({ version: 1, input: 'customers.csv', output: 'clean.xlsx' });
    expect(io.err).toContain('Report (JSON): standard output (--json -)');
    expect(io.err).toContain('Output: clean.xlsx');
    expect(existsSync(path.join(dir, '-'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['clean.xlsx', 'customers.csv']);
  });

  it('says so in Chinese under --lang zh-CN, the JSON still alone on stdout', async () => {
    const io = captureIo(dir);
    expect(await main([...RUN, '--json', '-', '--lang', 'zh-CN', '--quiet'], io)).toBe(0);
    expect(JSON.parse(io.out).version).toBe(1);
    expect(io.err).toContain('JSON 报告：标准输出（--json -）');
  });

  it('hands the report to the host as data, not escaped for the terminal', async () => {
    const io = captureIo(dir);
    let data = '';
    io.data = async (s) => void (data += s);
    expect(await main([...RUN, '--json', '-', '--quiet'], io)).toBe(0);
    expect(JSON.parse(data).version).toBe(1);
    expect(io.out).toBe('');
  });
});

describe('--json naming a pipe or a link to one (/dev/stdout is a link to the terminal or the pipe)', () => {
  it('writes the report through the link into the pipe and leaves both in place; the summary stays on stdout', async () => {
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, path.join(dir, 'report.json'));
    const io = captureIo(dir);
    const [text, code] = await Promise.all([fsPromises.readFile(fifo, 'utf8'), main([...RUN, '--json', 'report.json', '--quiet'], io)]);
    expect(code).toBe(0);
    expect(JSON.parse(text)).toMatchObject({ version: 1, output: 'clean.xlsx' });
    expect(lstatSync(path.join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(io.out).toContain('Report (JSON): report.json');
  });
});
