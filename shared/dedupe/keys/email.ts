/**
 * E-mail addresses as match keys: trimmed and lower-cased; for Gmail only (gmail.com,
 * googlemail.com) dots in the user name and a "+tag" are folded, since Gmail ignores them and
 * other providers may not. Text without one "@" between a user name and a dotted domain gives no key.
 */
import { foldText } from './fold';

export interface EmailKey {
  /** The address as written, trimmed (case kept): tells "same" from "same ignoring case". */
  written: string;
  /** Lower case. */
  address: string;
  /** Lower case, Gmail dots and +tags folded. */
  folded: string;
  local: string;
  domain: string;
}

const SHAPE = /^([^\s@]+)@([^\s@]+\.[^\s@.]+)$/u;
const GMAIL = new Set(['gmail.com', 'googlemail.com']);

/** A plain ASCII address needs no NFKC, mailto or full-stop handling. */
const PLAIN = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

export function emailKey(text: string): EmailKey | null {
  const written = PLAIN.test(text) ? text : text.normalize('NFKC').trim().replace(/^mailto:/i, '').replace(/[。．]$/u, '');
  const address = foldText(written);
  const m = SHAPE.exec(address);
  if (!m) return null;
  const [, local, domain] = m;
  let folded = address;
  if (GMAIL.has(domain)) folded = `${local.replace(/\+.*$/, '').replace(/\./g, '')}@gmail.com`;
  return { written, address, folded, local, domain };
}

/** All addresses in a cell (several may share one, separated by ; , or spaces). */
export function emailKeys(text: string): EmailKey[] {
  if (text === '') return [];
  if (PLAIN.test(text)) {
    const k = emailKey(text);
    return k ? [k] : [];
  }
  const out: EmailKey[] = [];
  for (const part of text.split(/[\s;；,，、]+/u)) {
    const k = part ? emailKey(part) : null;
    if (k && !out.some((o) => o.address === k.address)) out.push(k);
  }
  return out;
}
