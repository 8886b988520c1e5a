/**
 * What people type into a cell to say it has no value (无, 暂无, /, —, N/A, TBD, 地址不详, 无电话) or
 * that it is another cell's (同上, 〃, ditto): as good as a blank for the number and date cleaners
 * (nothing to flag) and for the duplicate finder (nothing to agree on: two rows whose address is
 * 同上 live wherever the rows above them do).
 */
const DITTO = '同上|同左|同前|〃|ditto|same as above';
// A survey's unanswered question: 问卷星 writes (跳过) for a question skipped by its logic and (空) for
// one left blank; Microsoft Forms writes anonymous for a respondent who did not sign in.
const UNANSWERED = '[(（]\\s*(?:空|跳过|跳過|未作答|未回答|empty|skipped)\\s*[)）]|anonymous|匿名';
const PLACEHOLDER = new RegExp(
  '^(?:无|暂无|没有|不详|待定|待补|未知|未填|未填写|[/_—–-]+|n/?a|none|nil|tbd|tba|unknown' +
    `|${DITTO}|${UNANSWERED}` +
    '|(?:地址|电话|手机|邮箱|公司|单位|姓名|生日)(?:不详|未知|未填|未填写|暂无|无)' +
    '|(?:无|暂无|没有)(?:地址|电话|手机|邮箱|公司|单位))$',
  'i',
);
/** Longer than any placeholder with the spaces around it: most cells are answered by their length. */
const LONGEST = 16;

export function isPlaceholder(text: string): boolean {
  return text.length <= LONGEST && PLACEHOLDER.test(text.trim());
}

/**
 * 问卷星's numeric export (按序号) writes a skipped question -3 and an unanswered one -2: in a text
 * column (a company, a name, an address) no value, never the company "3". Amounts and counts keep
 * their signs: there -3 is a number.
 */
export function isSkipCode(text: string): boolean {
  return text.length <= 4 && /^\s*-[23]\s*$/.test(text);
}

const DITTO_ONLY = new RegExp(`^(?:${DITTO})$`, 'i');

/** A placeholder that points at the row above (同上, 〃, ditto): it stands for a value the row lacks. */
export function isDitto(text: string): boolean {
  return text.length <= LONGEST && DITTO_ONLY.test(text.trim());
}

/**
 * A date that stands for none: 0000-00-00 (a database's zero date, in MySQL and CRM exports, with or
 * without its 00:00:00), 1900-01-00 (Excel's day 0) and 0/0/00 (Outlook's export of a contact with no
 * birthday or anniversary). Blank for the date cleaner and the duplicate finder: two rows both
 * exported with 0000-00-00 share no birthday.
 */
const ZERO_DATE = /^0{4}[-/.]0{1,2}[-/.]0{1,2}(?:[ T]0{1,2}:00(?::00)?)?$|^1900[-/.]0?1[-/.]0{1,2}$|^0{1,2}\/0{1,2}\/(?:0{2}|0{4})$/;

export function isZeroDate(text: string): boolean {
  const t = text.trim();
  return t.length <= 19 && ZERO_DATE.test(t);
}

/**
 * A year written for a birthday that has none: 0000 (Square's customer export and API write such a
 * birthday 0000-MM-DD) and 1604 (Apple Contacts and vCard from an iPhone: a birthday saved without
 * its year is exported 1604-MM-DD, 1604 being a leap year, so 29 February fits). Its month and day are
 * the birthday; no one was born in either year.
 */
export function isYearPlaceholder(year: number): boolean {
  return year === 0 || year === 1604;
}

/**
 * Keys typed to fill a required cell: one character repeated (8888888, aaa, 1) or a run of digits in
 * order (1234567, 123, 987654). Rows that write one share nothing (a phone, an e-mail user name).
 */
export function isFillerRun(text: string): boolean {
  return /^(.)\1*$/u.test(text) || (text.length >= 3 && ('01234567890'.includes(text) || '9876543210'.includes(text)));
}

/**
 * A value masked for privacy, as shops' and platforms' exports write them (138****5678,
 * 110105********0035, z***@qq.com, 张*): some characters stand as asterisks. It names someone but
 * can reach or identify nobody: two rows that share 138****5678 share the mask, not a number.
 */
const HAS_CONTENT = /[0-9A-Za-z\u4e00-\u9fff]/;

export function isMasked(text: string): boolean {
  // Read for every cell the duplicate finder looks at: the asterisk first, without a regular expression.
  return text.length <= 64 && (text.includes('*') || text.includes('＊')) && HAS_CONTENT.test(text);
}

/**
 * A buyer's account cut short for privacy (京东's 下单帐号 jd_d62a3a210***): hidden only at its end,
 * with 8 characters or more shown. Unlike 138****5678 or 张*, what is shown tells one account from
 * another in a shop's export, and the platform cuts each account the same way on every order: his
 * orders are one customer's. Only for a customer id: a phone or an ID card cut short is still no number.
 */
const CUT_SHORT = /^[^*＊\s]{8,}[*＊]+$/u;
export function isCutShortAccount(text: string): boolean {
  return CUT_SHORT.test(text.trim());
}
