/**
 * Where a customer stands with the business, as the sheet itself says in its 状态, 生命状态, 客户类型 or 标签
 * column: marked not to be contacted (黑名单, 请勿联系, 已故, a record 作废) or a relationship that has ended
 * (停止合作, 已流失, 解约, 退保, a company 已注销, a service 已停止, closed lost). A rep's digest full of follow-ups, stale records
 * and contract ladders for customers he has written off is noise, and a birthday greeting to a
 * blacklisted or deceased customer is worse; each reminder rule names the standings that silence it
 * (`skipWhen` in the remind settings).
 *
 * A cell is read by its parts (`VIP, 黑名单`; `停止合作（2024.3）`; `Customer - Do not call`), each part
 * whole (after the suffixes 客户 / 用户 / customer and a leading 已, in simplified or traditional
 * characters), or a listed phrase of several words as a run of its whole words: so 流失预警 (at risk
 * of churning), 疑似流失, 未流失, Lost contact and Former board member say nothing, where a word found
 * anywhere in the text would have silenced customers still being won.
 */
import { cellText, isBlank, type Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import { foldValue } from '../classify/fold-value';
import { toSimplified } from '../text/simplified';
import { remembered, runMemos } from '../text/run-memos';
import { statedClass } from '../classify/existing-labels';
import { cellDay } from '../classify/cell-day';
import { POLICY_MOVED_WORDS, remarkSaysBeyondStanding, type RemarkSays } from './remark-words';

/**
 * A record the team voided (纷享销客's 生命状态 作废, a 客户状态 废弃 or 已作废, an English CRM's Void): no
 * customer at all, so none to remind (a do-not-contact standing), and counted apart (recordState).
 */
export const VOIDED_WORDS: readonly string[] = ['作废', '已作废', '废弃', '已废弃', '无效数据', '无效线索', 'void', 'voided', 'invalid record',
  // A 状态 of 无效 / 无效客户 (a 房产中介's or a telesales list's dead lead), 空号 or 错号 (the number reaches no one):
  // as 无效线索 says, no buyer to chase; counted apart, not left among the unknown classes unnamed (tester h65).
  '无效', '空号', '错号',
  // Zoho CRM's Lead Status Junk Lead: no customer at all (tester h71).
  'junk lead', 'junk'];

/** Strictest first: a cell or row that states two standings stands by the earlier one. */
export const STANDINGS = ['doNotContact', 'ended', 'paused'] as const;
export type Standing = (typeof STANDINGS)[number];

/** Words (folded: half-width, lower case) for each standing, matched whole against one part of a cell. */
export const STANDING_WORDS: Readonly<Record<Standing, readonly string[]>> = {
  doNotContact: [
    '黑名单', '拉黑', '已拉黑', '勿扰', '请勿打扰', '勿联系', '请勿联系', '请勿联络', '禁止联系', '不要联系', '拒绝联系', '拒绝来电',
    '已故', '去世', '已去世', '过世', '身故',
    // A record the team voided (纷享销客's 生命状态 作废, a 客户状态 废弃, a dead lead 无效 or 空号): no customer to remind.
    ...VOIDED_WORDS,
    'do not contact', 'do not call', 'do not email', 'dnc', 'unsubscribed', 'opted out', 'opt out', 'opt-out', 'deceased',
    'blacklist', 'blacklisted', 'blocked', 'invalid', 'bad data', 'spam',
    // Not to be served or dealt with again (tester h60: 孙浩, 状态 黑名单, was classed VIP).
    '禁止合作', '禁止交易', '拒绝服务', '不予服务', '不再服务', 'do not serve', 'do not sell', 'banned',
  ],
  ended: [
    '流失', '已流失', '停止合作', '已停止合作', '终止合作', '已终止合作', '合作终止', '合作结束', '结束合作', '不再合作', '暂停合作',
    '终止', '已终止', '解约', '已解约', '退保', '已退保', '丢单', '输单', '死单', '放弃', '已放弃', '关闭', '已关闭',
    // A lead that said no: nothing to chase (LEAD_DECLINED: not of a row that is a customer).
    '无意向', '没有意向', '不感兴趣', '明确拒绝', '已拒绝', 'unqualified', 'disqualified', 'not interested', 'bad fit',
    // Zoho CRM's Lead Status: a lead lost, or found not qualified (tester h71).
    'lost lead', 'not qualified',
    'churned', 'lost', 'closed lost', 'closed-lost', 'lost deal', 'former', 'former customer', 'ex-customer', 'cancelled',
    'canceled', 'terminated', 'ended',
    // A company wound up (注销, 吊销, 倒闭; Companies House's Dissolved, Struck off): the account has ended, as
    // 停止合作 says, not a person barred from contact (tester h72 #23: a 代账 client 已注销 was counted
    // 请勿联系). Its boss is still greeted and his rep's own follow-up kept: he may open the next company.
    '注销', '已注销', '公司注销', '公司已注销', '企业注销', '吊销', '已吊销', '倒闭', '已倒闭', '停业', '歇业',
    'out of business', 'dissolved', 'struck off', 'ceased trading', 'liquidated', 'in liquidation', 'closed down',
    // A service the business stopped (a 代账 firm's 服务状态 已停止 beside 服务中: tester h72 #4), a contract
    // cancelled by either side (解除合同), and an English practice's words for a client let go (a UK
    // accountant's Disengaged, Ceased, Resigned: tester h73 #12) or a policy the carrier would not renew
    // (Non-Renewed beside Active, Lapsed, Cancelled: tester h73 #11). Not Not renewed: a renewal still to make.
    '停止', '停止服务', '服务停止', '服务已停止', '终止服务', '服务终止', '服务已终止', '服务结束', '服务已结束', '结束服务',
    '解除合同', '合同解除', '已解除合同', '合同终止', '合同已终止', '终止合同', '解除合作', '已解除合作',
    'disengaged', 'ceased', 'resigned', 'engagement ended', 'engagement terminated', 'service ended', 'service stopped',
    'non-renewed', 'non renewed', 'nonrenewed', 'non-renewal', 'policy cancelled', 'policy canceled', 'cancelled policy', 'canceled policy',
    // A policy or a membership not renewed, as an insurer's or a club's export says it (保单失效; a
    // 保单状态 of 失效 or 已失效 beside 有效, the Chinese of Lapsed beside In Force).
    'lapsed', '保单失效', '失效',
    // A record the ERP disabled (金蝶's, 精斗云's 状态 禁用, 用友's 停用): the customer is no longer dealt with.
    // Not 冻结 (frozen: often an account's credit, see paused), nor Inactive (a dormant customer to win back).
    '停用', '已停用', '禁用', '已禁用', 'disabled', 'deactivated',
    // A school's or salon's customer who took his fees back or left: 退费 (his tuition refunded), 退学
    // (withdrew), 退卡 / 销卡 (returned or closed his member card), 不续费 (said he will not renew). Not
    // 结课 (the course is over: the very moment a 课程顾问 asks for the next one), nor 退款 / 已退款 /
    // 退款中 / Refunded: an order or an invoice refunded (a shop's, a B2B account's) is no customer gone.
    '退费', '全额退费', '退费中', '退卡', '销卡', '退课', '退班', '退学', '不续费', '不续课', '不续卡',
    'withdrawn', 'withdrew', 'dropped out', 'unenrolled', 'not renewing',
    // A practice's patient whose care is over (a physio's Discharged, a clinic's 已出院, 结束疗程): no renewal,
    // insurance or long-silence reminder, as for a pupil who left (tester h77 #12). Not a bare 出院: a
    // hospital's 出院随访 list calls the very patients to follow up.
    'discharged', 'patient discharged', 'discharged from care', 'care ended', 'treatment ended',
    '已出院', '结束疗程', '疗程结束', '疗程已结束', '已结束疗程', '结束治疗', '治疗结束', '治疗已结束',
    'cancelled membership', 'canceled membership', 'membership cancelled', 'membership canceled', 'membership ended',
    // A sale or a lease the business lost (tester h62, finding 3): 战败 (a 4S rep's word for a sale lost to
    // a rival), 退租 (the tenant moved out). A policy gone elsewhere (已转保, 续保战败, 脱保) ends only the
    // policy: remark-words.ts POLICY_MOVED_WORDS, read by policyMoved below.
    // Not 不续保 / 未续保 / 待续约: a renewal not (yet) made is the very one a rep is to chase.
    '战败', '已战败', '退租', '已退租',
    'lost to competitor', 'lost to a competitor', 'went to competitor', 'moved to competitor',
    'switched provider', 'moved out', 'vacated', 'moved away', 'relocated', '搬走', '已搬走', '搬离', '已搬离',
    // A booking or an order the customer cancelled (a wedding's 已退单, a 退订, 取消订单): the deal is off,
    // its balance no longer chased (tester h71). Not 取消预约 (an appointment to book again).
    '退单', '退订', '取消订单', '订单取消', '订单已取消', '已取消订单', '取消预订', '预订取消', '已取消预订', '婚礼取消', '取消婚礼',
    'cancelled booking', 'canceled booking', 'booking cancelled', 'booking canceled', 'cancelled order', 'canceled order',
    'order cancelled', 'order canceled',
  ],
  // Still a customer, for now not coming: 停课 (classes paused: abroad for a term, ill), 休学, 停卡 (a
  // member card stopped). His package's end waits for him (the days of a pause are added on), and
  // nobody expects to see him meanwhile, so no renewal push and no 'not seen for long'; a birthday
  // greeting and the rep's own follow-up still go to him. Only words of a course or a membership, and
  // only as a whole status (see PHRASES): 暂停, 冻结, On hold, Suspended, Paused, Frozen say as
  // often a B2B account's 暂停跟进, a finance 资金冻结, a Payment on hold or a Suspended - unpaid
  // invoice, whose contract renewal and stale record a rep needs most.
  paused: [
    '停课', '停课中', '暂停上课', '休学', '休学中', '停卡', '停卡中',
    'membership paused', 'membership frozen', 'membership on hold',
  ],
};

/**
 * The ended words that say how a lead was turned down (HubSpot's Lead Status Unqualified, a 跟进状态
 * 无意向), not that a customer left. A row its lifecycle column calls a customer (Lifecycle Stage
 * Customer, 客户类型 老客户: existing-labels.ts) bought since, and his lead status was never cleared:
 * they say nothing of him.
 */
const LEAD_DECLINED: readonly string[] = ['无意向', '没有意向', '不感兴趣', '明确拒绝', '已拒绝', 'unqualified', 'disqualified', 'not interested', 'bad fit', 'lost lead', 'not qualified'];

const RANK: Readonly<Record<Standing, number>> = Object.fromEntries(STANDINGS.map((s, i) => [s, i])) as Record<Standing, number>;

/** The stricter of two standings (doNotContact over ended over paused). */
const stricter = (a: Standing | null, b: Standing | null): Standing | null => (a === null ? b : b === null || RANK[a] <= RANK[b] ? a : b);

/** The columns that state it, most telling first; every one is read (a tag 黑名单 beside a status 正常 counts). */
export const STANDING_COLUMNS: readonly FieldId[] = ['status', 'dealStatus', 'recordStatus', 'disabled', 'customerType', 'tags'];

/** A yes in a yes/no 禁用状态 or 是否停用 column (the words of a no, 否 / FALSE, say nothing). */
const DISABLED_YES: ReadonlySet<string> = new Set(['是', '是的', 'y', 'yes', 'true', '1', '✓', '✔', '√']);

/** The standing a 禁用状态 cell states: a yes, or a word of its own (已禁用, 黑名单), or a date it was disabled on. */
function disabledFlag(cell: Cell, text: string): CellStanding | undefined {
  if (cell.kind === 'boolean') return cell.value ? ENDED : NOTHING;
  if (cell.kind === 'date') return ENDED;
  // Anything else (否, 启用, 停用) is read as any status text is.
  return DISABLED_YES.has(foldValue(text)) ? ENDED : undefined;
}

/**
 * How a cell lists several things (`VIP, 黑名单`; `Customer - Do not call`; `已流失—2023`). A single
 * space or hyphen joins words of one thing (Lost contact, re-engage), so it never splits a cell.
 * ┋ is how 问卷星 joins a multiple choice's answers; Mailchimp quotes each tag ("Do Not Contact","VIP"); Google
 * Contacts joins its labels with ":::".
 */
export const LIST = /\s*(?:[,，、;；|/／┋┊¦]|:::|\s-\s|[—–])\s*/u;
/** Quotes around a listed thing ("Do Not Contact"), as tag exports write them. */
export const QUOTES = /^["'“”‘’「」]+|["'“”‘’「」]+$/gu;
/** A note in brackets says when or why (停止合作（2024.3）), never the standing. */
export const NOTE = /[(（[【][^)）\]】]*[)）\]】]?/gu;
/** Between the words of a part: closed-lost and opt-out are the phrases closed lost and opt out. */
const WORD_GAP = /[\s-]+/u;
/** A year or date after the words (已流失-2023, Lost 2024.3). */
const DATE_WORD = /^[\d.]+$/;
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'non', '未', '非', '不', '没', '无']);
const SUFFIXES = ['客户', '用户', ' customers', ' customer', ' client'];

