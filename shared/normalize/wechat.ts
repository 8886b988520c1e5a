/**
 * The WeChat cleaner: a WeChat ID is free text (wxid_…, chenjing_88, tidied as any text), or the
 * mobile the account is found by, which a sheet may hold as a number and Excel cut like any mobile
 * (13900000000, shown 1.39E+10; 1.39E+10 as a CSV's text). Such a value is flagged as the phone
 * cleaner flags a cut mobile, and kept: no one can tell from it whose account it was. A whole
 * number cell (13912345678) is every digit of the number and is fine as it is.
 */
import { cellText, type Cell } from '../table/cell';
import type { CleanContext, CleanResult } from './types';
import { lostDigitsText, phoneDigitsLost } from './lost-digits';
import { cleanText } from './text';

export function cleanWechat(cell: Cell, ctx: CleanContext): CleanResult {
  const tidied = cleanText(cell, ctx);
  if (!phoneDigitsLost(cell)) return tidied;
  // A number as the user sees it (1.39E+10), not as the 13900000000 it holds, which reads as a real mobile.
  const value = cell.kind === 'number' ? lostDigitsText(cell) : tidied.cell.kind === 'text' ? tidied.cell.value : cellText(cell);
  return { ...tidied, findings: [...tidied.findings, { code: 'wechat.precisionLost', severity: 'error', params: { value } }] };
}
