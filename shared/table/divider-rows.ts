/**
 * A divider line typed alone in a row between customers: 以下为新增客户, ——新增——, 2026年新客户,
 * 新增客户：, New customers. Like a group title (华东区, from-grid.ts SECTION) it heads the rows below
 * and is no customer: read as one, it was a customer without a name, classed and counted (h59).
 * Rules as data: each pattern is one way such a line is written; a line matching none stays a row.
 */

/** Who the rows below are: 新增, 老, 意向 … then 客户, 会员, 名单 … (a bare 客户 or 联系人 is a header's word, or a name). */
const QUALIFIER = '(?:新增|新签|新开|新|老|旧|意向|潜在|重点|流失|续约|本月|上月|本周|本年|今年|去年)';
const WHO = '(?:客户|会员|学员|经销商|代理商|名单|联系人|线索)';
/** A qualifier that says it alone: 新增, 本月新增 (a lone 新 or 老 might be anything). */
const ALONE = '(?:新增|新签|新开|本月新增|本周新增)';
/** A year or month: 2026年, 11月, 2026年11月份. */
const PERIOD = '(?:(?:19|20)\\d{2}\\s*年\\s*(?:\\d{1,2}\\s*月份?)?|\\d{1,2}\\s*月份?)';

export const DIVIDERS: readonly RegExp[] = [
  // 以下为新增客户, 以下是 11 月新增, 以上为老客户: a line pointing at the rows below or above.
  /^以[下上](?:为|是|均为|都是)?\s*\S.{0,14}$/u,
  // ——新增——, ----- 老客户 -----, === 新客户 ===, *** Added in November ***: words framed by rule marks.
  /^[-—–=_*~·•#\s]{2,}[^-—–=_*~·•#]{1,20}?[-—–=_*~·•#\s]{2,}$/u,
  // 2026年新客户, 11月新增, 新增客户：, 老客户, 本月新增: a period and / or who, nothing else.
  new RegExp(`^(?:${PERIOD}\\s*)?(?:${QUALIFIER}\\s*${WHO}|${ALONE})\\s*[:：]?$|^${PERIOD}\\s*${WHO}\\s*[:：]?$`, 'u'),
  // New customers, Existing clients:, Added in November
  /^(?:new|old|existing|returning|added|lapsed)\s+(?:customers?|clients?|leads?|contacts?|accounts?|members?)\s*:?$/iu,
  /^added\s+(?:in|on|since)\s+\S.{0,20}$/iu,
];

/** Whether a lone text is a divider line (the caller knows it is the only filled cell of its row). */
export function isDivider(label: string): boolean {
  return label.length <= 32 && DIVIDERS.some((re) => re.test(label));
}