const wordsOf = (text: string): string[] => text.split(WORD_GAP).filter((w) => w !== '');

/**
 * What a word or phrase states: a standing, a lead turned down ('declined': ended, unless the row is a
 * customer), or a policy gone to another insurer ('policyMoved': remark-words.ts, ended only where the
 * policy is all the row holds).
 */
type Said = Standing | 'declined' | 'policyMoved';

const DECLINED_KEYS: ReadonlySet<string> = new Set(LEAD_DECLINED.map((w) => wordsOf(foldValue(w)).join(' ')));

const LOOKUP: ReadonlyMap<string, Said> = new Map([
  ...STANDINGS.flatMap((s) => STANDING_WORDS[s].map((w) => {
    const key = wordsOf(foldValue(w)).join(' ');
    return [key, s === 'ended' && DECLINED_KEYS.has(key) ? 'declined' : s] as const;
  })),
  ...POLICY_MOVED_WORDS.map((w) => [wordsOf(toSimplified(foldValue(w))).join(' '), 'policyMoved'] as const),
]);

/**
 * Phrases of several words, which may stand inside a longer part (Please do not contact). Not a paused
 * one: a pause is read only as the whole status (Membership on hold), never out of a longer one.
 */
const PHRASES: readonly (readonly [readonly string[], Said])[] = [...LOOKUP]
  .filter(([, s]) => s !== 'paused')
  .map(([w, s]) => [w.split(' '), s] as const)
  .filter(([words]) => words.length > 1);

