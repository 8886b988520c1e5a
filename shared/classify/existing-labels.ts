/**
 * Reads the classes a sheet already states in its own columns (客户类型, 客户等级, 状态, 标签), loosely:
 * case, width and spaces are ignored, suffixes such as 客户 / 会员 / 价值 / 级 / customer / tier are
 * dropped and a bracketed note after the class is passed over before the words below are looked up,
 * so 高价值客户, A级, A（重点客户） and "High value" all read as high.
 */
import { cellText, isBlank, type Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import type { BuiltinDimension, LocalText } from './labels';
import { foldValue } from './fold-value';
import { splitTags } from '../text/tags';
import { creditGrade } from './credit-grades';
import { toSimplified } from '../text/simplified';

/** Words (already folded) for each class; matched whole, after suffixes are dropped. */
export const EXISTING_LABEL_WORDS: readonly { dimension: BuiltinDimension; id: string; words: readonly string[] }[] = [
  // A CRM's lead and deal stages name the lifecycle too (HubSpot's lifecycle stages, Salesforce's lead
  // status, a Chinese CRM's 销售阶段): before the sale is potential, a won deal an existing customer.
  { dimension: 'lifecycle', id: 'potential', words: [
    '潜在', '潜客', '意向', '待开发', '未成交', '线索', '商机', '跟进中', '洽谈中', '谈判中', '商务谈判', '初步接触', '需求确认', '方案报价', '已报价', '报价中', '试用', '试用中', '待签约', '未签约',
    'prospect', 'potential', 'lead', 'new lead', 'subscriber', 'mql', 'sql', 'marketing qualified lead', 'sales qualified lead', 'opportunity',
    // HubSpot's exports of internal values write its two qualified stages as one word.
    'marketingqualifiedlead', 'salesqualifiedlead',
    'open - not contacted', 'working - contacted', 'qualified', 'trial', 'negotiation', 'proposal',
    // Pipedrive's standard person and organisation labels: a lead, however warm, has not bought.
    'hot lead', 'warm lead', 'cold lead',
    // A contact app's category or label names the group, in the plural (Outlook's Categories Prospects,
    // a Google Contacts label Leads): matched whole, as a bare plural has no suffix left to drop.
    'prospects', 'leads', 'new leads', 'hot leads', 'warm leads', 'cold leads', 'opportunities',
    // HubSpot's Lead Status, as Salesforce's above: where a lead stands in the sales funnel (compared as
    // an activity, Connected was "no activity"). New, Open and In Progress only as the whole cell
    // (WHOLE_ONLY): a New Customer or New Member has bought.
    'new', 'open', 'in progress', 'open deal', 'unqualified', 'attempted to contact', 'connected', 'bad timing',
    // The same stages as HubSpot's internal values (IN_PROGRESS), as its exports with property values write them.
    'in_progress', 'open_deal', 'attempted_to_contact', 'bad_timing',
    // Zoho CRM's Lead Status: a lead not yet reached, reached, or to call later has not bought (tester h71).
    'not contacted', 'contacted', 'contact in future', 'pre-qualified', 'pre qualified',
    // An estate agent's Client Type: a buyer or a seller he works for, the sale still to close (a
    // closing passed says he bought or sold: classify/closed-deal.ts); a 房产中介's 求购 / 求租 客户 the same.
    'buyer', 'seller', 'buyer & seller', 'buyer and seller', 'buyer/seller', 'home buyer', 'home seller', 'first-time buyer', 'first time buyer', 'investor',
    '买方', '卖方', '求购', '求租',
    // A 房产中介's or a 4S dealer's 状态: a buyer with an interest (有意向, 高意向 / 低意向 by how keen) is
    // still being shown flats or cars, not one who bought (tester h65). 无意向 is a lead that said no (standing.ts).
    '有意向', '有意愿', '高意向', '中意向', '低意向'] },
  { dimension: 'lifecycle', id: 'existing', words: [
    '现有', '老', '成交', '已成交', '多次成交', '正式', '签约', '已签约', '合作', '合作中', '已合作', '赢单', '复购',
    'existing', 'current', 'active', 'customer', 'evangelist', 'closed won', 'won', 'closed - converted', 'converted',
    // Salesforce's standard Account Type picklist: an account that buys, directly or through a channel partner.
    'customer - direct', 'customer - channel',
    // Outlook's Categories, Google Contacts' labels: Customers;VIP, Key Customers, Clients.
    'customers', 'client', 'clients', 'key customer', 'key customers', 'key client', 'key clients',
    // Signed, or served now (RUNNING_WORDS): a 月子中心's 已签约 mother with her deposit paid, a 二房东's tenant 在租.
    '已签', '签单', '已签单', '已下定', '已付定金', '已交定金', '待入住', '已出所', 'signed', 'contracted', 'under contract'] },
  { dimension: 'lifecycle', id: 'churned', words: ['流失', '已流失', '丢失', 'churned', 'churn', 'lost', 'former', 'lapsed', 'ex-customer', 'ex customer', 'ex-client',
    // Zoho CRM's Lead Status Lost Lead: a prospect lost.
    'lost lead'] },
  { dimension: 'activity', id: 'active', words: ['活跃', 'active'] },
  { dimension: 'activity', id: 'dormant', words: ['休眠', '沉睡', '沉默', '睡眠', '不活跃', 'dormant', 'inactive', 'sleeping'] },
  { dimension: 'activity', id: 'lost', words: ['流失', '已流失', 'lost', 'churned', 'lapsed'] },
  // Stars too (客户星级 ★★★★★, 5星): four or five high, three medium, one or two low.
  // 大/中/小客户 is how many Chinese teams tier their customers; an ERP's 信用等级 or 客户等级 writes
  // A/B/C, or 甲/乙/丙/丁 (甲级, 丙类), as Chinese grades are ordered.
  // A shop's member card (会员等级 钻石卡 > 金卡 > 银卡 > 普通会员) is the tier its owner gives: the precious
  // cards high, silver in the middle, bronze and the ordinary card low; a team's 金牌 / 银牌 / 铜牌 客户
  // and an English Tier's Platinum / Gold / Silver / Bronze are the same ladder (a team that means
  // otherwise gives its own levels those labels, read first).
  // 一级 / 二级 / 三级客户 (一类 …) rank as A/B/C do, the first the highest; only whole, as a shop's
  // numbered member levels (一级会员 … 五级会员) climb the other way and are read as no tier.
  { dimension: 'tier', id: 'high', words: ['高', '大', '重要', '重点', '优质', 'a', '甲', 'high', 'top', '★★★★★', '★★★★', '五星', '四星', '5星', '4星', '非常重要',
    '钻石卡', '钻石', '黑钻卡', '黑钻', '黑金卡', '黑金', '铂金卡', '铂金', '白金卡', '白金', '至尊卡', '金卡', '黄金卡', '黄金', '金', '金牌',
    'diamond', 'platinum', 'gold', '一级', '一级客户', '一类', '一类客户'] },
  { dimension: 'tier', id: 'medium', words: ['中', '中等', '一般', 'b', '乙', 'medium', 'mid', 'middle', '★★★', '三星', '3星', '比较重要',
    '银卡', '白银卡', '白银', '银', '银牌', 'silver', '二级', '二级客户', '二类', '二类客户'] },
  { dimension: 'tier', id: 'low', words: ['低', '普通', '小', 'c', 'd', '丙', '丁', 'low', 'basic', '★★', '★', '二星', '一星', '两星', '2星', '1星', '不重要',
    '铜卡', '青铜卡', '青铜', '普通卡', '铜', '铜牌', 'bronze', '三级', '三级客户', '三类', '三类客户'] },
];

/**
 * Words of a status saying the customer is being served now: a tenant 在租, a mother 在住 at the 月子中心, a
 * 代账 client 服务中, a pupil 在读, a policy 在保 or In Force (tester h72 #13: a tenant 在租 was classed 流失
 * by his move-in day, a year back). What no date can say: the relationship runs today, so he is a current
 * customer (`@standing` `current`: classify.ts), whatever his last purchase. Read as lifecycle words too.
 */
export const RUNNING_WORDS: readonly string[] = [
  // Not 合作中 nor Active: a label a team leaves standing, which a purchase two years back rightly questions (the what-if).
  '服务中', '服务期内', '在服务', '在租', '租住中', '在住', '入住中', '已入住', '在读', '在学', '在籍', '在保', '保障中',
  'in force', 'inforce', 'current client', 'current customer', 'current tenant', 'current member', 'in tenancy', 'tenancy running',
  'engaged', 'ongoing', 'live policy',
];

/**
 * Words read only as a cell's whole text, never left over once a suffix is dropped (New Customer is no
 * new lead) nor as a tag (Shopify's tag New may be a first order's).
 */
const WHOLE_ONLY: ReadonlySet<string> = new Set(['new', 'open', 'in progress', 'in_progress']);

/** A VIP mark: contained anywhere in the text (`vip`, `svip`, 贵宾 …) or the whole text (`ka`). */
const VIP_CONTAINED = ['vip', '贵宾', '大客户', 'key account'];
const VIP_WHOLE = ['ka'];
/**
 * Words that, just before a mark (spaces and hyphens between allowed), say the customer is not one:
 * 非VIP, 不是VIP, Non-VIP, not VIP. A Latin word counts only as a word of its own (Casino VIP is a
 * VIP); 是否 is the question a header asks (是否VIP), not a no.
 */
const VIP_NEGATIONS = ['非', '不是', '否', 'non', 'not', 'no'];
const NOT_NEGATIONS = ['是否'];
/** A yes/no VIP column (是否VIP): what a yes and a no are written as. */
const YES = new Set(['是', '是的', '有', 'y', 'yes', 'true', '1', '✓', '✔', '√', '★']);
const NO = new Set(['否', '不是', '无', '非', 'n', 'no', 'false', '0', '×', '✗', '普通', 'regular']);

/**
 * A yes/no deal column (是否成交): what a yes (he bought: existing) and a no (not yet: potential) are
 * written as. Read only in that column: a 是 in a 客户类型 column says nothing.
 */
const DEAL_YES = new Set(['是', '是的', '有', '对', 'y', 'yes', 'true', '1', '✓', '✔', '√']);
const DEAL_NO = new Set(['否', '不是', '没有', '未', '无', 'n', 'no', 'false', '0', '×', '✗', '✘']);

/** A yes/no deal cell: 'existing' for a yes, 'potential' for a no, null for anything else (已成交 reads as a word). */
function dealFlag(cell: Cell): 'existing' | 'potential' | null {
  if (cell.kind === 'boolean') return cell.value ? 'existing' : 'potential';
  const folded = foldValue(cellText(cell));
  return DEAL_YES.has(folded) ? 'existing' : DEAL_NO.has(folded) ? 'potential' : null;
}

// 会员 too: a shop's member levels (有赞's, 微店's 普通会员) are its customers' tiers.
const SUFFIXES = ['客户', '用户', '会员', '价值', '级别', '级', '类', '型', '等', 'customers', 'customer', 'clients', 'client', 'members', 'member', 'value', 'tier', 'level', 'class', 'grade'];

/** A note in brackets after the class (纷享销客's A（重点客户）, C（非优先客户）): the class is before it. */
const BRACKETED = /\s*[(\[【][^)\]】]*[)\]】]\s*/gu;

