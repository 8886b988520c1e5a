/**
 * Spaces between Chinese characters are typing noise (张 伟, 北京 星辰 科技) while spaces between
 * Latin words are meaning (Mary Jane). Removes only the former, and around the brackets and middle
 * dots that sit inside Chinese names (北京星辰科技 (集团) 有限公司, 买买提 · 艾力).
 */
const HAN = '\\p{Script=Han}';

const BETWEEN_HAN = new RegExp(`(?<=${HAN})\\s+(?=${HAN})`, 'gu');
/**
 * A bracket hugs the Chinese around it only when it holds Chinese (北京星辰科技 (集团) 有限公司): one
 * holding a Latin name is another writing of it, spaced as typed (陈伟明 (Tan Wei Meng), tester h75:
 * a name of no error lost its space).
 */
const HAN_THEN_JOINER = new RegExp(`(?<=${HAN})\\s+(?=\\(${HAN}|[)·・•])`, 'gu');
const JOINER_THEN_HAN = new RegExp(`(?:(?<=${HAN}\\))|(?<=[(·・•]))\\s+(?=${HAN})`, 'gu');
/** A middle dot between Han characters hugs them: 买买提 · 艾力 → 买买提·艾力. */
const DOT_HAN = new RegExp(`(?<=${HAN}[·・•])\\s+|\\s+(?=[·・•]${HAN})`, 'gu');

/** Every rule above removes white space: a text without any (most names) is returned as it is. */
const SPACE = /\s/;

/** A run of Han characters, the spaces after it and (not taken) the run after them. */
const HAN_GAP = new RegExp(`(${HAN}+)\\s+(?=(${HAN}+))`, 'gu');

/**
 * The text without the spaces typing put between Chinese characters. `joins`, when given, says which
 * spaces between two runs of Han characters go (an owner cell: 王 小明 is one name, 张三 李四 two).
 */
export function removeCjkSpaces(s: string, joins?: (before: string, after: string) => boolean): string {
  if (!SPACE.test(s)) return s;
  const between = joins ? joinRuns(s, joins) : s.replace(BETWEEN_HAN, '');
  return between.replace(HAN_THEN_JOINER, '').replace(JOINER_THEN_HAN, '').replace(DOT_HAN, '');
}

/**
 * Each space between two runs of Han characters asked of `joins`, left to right, with the run before
 * it as far as the spaces before were joined: in 张 伟 美的 the second space comes after 张伟, a whole
 * name (its company follows), not after the lone 伟.
 */
function joinRuns(s: string, joins: (before: string, after: string) => boolean): string {
  let out = '';
  let word = '';
  let joined = false;
  let last = 0;
  for (const m of s.matchAll(HAN_GAP)) {
    const start = m.index ?? 0;
    const lead = s.slice(last, start);
    word = lead === '' && joined ? word + m[1] : m[1];
    joined = joins(word, m[2]);
    out += lead + (joined ? m[1] : m[0]);
    last = start + m[0].length;
  }
  return out + s.slice(last);
}