function lookUpWhole(part: string): Said | null {
  const hit = LOOKUP.get(part);
  if (hit) return hit;
  // 已过世, 已拉黑: 已 (already) adds nothing to the word after it.
  if (part.startsWith('已') && part.length > 2) return LOOKUP.get(part.slice(1)) ?? null;
  return null;
}

function lookUp(part: string): Said | null {
  const hit = lookUpWhole(part);
  if (hit) return hit;
  for (const suffix of SUFFIXES) {
    if (part.length > suffix.length && part.endsWith(suffix)) return lookUpWhole(part.slice(0, -suffix.length).trim());
  }
  return null;
}

/** A listed phrase of several words as a run of the part's words, not after a negation. */
function phraseIn(words: readonly string[]): Said | null {
  for (const [phrase, standing] of PHRASES) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, k) => words[i + k] === w) && !(i > 0 && NEGATIONS.has(words[i - 1]))) return standing;
    }
  }
  return null;
}

/**
 * The standing one part states: the whole part is a listed word or phrase (Lost; 黑名单客户), or a
 * listed phrase of several words stands in it as whole words (Please do not contact). One word is
 * never taken out of a longer part: former in Former board member, lost in Lost contact or invalid
 * in Invalid phone say something else.
 */
function readPart(part: string, phrases = true): Said | null {
  const words = wordsOf(part);
  while (words.length > 1 && DATE_WORD.test(words[words.length - 1])) words.pop();
  if (words.length === 0) return null;
  return lookUp(words.join(' ')) ?? (phrases ? phraseIn(words) : null);
}

/**
 * The standing one cell's text states, or null; the strictest wins within a cell (STANDINGS' order).
 * `passOverDoNotContact`: what else it states (黑名单, 已流失 → ended), for the classes (readRelationship).
 */
export function readStandingText(text: string, passOverDoNotContact = false): Standing | null {
  return readCellText(text, passOverDoNotContact).any;
}

/** What one cell's text states of any row, and of a row its lifecycle column calls a customer (LEAD_DECLINED). */
export interface CellStanding {
  any: Standing | null;
  customer: Standing | null;
  /** The cell's ended standing is a policy gone elsewhere alone (已转保): the row's other dues stand. */
  policy?: boolean;
}

/** Each distinct cell text's answer, read once for a sheet where a few statuses repeat. */
export type StandingMemo = Map<string, CellStanding>;

const NOTHING: CellStanding = { any: null, customer: null };
const ENDED: CellStanding = { any: 'ended', customer: 'ended' };

const STANDING_TEXTS_KEPT = 10000;
const readAny = (text: string) => readCellTextAfresh(text, false);
const readPassingOver = (text: string) => readCellTextAfresh(text, true);

/**
 * A status column repeats a few texts down the sheet, read by the classes, the what-if, the merge
 * and the reminders alike: each distinct text is read once per run (RunMemos), bounded as the other
 * text memos are (cleared whole when full, so a column of distinct remarks costs no more than reading).
 */
function readCellText(text: string, passOverDoNotContact: boolean): CellStanding {
  const memos = runMemos();
  return passOverDoNotContact
    ? remembered(memos?.standingsPassingOver, text, STANDING_TEXTS_KEPT, readPassingOver)
    : remembered(memos?.standings, text, STANDING_TEXTS_KEPT, readAny);
}

