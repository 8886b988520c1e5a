/**
 * Two mailboxes of one user name but for a generation suffix (tom.reed@ / tom.reed.jr@, tomreed@ /
 * tomreedjr@, …sr@ / …jr@): a father and his son, who share a name, a home phone and often a
 * provider. Spelt alike as they are, they are evidence of two people, not of one (tester h69, 1).
 */
import type { EmailKey } from './email';

/** Suffixes read after a separator (tom.reed.jr, tom_reed_ii): rules as data. */
const AFTER_SEPARATOR: ReadonlySet<string> = new Set(['jr', 'jnr', 'junior', 'sr', 'snr', 'senior', 'ii', 'iii', 'iv', '2nd', '3rd']);
/** Suffixes read joined to the name (tomreedjr): only those no name ends in by chance (not ii, sr). */
const JOINED: readonly string[] = ['junior', 'senior', 'jnr', 'jr'];
/** Letters of the name before a joined suffix: a bare jr@ or xjr@ is no one's name. */
const MIN_STEM = 4;

/** A user name as its name without separators and its generation suffix ('' when none). */
function generationOf(local: string): { stem: string; suffix: string } {
  const parts = local.split(/[._-]+/).filter((p) => p !== '');
  const last = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && AFTER_SEPARATOR.has(last)) return { stem: parts.slice(0, -1).join(''), suffix: last };
  const joined = parts.join('');
  for (const suffix of JOINED) {
    if (joined.length - suffix.length >= MIN_STEM && joined.endsWith(suffix)) return { stem: joined.slice(0, -suffix.length), suffix };
  }
  return { stem: joined, suffix: '' };
}

/** The last characters of the suffixes (r of jr, i of ii, d of 2nd …). */
const SUFFIX_LAST: ReadonlySet<string> = new Set([...AFTER_SEPARATOR, ...JOINED].map((s) => s[s.length - 1]));

/**
 * Whether a user name may end in a suffix: its last letter (after any separators) ends one. Most do
 * not (zhangwei88, li.na), and are told so without splitting the name for every pair compared.
 */
function mayHaveSuffix(local: string): boolean {
  let end = local.length - 1;
  while (end >= 0 && (local[end] === '.' || local[end] === '_' || local[end] === '-')) end--;
  return end >= 0 && SUFFIX_LAST.has(local[end]);
}

/** Whether two mailboxes name one person's name in two generations (one with a suffix the other lacks, or another one). */
export function twoGenerations(x: EmailKey, y: EmailKey): boolean {
  if (x.shared || y.shared) return false;
  // Neither with a suffix: the two suffixes are both none, so never two generations.
  if (!mayHaveSuffix(x.local) && !mayHaveSuffix(y.local)) return false;
  const a = generationOf(x.local);
  const b = generationOf(y.local);
  return a.suffix !== b.suffix && a.stem !== '' && a.stem === b.stem;
}