/**
 * A shop's numbered member level (有赞's and 微店's VIP1 … VIP10, VIP3级, VIP2会员): a rung of its
 * member ladder, which every paying member climbs, not the VIP status a 是否VIP column marks.
 */
const NUMBERED_LEVEL = /^vip ?\d{1,2}$/u;
const isNumberedLevel = (text: string) => {
  const folded = foldValue(text);
  return NUMBERED_LEVEL.test(folded) || NUMBERED_LEVEL.test(stripSuffixes(folded));
};

/** The sheet's columns to look in for each dimension, most telling first. */
export const EXISTING_COLUMNS: Readonly<Record<BuiltinDimension, readonly FieldId[]>> = {
  // Whether he bought (成交状态) before where the rep's follow-up stands (跟进状态: 跟进中 on a customer
  // who has bought is upkeep, not a prospect).
  lifecycle: ['customerType', 'dealStatus', 'status', 'tags'],
  activity: ['status', 'customerType'],
  tier: ['tier', 'customerType'],
  vip: ['vip', 'tier', 'customerType', 'status', 'tags'],
};

export function stripSuffixes(text: string): string {
  let s = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (s.length > suffix.length && s.endsWith(suffix)) {
        s = s.slice(0, -suffix.length).trim();
        changed = true;
      }
    }
  }
  return s;
}

