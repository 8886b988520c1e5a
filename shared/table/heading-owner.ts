/**
 * The rep a block heading names: a sheet the team shares, kept as one block per rep (【张经理】 over his
 * customers and their 小计), has no owner column, and every reminder went to 未分配 (h63). The heading's
 * rep owns the rows under it, as a tab named 王磊 owns its rows (schema/tab-owner.ts); a heading that
 * names a region, a class or a period (【华东】, 【重点客户】, [VIP]) names no one. Rules as data.
 */
import { COMMON_SURNAMES, COMPOUND_SURNAMES, isWholeHanName } from '../text/surnames';
import { toSimplified } from '../text/simplified';
import { isPersonName } from '../schema/sniff-column';
import { LATIN_OWNED, tabOwner } from '../schema/tab-owner';

/** A title in brackets, alone in its row: 【张经理】, 〖李姐〗, ［王芳］, [Team Li]; a region's 【华东】 too (heading-region.ts). */
export const BRACKETED = /^[【〖［\[]\s*([^【】〖〗［］\[\]\d]{1,16}?)\s*[】〗］\]]$/u;
/** How a rep is called at work after his surname: 张经理, 李总, 王姐, 刘主管, 陈老师. */
const HAN_TITLE = /^(\p{Script=Han}{1,2}?)(?:经理|总监|总|主管|主任|老师|姐|哥|工|组长|店长|顾问|专员|助理|老板)$/u;
/** 小王, 老李, 阿珍: a colleague's everyday name. */
const HAN_FAMILIAR = /^[小老阿]\p{Script=Han}$/u;
/** Team Li, Team Wang: a rep's team by its lead; Emma's clients, Tom's accounts. */
const LATIN_TEAM = /^team\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$/u;

const isSurname = (s: string) => COMMON_SURNAMES.has(s) || COMPOUND_SURNAMES.has(s);

/** Whether `inner`, a heading's words, names a person (his name, or his surname and how he is called). */
function namesRep(inner: string): boolean {
  const plain = toSimplified(inner);
  const titled = HAN_TITLE.exec(plain);
  if (titled) return isSurname(titled[1]);
  if (HAN_FAMILIAR.test(plain)) return plain.startsWith('阿') || isSurname(plain.slice(1));
  if (isWholeHanName(plain)) return true;
  if (LATIN_TEAM.test(inner) || LATIN_OWNED.test(inner)) return true;
  return /^\p{Lu}/u.test(inner) && /\s/u.test(inner) && isPersonName(inner);
}

/**
 * The owner a heading row's lone text (NFKC, trimmed) names, as the sheet writes him (张经理, Team Li),
 * or null for a heading that names no one. The list words and places a tab name is tested against
 * (华东, 客户, 公海) are asked too: 华东 reads as a surname and a given name.
 */
export function headingOwner(label: string): string | null {
  const found = BRACKETED.exec(label);
  if (!found) return null;
  const inner = found[1].trim();
  if (!namesRep(inner)) return null;
  const owned = LATIN_OWNED.exec(inner);
  const who = owned ? owned[1].trim() : inner;
  return tabOwner(who, 2) === null && !HAN_TITLE.test(toSimplified(who)) && !HAN_FAMILIAR.test(who) ? null : who;
}