function readCellTextAfresh(text: string, passOverDoNotContact: boolean): CellStanding {
  const folded = toSimplified(foldValue(text)).replace(NOTE, ' ').trim();
  if (folded === '') return NOTHING;
  let any: Standing | null = null;
  let customer: Standing | null = null;
  let policy = false;
  for (const listed of folded.split(LIST)) {
    const part = listed.replace(QUOTES, '');
    for (const piece of hanPieces(part)) {
      const s = readPart(piece);
      if (s === 'doNotContact') {
        if (passOverDoNotContact) continue;
        return { any: s, customer: s };
      }
      if (s === 'declined') {
        any = stricter(any, 'ended');
        continue;
      }
      if (s === 'policyMoved') {
        policy = true;
        continue;
      }
      any = stricter(any, s);
      customer = stricter(customer, s);
    }
  }
  // A policy gone elsewhere reads as ended to whoever reads the text alone (an order's status, a type
  // column's values); a row's reading asks whether the policy was all it holds (readRow).
  if (policy && any === null) return POLICY_ENDED;
  if (policy) return { any: stricter(any, 'ended'), customer: stricter(customer, 'ended') };
  return any === null ? NOTHING : { any, customer };
}

const POLICY_ENDED: CellStanding = { any: 'ended', customer: 'ended', policy: true };

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Words after a standing that make it a risk, not a fact: 流失 预警, 流失 风险. */
const QUALIFIERS: ReadonlySet<string> = new Set(['预警', '风险', '倾向', '边缘', '可能']);

/**
 * Chinese words a space sets apart are separate things (投诉中 勿联系, VIP 黑名单): Chinese writes a
 * phrase without spaces. Each such word is read whole; one before a qualifier (流失 预警) or after a
 * negation (未 流失) is not. A part with Latin words stays whole (Lost contact).
 */
function hanPieces(part: string): string[] {
  const words = part.split(/\s+/u).filter((w) => w !== '');
  if (words.length < 2 || !words.some((w) => HAN_ONLY.test(w))) return [part];
  return words.filter((w, i) => !QUALIFIERS.has(words[i + 1] ?? '') && !NEGATIONS.has(words[i - 1] ?? ''));
}

/**
 * Words of a status that says the customer is still being followed up (跟进中, 洽谈中, In progress):
 * beside it, a deal lost in 成交状态 (输单, 丢单, 放弃) is one offer lost, not the customer gone.
 * Not 正常 / 有效 / 启用: a record's state, which says nothing of the deal.
 */
const FOLLOWING_UP: ReadonlySet<string> = new Set([
  '跟进中', '待跟进', '正在跟进', '持续跟进', '继续跟进', '需跟进', '洽谈中', '谈判中', '商务谈判', '报价中', '方案报价', '需求确认', '意向客户', '有意向',
  'following up', 'follow up', 'follow-up', 'in progress', 'working', 'negotiation', 'negotiating', 'nurturing', 'open',
]);

/** The row's follow-up status (the status column) says he is still being followed up. */
function followedUp(record: CustomerRecord): boolean {
  const cell = record.fields.status;
  if (!cell || isBlank(cell) || cell.kind === 'error') return false;
  return FOLLOWING_UP.has(toSimplified(foldValue(cellText(cell))).replace(NOTE, ' ').trim());
}

/**
 * What the row's status columns say of it (the strictest standing any of them states), or null.
 * `memo` (text → answer) lets a sheet where a few statuses repeat read each distinct text once.
 */
export function readStanding(record: CustomerRecord, memo?: StandingMemo, todayDay?: number): Standing | null {
  return readRow(record, memo, false, todayDay);
}

/** The row's lifecycle column (Lifecycle Stage, 客户类型, 成交状态) calls it an existing customer. */
const statedCustomer = (record: CustomerRecord): boolean => statedClass(record, 'lifecycle')?.id === 'existing';

/** One status cell as read (a 停用 flag column by its flag), through the memo when the run keeps one. */
function readStatusCell(field: FieldId, cell: Cell, memo: StandingMemo | undefined, passOver: boolean): CellStanding {
  const text = cellText(cell);
  let read = field === 'disabled' ? disabledFlag(cell, text) : memo?.get(text);
  if (read === undefined) {
    read = readCellText(text, passOver);
    memo?.set(text, read);
  }
  return read;
}

/**
 * readStanding, or with `passOver` what the row states besides do-not-contact (its memo is its own then).
 * `forClasses`: what the row says of the customer, for his classes: a pet of his gone (已故（宠物）) ends
 * the row's reminders, not him.
 */
function readRow(record: CustomerRecord, memo: StandingMemo | undefined, passOver: boolean, todayDay?: number, forClasses = false): Standing | null {
  let found: Standing | null = null;
  let customer: boolean | undefined;
  let policy = false;
  for (const field of STANDING_COLUMNS) {
    const cell = record.fields[field];
    if (!cell || isBlank(cell) || cell.kind === 'error') continue;
    const read = readStatusCell(field, cell, memo, passOver);
    if (read.policy) {
      policy = true;
      continue;
    }
    // Asked only of a row whose cell names a lead turned down.
    const s = read.customer !== read.any && (customer ??= statedCustomer(record)) ? read.customer : read.any;
    if (s === 'doNotContact') return s;
    if (s === 'ended' && field === 'dealStatus' && followedUp(record)) continue;
    found = stricter(found, s);
  }
  // A remark whose leading word is a standing (备注 退学, 黑名单, 休学, 已卖房: remark-words.ts) says so too.
  const said = remarkSaysOf(record, memo, passOver);
  if (said === 'doNotContact' && !passOver) return said;
  if (said === 'left' || said === 'moved' || (said === 'subjectGone' && !forClasses)) found = stricter(found, 'ended');
  else if (said === 'paused') found = stricter(found, 'paused');
  else if (said === 'policyMoved') policy = true;
  // A policy gone elsewhere ends the relationship only where the policy was all the row holds (an
  // agent's list); a 4S still services the car (policyOnly).
  if (policy && policyOnly(record)) found = stricter(found, 'ended');
  // A day the relationship ended on (Churned At, 解约日期), or the record was stopped (用友's 停用日期),
  // says ended as plainly as 已流失 or a 状态 停用 does.
  // A 停用日期 still to come (the record is to be stopped at the year's end) is a record in use until then.
  const stopped = cellDay(record.fields.disabledAt);
  const stoppedNow = stopped !== null && (todayDay === undefined || stopped <= todayDay);
  return record.fields.endedAt?.kind === 'date' || stoppedNow ? stricter(found, 'ended') : found;
}