const LOOKUP = new Map<string, Map<string, string>>();
for (const { dimension, id, words } of [...EXISTING_LABEL_WORDS, { dimension: 'lifecycle' as const, id: 'existing', words: RUNNING_WORDS }]) {
  const table = LOOKUP.get(dimension) ?? new Map<string, string>();
  for (const w of words) if (!table.has(w)) table.set(w, id);
  LOOKUP.set(dimension, table);
}

/**
 * The levels a run's settings define for a dimension, as a sheet may write them: each level's id and
 * its label in both languages (folded, and without suffixes) → its id. A team that tiers its
 * customers A/B/C or Key Account/Standard/Small writes those words in its own column.
 */
export interface DefinedLevels {
  words: ReadonlyMap<string, string>;
  ids: ReadonlySet<string>;
  /** Some level has an id of its own (not a built-in one): a built-in word's class is then none of them. */
  ownIds: boolean;
}
export type DefinedLabels = Partial<Record<BuiltinDimension, DefinedLevels>>;

/** `legend`: a compiled dimension's levels with their labels; `builtinIds`: the dimension's built-in ids. */
export function definedLevels(legend: readonly { id: string; text: LocalText }[], builtinIds: readonly string[]): DefinedLevels {
  const words = new Map<string, string>();
  // 'unknown' is what the rules say when they cannot decide, not a class a sheet states.
  const levels = legend.filter((l) => l.id !== 'unknown');
  for (const pass of [(w: string) => w, stripSuffixes]) {
    for (const { id, text } of levels) {
      for (const word of [id, text['zh-CN'], text.en]) {
        const folded = pass(foldValue(word));
        if (folded !== '' && !words.has(folded)) words.set(folded, id);
      }
    }
  }
  const ids = new Set(levels.map((l) => l.id));
  return { words, ids, ownIds: [...ids].some((id) => !builtinIds.includes(id)) };
}

