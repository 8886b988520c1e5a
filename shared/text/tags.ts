/**
 * The tags of a tags cell (企业微信's 标签 `VIP客户,已成交`, a CRM's `老客户、批发`, Outlook's `Customers;VIP`),
 * as the merge unites them and the classification reads them: each tag a thing of its own.
 */

/**
 * What stands between the tags of a tags cell (零食,黑名单; VIP、老客户; a; b | c), with the spaces after it;
 * Google Contacts joins its labels with " ::: " (* myContacts ::: VIP ::: 老客户), and a merged cell keeps it.
 */
export const TAG_SEPARATOR = /\s*:::\s*|[,，、;；|｜]\s*/;
const TAG_SEPARATORS = /(?:\s*:::\s*|[,，、;；|｜]\s*)+/;
/** Chinese tags are also written apart by spaces alone (老客户 黑名单); an English tag holds them (Key Account). */
const HAN_TAGS = /^[\p{Script=Han}\s]+$/u;

/** The cell text's tags, trimmed, without empty ones. */
export function splitTags(text: string): string[] {
  const separated = TAG_SEPARATOR.test(text) || !HAN_TAGS.test(text) ? text.split(TAG_SEPARATORS) : text.split(/\s+/);
  return separated.map((tag) => tag.trim()).filter((tag) => tag !== '');
}
