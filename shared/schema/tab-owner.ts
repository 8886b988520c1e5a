/**
 * Whom a tab's name says its customers belong to, when the sheet has no owner column: a workbook
 * kept as one tab per sales rep (王磊, 刘洋, 张三的客户, Emma's clients) names each rep's list by the
 * rep. The one rule the run (its reminders, report and 撞单 within the sheet) and the check across the
 * workbook's tabs both ask, so a tab never owns its rows in one place and not in the other.
 *
 * A wrong guess is seen by the user (a reminder digest for "客户名单", "撞单：同一客户分属 汇总 / 王磊"),
 * so a name that reads as what the tab holds or when (客户, Customers, Sheet1, 三月, 2024, 汇总, 说明,
 * 华东) names no one; and a workbook's only customer tab, which needs no name to be told apart, owns
 * its rows only when its name reads as a person's (王磊, Emma Lewis) or as someone's list (张三的客户).
 */
import { MONTH_NAME } from '../normalize/month-names';
import { isWholeHanName } from '../text/surnames';
import { toSimplified } from '../text/simplified';
import { namesInstructions, namesSummary } from './sheet-role';
import { isPersonName, onlyTradeWords } from './sniff-column';
import { placePrefix } from '../dedupe/keys/regions';

/**
 * A tab named for a month, quarter, half year or season, with no digit (三月, 一季度, 下半年, Jan, March
 * Leads, Spring): a period of the sheet's, not a rep's list.
 */
const PERIOD_TAB = new RegExp(
  '^(?:' +
    [
      '(?:[一二三四五六七八九]|十[一二]?)月份?', '正月', '腊月', '(?:第?[一二三四]|[上下])季度', '[上下]半年', '[春夏秋冬]季',
      MONTH_NAME, 'spring', 'summer', 'autumn', 'fall', 'winter',
    ].join('|') +
    ')(?:\\s*(?:客户|名单|数据|记录|明细|customers|clients|leads|list|contacts))?$',
  'i',
);

export function namesPeriod(sheetName: string): boolean {
  return PERIOD_TAB.test(sheetName.trim());
}

/** Someone's list: 张三的客户, 张三的客户名单, 張三的客戶 (张三 is the owner). */
const HAN_OWNED = /^(.+?)\s*的\s*(?:客[户戶](?:名[单單]|列表|[资資]料|清[单單]|表)?|名[单單]|[资資]源)$/u;
/** A rep's list without 的: 张三客户, 张三 客户名单 (only a whole name before it: 新客户 is no one's). */
const HAN_LIST = /^(.+?)\s*[-_·—]?\s*客[户戶](?:名[单單]|列表|[资資]料|清[单單]|表)?$/u;
/** Emma's customers, Tom’s clients, Amy Lee's accounts (a tab's name, a block heading's: table/heading-owner.ts). */
export const LATIN_OWNED = /^(.+?)['’]s?\s+(?:customers|clients|accounts|leads|contacts|list|book)$/iu;

/**
 * What a list is or holds, never who owns it: a tab named only with these (客户名单, 全部客户, 公海,
 * 意向客户, All Customers, Master List, Sheet) names no rep. Rules as data.
 */
const LIST_WORDS_HAN: readonly string[] = [
  '客户', '名单', '列表', '资料', '清单', '信息', '数据', '明细', '记录', '表', '总表', '总', '全部', '所有', '我的', '我', '本人', '公司',
  '部门', '团队', '新', '老', '旧', '潜在', '意向', '成交', '已成交', '未成交', '重点', '大', '小', 'VIP', '会员', '公海', '联系人', '通讯录',
  '线索', '商机', '原始', '导出', '备份', '草稿', '工作表', '跟进', '回访', '待跟进', '流失', '合作', '供应商', '渠道', '代理', '经销商',
  '华东', '华南', '华北', '华中', '西南', '西北', '东北', '线上', '线下', '门店', '个人', '企业', '批发', '零售',
];
const LIST_WORDS_LATIN: ReadonlySet<string> = new Set([
  'customer', 'customers', 'client', 'clients', 'contact', 'contacts', 'lead', 'leads', 'account', 'accounts', 'prospect', 'prospects',
  'list', 'lists', 'data', 'master', 'all', 'my', 'our', 'new', 'old', 'active', 'inactive', 'current', 'sheet', 'export', 'import',
  'main', 'members', 'member', 'vip', 'vips', 'database', 'db', 'copy', 'backup', 'draft', 'records', 'details', 'info', 'book',
  'crm', 'table', 'pipeline', 'deals', 'opportunities', 'subscribers', 'mailing', 'email', 'emails', 'sales', 'team', 'the', 'of', 'and',
]);
/** 全部客户, 意向客户名单, 公海数据: nothing but list words, longest first. */
const ONLY_LIST_WORDS_HAN = new RegExp(`^(?:${[...LIST_WORDS_HAN].sort((a, b) => b.length - a.length).join('|')})+$`, 'iu');

function onlyListWords(name: string): boolean {
  // A Taiwan or Hong Kong workbook's 客戶名單 is 客户名单.
  const s = toSimplified(name).replace(/[\s\-_·—/()（）]+/gu, '');
  if (s === '' || ONLY_LIST_WORDS_HAN.test(s)) return true;
  const words = name.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => LIST_WORDS_LATIN.has(w));
}

/** A team, branch or region the tab is kept for (华东区, 销售部, 南山店, 杭州分公司, 一组): no one person. */
const ORG_UNIT = /(?:区|分公司|公司|门店|店|部|组|团队|中心|办事处|渠道)$/u;

/**
 * A name the tab itself may be given: not a period, a year or Sheet2, a roll-up, instructions, what a
 * list holds, a place (上海, 江苏, 杭州), a team or branch, or a region or channel (North Region, Online).
 */
function namesSomeone(name: string): boolean {
  if (name === '' || /\d/.test(name) || namesPeriod(name) || namesSummary(name) || namesInstructions(name) || onlyListWords(name)) return false;
  const plain = toSimplified(name);
  if (placePrefix(plain).length >= 2 || ORG_UNIT.test(plain)) return false;
  return !onlyTradeWords(name.replace(/[^\p{L}\s]+/gu, ' '));
}

/** A person's whole name: 王磊, 欧阳娜娜, Emma Lewis (a known surname; two or three capitalised words). */
function readsAsPerson(name: string): boolean {
  if (isWholeHanName(name)) return true;
  const words = name.split(/\s+/u);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)) && isPersonName(name);
}

/**
 * The owner a tab named `sheetName` stands for, in a workbook of `customerTabs` customer tabs (its own
 * included), or null when its name says no one: the rep's name as a reminder digest names him (张三
 * for 张三的客户). Only for a sheet with no owner column of its own; the host never writes it into the
 * sheet.
 */
export function tabOwner(sheetName: string, customerTabs: number): string | null {
  const name = sheetName.trim().normalize('NFC');
  const owned = HAN_OWNED.exec(name) ?? LATIN_OWNED.exec(name);
  if (owned) {
    const who = owned[1].trim();
    return namesSomeone(who) ? who : null;
  }
  const listed = HAN_LIST.exec(name);
  if (listed && isWholeHanName(listed[1].trim()) && namesSomeone(listed[1].trim())) return listed[1].trim();
  if (!namesSomeone(name)) return null;
  // A workbook's one customer tab is named for what it holds far more often than for a rep.
  if (customerTabs < 2 && !readsAsPerson(name)) return null;
  return name;
}
