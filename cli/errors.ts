/** Expected failures of the command line, as message codes with parameters and an exit code. */
import type { Params } from '../shared';
import type { CliMessageKey } from './messages';

/** 1: the input, sheet or settings cannot be used; 2: the command line itself is wrong. */
export type ExitCode = 0 | 1 | 2;

/**
 * Thrown for anything a user can fix (a missing file, an unknown sheet, bad arguments). `main`
 * renders it in the chosen language and exits with `exitCode`; it never reaches the user as a stack.
 */
export class CliError extends Error {
  constructor(
    readonly key: CliMessageKey | string,
    readonly params: Params = {},
    readonly exitCode: ExitCode = 1,
  ) {
    super(key);
    this.name = 'CliError';
  }
}

/** The one-line reason of a Node or library error, without a stack (Node's own: "EACCES: permission denied, open '…'"). */
export function errorDetail(err: unknown): string {
  const message = err && typeof err === 'object' ? (err as { message?: unknown }).message : undefined;
  const text = typeof message === 'string' && message.trim() !== '' ? message : String(err);
  return text.split('\n')[0].trim();
}