/** The row holds no due day but its policy's: one contract-end cell filled at most (保险到期 alone, not 保养到期 beside it). */
function policyOnly(record: CustomerRecord): boolean {
  let filled = record.fields.contractEnd && !isBlank(record.fields.contractEnd) ? 1 : 0;
  for (const cell of record.extra?.contractEnd ?? []) if (!isBlank(cell)) filled++;
  return filled <= 1;
}

/**
 * The row says its policy went to another insurer (续保状态 已转保, 备注 续保战败) while it holds other
 * dues (保养到期 beside 保险到期): only the policy's reminders stop (remind.ts); the row's standing is
 * untouched. False where the policy was all the row holds: its standing is ended then (readRow).
 */
export function policyMovedAlone(record: CustomerRecord, memo?: StandingMemo): boolean {
  if (policyOnly(record)) return false;
  if (remarkSaysOf(record, memo) === 'policyMoved') return true;
  return STANDING_COLUMNS.some((field) => {
    const cell = record.fields[field];
    return cell !== undefined && !isBlank(cell) && cell.kind !== 'error' && readStatusCell(field, cell, memo, false).policy === true;
  });
}

/**
 * The fields of the row whose words give it `standing` (状态 黑名单, 备注 休学, a 流失日期): what the
 * summary names as where the sheet said so, never a column that said nothing.
 */
export function standingFields(record: CustomerRecord, standing: Standing, memo?: StandingMemo, todayDay?: number): FieldId[] {
  const out: FieldId[] = [];
  for (const field of STANDING_COLUMNS) {
    const cell = record.fields[field];
    if (!cell || isBlank(cell) || cell.kind === 'error') continue;
    const read = readStatusCell(field, cell, memo, false);
    if (read.any === standing || read.customer === standing) out.push(field);
  }
  const said = remarkSaysOf(record, memo);
  const fromRemark: Standing | null = said === null ? null : said === 'doNotContact' ? 'doNotContact' : said === 'paused' ? 'paused' : 'ended';
  if (fromRemark === standing) out.push('notes');
  if (standing === 'ended') {
    if (record.fields.endedAt?.kind === 'date') out.push('endedAt');
    const stopped = cellDay(record.fields.disabledAt);
    if (stopped !== null && (todayDay === undefined || stopped <= todayDay)) out.push('disabledAt');
  }
  return out;
}

/**
 * Each memo's remark readings by the remark's text: of rows that name no pet, then of rows that do.
 * Two maps keyed by the text itself, not one by a prefixed text: a key built per row is a new string
 * to hash on every lookup.
 */
const REMARK_MEMOS = new WeakMap<StandingMemo, [Map<string, RemarkSays | null>, Map<string, RemarkSays | null>]>();

/** What the row's remark says (remarkSays), each distinct remark read once per memo. */
function remarkSaysOf(record: CustomerRecord, memo: StandingMemo | undefined, passOver = false): RemarkSays | null {
  const cell = record.fields.notes;
  if (!cell || cell.kind !== 'text') return null;
  const pet = record.fields.petName;
  if (memo === undefined || passOver) return remarkSays(cell, pet, passOver);
  let memos = REMARK_MEMOS.get(memo);
  if (memos === undefined) REMARK_MEMOS.set(memo, (memos = [new Map(), new Map()]));
  const known = memos[pet && !isBlank(pet) ? 1 : 0];
  let said = known.get(cell.value);
  if (said === undefined) {
    said = remarkSays(cell, pet);
    known.set(cell.value, said);
  }
  return said;
}

/**
 * The first cell of the row's status columns (STANDING_COLUMNS) that marks him not to be contacted
 * (黑名单, 拉黑, 禁止合作, Do not contact), as its field and text, or null: what the classes say when
 * such a mark outweighs what he spent (never VIP), whatever else the row states (已流失 beside it).
 */
export function doNotContactMark(record: CustomerRecord, memo?: StandingMemo): { field: FieldId; text: string } | null {
  for (const field of STANDING_COLUMNS) {
    const cell = record.fields[field];
    if (!cell || isBlank(cell) || cell.kind === 'error') continue;
    if (readStatusCell(field, cell, memo, false).any === 'doNotContact') return { field, text: cellText(cell) };
  }
  return null;
}

/** Longer than this, a remark's first part is no leaving word, whatever date or note it carries (已退学（2024年3月转校）). */
const LONGEST_LEFT_PART = 48;

/**
 * Free-text phrases of a remark (备注, 跟进记录, Notes) saying the customer is lost to the business: he
 * bought elsewhere, needs it no more, asked not to be called again. Found anywhere in the remark's
 * latest entry (latestEntry), not after a word that turns it round (REMARK_NOT_BEFORE). Folded form.
 * Like a leaving word in a remark, each counts as ended (no renewal, expiry or long-silence reminder):
 * a remark is a rep's note, not the customer's standing, so it never silences a birthday greeting.
 * Not 不需要 alone (不需要发票, 不需要上门), nor 不感兴趣 of one product (对年卡不感兴趣).
 */