/**
 * The class one cell's text names in `dimension`, or null: the levels the settings define first,
 * then the built-in words. With levels of their own (A/B/C), a built-in word's class (高 → high) is
 * none of them and reads as null, not as a change from high to A.
 */
export function readLabelWord(dimension: BuiltinDimension, text: string, defined?: DefinedLevels, ratingScale = false): string | null {
  const folded = foldValue(text);
  if (dimension === 'vip') return vipMark(folded);
  // The text before a bracketed note (A（重点客户） is A), when the whole text names nothing.
  const unbracketed = folded.replace(BRACKETED, ' ').trim();
  const texts = unbracketed !== '' && unbracketed !== folded ? [folded, unbracketed] : [folded];
  const find = (table: ReadonlyMap<string, string> | undefined) => {
    if (!table) return null;
    for (const text of texts) {
      const stripped = stripSuffixes(text);
      const id = table.get(text) ?? (WHOLE_ONLY.has(stripped) ? undefined : table.get(stripped));
      if (id) return id;
    }
    return null;
  };
  const own = find(defined?.words);
  if (own) return own;
  // A credit rating (AAA, BBB-, AAA级): its ladder, whose A is no top grade (credit-grades.ts).
  const grade = dimension === 'tier' ? texts.map((t) => creditGrade(t, ratingScale) ?? creditGrade(stripSuffixes(t), ratingScale)).find((g) => g !== null) ?? null : null;
  const builtin = grade ?? find(LOOKUP.get(dimension));
  return builtin !== null && defined?.ownIds && !defined.ids.has(builtin) ? null : builtin;
}

/**
 * Of a tags cell's classes, the one a customer's tags say last: tags pile up and are seldom taken off,
 * so 意向客户 left beside the 已成交 added at the sale, or 老客户 beside 流失, say where he is now.
 * A merge of a customer's copies reads the same ladder backwards, as the stages he goes through
 * (dedupe/merged-stage.ts STAGE_LADDER).
 */
export const TAG_RANK: Readonly<Partial<Record<BuiltinDimension, readonly string[]>>> = { lifecycle: ['churned', 'existing', 'potential'] };

/**
 * The class a tags cell names in `dimension` and the tag that names it, or null: each tag read whole
 * (企业微信's `VIP客户,已成交` is existing, `宝妈,潜在客户` potential), the later class winning
 * (TAG_RANK; a level of the user's own after the built-in ones, the first of a rank first).
 */
export function readTagsWord(dimension: BuiltinDimension, text: string, defined?: DefinedLevels): { id: string; tag: string } | null {
  const order = TAG_RANK[dimension] ?? [];
  const rank = (id: string) => {
    const at = order.indexOf(id);
    return at < 0 ? order.length : at;
  };
  let best: { id: string; tag: string } | null = null;
  for (const tag of splitTags(text)) {
    const id = WHOLE_ONLY.has(foldValue(tag)) ? null : readLabelWord(dimension, tag, defined);
    if (id !== null && (best === null || rank(id) < rank(best.id))) best = { id, tag };
  }
  return best;
}

