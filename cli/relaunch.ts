/**
 * The command run again in a Node with more room (heap.ts), standing in for this process: the same
 * terminal (stdio inherited), and a stop signal this process gets (Ctrl-C, `kill PID`, a closed
 * terminal, cron's timeout) passed on to the run, which cleans up and stops; this process waits
 * for it and ends with its code. A parent that died alone would leave the run going unseen.
 */
import { spawn } from 'node:child_process';
import { STOP_SIGNALS } from './stop-signals';

export interface RelaunchEnd {
  /** The run's exit code, or null when a signal ended it. */
  status: number | null;
  signal: NodeJS.Signals | null;
  /** Node could not be started at all. */
  error?: Error;
}

export function relaunch(args: readonly string[], env: NodeJS.ProcessEnv): Promise<RelaunchEnd> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env });
    const pass = (signal: NodeJS.Signals) => {
      child.kill(signal);
    };
    for (const signal of STOP_SIGNALS) process.on(signal, pass);
    const done = (end: RelaunchEnd) => {
      for (const signal of STOP_SIGNALS) process.off(signal, pass);
      resolve(end);
    };
    child.once('error', (error) => done({ status: null, signal: null, error }));
    child.once('exit', (status, signal) => done({ status, signal }));
  });
}
