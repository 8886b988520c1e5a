/**
 * E-mail addresses: width folding, ＠ and 。 slips, "mailto:", a display name (张伟 <zw@qq.com>),
 * lower case, several addresses per cell, validation with the WHATWG "valid e-mail address"
 * pattern or, for an address beyond ASCII (info@müller.com, 用户@例子.公司), its Unicode letters, and a warning (never a change) for provider typos such as qq.con or gmial.com, for a
 * domain with no ending (ann@acme) and for a QQ number typed where the address belongs.
 */
import { numberText, type Cell } from '../table/cell';
import { collapseSpaces, toHalfWidth } from '../text/fold';
import { valuesSeparator } from '../text/multi-value';
import type { Finding } from '../plan/issue';
import type { CleanContext, CleanResult } from './types';
import { keep, changeText, NO_FINDINGS } from './result';
import { suggestEmail } from './email-typo';
import { isQqNumber } from './id';
import { domainToAscii } from '../text/punycode';

/** HTML Living Standard, 4.10.5.1.5 "valid e-mail address" (a willful violation of RFC 5322). */
const WHATWG_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * An address with letters beyond ASCII (IDNA, SMTPUTF8): info@müller.com, 用户@例子.公司. Each label of
 * its domain (two at least: no intranet host is written so) is letters, digits and inner hyphens, 63
 * characters at most once written in ASCII (xn--mller-kva), and the last is no number. Its user name
 * may hold any letter or digit besides the WHATWG pattern's signs only at such a domain, the mail
 * systems that issue 用户@例子.公司: the providers of ASCII domains (QQ, 163, Gmail, Outlook) give out
 * no such names, and 张伟@qq.com is a name typed where the user name belongs.
 */