/**
 * The lifecycle stage one cell of a stage column states (客户类型 / 客户状态 意向客户, 状态 已成交, Lifecycle
 * Stage Customer, 是否成交 是, a tags cell by its tags): what statedClass reads it as, with the built-in
 * words. Null when it names none (正常, 跟进人 notes, 黑名单).
 */
export function stageOfCell(field: FieldId, cell: Cell): string | null {
  if (isBlank(cell) || cell.kind === 'error') return null;
  if (field === 'dealStatus') {
    const flag = dealFlag(cell);
    if (flag) return flag;
  }
  const text = cellText(cell);
  return field === 'tags' ? (readTagsWord('lifecycle', text)?.id ?? null) : readLabelWord('lifecycle', text);
}

/** 'vip' when a mark stands un-negated, 'regular' when every mark is negated, null without a mark. */
function vipMark(folded: string): 'vip' | 'regular' | null {
  if (VIP_WHOLE.includes(folded)) return 'vip';
  let negated = false;
  for (const mark of VIP_CONTAINED) {
    for (let at = folded.indexOf(mark); at >= 0; at = folded.indexOf(mark, at + 1)) {
      if (!negatedAt(folded, at)) return 'vip';
      negated = true;
    }
  }
  return negated ? 'regular' : null;
}

function negatedAt(folded: string, at: number): boolean {
  const before = folded.slice(0, at).replace(/[\s\-_]+$/u, '');
  if (NOT_NEGATIONS.some((w) => before.endsWith(w))) return false;
  return VIP_NEGATIONS.some((w) => {
    if (!before.endsWith(w)) return false;
    // 非 needs no word boundary; "no" must not end a Latin word (casino).
    return !/^[a-z]/.test(w) || !/\p{L}/u.test(before.charAt(before.length - w.length - 1));
  });
}

/**
 * What the sheet says about a row in `dimension`: a label id, 'unrecognized' (something is written
 * but names no class), or 'blank'. For VIP, columns written without a VIP mark read 'unmarked': a
 * regular customer on a sheet that marks VIPs, nothing on one that never speaks of VIP (the caller
 * knows which, see computeWhatIf).
 * `memo` (one per dimension, text → readLabelWord's answer) lets a whole sheet, where a few words
 * repeat on every row, fold and look up each distinct text once (its answers are for one column's
 * reading: `ratingScale`, the tier column writes a credit rating's AAA … C, reads a lone A as its rung).
 * `silent`: the columns left unread in this dimension.
 */
export function readExistingLabel(record: CustomerRecord, dimension: BuiltinDimension, memo?: Map<string, string | null>, defined: DefinedLabels = {}, ratingScale = false, silent?: ReadonlySet<FieldId>): string {
  let written = false;
  for (const field of EXISTING_COLUMNS[dimension]) {
    // A column holding none of the dimension's kind of labels (a 签证状态: what-if.ts silentColumns) is not read.
    if (silent?.has(field)) continue;
    const cell = record.fields[field];
    if (!cell || isBlank(cell) || cell.kind === 'error') continue;
    written = true;
    // The VIP column answers yes or no: its no is "regular", not "look in the next column".
    if (field === 'vip') {
      const flag = vipFlag(cell);
      if (flag) return flag;
      continue;
    }
    if (field === 'dealStatus' && dimension === 'lifecycle') {
      const flag = dealFlag(cell);
      if (flag) return flag;
    }
    const text = cellText(cell);
    // A tier the tier column states (大客户 among 中客户 and 小客户) is that, not a VIP mark; so is a
    // shop's member level (会员等级 VIP3), which says nothing of VIP status.
    if (dimension === 'vip' && field === 'tier' && (readLabelWord('tier', text, defined.tier) !== null || isNumberedLevel(text))) continue;
    // A tags cell is read tag by tag (VIP's marks stand anywhere in it already): its own key in the
    // memo, as a status cell of the same text reads whole.
    const tagged = field === 'tags' && dimension !== 'vip';
    // A rating column's text is read on its ladder: its own key too (a 客户类型 A beside it is no rung).
    const rung = ratingScale && field === 'tier';
    const key = tagged ? `\u0000${text}` : rung ? `\u0001${text}` : text;
    let id = memo?.get(key);
    if (id === undefined) {
      id = tagged ? (readTagsWord(dimension, text, defined[dimension])?.id ?? null) : readLabelWord(dimension, text, defined[dimension], rung);
      memo?.set(key, id);
    }
    if (id) return id;
  }
  if (!written) return 'blank';
  return dimension === 'vip' ? 'unmarked' : 'unrecognized';
}

