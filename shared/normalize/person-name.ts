/**
 * Names of people (name, first and last name, owner): spaces collapsed and removed between Chinese
 * characters, full-width letters, digits and brackets folded, stray end punctuation dropped, and
 * Latin-script names typed in one case put in proper case (bracketed notes keep theirs). Titles (张先生, Dr.) stay: they carry meaning.
 */
import type { Cell } from '../table/cell';
import { collapseSpaces, toHalfWidthAlnum, toHalfWidthAlnumParens } from '../text/fold';
import type { Finding } from '../plan/issue';
import type { CleanContext, CleanResult } from './types';
import { keep, changeText, NO_FINDINGS } from './result';
import { removeCjkSpaces } from './cjk-spacing';
import { isJapaneseName } from './japanese-name';
import { stripStrayPunctuation } from './stray-punctuation';
import { looksLikeFormula } from './formula-text';
import { isSingleCase, outsideBrackets, properCaseName } from './name-case';
import { isLoneSurname } from '../text/surnames';
import { isHanTitle } from '../text/name-titles';

const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;

/**
 * A number sign and digits (#1001): an order number in a name column (Shopify's Name), kept whole.
 * Its # is no stray: dropped, 1001 would pass for some other number.
 */
const HASH_NUMBER = /^#\s*\d+$/;

/** An e-mail address anywhere in the text (zhangsan@corp.com, Amy Lee <amy@corp.com>). */
const EMAIL_IN_NAME = /[^\s@<>()（）[\]]+@[^\s@<>()（）[\]]+\.[^\s@<>()（）[\]]+/u;

/**
 * In an owner cell, the spaces between Chinese characters that are typing noise inside one name: after
 * a lone surname (王 小明, 欧阳 娜娜) or between single characters (张 三). Between two whole names
 * (张三 李四: two reps who share the customer) or anything the core cannot tell (销售一部 张三) the
 * space stays as typed: joined, 张三李四 would be a rep nobody is.
 */
const joinsInOwner = (before: string, after: string): boolean =>
  isLoneSurname(before) || (Array.from(before).length === 1 && Array.from(after).length === 1);

/**
 * In a customer's name cell, the spaces typed inside one name go (张 伟, 欧阳 娜娜, 孙 总, 欧阳 经理: one
 * side a single character or a lone surname) but not the one between a whole name and a title typed
 * beside it (王伟 总经理, 总监 李娜): joined, 王伟总经理 reads as a five-character name. Nor the one
 * between two words of two characters or more: 企业微信's 备注名 writes a name and its company, city or
 * note (张伟 美的, Lily 深圳 跨境), and joined, 张伟美的 reads as a four-character name nobody has.
 */
const wholeName = (part: string): boolean => Array.from(part).length >= 2 && !isLoneSurname(part);
const joinsInName = (before: string, after: string): boolean =>
  !((isHanTitle(after) && wholeName(before)) || (isHanTitle(before) && wholeName(after)) || (wholeName(before) && Array.from(after).length >= 2));

/** The tidy form of a person's name (`owner`: of an owner cell, which may name several reps). */
export function tidyPersonName(raw: string, owner = false): string {
  // An owner cell's brackets stay as typed: 王磊（wanglei@corp.cn）is the user's note, and reps are told
  // apart by ownerKey, which reads either width; a customer's name is compared and shown folded.
  const folded = collapseSpaces(owner ? toHalfWidthAlnum(raw) : toHalfWidthAlnumParens(raw));
  if (HASH_NUMBER.test(folded)) return folded;
  const spaced = isJapaneseName(folded) ? folded : removeCjkSpaces(folded, owner ? joinsInOwner : joinsInName);
  const stripped = stripStrayPunctuation(spaced) || spaced;
  // Only Latin-script names: next to Chinese characters, capitals are acronyms (张三 VIP). Asked
  // first, so a Chinese name (most of a Chinese sheet's) is not taken apart at its brackets.
  if (HAN.test(stripped)) return stripped;
  // An e-mail address (an owner written as his address) is kept as typed: Zhangsan@Corp.Com is no one's.
  if (EMAIL_IN_NAME.test(stripped)) return stripped;
  const judged = outsideBrackets(stripped);
  return LATIN.test(judged) && isSingleCase(judged) ? properCaseName(stripped) : stripped;
}

/** Seven or more digits in a row (maybe after +, with the separators numbers are typed with): a phone number in a name cell. */
export const PHONE_IN_NAME = /\+?\d(?:[\s-]?\d){6,}/;

/** The person-name cleaner. */
export function cleanPersonName(cell: Cell, ctx: CleanContext): CleanResult {
  if (cell.kind !== 'text' || looksLikeFormula(cell.value)) return keep(cell);
  const value = tidyPersonName(cell.value, ctx.field.id === 'owner');
  const onlySpaces = value === collapseSpaces(toHalfWidthAlnum(cell.value));
  // 李娜 13812345678: the number typed into the customer's name cell is no use there (reminders and
  // duplicates read numbers from the phone columns); said, not moved. An owner's is the rep's own.
  const findings: Finding[] = ctx.field.id !== 'owner' && PHONE_IN_NAME.test(value) ? [{ code: 'name.hasNumber', severity: 'warning', params: { value } }] : NO_FINDINGS;
  return changeText(cell, value, onlySpaces ? 'fix.spaces' : 'fix.name', findings);
}
