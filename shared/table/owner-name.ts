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
import { spacedHanNames } from '../text/surnames';

const NOBODY = /^(?:待分配|未分配|暂未分配|无人|无人跟进|无负责人|暂无负责人|没人|离职|已离职|离职员工|unassigned|not assigned|nobody|no owner|pool|open pool|tbd)$/i;
/** A pool a CRM names (华南公海, 默认公海, 公海客户, 销售一部客户池): still the pool, nobody's. */
const NAMED_POOL = /公海|客户池|公共池/u;

/** A departure written beside the name: 李四（已离职）, 李四-离职, 离职-李四, Amy Lee (left). */
const DEPARTED = /(?:^|[\s(（[【\-_/|])(?:已)?离职(?:$|[\s)）\]】\-_/|])|\((?:left|departed|former|inactive)\)$/iu;

/**
 * Whether an owner text names nobody, by text: an owner column holds a handful of reps and pools,
 * and reminders, the report and the duplicate finder ask for every row. Bounded, cleared whole when
 * full: the answer never depends on what is remembered.
 */
const namesNoOwner = new Map<string, boolean>();
const NAMES_NO_OWNER_MAX = 10000;

/** The owner a cell names as written (displayText), or '' for nobody (of all the owners it names). */
export function ownerName(cell: Cell | undefined): string {
  const text = displayText(cell);
  let nobody = namesNoOwner.get(text);
  if (nobody === undefined) {
    nobody = ownersOf(text).every((o) => o === '');
    if (namesNoOwner.size >= NAMES_NO_OWNER_MAX) namesNoOwner.clear();
    namesNoOwner.set(text, nobody);
  }
  return nobody ? '' : text;
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
const LAST_FIRST = /^[\p{Script=Latin}'’. -]+,\s*[\p{Script=Latin}'’. -]+$/u;

/**
 * The owners an owner column writes alone, one per cell (ownerKey): what tells `Amy & Ben` (two reps,
 * when Amy and Ben each own rows of their own) from `Tom + Jerry` (a team, when neither does).
 */
export function ownersAlone(texts: Iterable<string>): Set<string> {
  const alone = new Set<string>();
  for (const text of texts) {
    const s = text.trim();
    if (s !== '' && !LIST_MARKS.test(s) && !JOINS.test(s) && !spacedHanNames(s)) alone.add(ownerKey(s));
  }
  return alone;
}

const NO_OWNERS: ReadonlySet<string> = new Set();

/**
 * The owners one owner cell's text names: a customer two reps share (李四/王五) is each one's, so
 * each gets his reminders; a part that names nobody is left out (公海/李四 is 李四's); [''] when
 * no one is named. A list mark (/ 、 ; |) always separates owners, and so does a space between whole
 * Chinese names (张三 李四: a known surname and a given name each, spacedHanNames). A comma, `&`, `+` or `and` does
 * between Chinese names (李四，王五, 李四&王五), never in a Latin `Last, First` (`Lee, Amy`), and
 * otherwise only when each part is an owner the column (`alone`, from ownersAlone) writes on its own
 * elsewhere: `Amy & Ben` beside rows of Amy and of Ben. Anything else is one owner as written.
 */
export function ownersOf(owner: string, alone: ReadonlySet<string> = NO_OWNERS): string[] {
  // N/A or 公海 as a whole first: their own "/" separates no owners.
  if (owner === '' || isPlaceholder(owner) || NOBODY.test(toSimplified(owner))) return [''];
  // One owner (nearly every cell, and ownerName asks for every row): with no list mark and no joining
  // word the split below finds one part, the owner trimmed, and gives the owner back as written.
  if (!LIST_MARKS.test(owner) && !JOINS.test(owner) && !spacedHanNames(owner)) return [namesNobody(owner) ? '' : owner];
  const listed = owner.split(LIST_MARKS).flatMap((part) => joinedOwners(part.trim(), alone)).flatMap((part) => spacedHanNames(part) ?? [part]);
  const parts = [...new Set(listed.filter((p) => p !== ''))];
  if (parts.length < 2) return [namesNobody(owner) ? '' : owner];
  const named = parts.filter((p) => !namesNobody(p));
  return named.length > 0 ? named : [''];
}

/** One list item's owners: split at commas and joining words only as ownersOf says. */
function joinedOwners(text: string, alone: ReadonlySet<string>): string[] {
  if (!JOINS.test(text) || LAST_FIRST.test(text)) return [text];
  const parts = text.split(JOINS).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length < 2) return [text];
  const chinese = !LATIN.test(text) && parts.every((p) => HAN.test(p));
  return chinese || parts.every((p) => alone.has(ownerKey(p))) ? parts : [text];
}

/** The text (an owner cell, or one owner of several in it) names nobody who could be reminded. */
export function namesNobody(text: string): boolean {
  if (text === '' || isPlaceholder(text)) return true;
  const s = toSimplified(text);
  return NOBODY.test(s) || NAMED_POOL.test(s) || DEPARTED.test(s);
}

/**
 * What one owner is told apart by: his name with traditional characters written simplified, so that
 * 陳經理 and 陈经理 (a colleague in Hong Kong or Taiwan typed him) get one digest and count once.
 */
export function ownerKey(owner: string): string {
  return toSimplified(owner);
}