/**
 * The column that holds nothing but the dimension's class (客户等级 / Tier for tiers); activity has
 * none: a 状态 column holds stages and marks (Customer, Do not contact) no activity rule speaks of.
 */
const OWN_COLUMN: Readonly<Partial<Record<BuiltinDimension, FieldId>>> = { lifecycle: 'customerType', tier: 'tier', vip: 'vip' };

/** The text the dimension's own column writes on a row (Gold in a Tier column), or null. */
export function ownColumnLabel(record: CustomerRecord, dimension: BuiltinDimension): string | null {
  const field = OWN_COLUMN[dimension];
  const cell = field ? record.fields[field] : undefined;
  if (!cell || isBlank(cell) || cell.kind === 'error') return null;
  return cellText(cell).trim();
}

/**
 * The class a row's own cells state in `dimension` and the cell that states it (HubSpot's Lifecycle
 * Stage: Customer, Lead, Marketing Qualified Lead), or null: what a rule that cannot judge the row
 * falls back on. Not for VIP, whose yes/no column is read by readExistingLabel.
 */
export function statedClass(record: CustomerRecord, dimension: Exclude<BuiltinDimension, 'vip'>, words?: Map<string, string | null>): { id: string; field: FieldId; text: string } | null {
  for (const field of EXISTING_COLUMNS[dimension]) {
    const cell = record.fields[field];
    if (!cell || isBlank(cell) || cell.kind === 'error') continue;
    const text = cellText(cell);
    if (field === 'dealStatus' && dimension === 'lifecycle') {
      const flag = dealFlag(cell);
      if (flag) return { id: flag, field, text };
    }
    if (field === 'tags') {
      // The tag that says it (意向客户), not the whole list of them.
      const hit = readTagsWord(dimension, text);
      if (hit) return { id: hit.id, field, text: hit.tag };
      continue;
    }
    // `words` (text → readLabelWord's answer in this dimension): a sheet's few stages are read once, not on every row.
    let id = words?.get(text);
    if (id === undefined) {
      id = readLabelWord(dimension, text);
      words?.set(text, id);
    }
    if (id) return { id, field, text };
  }
  return null;
}

/**
 * The VIP mark a row's own cells state and the cell (or tag) that states it: 是否VIP 是, 客户等级 VIP,
 * a tag VIP客户 are 'vip', a no (否, 非VIP) 'regular'; null when nothing marks or unmarks him. What the
 * VIP rule falls back on when the sheet holds nothing it reads (no amount): the columns and words are
 * readExistingLabel's, so the class and the what-if read a sheet's VIP alike. `definedTier`: the tier
 * levels of the settings, whose words in a 客户等级 column are tiers, not VIP marks.
 */
export function statedVip(record: CustomerRecord, definedTier?: DefinedLevels, memo?: VipMarkMemo): { id: 'vip' | 'regular'; field: FieldId; text: string } | null {
  for (const field of EXISTING_COLUMNS.vip) {
    const cell = record.fields[field];
    if (!cell || isBlank(cell) || cell.kind === 'error') continue;
    const text = cellText(cell);
    if (field === 'vip') {
      let flag = cell.kind === 'text' ? memo?.flags.get(text) : undefined;
      if (flag === undefined) {
        flag = vipFlag(cell);
        if (cell.kind === 'text') memo?.flags.set(text, flag);
      }
      if (flag) return { id: flag, field, text };
      continue;
    }
    if (field === 'tier') {
      let tierWord = memo?.tierWords.get(text);
      if (tierWord === undefined) {
        tierWord = readLabelWord('tier', text, definedTier) !== null || isNumberedLevel(text);
        memo?.tierWords.set(text, tierWord);
      }
      if (tierWord) continue;
    }
    if (field === 'tags') {
      // The tag that marks him (VIP客户), not the whole list; a negated one (非VIP) only when none marks him.
      let no: string | null = null;
      for (const tag of splitTags(text)) {
        const mark = vipMark(foldValue(tag));
        if (mark === 'vip') return { id: mark, field, text: tag };
        if (mark === 'regular') no ??= tag;
      }
      if (no !== null) return { id: 'regular', field, text: no };
      continue;
    }
    let mark = memo?.marks.get(text);
    if (mark === undefined) {
      mark = vipMark(foldValue(text));
      memo?.marks.set(text, mark);
    }
    if (mark) return { id: mark, field, text };
  }
  return null;
}

