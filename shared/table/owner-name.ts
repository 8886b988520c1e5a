/**
 * Whom a row's owner cell (负责人, 业务员, Owner) names. A customer in the public pool (公海), waiting
 * for a rep (待分配, 未分配) or held by a rep marked as gone (李四（已离职）, 离职-李四) has nobody: his
 * reminders go to the unassigned group, where a manager sees them, not to a digest of "公海" or of a
 * departed rep; he counts as unassigned in the report; and two rows of him, one in the pool and one
 * with a rep, are no 撞单.
 */
import type { Cell } from './cell';
import { displayText } from '../text/fold';
import { isPlaceholder } from '../normalize/placeholder';
import { toSimplified } from '../text/simplified';
import { isWholeHanName, sideBySideHanNames } from '../text/surnames';
import { remembered, runMemos } from '../text/run-memos';

const NOBODY = /^(?:待分配|未分配|暂未分配|无人|无人跟进|无负责人|暂无负责人|没人|离职|已离职|离职员工|unassigned|not assigned|nobody|no owner|pool|open pool|tbd)$/i;
/** A pool a CRM names (华南公海, 默认公海, 公海客户, 销售一部客户池): still the pool, nobody's. */
const NAMED_POOL = /公海|客户池|公共池/u;

/** A departure written beside the name: 李四（已离职）, 李四-离职, 离职-李四, Amy Lee (left). */
const DEPARTED = /(?:^|[\s(（[【\-_/|])(?:已)?离职(?:$|[\s)）\]】\-_/|])|\((?:left|departed|former|inactive)\)$/iu;

/**
 * Whether an owner text names nobody, by text: an owner column holds a handful of reps and pools,
 * and reminders, the report and the duplicate finder ask for every row, so the run remembers it
 * (RunMemos.namesNoOwner, gone with the run). Bounded, cleared whole when full: the answer never
 * depends on what is remembered.
 */
const NAMES_NO_OWNER_MAX = 10000;
const noOwnerIn = (text: string): boolean => ownersOf(text).every((o) => o === '');

/** The owner a cell names as written (displayText), or '' for nobody (of all the owners it names). */
export function ownerName(cell: Cell | undefined): string {
  const text = displayText(cell);
  return remembered(runMemos()?.namesNoOwner, text, NAMES_NO_OWNER_MAX, noOwnerIn) ? '' : text;
}

/**
 * How two reps who share a customer are written in one owner cell. A list mark (李四/王五, 李四、王五,
 * 李四；王五, 李四|王五) always separates owners.
 */
const LIST_MARKS = /\s*[/／、;；|]\s*/u;
/**
 * Commas and joining words separate owners only when the column says so: `Lee, Amy` is one rep written
 * last name first (as English exports write names), `Sales and Marketing` and `Tom + Jerry` are teams.
 */
const JOINS = /\s*(?:[,，&＆+＋]|\band\b)\s*/iu;
const LATIN = /\p{Script=Latin}/u;
const HAN = /\p{Script=Han}/u;
/**
 * `Lee, Amy` (and `Lee, Amy J.`): one word each side of the comma. `Amy Lee, Ben Chan` is two full
 * names, two reps, never a rep called "Ben Chan Amy Lee".
 */
const LAST_FIRST = /^[\p{Script=Latin}'’.-]+,\s*[\p{Script=Latin}'’-]+(?:\s+\p{Script=Latin}\.?)?$/u;

/**
 * The owners an owner column writes alone, one per cell (ownerKey): what tells `Amy & Ben` (two reps,
 * when Amy and Ben each own rows of their own) from `Tom + Jerry` (a team, when neither does).
 */
export function ownersAlone(texts: Iterable<string>): Set<string> {
  const alone = new Set<string>();
  for (const text of texts) {
    const s = text.trim();
    if (s !== '' && !LIST_MARKS.test(s) && !JOINS.test(s) && !sideBySideHanNames(s)) alone.add(ownerKey(s));
  }
  return alone;
}

const NO_OWNERS: ReadonlySet<string> = new Set();

/**
 * The owners one owner cell's text names: a customer two reps share (李四/王五) is each one's, so
 * each gets his reminders; a part that names nobody is left out (公海/李四 is 李四's); [''] when
 * no one is named. A list mark (/ 、 ; |) always separates owners, and so do a space and 和, 与, 及
 * or 跟 between whole Chinese names (张三 李四, 张三和李四: a known surname and a given name each,
 * sideBySideHanNames). A comma, `&`, `+` or `and` does between Chinese names (李四，王五, 李四&王五), and
 * otherwise when each part is an owner the column (`alone`, from ownersAlone) writes on its own
 * elsewhere: `Amy & Ben` beside rows of Amy and of Ben; never in a Latin `Last, First` (`Lee, Amy`,
 * one rep). Anything else is one owner as written.
 */