const WHATWG_LOCAL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const UNICODE_LOCAL = /^[\p{L}\p{M}\p{N}.!#$%&'*+/=?^_`{|}~-]+$/u;
const UNICODE_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function isValidEmail(s: string): boolean {
  if (WHATWG_EMAIL.test(s)) return true;
  if (ASCII_ONLY.test(s)) return false;
  const at = s.indexOf('@');
  if (at < 1 || s.indexOf('@', at + 1) >= 0) return false;
  const domain = s.slice(at + 1);
  const local = s.slice(0, at);
  const labels = domain.split('.');
  return (
    (ASCII_ONLY.test(domain) ? WHATWG_LOCAL.test(local) : UNICODE_LOCAL.test(local)) &&
    labels.length >= 2 &&
    !/^\d+$/.test(labels[labels.length - 1]) &&
    labels.every((label) => UNICODE_LABEL.test(label) && domainToAscii(label).length <= 63)
  );
}

/** `张伟 <zw@qq.com>`, `"Wei Zhang" <zw@qq.com>`: a mail program's display name before the address. */
const DISPLAY_NAME = /[^<>,;、]*<\s*([^<>\s]+@[^<>\s]+)\s*>/g;

/** Longest cell whose display names are looked for (a few addresses with their names). */
const MAX_NAMED = 1000;


/** Slips an IME or a copy from a web page leaves in an address. */
function repair(s: string): string {
  // Display names only in cells of a believable size: the pattern scans back from each '<'.
  const named = s.length <= MAX_NAMED && s.includes('<') ? s.replace(DISPLAY_NAME, ' $1 ') : s;
  return toHalfWidth(named)
    .replace(/[\u3002\uFF61]/g, '.')
    .replace(/[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, '')
    .replace(/mailto:/gi, ' ')
    .replace(/\s*([@.])\s*/g, '$1');
}

/** One address with its wrapping (<…>, quotes, a closing full stop) taken off, lower case. */
function tidy(piece: string): string {
  return piece.replace(/^[<("'\[]+|[>)"'\].]+$/g, '').toLowerCase();
}

/** What separates several addresses in one cell (Google Contacts exports join them with " ::: "). */
const SPLIT = /(?:[\s;,、]|:::)+/;
/** Lower-case ASCII, one @, no wrapping, no trailing dot: what `tidy` leaves a valid address as. */
const TIDY = /^[a-z0-9_%+-][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** The e-mail cleaner. */
/**
 * An Exchange internal address (/o=ExchangeLabs/ou=…/cn=Recipients/cn=…): Outlook's contacts export
 * writes a colleague of the same organisation so (E-mail Type EX). It is no mistyped e-mail to mend,
 * and his SMTP address, when Outlook has one, is in E-mail 2 Address.
 */
const EXCHANGE_ADDRESS = /^\s*\/o=[^/]+(?:\/ou=[^/]+)*\/cn=/i;

export function cleanEmail(cell: Cell, _ctx: CleanContext): CleanResult {
  if (cell.kind === 'number') {
    // A number cell is no address; a QQ number among them names a likely one.
    const value = numberText(cell.value);
    return keep(cell, [isQqNumber(value) ? qqFinding(value) : { code: 'email.invalid', severity: 'warning', params: { value } }]);
  }
  if (cell.kind !== 'text') return keep(cell);
  if (EXCHANGE_ADDRESS.test(cell.value)) return keep(cell, [{ code: 'email.exchangeAddress', severity: 'info', params: { value: cell.value.trim() } }]);
  // One address already in its tidy form (lower case, nothing to fold, split or strip): the long
  // way would return it unchanged, with only the typo check to add.
  if (TIDY.test(cell.value) && isValidEmail(cell.value)) return keep(cell, typo(cell.value));
  const folded = collapseSpaces(toHalfWidth(cell.value));
  let pieces = repair(cell.value).split(SPLIT).filter((p) => p !== '');
  pieces = pieces.flatMap((p) => ((p.match(/@/g) ?? []).length > 1 ? p.split('/') : [p])).filter((p) => p !== '');
  const addressCount = pieces.filter((p) => p.includes('@')).length;

  if (addressCount < 2) {
    const single = tidy(pieces.join(' '));
    if (!isValidEmail(single)) {
      // A QQ number, often typed here for the QQ mailbox, is no address; its mailbox is a likely one:
      // suggested, never written.
      if (isQqNumber(folded)) return changeText(cell, folded, 'fix.spaces', [qqFinding(folded)]);
      return changeText(cell, folded, 'fix.spaces', [{ code: 'email.invalid', severity: 'warning', params: { value: folded } }]);
    }
    return changeText(cell, single, 'fix.email', typo(single));
  }

  // Google Contacts' " ::: " stays: Google reads the addresses apart by it alone.
  const separator = valuesSeparator(cell.value, '; ');
  const findings: Finding[] = [{ code: 'email.multiple', severity: 'info', params: { count: pieces.length, separator } }];
  const out = pieces.map((piece) => {
    const address = tidy(piece);
    if (!isValidEmail(address)) {
      findings.push({ code: 'email.invalid', severity: 'warning', params: { value: piece } });
      return piece;
    }
    findings.push(...typo(address));
    return address;
  });
  return changeText(cell, out.join(separator), 'fix.email', findings);
}

function qqFinding(value: string): Finding {
  const suggestion = `${value}@qq.com`;
  return { code: 'email.qqNumber', severity: 'warning', params: { value, suggestion }, suggestion };
}

/**
 * What a well-formed address's domain says: a provider one slip away (gmial.com, or @qq with its .com
 * forgotten) is suggested; any other domain with no dot has no ending (ann@acme): the pattern allows an
 * intranet host, but mail to it from outside bounces, and it is no customer's mailbox.
 */
function typo(address: string): Finding[] {
  const suggestion = suggestEmail(address);
  if (suggestion) return [{ code: 'email.typo', severity: 'warning', params: { value: address, suggestion }, suggestion }];
  if (!address.slice(address.lastIndexOf('@') + 1).includes('.')) return [{ code: 'email.noDomainEnding', severity: 'warning', params: { value: address } }];
  return NO_FINDINGS;
}
