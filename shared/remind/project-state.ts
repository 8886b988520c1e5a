/**
 * Where a one-off project stands (a 家装 firm's 工程状态 施工中 / 已竣工, a builder's Project Status In
 * progress / Completed), and whether a sheet is one of such projects. A customer of a renovation, a
 * wedding or a driving course buys once: his house handed over, he is not a regular who stopped coming
 * (tester h70: 28 `重要客户休眠` on finished or half-built houses, `竣工已于 … 到期` on a house handed over).
 * Read by the completion reminder (rules/contract.ts) and the key-customer-dormant one (rules/high-value-dormant.ts).
 */
import { cellText, type Cell } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import { foldValue } from '../classify/fold-value';
import { toSimplified } from '../text/simplified';
import { isCompletion } from './due-label';

export type ProjectState = 'notStarted' | 'running' | 'done';

/**
 * Words of each state, folded. `own`: words only a project's status says (施工中, 已竣工), read in any
 * status column; `shared`: words a deal's or a task's status says too (进行中, 已完成, Completed), read
 * only where the sheet is one of projects (a completion column, a 工程状态 header, or most rows in `own` words).
 */
const WORDS: Readonly<Record<ProjectState, { own: readonly string[]; shared: readonly string[] }>> = {
  notStarted: {
    own: ['未开工', '待开工', '待施工', '未施工', '尚未开工'],
    shared: ['未开始', '待开始', '筹备中', 'not started', 'pending start'],
  },
  running: {
    own: ['施工中', '在施工', '正在施工', '装修中', '在建', '在建中', '开工', '已开工', 'under construction'],
    shared: ['进行中', '服务中', '执行中', '学车中', '练车中', 'in progress', 'in-progress', 'ongoing', 'underway'],
  },
  done: {
    own: ['已竣工', '竣工', '已完工', '完工', '已交房', '已验收', '验收完成', '验收通过', '竣工验收', 'handed over',
      // A 月子中心's mother who has left after her stay (出所: the centre is a 会所).
      '已出所', '出所', '已离所', '离所'],
    shared: ['已完成', '完成', '已交付', '交付', '已结束', '已办', '已举办', '已拿证', 'completed', 'complete', 'done', 'finished', 'delivered'],
  },
};

const STATES = Object.keys(WORDS) as ProjectState[];
const fold = (s: string) => foldValue(toSimplified(s));
const OWN = new Map<string, ProjectState>(STATES.flatMap((st) => WORDS[st].own.map((w) => [fold(w), st] as const)));
const SHARED = new Map<string, ProjectState>(STATES.flatMap((st) => WORDS[st].shared.map((w) => [fold(w), st] as const)));

/** A status cell's leading part (已竣工（2026.11）, 施工中，水电阶段): the state, a note after it. */
const LEADING = /^[^，,;；、（(【[\s/|-]+/u;

/** The state a status cell says, or null; `shared`: the words a deal's status says too are read. */
export function projectStateOf(cell: Cell | undefined, shared: boolean): ProjectState | null {
  if (cell === undefined) return null;
  const text = cellText(cell).trim();
  if (text === '') return null;
  const whole = fold(text);
  const part = fold(LEADING.exec(text)?.[0] ?? text);
  for (const key of [whole, part]) {
    const own = OWN.get(key);
    if (own !== undefined) return own;
    const said = shared ? SHARED.get(key) : undefined;
    if (said !== undefined) return said;
  }
  return null;
}

/** A status header that names a project (工程状态, 项目进度, 施工状态, Project Status, Job Status). */
const PROJECT_HEADER = /工程|项目|施工|装修|project|job/iu;

/**
 * A day booked that comes once in a customer's life (a 月子中心's 预产期, a wedding's 婚期, Wedding
 * Date): the service around it is bought once, as a renovation is (tester h72 #15: three mothers who
 * had left, 已出所, were reminded as key customers gone dormant).
 */
const ONCE_IN_LIFE = /预产|婚期|婚礼|婚宴|wedding/iu;

/**
 * Whether the sheet is one of one-off projects: its due column is a project's completion (预计竣工,
 * Expected Completion), its booked day comes once in a life (预产期, 婚期), its status column names a
 * project (工程状态), or most of its filled status cells are a project's own words (施工中, 已竣工).
 */
export function isProjectSheet(records: readonly CustomerRecord[], statusHeader: string | undefined, dueLabels: readonly (string | undefined)[], bookedHeader?: string): boolean {
  if (dueLabels.some(isCompletion)) return true;
  if (bookedHeader !== undefined && ONCE_IN_LIFE.test(bookedHeader)) return true;
  if (statusHeader !== undefined && PROJECT_HEADER.test(statusHeader)) return true;
  let filled = 0;
  let projects = 0;
  for (const r of records) {
    const cell = r.fields.status;
    if (cell === undefined || cellText(cell).trim() === '') continue;
    filled++;
    if (projectStateOf(cell, false) !== null) projects++;
  }
  return filled > 0 && projects * 2 >= filled;
}
