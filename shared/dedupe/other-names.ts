/**
 * A person's other name, written beside the one the sheet files him under: the romanised name of a
 * Chinese name in Malaysia, Singapore or Hong Kong (陈伟明 (Tan Wei Meng): Tan is 陈 in Hokkien, no
 * pinyin of it), a Chinese name in brackets after an English one (Peter Chan (陳大文)), or a second
 * name column (中文名, Chinese Name, English Name: the name's extra columns). One customer typed once
 * under each is one name, not "two different names"; compare.ts tries the name comparison under each.
 * Only a whole name counts: a note in brackets (张伟(老板), John Smith (CEO)) is no name of his.
 */
import { parsePersonName, type PersonName } from './keys/person-name';

const HAN = /\p{Script=Han}/u;
/** A bracketed part of a name cell: 陈伟明 (Tan Wei Meng), Peter Chan（陳大文）. */
const BRACKETED = /[（(【\[［]([^）)】\]］]+)[）)】\]］]/gu;
/** Two to four Latin words, letters only (Tan Wei Meng, Ng Mei Ling): a romanised name, not a note (CEO, VIP). */
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}'’.-]*(?:\s+\p{Script=Latin}[\p{Script=Latin}'’.-]*){1,3}$/u;
/** Two to four Han characters: a Chinese name, not a note (老板 is two, but a title; see NOT_NAMES). */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
/** Words typed in brackets that are roles or marks, never a name: 张伟(老板), John Smith (Sales Manager). */
const NOT_NAMES = /老板|经理|总监|主管|助理|财务|采购|老师|先生|女士|小姐|太太|客户|会员|朋友|介绍|manager|director|assistant|owner|sales|buyer|accounts|office|front desk|vip|ceo|cfo|coo/iu;

/** The other names a name cell gives in brackets: a Latin name beside a Han one, or a Han name beside a Latin one. */
function bracketedNames(full: string): string[] {
  const out: string[] = [];
  const outside = full.replace(BRACKETED, ' ').trim();
  if (outside === '') return out;
  const hanOutside = HAN.test(outside);
  for (const m of full.matchAll(BRACKETED)) {
    const inside = m[1].trim();
    if (NOT_NAMES.test(inside)) continue;
    if (hanOutside ? LATIN_NAME.test(inside) : HAN_NAME.test(inside)) out.push(inside);
  }
  return out;
}

/**
 * The person's other names, parsed: those in brackets of his name cell, and his name's extra columns
 * (中文名 beside Client Name). The name the row is filed under is left out.
 */
export function otherNames(full: string, extra: readonly string[], own: PersonName | null): PersonName[] {
  // A whole name only: a child's English name alone (Lucy) is half his class's.
  const texts = [...bracketedNames(full), ...extra.map((t) => t.trim()).filter((t) => t !== full.trim() && (LATIN_NAME.test(t) || HAN_NAME.test(t)))];
  const out: PersonName[] = [];
  for (const t of texts) {
    const n = parsePersonName(t);
    if (n === null || n.screen !== undefined) continue;
    if (own !== null && JSON.stringify(own) === JSON.stringify(n)) continue;
    out.push(n);
  }
  return out;
}
