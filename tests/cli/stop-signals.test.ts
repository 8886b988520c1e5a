/**
 * A run stopped from outside (Ctrl-C, `kill PID` from a cron job's timeout) stops whole: a run
 * relaunched with more heap stops with its parent instead of going on unseen, and files half
 * written are removed. Each case runs in a child Node (stop-child.js): the signal is sent to it,
 * not to jest.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** The child started, stopped by `signal` once it says it is ready; its exit code. */
function stopped(args: string[], signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'stop-child.js'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) child.kill(signal);
    });
    child.once('error', reject);
    child.once('exit', (code, sig) => resolve({ code, signal: sig }));
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
