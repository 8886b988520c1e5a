/**
 * Suggests the address a person probably meant when its domain is one slip away from a well-known
 * provider (gmial.com → gmail.com, qq.con → qq.com). Modelled on mailcheck.js
 * (https://github.com/mailcheck/mailcheck): compare the whole domain to known domains, then the
 * top-level domain alone; but with optimal string alignment instead of sift3 and stricter limits
 * on short names, so that ge.com is not "corrected" to me.com.
 */
import { osaDistanceWithin } from './edit-distance';
import { KNOWN_MAIL_DOMAINS, LOOKALIKE_REAL_DOMAINS, REAL_TLDS, TLD_TYPOS } from './email-domains';
import { remembered, runMemos } from '../text/run-memos';

function splitDomain(domain: string): { name: string; tld: string } {
  const dot = domain.lastIndexOf('.');
  return dot < 0 ? { name: domain, tld: '' } : { name: domain.slice(0, dot), tld: domain.slice(dot + 1) };
}

/** How many edits the name part (before the last dot) of a known domain tolerates. */
function nameBudget(name: string): number {
  if (name.length <= 3) return 0;
  if (name.length <= 5) return 1;
  return 2;
}

const KNOWN = KNOWN_MAIL_DOMAINS.map((domain) => {
  const { name, tld } = splitDomain(domain);
  return { domain, name, tld, budget: nameBudget(name) };
});

/**
 * Domains repeat far more than addresses (every colleague shares the company's), and the distance
 * scan over the known list is the costly part, so the run remembers answers (RunMemos.mailDomains,
 * gone with the run). Bounded, and cleared whole when full: the answer never depends on what is remembered.
 */
const MEMO_LIMIT = 10000;

/** The domain meant instead of `domain` (lower case), or null when it is fine or unknown. */
export function suggestDomain(domain: string): string | null {
  return remembered(runMemos()?.mailDomains, domain, MEMO_LIMIT, scanDomain);
}

function scanDomain(domain: string): string | null {
  if (domain === '' || KNOWN_MAIL_DOMAINS.includes(domain) || LOOKALIKE_REAL_DOMAINS.has(domain)) return null;
  const { name, tld } = splitDomain(domain);
  // "abc@qq" or "abc@163": the provider without its top-level domain.
  if (tld === '') return KNOWN.find((k) => k.name === name)?.domain ?? null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const k of KNOWN) {
    // Lengths alone bound the distance; most domains are rejected before any table is built.
    if (Math.abs(name.length - k.name.length) > k.budget || Math.abs(tld.length - k.tld.length) > 1) continue;
    const dTld = tld === k.tld ? 0 : REAL_TLDS.has(tld) ? Infinity : osaDistanceWithin(tld, k.tld, 1);
    if (dTld > 1) continue;
    const dName = osaDistanceWithin(name, k.name, k.budget);
    if (dName > k.budget) continue;
    const score = dName + dTld;
    if (score > 0 && score <= 2 && score < bestScore) {
      best = k.domain;
      bestScore = score;
    }
  }
  if (best) return best;
  const fixedTld = TLD_TYPOS[tld];
  return fixedTld && name !== '' ? `${name}.${fixedTld}` : null;
}

/** The corrected address for `address` (already lower case), or null. */
export function suggestEmail(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 1) return null;
  const domain = suggestDomain(address.slice(at + 1));
  return domain ? `${address.slice(0, at)}@${domain}` : null;
}
