/**
 * The reason a message quotes from Node or V8 ({detail}: a file system's "EACCES: permission denied,
 * open '…'", JSON.parse's "Unexpected end of JSON input"), in the user's language. Those reasons are
 * English only: a Chinese run said 设置文件“设置.json”不是有效的 JSON（Unexpected end of JSON input）, half
 * of it unreadable to the user it was for. An English run keeps them as Node wrote them (they name the
 * file and position exactly); a Chinese one gets the rule's words below, with the error code kept for a
 * search or a helper, and a reason no rule knows as it was.
 */
import type { Lang } from '../shared';

interface DetailRule {
  pattern: RegExp;
  /** The reason in Chinese; {1} is the pattern's first group (the character JSON.parse stopped at). */
  zh: string;
}

/** Node's file-system error codes, as its message starts ("EACCES: permission denied, open …"). */
const FILE_SYSTEM: readonly DetailRule[] = [
  { pattern: /^EACCES\b/, zh: '没有权限（EACCES）' },
  { pattern: /^EPERM\b/, zh: '系统不允许此操作（EPERM）' },
  { pattern: /^ENOENT\b/, zh: '文件或文件夹不存在（ENOENT）' },
  { pattern: /^EISDIR\b/, zh: '这是一个文件夹，不是文件（EISDIR）' },
  { pattern: /^ENOTDIR\b/, zh: '路径中的某一级是文件，不是文件夹（ENOTDIR）' },
  { pattern: /^ENOSPC\b/, zh: '磁盘已满（ENOSPC）' },
  { pattern: /^EDQUOT\b/, zh: '超出磁盘配额（EDQUOT）' },
  { pattern: /^EROFS\b/, zh: '该位置只读（EROFS）' },
  { pattern: /^EBUSY\b/, zh: '文件正被其他程序占用（EBUSY）' },
  { pattern: /^EMFILE\b/, zh: '打开的文件过多（EMFILE）' },
  { pattern: /^ENAMETOOLONG\b/, zh: '文件名或路径过长（ENAMETOOLONG）' },
  { pattern: /^EIO\b/, zh: '读写设备出错（EIO）' },
  { pattern: /^EEXIST\b/, zh: '同名文件已存在（EEXIST）' },
];

/** JSON.parse's reasons (V8, Node 20): what the editor shows at that line and column. */
const JSON_SYNTAX: readonly DetailRule[] = [
  { pattern: /^Unexpected end of JSON input/, zh: '文件在结束前缺少内容，例如少了 }、] 或引号' },
  { pattern: /^Unexpected non-whitespace character after JSON/, zh: '完整的 JSON 之后还有多余的字符，例如多了一个 }' },
  { pattern: /^Expected ':' after property name/, zh: '设置项名称后面缺少冒号 :' },
  { pattern: /^Expected property name or '\}'|^Expected double-quoted property name/, zh: '这里应是用英文双引号括起的设置项名称，如 "remind"；最后一项后面不能有逗号' },
  { pattern: /^Expected ',' or '\}' after property value/, zh: '设置项之间缺少逗号 ,，或缺少 }' },
  { pattern: /^Expected ',' or '\]' after array element/, zh: '列表各项之间缺少逗号 ,，或缺少 ]' },
  { pattern: /^Unterminated string/, zh: '文字缺少结尾的英文双引号 "' },
  { pattern: /^Bad control character in string/, zh: '引号内有换行符或制表符等控制字符' },
  { pattern: /^Bad escaped character/, zh: '反斜杠 \\ 后面的字符无效（路径中的 \\ 要写成 \\\\）' },
  { pattern: /^No number after minus sign|^Unterminated fractional number|^Exponent part is missing a number/, zh: '数字写得不完整' },
  { pattern: /^Unexpected token '(.+?)'/, zh: '此处不应出现“{1}”' },
  { pattern: /^Unexpected token/, zh: '此处有不应出现的字符' },
  { pattern: /is not valid JSON/, zh: '不是有效的 JSON 语法' },
];

const RULES = [...FILE_SYSTEM, ...JSON_SYNTAX];

/** `detail` as the user's language says it: English as Node wrote it, Chinese by the first rule that knows it. */
export function detailIn(lang: Lang, detail: string): string {
  if (lang === 'en') return detail;
  for (const { pattern, zh } of RULES) {
    const m = pattern.exec(detail);
    if (m) return zh.replace('{1}', m[1] ?? '');
  }
  return detail;
}
