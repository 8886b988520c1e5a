/**
 * Ctrl-C, `kill`, a closed terminal or cron's timeout stop a run that may be writing its files. The
 * files being made (write-file.ts's temporary `.NAME.PID.tmp`) are removed before the process goes,
 * and it exits as a shell reports a process stopped by that signal (130, 143, 129), so a script sees
 * the run did not finish. Host code: the core never sees a signal.
 */
import { writeSync } from 'node:fs';
import { constants } from 'node:os';
import { removePendingFiles, watchPending } from './io/write-file';

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** The exit code of a process stopped by `signal`: 128 plus its number, as a shell reports it. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

/**
 * The line said as the run stops: `written` is true when its files were all in place already (the
 * stop came as the copies of the old ones were removed), false when nothing of the run was written.
 */
export type StopLine = (signal: NodeJS.Signals, written: boolean) => string;

/**
 * From now on, a stop signal that comes while files are being written removes them, says so in a
 * line on stderr (`line`, in the run's language) and ends the process with its code. Only then: a
 * handler in place during the long cleaning, which holds the thread, would keep Ctrl-C waiting for it,
 * where Node's own default stops the run at once.
 */
export function cleanUpOnStop(line?: StopLine): void {
  const stop = (signal: NodeJS.Signals) => {
    const written = removePendingFiles();
    if (line) {
      try {
        // Written at once: the process ends on the next line, and a stream's write might never go out.
        writeSync(2, '\n' + line(signal, written) + '\n');
      } catch {
        // stderr closed (a terminal gone with SIGHUP): the exit code still says it.
      }
    }
    process.exit(signalExitCode(signal));
  };
  watchPending((busy) => {
    for (const signal of STOP_SIGNALS) {
      if (busy) process.on(signal, stop);
      else process.off(signal, stop);
    }
  });
}
