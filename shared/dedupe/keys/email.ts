/**
 * E-mail addresses as match keys: trimmed and lower-cased, an internationalised domain in its ASCII
 * form (müller.com is xn--mller-kva.com); for Gmail (gmail.com,
 * googlemail.com) dots in the user name and a "+tag" are folded, since Gmail ignores them, and at the
 * providers that document sub-addressing (Outlook.com, iCloud, Fastmail, Proton) the "+tag" alone. Text without one "@" between a user name and a dotted domain gives no key.
 */
import { foldText } from './fold';
import { domainToAscii } from '../../text/punycode';
import { isFillerRun } from '../../normalize/placeholder';
import { KNOWN_MAIL_DOMAINS, LOOKALIKE_REAL_DOMAINS } from '../../normalize/email-domains';
import { withinOneEdit, withinTwoEdits } from '../similarity/edit';
import { remembered, runMemos } from '../../text/run-memos';

export interface EmailKey {
  /** The address as written, trimmed (case kept): tells "same" from "same ignoring case". */
  written: string;
  /** Lower case. */
  address: string;
  /** Lower case, Gmail dots and +tags folded, and the +tags of the providers that document them (SUBADDRESSING). */
  folded: string;
  local: string;
  domain: string;
  /** A role mailbox (info@, sales@, kefu@): a company's shared inbox, not one person's address. */
  shared?: true;
}

/**
 * User names of role mailboxes, read by whoever staffs the desk: colleagues at one company write
 * the same info@ or sales@ into their rows. Pinyin ones too (kefu 客服, xiaoshou 销售, caiwu 财务).
 * A number may follow (sales01@).
 */
const ROLE = new RegExp(
  '^(?:' +
    [
      'info', 'sales', 'office', 'admin', 'administrator', 'contact', 'contactus', 'support', 'service', 'services',
      'customerservice', 'cs', 'help', 'helpdesk', 'hello', 'team', 'enquiries', 'enquiry', 'inquiry', 'inquiries',
      'hr', 'jobs', 'careers', 'recruit', 'recruitment', 'marketing', 'mail', 'email', 'billing', 'accounts',
      'accounting', 'finance', 'orders', 'order', 'purchase', 'purchasing', 'procurement', 'reception', 'frontdesk',
      'noreply', 'no-reply', 'webmaster', 'postmaster', 'business', 'biz', 'bd', 'general',
      'kefu', 'xiaoshou', 'caiwu', 'renshi', 'zhaopin', 'bangong', 'fuwu', 'shouhou', 'caigou', 'lianxi', 'zongban',
    ].join('|') +
    ')(?:[._-]?\\d{1,3})?$',
);

/**
 * An address typed to fill a required cell: 123@qq.com, 1@1.com, test@test.com, none@none.com,
 * xxx@xxx.com, anything@test.com. Rows that write one have nothing in common, so it gives no key
 * (two different 张伟 with 123@qq.com were one customer on it).
 */
const MADE_UP_USER = /^(?:abcd?e?f?|qwe|asd|test\d*|none|null|nil|no|nomail|no-?email|unknown|meiyou|无|没有)$/u;
const MADE_UP_DOMAIN = /^(?:test|none|null|xxx|abc|a|no|noemail)\.[a-z]+$/;

function madeUp(local: string, domain: string): boolean {
  return MADE_UP_USER.test(local) || isFillerRun(local) || MADE_UP_DOMAIN.test(domain) || domain.startsWith(`${local}.`);
}

/** Real provider domains, some a keystroke from another (mail.com / gmail.com): two of them are two mailboxes. */
const REAL_DOMAINS: ReadonlySet<string> = new Set([...KNOWN_MAIL_DOMAINS, ...LOOKALIKE_REAL_DOMAINS]);