/**
 * statedVip's readings of a sheet's texts, for one run over its rows with one `definedTier`: a VIP
 * column holds 是 and 否, a tier column a few grades, read once each, not on every row.
 */
export interface VipMarkMemo {
  /** A VIP column's text → its yes or no (vipFlag). */
  flags: Map<string, 'vip' | 'regular' | null>;
  /** A tier column's text → it names a tier or a numbered level (VIP3), no VIP mark. */
  tierWords: Map<string, boolean>;
  /** Another column's text → the VIP mark it is (vipMark). */
  marks: Map<string, 'vip' | 'regular' | null>;
}

export const vipMarkMemo = (): VipMarkMemo => ({ flags: new Map(), tierWords: new Map(), marks: new Map() });

/** A yes/no VIP cell (是 / 否, Y / N, TRUE, ✓, or a VIP mark itself, 非VIP too): 'vip', 'regular', or null. */
function vipFlag(cell: Cell): 'vip' | 'regular' | null {
  if (cell.kind === 'boolean') return cell.value ? 'vip' : 'regular';
  const folded = foldValue(cellText(cell));
  if (YES.has(folded)) return 'vip';
  if (NO.has(folded)) return 'regular';
  return vipMark(folded);
}

const RUNNING: ReadonlySet<string> = new Set(RUNNING_WORDS.map((w) => foldValue(w)));

/**
 * Stage words that record the sale itself, a contract signed or a deposit paid (已签约, 已下定, Closed Won,
 * Signed), or a service running (RUNNING_WORDS): where the sheet's purchase cells of the row are blank (a
 * 月子中心's package price not typed yet: tester h72 #3), they say he bought all the same. Not a bare
 * Customer or 老客户: a label a CRM or a team keeps, which a sheet with purchases reads its purchases over
 * (a HubSpot Customer with no purchase on record is potential, and the what-if says so).
 */
export const SIGNED_WORDS: readonly string[] = [
  '签约', '已签约', '已签', '签单', '已签单', '成交', '已成交', '赢单', '已下定', '已付定金', '已交定金', '待入住',
  'signed', 'contracted', 'under contract', 'closed won', 'won', 'converted', 'closed - converted',
];
const SIGNED: ReadonlySet<string> = new Set([...SIGNED_WORDS, ...RUNNING_WORDS].map((w) => foldValue(w)));

/** A stated stage's text (statedClass) records a sale or a service running (SIGNED_WORDS). */
export function saysSigned(text: string): boolean {
  const folded = toSimplified(foldValue(text)).replace(BRACKETED, ' ').trim();
  return SIGNED.has(folded) || SIGNED.has(stripSuffixes(folded));
}
/** The columns whose words say a relationship runs now (状态 在租, 客户类型 在读客户, a tag 服务中). */
const RUNNING_COLUMNS: readonly FieldId[] = ['status', 'customerType', 'dealStatus', 'tags'];

/** One cell's text says the customer is served now (RUNNING_WORDS), whole, or one of its tags, after 客户 / Customer. */
export function saysRunning(text: string): boolean {
  const folded = toSimplified(foldValue(text)).replace(BRACKETED, ' ').trim();
  if (folded === '') return false;
  const whole = (t: string) => RUNNING.has(t) || RUNNING.has(stripSuffixes(t));
  return whole(folded) || splitTags(folded).some((tag) => whole(foldValue(tag)));
}

/**
 * The cell of a row's status columns saying the relationship runs now (在租, 服务中, In force), as its field
 * and text, or null. `memo`: text → saysRunning, for a sheet whose few statuses repeat on every row.
 */
export function runningMark(record: CustomerRecord, memo?: Map<string, boolean>): { field: FieldId; text: string } | null {
  for (const field of RUNNING_COLUMNS) {
    const cell = record.fields[field];
    if (!cell || isBlank(cell) || cell.kind !== 'text') continue;
    let says = memo?.get(cell.value);
    if (says === undefined) {
      says = saysRunning(cell.value);
      memo?.set(cell.value, says);
    }
    if (says) return { field, text: cell.value };
  }
  return null;
}