export const REMARK_LOST_PHRASES: readonly string[] = [
  '去别家了', '去了别家', '在别家买了', '已经在别家买了', '已在别家买了', '别家买了', '买了别家的', '选了别家', '用别家的了', '找了别家', '签了别家',
  '已经买了别家', '已买别家', '去竞品了', '选了竞品', '用了竞品',
  '不需要了', '不考虑了', '没需求了', '没有需求了',
  'went with a competitor', 'went with competitor', 'went with another provider', 'chose a competitor', 'signed with a competitor',
  // An estate agent's, a broker's or a planner's client gone to a rival of the trade (tester h71).
  'went with another agent', 'went with another agency', 'went with another broker', 'went with another realtor', 'went with another company',
  'listed with another agent', 'signed with another agent', 'chose another agent', 'hired another agent',
  'bought elsewhere', 'bought from a competitor', 'no longer needed', 'no longer needs it',
];

/**
 * Phrases that say so only where they end a clause (not interested.): Not interested in the add-on
 * says how to sell to him.
 */
export const REMARK_LOST_CLAUSES: readonly string[] = ['not interested', 'no longer interested'];

/**
 * Free-text phrases of a remark asking for no more calls: found anywhere in its latest entry, as
 * REMARK_LOST_PHRASES are, they say what a status of 请勿联系 / Do not contact says (doNotContact: no
 * follow-up, no greeting, no reminder at all), whatever else the note says (went with another agent,
 * do not call: tester h71, a follow-up 612 days overdue still sent). 勿扰 after a time (周末勿扰,
 * 午休勿扰) says when not to call (TIME_BEFORE).
 */
export const REMARK_NO_CALL_PHRASES: readonly string[] = [
  '别再打了', '不要再打了', '不要再打', '别再打', '不要再打电话', '别再打电话', '别打电话了', '不要打电话了', '别再联系', '不要再联系', '别打了',
  '拒绝再联系', '拒绝联系', '不要联系', '请勿联系', '勿联系', '请勿打扰', '勿扰', '不要打扰', '别打扰',
];

/** Phrases asking for no more calls only where they end a clause (do not call.): Do not call before 10am says when to call. */
export const REMARK_NO_CALL_CLAUSES: readonly string[] = [
  'do not call', "don't call", 'do not contact', "don't contact", 'do not phone', "don't phone", 'do not email', 'stop calling', 'stop contacting',
  'no more calls', 'no calls', 'remove from list', 'remove from the list',
];

/** Words of a time just before 勿扰 (周末勿扰, 午休勿扰, 晚上9点后勿扰): when not to call, not never. */
const TIME_BEFORE = /(?:周末|周六|周日|星期[六日天]|节假日|假期|早上|上午|中午|午休|午间|下午|晚上|晚间|夜间|夜里|上班|上班时间|工作日|工作时间|开会|\d+\s*点[前后]?|[前后]|以前|以后|之前|之后|期间|时)$/u;
/** Words just before a phrase that deny it (没去别家, 不是不需要了) or make it a passing state (暂时不需要了). */
const REMARK_NOT_BEFORE: readonly string[] = [
  '没', '没有', '未', '不是', '并非', '并不是', '非', '暂时', '暂', '目前', '现在', '没说', '没有说', '并没说',
  'not', 'never', "isn't", "wasn't", "didn't", "hasn't",
];

/** Words earlier in the same clause that make it a fear or a condition (怕他去别家了, 如果不需要了, if he went with a competitor). */
const REMARK_IF_BEFORE: readonly string[] = ['怕', '担心', '以防', '如果', '要是', '是否', '会不会', '可能', '万一', 'if', 'might', 'maybe', 'afraid', 'unless', 'whether', 'in case'];

/** A list of remark phrases as read: folded, those that must end a clause apart. */
interface PhraseList {
  keys: readonly string[];
  clauses: ReadonlySet<string>;
}

function phraseList(phrases: readonly string[], clauses: readonly string[]): PhraseList {
  const clauseKeys = new Set(clauses.map((p) => foldValue(p)));
  return { keys: [...new Set(phrases.map((p) => toSimplified(foldValue(p))))].concat([...clauseKeys]), clauses: clauseKeys };
}

const LOST: PhraseList = phraseList(REMARK_LOST_PHRASES, REMARK_LOST_CLAUSES);
const NO_CALL: PhraseList = phraseList(REMARK_NO_CALL_PHRASES, REMARK_NO_CALL_CLAUSES);
/** The no-call phrases a time before makes a when-not-to-call (周末勿扰). */
const TIMED: ReadonlySet<string> = new Set(['勿扰', '请勿打扰', '不要打扰', '别打扰'].map((p) => toSimplified(foldValue(p))));
/** What may follow a clause phrase: the entry's end, a stop, or a word that only stresses it (again, anymore). */
const CLAUSE_END = /^(?:\s*(?:again|anymore|any more|at all|please|thanks))*\s*(?:[,.;!，。！)）]|$)/u;
const NOT_BEFORE_KEYS: readonly string[] = REMARK_NOT_BEFORE.map((w) => foldValue(w));
const IF_BEFORE_KEYS: readonly string[] = REMARK_IF_BEFORE.map((w) => foldValue(w));
/** Where a clause of a remark begins: after its last stop or comma. */
const CLAUSE_STOP = /[,，.。;；!！?？]/u;
const LATIN_AT = /\p{Script=Latin}/u;

/**
 * A character or word every phrase holds, in simplified or traditional characters, any case or width:
 * most remarks hold none and are passed over before any folding.
 */
const MAY_HOLD_PHRASE = /[别別需考虑慮求打联聯竞競扰擾]|compet|elsewhere|interest|call|contact|need|another|phone|email|list|agent|ｃ|ｉ|ｎ/iu;

/** Longer than this, a remark entry is a history, not read for a phrase (a sheet of 100,000 remarks pays for each read). */
const LONGEST_ENTRY = 120;

