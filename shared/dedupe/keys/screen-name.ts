/**
 * WeChat nicknames (微信昵称) in a name column: what a customer calls himself (Lily🌸, 🌸花开富贵🌸) or
 * what a rep typed to sort him to the top of his list (A阳光明媚, A-李总-星辰科技, AA张伟). Anybody may
 * choose one, so two rows written alike are weak evidence, never the same real name
 * (name-grade.ts grades them `screen`). Rules as data: the marks and prefixes below, and the headers
 * that name a nickname column read as the name.
 */
import { foldText } from './fold';

/** Emoji and pictographic symbols (🌸 ☀️ ❤ ★ ✨): no 户口本 or passport name holds one. */
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{So}]/u;

/**
 * A run of A's put before a name so WeChat sorts the contact first: glued or dashed before Han
 * characters (A阳光明媚, A-李总), dashed or underscored before Latin letters (A-Lily, AA_Tony; not
 * A. Smith, an initial, nor Aaron).
 */
const SORT_PREFIX = /^\s*(?:[Aa]{1,3}[\s\-_·.]*(?=\p{Script=Han})|[Aa]{1,3}[-_]+(?=\p{L}))/u;

/** Headers of a nickname column a sheet without a real-name column reads as the name (schema/fields.ts fallbacks). */
const NICKNAME_HEADERS: ReadonlySet<string> = new Set(['微信昵称', '客户昵称', 'wechat nickname', '微信名', '微信名称']);

/** The nickname folded for comparing (Lily🌸 → lily🌸), or undefined when `text` reads as a person's name. */
export function screenNameOf(text: string): string | undefined {
  return PICTOGRAPH.test(text) || SORT_PREFIX.test(text) ? screenKey(text) : undefined;
}

/** The folded text two nicknames are compared by: case and spaces aside, emoji and prefixes kept. */
export function screenKey(text: string): string {
  return foldText(text).replace(/\s+/gu, '');
}

/** The name column's header names a nickname column (微信昵称): every name in it is a nickname. */
export function isNicknameHeader(header: unknown): boolean {
  return typeof header === 'string' && NICKNAME_HEADERS.has(foldText(header).replace(/\s+/gu, ' ').trim());
}
