/**
 * Web addresses: width folded and trimmed, 。 slips in the host fixed, scheme and host lower-cased
 * (they are case-insensitive; the path is not, so it is left alone). Nothing is added: a missing
 * http:// is not ours to guess.
 */
import type { Cell } from '../table/cell';
import { foldAll } from '../text/fold';
import type { CleanContext, CleanResult } from './types';
import { keep, changeText } from './result';

const PARTS = /^([a-z][a-z0-9+.-]*:\/\/)?([^/?#\s]*)(.*)$/isu;

export function tidyUrl(raw: string): string {
  // A closing 。 ended the sentence the address was copied from; it is never part of an address.
  const s = foldAll(foldAll(raw).replace(/[\u3002\uFF61]+$/u, ''));
  const m = PARTS.exec(s);
  if (!m) return s;
  const scheme = m[1] ?? '';
  let authority = m[2].replace(/[\u3002\uFF61]/g, '.');
  // Only something that looks like a host is lower-cased ("N/A" is not one).
  if (!scheme && !/\.\p{L}/u.test(authority)) return s;
  const at = authority.lastIndexOf('@');
  const user = at >= 0 ? authority.slice(0, at + 1) : '';
  const hostPort = authority.slice(at + 1);
  const port = /:\d*$/.exec(hostPort)?.[0] ?? '';
  authority = user + hostPort.slice(0, hostPort.length - port.length).toLowerCase() + port;
  return scheme.toLowerCase() + authority + m[3];
}

export function cleanUrl(cell: Cell, _ctx: CleanContext): CleanResult {
  if (cell.kind !== 'text') return keep(cell);
  const value = tidyUrl(cell.value);
  return changeText(cell, value, value === foldAll(cell.value) ? 'fix.spaces' : 'fix.url');
}