/** A remark's phrase of `list` (REMARK_LOST_PHRASES, REMARK_NO_CALL_PHRASES) standing in `folded`, not after a word that denies it. */
function remarkPhraseIn(folded: string, list: PhraseList): boolean {
  for (const key of list.keys) {
    const latin = LATIN_AT.test(key);
    for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
      // A Latin phrase is whole words (not interestedly, dnot call).
      if (latin && (/\p{L}/u.test(folded.charAt(at - 1)) || /\p{L}/u.test(folded.charAt(at + key.length)))) continue;
      if (list.clauses.has(key) && !CLAUSE_END.test(folded.slice(at + key.length))) continue;
      if (TIMED.has(key) && TIME_BEFORE.test(folded.slice(0, at).trimEnd())) continue;
      const before = folded.slice(0, at).replace(/[\s,，]+$/u, '');
      const wordAt = (w: string, i: number) => !LATIN_AT.test(w) || (!/\p{L}/u.test(before.charAt(i - 1)) && !/\p{L}/u.test(before.charAt(i + w.length)));
      const denied = NOT_BEFORE_KEYS.some((w) => before.endsWith(w) && wordAt(w, before.length - w.length));
      let from = before.length;
      while (from > 0 && !CLAUSE_STOP.test(before.charAt(from - 1))) from--;
      const clause = before.slice(from);
      const doubted = IF_BEFORE_KEYS.some((w) => {
        const i = clause.lastIndexOf(w);
        return i >= 0 && wordAt(w, from + i);
      });
      if (!denied && !doubted) return true;
    }
  }
  return false;
}

/** Entries of a remark log: one per line or per 。 / ；, as reps append them (3/1 不需要了；5/6 又来问价). */
const ENTRY = /[\n\r；;。]+/u;
/** The day an entry starts with (3/1, 5.6, 2024-03-01, 3月1日), its year when typed. */
const ENTRY_DAY = /^\s*(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?![\d.])\s*[:：]?\s*/u;

/**
 * The entry of a remark that says where the customer stands now, its leading day taken off: of
 * entries each dated, the latest (3/1 不需要了；5/6 又来问价 → 又来问价; a log kept newest first reads
 * the same), years compared when every entry writes one; else the first, as a remark reads before.
 */
function latestEntry(text: string): string {
  const entries = text.split(ENTRY).map((e) => e.trim()).filter((e) => e !== '');
  if (entries.length === 0) return '';
  const days = entries.map((e) => ENTRY_DAY.exec(e));
  if (entries.length > 1 && days.every((d) => d !== null)) {
    const years = days.every((d) => d![1] !== undefined);
    if (years || days.every((d) => d![1] === undefined)) {
      const key = (d: RegExpExecArray) => (years ? Number(d[1]) * 10000 : 0) + Number(d[2]) * 100 + Number(d[3]);
      let best = 0;
      days.forEach((d, i) => {
        if (key(d!) >= key(days[best]!)) best = i;
      });
      return entries[best].slice(days[best]![0].length);
    }
    // Some entries with a year, some without: the last typed is the latest.
    return entries[entries.length - 1].slice(days[entries.length - 1]![0].length);
  }
  const d = days[0];
  return d ? entries[0].slice(d[0].length) : entries[0];
}

/**
 * What the remark says of its row when its latest entry (latestEntry) starts with a leaving word
 * (remark-words.ts RemarkSays): a standing word as its first listed part (退学，费用已退; 黑名单：损坏家具未赔偿;
 * 休学), a word of a flat sold, a policy moved or a death (已卖房, 已转保, 已故（宠物）), or a phrase of
 * REMARK_LOST_PHRASES anywhere in it (客户说已经在别家买了, went with a competitor: left), else null. A
 * remark is free text: a standing word inside a longer part (差点退学，已挽回) says nothing. `petName`: the
 * row's pet, whose 已故 a bare one is. validate/rules.ts notes it on the cell, so the user sees why.
 */
export function remarkSays(cell: Cell | undefined, petName?: Cell, passOverDoNotContact = false): RemarkSays | null {
  if (!cell || isBlank(cell) || cell.kind !== 'text') return null;
  const entry = latestEntry(cell.value);
  // Asked for no more calls (do not call, 别再打了): stricter than anything else the note says. Passed
  // over, the rest is read: went with another agent still says he left, for his classes.
  if (!passOverDoNotContact && mayHoldPhrase(entry) && remarkPhraseIn(toSimplified(foldValue(entry.replace(NOTE, ' '))), NO_CALL)) return 'doNotContact';
  const beyond = remarkSaysBeyondStanding(entry.split(REMARK_PART)[0] ?? '', petName);
  if (beyond === 'death') return 'doNotContact';
  if (beyond !== null) return beyond;
  const plain = entry.replace(NOTE, ' ');
  const said = leadingWord(plain);
  // A record voided (作废，重复建档) is no customer: said as one who left, as before.
  if (said === 'doNotContact') return voidsRecord(plain.split(REMARK_PART)[0] ?? '') ? 'left' : 'doNotContact';
  if (said === 'ended') return 'left';
  if (said === 'paused') return 'paused';
  if (said === 'policyMoved') return 'policyMoved';
  if (mayHoldPhrase(plain) && remarkPhraseIn(toSimplified(foldValue(plain)), LOST)) return 'left';
  return null;
}

const mayHoldPhrase = (entry: string) => entry.length <= LONGEST_ENTRY && MAY_HOLD_PHRASE.test(entry);

/** The remark's text when it says the customer left or is not to be contacted (remarkSays), else null. */
export function noteSaysLeft(cell: Cell | undefined): string | null {
  const said = remarkSays(cell);
  return said === 'left' || said === 'doNotContact' || said === 'moved' ? (cell as { value: string }).value.trim() : null;
}

/** How a remark lists its parts: a status's lists, and a colon before the reason (黑名单：损坏家具未赔偿). */
const REMARK_PART = new RegExp(`${LIST.source}|\\s*[:：]\\s*`, 'u');

