/**
 * Mail domains that Chinese and English customer sheets are full of, and misspelled top-level
 * domains, for the e-mail typo check. mailcheck.js's default list lacks most Chinese providers
 * (FIELD.md "Email validation approaches"); this one puts them first.
 */

/** Known provider domains, most common first: the order breaks ties between equally close ones. */
export const KNOWN_MAIL_DOMAINS: readonly string[] = [
  'qq.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'sina.cn', 'sohu.com', 'yeah.net',
  '139.com', '189.cn', 'aliyun.com', 'outlook.com', 'hotmail.com', 'live.com', 'gmail.com',
  'yahoo.com', 'icloud.com', 'me.com', 'msn.com', 'protonmail.com',
];

/**
 * Top-level domains that are typing slips for another one, on any domain. Only endings no registry
 * hands out: .co (Colombia's, sold to businesses worldwide), .cm, .om and .ne are real, and a
 * company's arjun@globex.co is no typo. On a known provider (gmail.co, qq.om) they are still caught,
 * by the provider's own spelling. `.cn.com` is a real registry zone and not listed.
 */
export const TLD_TYPOS: Readonly<Record<string, string>> = {
  con: 'com', cmo: 'com', ocm: 'com', comm: 'com', coom: 'com', cpm: 'com', vom: 'com', xom: 'com',
  cim: 'com', ckm: 'com', 'com,': 'com',
  cnn: 'cn', ccn: 'cn', nt: 'net', nett: 'net', ner: 'net',
};

/**
 * Real top-level domains that are also a single edit away from a known one (163.net, sina.net):
 * a domain ending in one of these is never "corrected" to another TLD.
 */
export const REAL_TLDS: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'cn', 'edu', 'gov', 'info', 'biz', 'io', 'hk', 'tw', 'mo', 'jp', 'kr', 'sg',
  'uk', 'us', 'de', 'fr', 'ca', 'au', 'me', 'cc', 'tv', 'top', 'vip', 'xyz',
]);

/** Real providers that sit one edit from a known one (mail.com ↔ gmail.com): never flagged. */
export const LOOKALIKE_REAL_DOMAINS: ReadonlySet<string> = new Set([
  'mail.com', 'email.com', 'ymail.com', 'gmx.com', 'gmx.net', 'aol.com', 'mac.com', 'tom.com',
  '21cn.com', '263.net', '163.net', 'sina.net', 'sohu.net', 'live.cn', 'outlook.cn', 'msn.cn',
]);