export function ownersOf(owner: string, alone: ReadonlySet<string> = NO_OWNERS): string[] {
  // N/A or 公海 as a whole first: their own "/" separates no owners.
  if (owner === '' || isPlaceholder(owner) || NOBODY.test(toSimplified(owner))) return [''];
  // One owner (nearly every cell, and ownerName asks for every row): with no list mark and no joining
  // word the split below finds one part, the owner trimmed, and gives the owner back as written.
  if (!LIST_MARKS.test(owner) && !JOINS.test(owner) && !sideBySideHanNames(owner)) return [namesNobody(owner) ? '' : owner];
  const listed = owner.split(LIST_MARKS).flatMap((part) => joinedOwners(part.trim(), alone)).flatMap((part) => sideBySideHanNames(part) ?? [part]);
  const parts = [...new Set(listed.filter((p) => p !== ''))];
  if (parts.length < 2) return [namesNobody(owner) ? '' : owner];
  const named = parts.filter((p) => !namesNobody(p));
  return named.length > 0 ? named : [''];
}

/** One list item's owners: split at commas and joining words only as ownersOf says. */
function joinedOwners(text: string, alone: ReadonlySet<string>): string[] {
  // `Lee, Amy` is one rep written last name first, even beside reps Amy and Lee (or `Amy, Ben` beside
  // Amy and Ben): the shape cannot tell, and a wrong split would put his customer in another rep's digest.
  if (!JOINS.test(text) || LAST_FIRST.test(text)) return [text];
  const parts = text.split(JOINS).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return [text];
  const chinese = !LATIN.test(text) && parts.every((p) => HAN.test(p));
  return chinese || parts.every((p) => alone.has(ownerKey(p))) ? parts : [text];
}

/** The text names a rep who has left (李四（已离职）, 离职-李四, 已离职, Amy Lee (left)): nobody now, his customers to be given a new owner. */
export function namesDeparted(text: string): boolean {
  const s = toSimplified(text.trim());
  return DEPARTED.test(s) || /^(?:已)?离职(?:员工)?$/u.test(s);
}

/** The text (an owner cell, or one owner of several in it) names nobody who could be reminded. */
export function namesNobody(text: string): boolean {
  if (text === '' || isPlaceholder(text)) return true;
  const s = toSimplified(text);
  return NOBODY.test(s) || NAMED_POOL.test(s) || DEPARTED.test(s);
}

/** A note in brackets beside the name: 张三 (销售部), 张三（组长）, Amy Lee (Sales), 王磊(wanglei@xingchen.com), 张三<zhangsan@corp.com>. */
const BRACKETED = /[（(【\[［<《〈][^（(【\[［<《〈）)】\]］>》〉]*[）)】\]］>》〉]/gu;
/** A phone number beside the name (张三 13800001111), with the separators around it. */
const PHONE = /[\s\-－—–_:：,，]*\+?\d(?:[\s-]?\d){6,}[\s\-－—–_:：,，]*/gu;
/** What a team or a department is called by its last word: 销售一部, 华东区, 大客户组, 上海分公司, 旗舰店. */
const UNIT = '[\\p{Script=Han}A-Za-z0-9]*(?:部|组|中心|团队|分公司|公司|门店|分店|店|大区|区域|区|科|室|处)';
const IS_UNIT = new RegExp(`^${UNIT}$`, 'u');
const SEPARATED = /^(.+?)\s*[-－—–_·:：|｜ ]\s*(.+)$/u;
const ONLY_HAN = /^\p{Script=Han}+$/u;

/** A department's name, and no person's (李科 is a rep, 华东区 a region). */
const isUnit = (text: string): boolean => IS_UNIT.test(text) && !isWholeHanName(text);

/** The name beside a department (销售一部-张三, 销售部张三, 张三-华东区), or null when there is none. */
function besideUnit(text: string): string | null {
  const two = SEPARATED.exec(text);
  if (two) {
    const [, a, b] = two;
    if (isUnit(a) && isWholeHanName(b)) return b;
    if (isWholeHanName(a) && isUnit(b)) return a;
    return null;
  }
  if (!ONLY_HAN.test(text)) return null;
  const chars = Array.from(text);
  for (let k = 2; k <= 4 && k < chars.length; k++) {
    const head = chars.slice(0, k).join('');
    const tail = chars.slice(k).join('');
    if (isWholeHanName(head) && isUnit(tail)) return head;
    const front = chars.slice(0, chars.length - k).join('');
    const back = chars.slice(chars.length - k).join('');
    if (isWholeHanName(back) && isUnit(front)) return back;
  }
  return null;
}