/**
 * `a` and `b` are one mailbox whose domain was mistyped once (amelia.morgan92@davidson-taylor.com /
 * …@davidsn-taylor.com, zw1990@gmial.com / zw1990@gmail.com): the same personal user name (four
 * characters or more), domains one edit apart, and not two real providers (mail.com / gmail.com).
 */
export function domainSlip(a: EmailKey, b: EmailKey): boolean {
  return (
    a.local === b.local && a.domain !== b.domain && !a.shared && a.local.length >= 4 &&
    !(REAL_DOMAINS.has(a.domain) && REAL_DOMAINS.has(b.domain)) && withinOneEdit(a.domain, b.domain)
  );
}

/** Letters a company domain's name (before its last dot) needs for two slips in it to leave it one company's: hsbc.com / hkbn.com are two. */
const TWO_SLIPS_MIN_NAME = 6;

/** User names shorter than this (jw@, amy@) are too often colleagues' for two slips of the domain to say one mailbox. */
const TWO_SLIPS_MIN_USER = 6;

const domainName = (domain: string): string => {
  const dot = domain.lastIndexOf('.');
  return dot < 0 ? domain : domain.slice(0, dot);
};

/**
 * `a` and `b` are one mailbox whose domain was typed with two slips (elizataylor@marshall-hughes.com /
 * …@marsahll-hughs.com, wanglei1988@xingchen-keji.com / …@xingchenkej.com): the same personal user
 * name of six characters or more, domains two edits apart (a swap of two letters is one) whose names
 * have six letters or more, and not two real providers (sina.com / sohu.com are two mailboxes). One
 * slip is `domainSlip`.
 */
export function domainSlips(a: EmailKey, b: EmailKey): boolean {
  return (
    a.local === b.local && a.domain !== b.domain && !a.shared && a.local.length >= TWO_SLIPS_MIN_USER &&
    !(REAL_DOMAINS.has(a.domain) && REAL_DOMAINS.has(b.domain)) &&
    Math.min(domainName(a.domain).length, domainName(b.domain).length) >= TWO_SLIPS_MIN_NAME && withinTwoEdits(a.domain, b.domain)
  );
}

/** Answers of `slipDomains` by domain, remembered by the run (RunMemos.slipDomains): domains repeat (every colleague has the company's). Bounded, cleared whole when full. */
const SLIP_MEMO_LIMIT = 10000;

/**
 * Keys under which a mailbox at `domain` meets the same user name at a domain one keystroke away, for
 * blocking. A real provider gives itself only, and so does any domain for each real provider one
 * keystroke from it (136.com gives 163.com, 126.com and 139.com; gmial.com gives gmail.com): one user
 * name at two real providers (zhangwei@163.com / zhangwei@126.com, namesakes as often as one person)
 * never meets. Another domain (a company's) also gives the first three and the last three letters of
 * its name (davidson-taylor: ^dav, lor$), one of which any single slip leaves alone; a short name
 * gives itself whole (hill.com and hill.om meet, a slip inside the name is not met).
 */
export function slipDomains(domain: string): readonly string[] {
  return remembered(runMemos()?.slipDomains, domain, SLIP_MEMO_LIMIT, slipsOf);
}

function slipsOf(domain: string): readonly string[] {
  if (REAL_DOMAINS.has(domain)) return [domain];
  const dot = domain.lastIndexOf('.');
  const name = dot < 0 ? domain : domain.slice(0, dot);
  const own = name.length >= 7 ? [`^${name.slice(0, 3)}`, `${name.slice(-3)}$`] : [`^${name}$`];
  return [...own, ...[...REAL_DOMAINS].filter((d) => withinOneEdit(d, domain))];
}

/** The user name is a role mailbox's (exported for tests). */
export const isRoleMailbox = (local: string): boolean => ROLE.test(local);

