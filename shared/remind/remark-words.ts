/**
 * What a remark (备注, Notes) says of its row when its latest entry starts with a leaving word, and so
 * which reminders stop (tester h68: a 黑名单 guest was greeted, 已转保 silenced a car's 保养 and churned
 * its owner, a flat sold still had its fee reminded, a 休学 student was asked to renew, a pet's death
 * churned its owner). Declared as data, word → what it says; remind/standing.ts turns what it says into
 * the row's standing, and validate/rules.ts says on the cell what stopped and why.
 */
import { isBlank, type Cell } from '../table/cell';
import { foldValue } from '../classify/fold-value';
import { toSimplified } from '../text/simplified';

/**
 * - doNotContact: the customer is not to be contacted (黑名单, 请勿联系, 已故): no reminder at all, greetings too.
 * - left: he left the business (退学, 退卡, 去别家了): no renewal, expiry or long-silence reminder.
 * - paused: he paused (休学, 停课, 停卡): no renewal or long-silence reminder meanwhile; greeted and followed up.
 * - moved: he sold the flat or moved away (已卖房, 已搬走): the row's reminders stop, its new customer to enter.
 * - policyMoved: his insurance went to another insurer (已转保, 续保战败): only the policy's reminders stop,
 *   unless the policy was all the row holds (an agent's list): then he left.
 * - subjectGone: what the row is about, not the customer, is gone (已故（宠物）): the row's dated
 *   reminders stop; its owner is still a customer, greeted and followed up.
 */
export type RemarkSays = 'doNotContact' | 'left' | 'paused' | 'moved' | 'policyMoved' | 'subjectGone';

/**
 * Words of a customer who sold up or moved away, matched whole against a remark's first part (after a
 * leading 已). Not 已售 or 已过户 alone: an agency's or a car dealer's word for a deal done.
 */
export const MOVED_WORDS: readonly string[] = [
  '已卖房', '房已卖', '房子已卖', '房子卖了', '卖房了', '已卖房子', '已出售房屋', '房屋已出售', '已搬走', '搬走了', '已搬离', '已搬家', '搬家了',
  '已迁出', '已迁走', '已退房', '已转让', '房屋已转让', '已换业主', '业主已变更',
  'moved away', 'moved house', 'has moved', 'relocated', 'house sold', 'home sold', 'property sold', 'flat sold', 'sold the house',
  'sold the flat', 'sold the property', 'no longer lives here', 'no longer at this address',
];

/**
 * Words of an insurance policy gone to another insurer or lapsed (a 4S 续保 rep's 已转保, 续保战败, 脱保):
 * the car, still serviced, is no customer lost (tester h62 finding 3, h68 finding 8). Not 转保 alone:
 * a 4S's 转保客户 came over from a rival. Not 不续保 / 未续保: a renewal still to win.
 */
export const POLICY_MOVED_WORDS: readonly string[] = [
  '已转保', '转保他司', '转投他司', '转他司', '已转他司', '他司续保', '已在他司续保', '外店续保', '续保战败', '已续保战败', '脱保', '已脱保',
  'switched insurer', 'switched carrier', 'changed insurer', 'moved insurer', 'insured elsewhere', 'renewed elsewhere',
];

/** Words of a death: the customer's (do not contact), or, where the row is about a pet, the pet's. */
export const DEATH_WORDS: readonly string[] = ['已故', '去世', '已去世', '过世', '已过世', '离世', '已离世', '身故', '死亡', '已死亡', '病故', '走了', 'deceased', 'died', 'passed away', 'dead'];

/**
 * What a note names beside a death word when it is the row's pet, not its customer, who died: 已故（宠物）,
 * 狗狗已去世, Pet deceased.
 */
const PET_WORDS = /宠物|狗|猫|犬|兔|鸟|\bpet\b|\bdog\b|\bcat\b|\bpuppy\b|\bkitten\b/iu;

const fold = (w: string) => toSimplified(foldValue(w)).replace(/[\s-]+/gu, ' ').trim();
const MOVED: ReadonlySet<string> = new Set(MOVED_WORDS.map(fold));
const POLICY: ReadonlySet<string> = new Set(POLICY_MOVED_WORDS.map(fold));
const DEATH: ReadonlySet<string> = new Set(DEATH_WORDS.map(fold));

/** How a remark lists its parts (黑名单：损坏家具未赔偿; 已卖房，新业主未登记; Blacklisted - damaged the room). */
const PART = /\s*(?:[,，、;；:：|/／]|\s-\s|[—–])\s*/u;
/** A note in brackets, read for whom a death word is about (已故（宠物）). */
const BRACKETS = /[(（[【]([^)）\]】]*)[)）\]】]?/gu;
/** Longer than this, a first part is a sentence, not a leaving word with its subject. */
const LONGEST = 24;

/** A listed word, whole or after a leading 已 (已搬走 and 搬走了 both listed; 已脱保 read as 脱保). */
const listed = (set: ReadonlySet<string>, part: string) => set.has(part) || (part.startsWith('已') && set.has(part.slice(1)));

/**
 * A first part that is a death word with the pet named before or beside it (狗狗已去世, 宠物已故), or a
 * death word alone: 'pet' or 'alone', else null.
 */
function deathIn(part: string): 'pet' | 'alone' | null {
  if (listed(DEATH, part)) return 'alone';
  for (const word of DEATH) {
    if (!part.endsWith(word)) continue;
    const before = part.slice(0, -word.length).replace(/[已的]$/u, '').trim();
    if (before !== '' && PET_WORDS.test(before) && before.length <= 6) return 'pet';
  }
  return null;
}

/**
 * What the remark's first part says beyond the standing words (standing.ts reads those): a flat sold,
 * a policy moved, a death and whose. `petName`: the row's 宠物名, which makes a bare 已故 the pet's.
 */
export function remarkSaysBeyondStanding(firstPart: string, petName?: Cell): RemarkSays | 'death' | null {
  const typed = firstPart.trim();
  if (typed === '' || typed.length > LONGEST) return null;
  const notes = [...typed.matchAll(BRACKETS)].map((m) => m[1]).join(' ');
  const part = fold(typed.replace(BRACKETS, ' ').split(PART)[0] ?? '');
  if (part === '') return null;
  if (listed(MOVED, part)) return 'moved';
  if (listed(POLICY, part)) return 'policyMoved';
  const death = deathIn(part);
  if (death === 'pet' || (death === 'alone' && (PET_WORDS.test(notes) || (petName !== undefined && !isBlank(petName))))) return 'subjectGone';
  return death === 'alone' ? 'death' : null;
}

export { remarkSays } from './standing';
