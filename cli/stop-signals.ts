/**
 * Ctrl-C, `kill`, a closed terminal or cron's timeout stop a run that may be writing its files. The
 * files being made (write-file.ts's temporary `.NAME.PID.tmp`) are removed before the process goes,
 * and it exits as a shell reports a process stopped by that signal (130, 143, 129), so a script sees
 * the run did not finish. Host code: the core never sees a signal.
 */
import { constants } from 'node:os';
import { removePendingFiles, watchPending } from './io/write-file';

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The exit code of a process stopped by `signal`: 128 plus its number, as a shell reports it. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

/**
 * From now on, a stop signal that comes while files are being written removes them and ends the
 * process with its code. Only then: a handler in place during the long cleaning, which holds the
 * thread, would keep Ctrl-C waiting for it, where Node's own default stops the run at once.
 */
export function cleanUpOnStop(): void {
  const stop = (signal: NodeJS.Signals) => {
    removePendingFiles();
    process.exit(signalExitCode(signal));
  };
  watchPending((busy) => {
    for (const signal of STOP_SIGNALS) {
      if (busy) process.on(signal, stop);
      else process.off(signal, stop);
    }
  });
}