const SHAPE = /^([^\s@]+)@([^\s@]+\.[^\s@.]+)$/u;
const GMAIL = new Set(['gmail.com', 'googlemail.com']);
/**
 * Providers that document sub-addressing: user+anything@ reaches user@, the tag ignored when the mailbox
 * is looked up. Their dots stay: only Gmail ignores those (sophie.tran@ and sophietran@ are two Outlook
 * mailboxes).
 * - Outlook.com / Hotmail / Live / MSN: plus addresses "just work" on Outlook.com (instantfundas.com,
 *   "Outlook.com Now Supports "+" Email Aliases"), as in Exchange Online (learn.microsoft.com, "Plus
 *   addressing in Exchange Online": local-part+tag@domain, the original address must be valid).
 * - iCloud (icloud.com, me.com, mac.com): "username+subaddress@icloud.com" is received by the account,
 *   the tag dropped (RFC 5233 sub-addressing; receive only).
 * - Fastmail: "the part of the email address between the + and the @ is ignored for determining which
 *   account it belongs to" (fastmail.help, "Plus addressing and subdomain addressing").
 * - Proton: "+Alias: unlimited extra addresses using the + sign" (proton.me/support, "Types of email
 *   addresses and aliases").
 * Not Yahoo: its disposable addresses are basename-keyword@yahoo.com under a base name chosen apart from
 * the user name (help.yahoo.com, "Using Disposable Addresses"), so a hyphen there is part of a name. Nor a
 * company's own domain, whose server decides; nor QQ, 163 or 126, which document no tags.
 */
const SUBADDRESSING = new Set(['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'hotmail.co.uk', 'live.co.uk', 'outlook.co.uk',
  'hotmail.fr', 'live.fr', 'outlook.fr', 'hotmail.de', 'outlook.de', 'hotmail.it', 'hotmail.es', 'live.ca', 'live.com.au', 'outlook.com.au',
  'icloud.com', 'me.com', 'mac.com', 'fastmail.com', 'fastmail.fm', 'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me']);

/** The address's domain folds a +tag: a provider that documents sub-addressing, Gmail's dots apart. */
export const foldsTag = (domain: string): boolean => SUBADDRESSING.has(domain);
const NOT_ASCII = /[^\x00-\x7f]/;

/** A plain ASCII address needs no NFKC, mailto or full-stop handling. */
const PLAIN = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

export function emailKey(text: string): EmailKey | null {
  // A plain address has one @ and a dotted domain, as SHAPE asks: split at the @, no match array per row.
  if (PLAIN.test(text)) {
    const address = foldText(text);
    const at = address.indexOf('@');
    return keyOf(text, address, address.slice(0, at), address.slice(at + 1));
  }
  const written = text.normalize('NFKC').trim().replace(/^mailto:/i, '').replace(/[。．]$/u, '');
  let address = foldText(written);
  let m = SHAPE.exec(address);
  if (!m) return null;
  // A domain beyond ASCII is compared in its ASCII form, as mail is routed: info@müller.com is
  // info@xn--mller-kva.com (and not info@muller.com, another company's, which folding its ü gives).
  const at = written.lastIndexOf('@');
  if (at >= 0 && NOT_ASCII.test(written.slice(at + 1))) {
    address = `${m[1]}@${domainToAscii(written.slice(at + 1).trim())}`;
    m = SHAPE.exec(address);
    if (!m) return null;
  }
  return keyOf(written, address, m[1], m[2]);
}

/** The key of an address read into its user name and domain (none for a made-up one). */
function keyOf(written: string, address: string, local: string, domain: string): EmailKey | null {
  if (madeUp(local, domain)) return null;
  let folded = address;
  if (GMAIL.has(domain)) folded = `${local.replace(/\+.*$/, '').replace(/\./g, '')}@gmail.com`;
  else if (SUBADDRESSING.has(domain) && local.indexOf('+') > 0) folded = `${local.slice(0, local.indexOf('+'))}@${domain}`;
  const key: EmailKey = { written, address, folded, local, domain };
  if (ROLE.test(local)) key.shared = true;
  return key;
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
