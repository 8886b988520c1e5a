/**
 * A run stopped from outside (Ctrl-C, `kill PID` from a cron job's timeout) stops whole: a run
 * relaunched with more heap stops with its parent instead of going on unseen, and files half
 * written are removed. Each case runs in a child Node (stop-child.js): the signal is sent to it,
 * not to jest.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { stopLine } from '../../cli/main';
import { say } from '../../cli/messages';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
/** Children still running when a spec ends (one that failed by never stopping): ended, not left behind. */
const children = new Set<ChildProcess>();
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
  cleanup();
});

/** The child started, stopped by `signal` once it says it is ready; its exit code (and what it said on stderr). */
function stopped(args: string[], signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr?: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'stop-child.js'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) child.kill(signal);
    });
    child.once('error', reject);
    child.once('close', (code, sig) => {
      children.delete(child);
      resolve(stderr === '' ? { code, signal: sig } : { code, signal: sig, stderr });
    });
  });
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('a run relaunched with more heap', () => {
  it('is stopped with its parent: `kill PID` reaches the run, and the parent ends with its code', async () => {
    const pidFile = path.join(dir, 'run.pid');
    const end = await stopped(['relaunch', pidFile], 'SIGTERM');
    const runPid = Number(readFileSync(pidFile, 'utf8'));
    expect(existsSync(`${pidFile}.stopped`)).toBe(true);
    expect(end).toEqual({ code: 143, signal: null });
    expect(alive(runPid)).toBe(false);
  }, 60_000);
});

describe('a run stopped while writing its output', () => {
  it.each([['SIGTERM', 143], ['SIGINT', 130]] as const)('on %s leaves no temporary file and exits %i', async (signal, code) => {
    const target = path.join(dir, '会员.cleaned.csv');
    writeFileSync(target, '姓名,手机\r\n王芳,13812345678\r\n');
    const end = await stopped(['write', target], signal);
    expect(end).toEqual({ code, signal: null });
    expect(readdirSync(dir)).toEqual(['会员.cleaned.csv']);
    // The file it was replacing is as it was.
    expect(readFileSync(target, 'utf8')).toBe('姓名,手机\r\n王芳,13812345678\r\n');
  }, 60_000);
});

describe('a run stopped while cleaning (nothing written yet)', () => {
  it('stops at once, as Node stops any program: the cleaning does not hold Ctrl-C or kill back', async () => {
    expect(await stopped(['clean'], 'SIGTERM')).toEqual({ code: null, signal: 'SIGTERM' });
  }, 60_000);
});

describe('a run stopped while its report waits for a named pipe no one reads (mkfifo p; … --json p)', () => {
  it.each([
    ['SIGINT', 130, 'en'],
    ['SIGTERM', 143, 'zh-CN'],
  ] as const)('on %s ends at once with %i, says in one line (%s) that nothing was written, and puts the cleaned file back as it was', async (signal, code, lang) => {
    const cleaned = path.join(dir, '会员.cleaned.csv');
    writeFileSync(cleaned, '姓名,手机\r\n王芳,13812345678\r\n');
    const pipe = path.join(dir, '会员报告.json');
    execFileSync('mkfifo', [pipe]);
    const end = await stopped(['pipe', lang, cleaned, pipe], signal);
    expect(end).toEqual({ code, signal: null, stderr: '\n' + say(lang, 'cli.interrupted', { signal }) + '\n' });
    // The cleaned file was moved in before the report was poured: it gets back what it held.
    expect(readFileSync(cleaned, 'utf8')).toBe('姓名,手机\r\n王芳,13812345678\r\n');
    expect(readdirSync(dir).sort()).toEqual(['会员.cleaned.csv', '会员报告.json']);
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('.sheet-keeper.会员报告.json.'))).toEqual([]);
  }, 60_000);
});

describe('the line said on a stop', () => {
  it('speaks the language the run speaks when the signal comes, and says when the files were in already', () => {
    let lang: 'en' | 'zh-CN' = 'en';
    const line = stopLine(() => lang);
    expect(line('SIGINT', false)).toBe('Interrupted (SIGINT) while writing: nothing was written; your sheet and the files already there are as they were.');
    lang = 'zh-CN';
    expect(line('SIGINT', false)).toBe('写入时被中断（SIGINT）：没有写入任何文件，原表和已有的文件都保持原样。');
    expect(line('SIGTERM', true)).toBe('运行结束时被中断（SIGTERM）：结果文件已经写好。');
  });
});
