/**
 * Chinese surnames the core knows: the compound ones (欧阳, 司马) and the commonest single ones (about
 * 90% of people). What tells a lone surname (王 小明: one name typed with a space) from a whole name
 * (张三 李四: two names), and 老王 from 老师.
 */
import { toSimplified } from './simplified';

export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '令狐', '钟离', '端木', '独孤', '南宫', '西门', '澹台', '公冶', '呼延', '万俟', '闻人', '赫连',
  '申屠', '太史', '淳于', '单于', '百里', '东郭', '拓跋', '第五', '司空', '左丘', '濮阳', '歐陽', '諸葛',
]);

/** The commonest surnames (about 90% of people): what 老 and 小 go before in 老王, 小李. */
export const COMMON_SURNAMES: ReadonlySet<string> = new Set(Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
));

const ONLY_HAN = /^\p{Script=Han}+$/u;

/** The text is a surname alone (王, 欧阳, 張), with no given name after it. */
export function isLoneSurname(text: string): boolean {
  const s = toSimplified(text);
  return COMPOUND_SURNAMES.has(s) || COMMON_SURNAMES.has(s);
}

/**
 * The text is a whole Chinese name by what the core knows: a known surname and a given name of one or
 * two characters after it (张三, 王小明, 欧阳娜娜). Names of rarer surnames are not known to be names.
 */
export function isWholeHanName(text: string): boolean {
  if (!ONLY_HAN.test(text)) return false;
  const s = toSimplified(text);
  const chars = Array.from(s);
  if (chars.length >= 3 && chars.length <= 4 && COMPOUND_SURNAMES.has(chars.slice(0, 2).join(''))) return true;
  return chars.length >= 2 && chars.length <= 3 && COMMON_SURNAMES.has(chars[0]);
}

/**
 * The names a text writes side by side, with spaces or a joining word between them (和 与 及 跟), when
 * each is a whole name (张三 李四, 王芳 陈静 李强, 张三和李四, 王芳与陈静), else null: 王 小明 and 欧阳 娜娜 are
 * one name typed with a space, 销售 张三 is not known to be two names, and 李和平 (李 and 平 are no
 * names) or 和珅 is one person whose name holds the word.
 */
export function sideBySideHanNames(text: string): string[] | null {
  const parts = text.trim().split(HAN_NAMES_APART);
  return parts.length >= 2 && parts.every(isWholeHanName) ? parts : null;
}
const HAN_NAMES_APART = /\s*[和与及跟]\s*|\s+/u;