/** A Chinese name with its romanisation beside it: 张三 Zhang San. */
const WITH_LATIN = /^(\p{Script=Han}+)\s+[A-Za-z][A-Za-z .'’-]*$/u;
const EMAIL = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/u;
/** What is left is still a name: a Chinese character or a word of letters (not the e of 1e+21). */
const NAME_LEFT = /\p{Script=Han}|\p{L}{2,}/u;

/**
 * The person one owner (of the owners ownersOf reads in a cell) is, written plainly: the name without
 * the notes typed beside it, a bracketed note (张三 (销售部), 张三（组长）, Amy Lee (Sales), 飞书's
 * 王磊(wanglei@xingchen.com)), a department (销售一部-张三), a phone number (张三 13800001111) or a
 * romanisation (张三 Zhang San); a name written last name first (Lee, Amy) as Amy Lee. What his
 * reminders' block and his report line are titled by; the cell keeps what was typed. A bracket is a
 * note whatever it holds: 张三(李四) is 张三's (the rep written first holds the customer; the note may
 * name his predecessor or his assistant, who has no reminders of it). A text that would be left
 * without a name (only a bracket) is kept whole; an e-mail address (zhangsan@corp.com) is kept as typed.
 */
export function ownerPerson(owner: string): string {
  const text = owner.replace(/\s+/gu, ' ').trim();
  if (EMAIL.test(text)) return text;
  let name = text;
  const keep = (next: string) => {
    const s = next.replace(/\s+/gu, ' ').trim();
    if (NAME_LEFT.test(s)) name = s;
  };
  keep(name.replace(BRACKETED, ' '));
  keep(name.replace(PHONE, ' '));
  name = besideUnit(name) ?? name;
  const latin = WITH_LATIN.exec(name);
  if (latin && isWholeHanName(latin[1])) name = latin[1];
  if (LAST_FIRST.test(name)) {
    const comma = name.indexOf(',');
    name = `${name.slice(comma + 1).trim()} ${name.slice(0, comma).trim()}`;
  }
  return name;
}

/** One owner's key: his plain name (ownerPerson) in simplified characters; an address in lower case. */
function personKey(owner: string): string {
  const person = ownerPerson(owner);
  return EMAIL.test(person) ? person.toLowerCase() : toSimplified(person);
}

/**
 * What an owner cell's owners are told apart by: each one's plain name (ownerPerson: 张三（组长）,
 * 销售一部-张三 and 张三 are one rep) with traditional characters written simplified (陳經理 is 陈经理),
 * so that they get one digest, count once and are no 撞单; several owners (李四/王五) in one order.
 */
export function ownerKey(owner: string): string {
  return remembered(runMemos()?.ownerKeys, owner, KEYS_KEPT, keyOf);
}

function keyOf(owner: string): string {
  const owners = ownersOf(owner);
  return owners.length === 1 ? personKey(owners[0]) : owners.map(personKey).sort().join('/');
}

/**
 * Keys worked out are remembered by the run (RunMemos.ownerKeys), by the cell's text: a sheet has a
 * few dozen reps over 100,000 rows, and the reminders, the report and the duplicate finder each ask
 * for every row's (reading a plain name out of 张三（组长） takes a dozen expressions: a third of a
 * second on the 100k sheet, unremembered). Bounded and cleared whole: a key never depends on what is kept.
 */
const KEYS_KEPT = 5000;

/** The reps an owner cell names, each by his key (ownerKey of one); none for nobody (公海, blank). */
export function ownerKeys(owner: string): string[] {
  const key = ownerName({ kind: 'text', value: owner }) === '' ? '' : ownerKey(owner);
  return key === '' ? [] : key.split('/');
}

/** Two owner cells name a rep in common (王磊 and 王磊/刘洋): one customer of that rep, shared, never a 撞单. */
export function shareAnOwner(a: string, b: string): boolean {
  const theirs = ownerKeys(b);
  return ownerKeys(a).some((k) => theirs.includes(k));
}

/**
 * Some two of the owner cells share no rep (王磊 / 刘洋; 王磊/刘洋 / 张伟): two reps hold one customer
 * unknown to each other (撞单). Cells naming nobody are left out.
 */
export function ownersClash(owners: readonly string[]): boolean {
  const sets = owners.map(ownerKeys).filter((s) => s.length > 0);
  for (let x = 0; x < sets.length; x++) {
    for (let y = x + 1; y < sets.length; y++) if (!sets[x].some((k) => sets[y].includes(k))) return true;
  }
  return false;
}

/**
 * The owner text of a customer whose rows name overlapping reps (王磊, 王磊/刘洋) and no 撞单: the
 * cell naming every one of them as the user typed it, else the reps joined by "/" (王磊/刘洋 and
 * 王磊/张伟: 王磊/刘洋/张伟); null when the rows name one rep set, nobody, or clash (撞单).
 */
export function coOwners(owners: readonly string[]): string | null {
  const named = owners.filter((o) => ownerKeys(o).length > 0);
  const all = [...new Set(named.flatMap(ownerKeys))];
  if (new Set(named.map((o) => ownerKey(o))).size < 2 || ownersClash(named)) return null;
  const whole = named.find((o) => ownerKeys(o).length === all.length);
  if (whole !== undefined) return whole;
  const people = new Map<string, string>();
  for (const o of named) for (const one of ownersOf(o)) if (!namesNobody(one)) people.set(personKey(one), ownerPerson(one));
  return [...people.values()].join('/');
}