/** The standing the remark's latest entry states as its first listed part (退学, 已退保, 黑名单), or null. */
function leadingWord(entry: string): Said | null {
  // Only the first listed part can be a leaving word, and only a short one: most remarks (a sentence, a
  // history) are passed over before any folding, which a sheet of 100,000 remarks would pay for each.
  const typed = entry.split(REMARK_PART)[0] ?? '';
  if (typed.length > LONGEST_LEFT_PART) return null;
  const folded = toSimplified(foldValue(typed)).replace(NOTE, ' ').trim();
  const first = folded.split(REMARK_PART)[0]?.replace(QUOTES, '') ?? '';
  // Whole words only: a phrase inside a remark (Do not call before 10am, 周末勿扰) says how to reach him.
  return first === '' ? null : readPart(first, false);
}

/**
 * Whether the remark's latest entry is mainly an ending word (已退保, 退卡, 解约): what a row of an order list says
 * of that purchase, as its status would (plan/order-list.ts). Not a phrase about the customer (去别家了, 别再打了)
 * nor a do-not-contact mark, which are his whatever row holds them.
 */
export function noteEndsPurchase(cell: Cell | undefined): boolean {
  if (!cell || isBlank(cell) || cell.kind !== 'text') return false;
  const said = leadingWord(latestEntry(cell.value.replace(NOTE, ' ')));
  return said === 'ended' || said === 'policyMoved';
}

/**
 * What the row says of the relationship, for its classes (流失客户, 休眠): readStanding's answer, but a
 * do-not-contact mark beside a relationship the row says has ended or paused (a 黑名单 tag, an 已流失
 * status) gives way to it. Not to be called silences his reminders (readStanding, strictest first);
 * it says nothing of whether he still buys, and 已流失 beside it says he does not.
 */
export function readRelationship(record: CustomerRecord, memo?: StandingMemo, todayDay?: number): Standing | null {
  const standing = readRow(record, memo, false, todayDay, true);
  return standing === 'doNotContact' ? readRow(record, undefined, true, todayDay, true) ?? standing : standing;
}

/** The fields whose cell can say the record itself was retired (retiresRecord). */
export const RETIRING_FIELDS: readonly FieldId[] = ['disabled', 'disabledAt', 'endedAt', 'status', 'recordStatus'];

/** A status that disables the record itself (the ERP's 停用 / 禁用), not one that says how the deal went. */
const RECORD_DISABLED: ReadonlySet<string> = new Set(['停用', '已停用', '禁用', '已禁用', 'disabled', 'deactivated']);

/**
 * The cell, of one of RETIRING_FIELDS, says its record was retired: disabled (禁用状态 是, 状态 停用) or
 * ended on a day (用友's 停用日期, 流失日期). Of one customer's two records the one in use is kept
 * (dedupe/survivor.ts), and a merge never fills such a cell into it (dedupe/merge.ts).
 */
export function retiresRecord(field: FieldId, cell: Cell | undefined): boolean {
  if (!cell || isBlank(cell) || cell.kind === 'error') return false;
  switch (field) {
    case 'endedAt':
    case 'disabledAt':
      return cell.kind === 'date';
    case 'disabled': {
      const text = cellText(cell);
      return (disabledFlag(cell, text) ?? readCellText(text, false)).any === 'ended';
    }
    case 'status':
    case 'recordStatus':
      return RECORD_DISABLED.has(toSimplified(foldValue(cellText(cell))).replace(NOTE, ' ').trim());
    default:
      return false;
  }
}

const VOIDED_KEYS: ReadonlySet<string> = new Set(VOIDED_WORDS.map((w) => wordsOf(foldValue(w)).join(' ')));

/** One listed part names the record voided: 作废, 已作废, 作废客户, Voided. */
function voidedPart(part: string): boolean {
  if (VOIDED_KEYS.has(part) || (part.startsWith('已') && VOIDED_KEYS.has(part.slice(1)))) return true;
  const suffix = SUFFIXES.find((x) => part.length > x.length && part.endsWith(x));
  return suffix !== undefined && VOIDED_KEYS.has(part.slice(0, -suffix.length).trim());
}

/**
 * The cell's text says the record was voided (生命状态 作废, 客户状态 作废（重复录入）, Status Void), as a
 * whole listed part: 作废申请中 or Void check received says nothing.
 */
export function voidsRecord(text: string): boolean {
  return remembered(runMemos()?.voided, text, STANDING_TEXTS_KEPT, voidsRecordAfresh);
}

function voidsRecordAfresh(text: string): boolean {
  const folded = toSimplified(foldValue(text)).replace(NOTE, ' ').trim();
  if (folded === '') return false;
  return folded.split(LIST).some((listed) => voidedPart(wordsOf(listed.replace(QUOTES, '')).join(' ')));
}

/**
 * A row one of whose cells retires its record, or voids it: a 状态 / 生命状态 of 作废, or a remark whose
 * first part is the word (备注 作废, 作废，重复建档; never one that only mentions it, 差点作废，已恢复).
 */
export function isRetired(fields: Partial<Record<FieldId, Cell>>): boolean {
  return RETIRING_FIELDS.some((f) => retiresRecord(f, fields[f])) || VOIDING_FIELDS.some((f) => voidedIn(f, fields[f]));
}

/** The cell retires or voids its record (isRetired's reading of one cell): never filled into a record in use. */
export function endsRecord(field: FieldId, cell: Cell | undefined): boolean {
  return retiresRecord(field, cell) || voidedIn(field, cell);
}

/** The fields whose text can void the record (voidsRecord): a status column, and the remark's first part. */
const VOIDING_FIELDS: readonly FieldId[] = ['status', 'recordStatus', 'notes'];

/**
 * The fields whose 作废 a run reads anywhere: the row's (VOIDING_FIELDS) and the record state's
 * (STANDING_COLUMNS). A 作废 typed under 城市 voids nothing, and is not read (a merge asks of every cell).
 */
const VOID_READ: ReadonlySet<FieldId> = new Set<FieldId>([...VOIDING_FIELDS, ...STANDING_COLUMNS]);

function voidedIn(field: FieldId, cell: Cell | undefined): boolean {
  if (!cell || cell.kind !== 'text' || !VOID_READ.has(field)) return false;
  return voidsRecord(field === 'notes' ? cell.value.replace(NOTE, ' ').trim().split(LIST)[0] ?? '' : cell.value);
}
