/** Where the JSON report goes when it is asked for on stdout (`--json -`) or into a pipe. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, lstatSync, promises as fsPromises, readdirSync, readFileSync, symlinkSync } from 'node:fs';
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

  it('reads --json /dev/stdout as --json -: the report alone on stdout (for jq), the summary on stderr, no file written over /dev/stdout', async () => {
    // From the regression round: `--json /dev/stdout > report.json` renamed the report over the
    // /dev/stdout link itself, and `--json /dev/stdout | jq` got the summary after the JSON.
    const io = captureIo(dir);
    expect(await main([...RUN, '--json', '/dev/stdout'], io)).toBe(0);
    expect(JSON.parse(io.out).version).toBe(1);
    expect(io.err).toContain('Output: clean.xlsx');
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

describe('a reader that stops early', () => {
  // A report longer than a pipe's buffer (64 KB): the bundled 400-row sheet gives some 700 KB.
  const BIG = ['clean', 'big.csv', '--today', '2024-06-01', '--out', 'clean.xlsx'];
  beforeEach(() => copyFileSync(path.join(__dirname, '..', '..', 'examples', 'customers-zh.csv'), path.join(dir, 'big.csv')));

  it('`--json - | head -c 100`: one line saying standard output could not be written, no Node stack trace', () => {
    const cli = path.join(__dirname, '..', '..', 'dist', 'cli', 'main.js');
    // The shell's pipe closes when head has its 100 bytes; the report is longer than a pipe's buffer.
    const script = `node ${JSON.stringify(cli)} ${BIG.join(' ')} --json - --quiet --lang en 2>err.txt | head -c 100 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const status = execFileSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8' }).trim();
    const err = readFileSync(path.join(dir, 'err.txt'), 'utf8');
    expect(status).toBe('1');
    expect(err).toContain('Cannot write "standard output (--json -)"');
    expect(err).not.toMatch(/node:events|Unhandled 'error' event|\n\s+at /);
  });

  it('a reader of a --json pipe that stops early is named as the report, not as the cleaned file', async () => {
    const fifo = path.join(dir, 'report.json');
    execFileSync('mkfifo', [fifo]);
    const io = captureIo(dir);
    // Reads a little of the report, then closes its end of the pipe.
    const reader = new Promise<void>((resolve) => {
      const stream = createReadStream(fifo, { highWaterMark: 64 });
      stream.once('data', () => {
        stream.destroy();
        resolve();
      });
    });
    const [code] = await Promise.all([main([...BIG, '--json', 'report.json', '--quiet', '--lang', 'en'], io), reader]);
    expect(code).toBe(1);
    expect(io.err).toContain('Cannot write "report.json"');
    expect(io.err).not.toContain('Cannot write "clean.xlsx"');
  });
});
