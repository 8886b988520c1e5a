/**
 * Sales kept one column per period (a wholesale stall's 1月 … 12月 under 月度拿货（元）, 2024年1月 …,
 * 一月 … 十二月, Jan … Dec, Q1 … Q4, 2023年 / 2024年 / 2025年 销售额): the parts of one amount, what the
 * customer bought in all being their sum. Read so, never cleaned nor written (the run reads each cell
 * as it stands); a 合计 / 全年 / Total column beside them, the sum already, is the amount when there is
 * one, and the parts are checked against it (plan/period-amounts.ts).
 */
import type { Cell } from '../table/cell';
import { cellText, isBlank } from '../table/cell';
import type { ColumnMapping } from '../plan/types';
import { toHalfWidth } from '../text/fold';
import { MONTH_NAME, monthNumber } from '../normalize/month-names';
import { matchHeader } from './header-match';
import { foldHeader } from './fold-header';

export type PeriodKind = 'month' | 'quarter' | 'year';

/** One period a header names: its kind, its number (month 1–12, quarter 1–4, a year), the year of a month or quarter when it says. */
interface Period {
  kind: PeriodKind;
  n: number;
  year: number | null;
  /** The header without the period: 销售额 of 1月销售额, '' of a bare 1月 (brackets and separators dropped). */
  rest: string;
}

/** A run of period columns read as one amount (Table.amountParts). */
export interface AmountParts {
  kind: PeriodKind;
  /** The part columns, left to right (0-based, as ColumnMapping.col). */
  cols: number[];
  /** The headers of the first and last part, as the summary names the run (1月–12月). */
  first: string;
  last: string;
  /**
   * The year and month whose last day each part ends on, when the year is known (2024年1月, or a
   * title saying 2024 over bare months): the last part a customer filled dates his last purchase.
   * Null where the year is unknown: no date is guessed.
   */
  ends: ({ year: number; month: number } | null)[];
  /** A 合计 / 全年 / Total column beside the run: the amount, the sum already. */
  total?: number;
  /** The group header over the run (月度拿货（元）), '' when none: it may name the parts' unit (万元). */
  group: string;
}

const YEAR = '((?:19|20)\\d{2})';
const CN_MONTH: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const CN_QUARTER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

/** The header forms of a period, each with the groups it reads (order matters: the longer first). */
const FORMS: readonly { re: RegExp; read: (m: RegExpExecArray) => Omit<Period, 'rest'> | null }[] = [
  // 2024年1月, 2024年01月份, 2024.1, 2024-01, 2024/1
  { re: new RegExp(`${YEAR}\\s*(?:年\\s*(\\d{1,2})\\s*月份?|[-./](\\d{1,2})(?![\\d.]))`, 'u'), read: (m) => month(Number(m[2] ?? m[3]), Number(m[1])) },
  // 2024年Q1, 2024 Q1, 2024年第一季度, 2024年一季度
  { re: new RegExp(`${YEAR}\\s*年?\\s*(?:q([1-4])|第?([一二三四1-4])\\s*季度?)`, 'iu'), read: (m) => quarter(CN_QUARTER[m[2] ?? m[3]], Number(m[1])) },
  // Q1 2024, Q1-24, Q1 FY2024
  { re: new RegExp(`\\bq([1-4])\\b(?:\\s*[-'’ ]\\s*(?:fy\\s*)?((?:19|20)?\\d{2})\\b)?`, 'iu'), read: (m) => quarter(Number(m[1]), m[2] ? fullYear(m[2]) : null) },
  // 1Q, 一季度, 第一季度, 1季度, 一季
  { re: /(?:^|[^\d])第?([一二三四1-4])\s*(?:季度|季|q\b)/iu, read: (m) => quarter(CN_QUARTER[m[1]], null) },
  // 1月, 12月份, 一月, 十二月
  { re: /(?<![\d一二三四五六七八九十])(\d{1,2}|十[一二]|[一二三四五六七八九十])\s*月份?(?!\d)/u, read: (m) => month(/^\d+$/.test(m[1]) ? Number(m[1]) : CN_MONTH[m[1]], null) },
  // Jan, January, Jan 2024, Jan-24, Jan '24, 2024 Jan
  { re: new RegExp(`(?:${YEAR}\\s+)?\\b(${MONTH_NAME})(?![a-z])(?:\\s*[-'’ ,]\\s*((?:19|20)?\\d{2})\\b)?`, 'iu'), read: (m) => month(monthNumber(m[2]) ?? 0, m[1] ? Number(m[1]) : m[3] ? fullYear(m[3]) : null) },
  // 2023年, 2023年度, 2023, FY2023, FY23
  { re: new RegExp(`(?:fy\\s*((?:19|20)?\\d{2})|${YEAR}\\s*(?:年度?)?)(?![\\d月])`, 'iu'), read: (m) => (m[1] ? { kind: 'year', n: fullYear(m[1]), year: null } : { kind: 'year', n: Number(m[2]), year: null }) },
];

function month(n: number, year: number | null): Omit<Period, 'rest'> | null {
  return n >= 1 && n <= 12 ? { kind: 'month', n, year } : null;
}
function quarter(n: number | undefined, year: number | null): Omit<Period, 'rest'> | null {
  return n !== undefined && n >= 1 && n <= 4 ? { kind: 'quarter', n, year } : null;
}
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** A header's text as its period is read: half-width, a date header of a month's first day (2024-01-01) as its month. */
function periodText(header: string): string {
  return toHalfWidth(header.normalize('NFKC')).trim().replace(/^((?:19|20)\d{2})-(\d{2})-01(?:[ T]00:00(?::00)?)?$/u, '$1-$2');
}

/** The period a header names, with what it says beside it; null when it names none, or names it twice. */
export function readPeriod(header: string): Period | null {
  const text = periodText(header);
  if (text === '') return null;
  for (const { re, read } of FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const p = read(m);
    if (p === null) return null;
    const rest = foldHeader(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).words.filter((w) => !SEPARATOR_WORDS.has(w)).join(' ');
    return { ...p, rest };
  }
  return null;
}

/** Words that join a period to what it is of (1月的销售额, Sales in Jan, Sales for Q1). */
const SEPARATOR_WORDS: ReadonlySet<string> = new Set(['的', '份', 'in', 'for', 'of']);

/**
 * What a run's parts may say beside the period: what the customer bought, in words no field list
 * holds alone (拿货, 进货: a stall's and a distributor's buying), or any amount header (销售额, Sales).
 */
const BOUGHT_WORDS: ReadonlySet<string> = new Set(['拿货', '进货', '提货', '采购', '订货', '要货', '出货', '消费', '购买', '业绩', '营业额', '销量额', 'spend', 'spent', 'purchase', 'bought', 'order']);

/**
 * Words that make a run no spending, in the parts or the group header over them: what he owes or
 * has left, a target, a count (订单数, 次数), a cost or a profit (a key account's 毛利), visits.
 */
const NOT_SPENT = /欠|应收|未回|未付|未收|余额|目标|计划|任务|指标|预算|预计|预测|利润|毛利|成本|返利|退货|退款|次数|单数|笔数|数量|件数|人数|出勤|课时|到店|天数|占比|增长|同比|环比|%|％|\b(?:targets?|budgets?|forecasts?|plan|planned|quotas?|goals?|profits?|margins?|costs?|refunds?|returns?|owed|owing|due|balances?|counts?|qty|quantity|units|visits|headcount|growth)\b/iu;

/** A header beside a run that says it is the run's sum: 合计, 总计, 全年, 年度合计, 全年销售额, Total, YTD, Full Year. */
const TOTAL_KEYS: ReadonlySet<string> = new Set(['合计', '总计', '小计', '共计', '汇总', '全年', '全年合计', '年度合计', '年合计', '全年度', '总额', '总和', '全年总计', '年度总计',
  'total', 'sum', 'ytd', 'year to date', 'full year', 'fy total', 'annual total', 'year total', 'grand total', 'total ytd'].map((w) => foldHeader(w).key));

/** Parts whose cells are mostly numbers (what a sales column holds), as read by the sample: a date or a tick (√) per month is no amount. */
const NUMBERS_SHARE = 0.8;

/**
 * The run of period columns of the sheet read as its amount, or null: three or more adjacent columns
 * no field reads (a header that names the amount, 2023年销售额, is one too), of one kind, whose
 * periods follow one another (1月 2月 3月; 2024年12月 2025年1月; 2023年 2024年 2025年), which say the
 * same beside the period, nothing or what was bought (销售额, 拿货, Sales), under a group header that
 * says no other thing (欠款, 目标, 次数), and whose filled cells are mostly numbers. `groupOver` gives a
 * column's text in the group header row above (月度拿货（元） over 1月 … 12月); `above` the sheet's
 * title rows and tab name, one of which may name the year of bare months (客户往来表（2026）).
 * A sheet with an amount column elsewhere (累计消费 beside this year's months) keeps it: the months
 * are no part of it, and stay unread.
 */
export function amountPartsOf(columns: readonly ColumnMapping[], sample: readonly (readonly Cell[])[], groupOver: (col: number) => string, above: readonly string[]): AmountParts | null {
  const free = (c: ColumnMapping) => !c.run && c.person === undefined && c.partOf === undefined && c.source !== 'override' && !c.extra && (c.field === null || c.field === 'amount');
  const periods = columns.map((c) => (free(c) ? readPeriod(c.header) : null));
  let best: { from: number; to: number } | null = null;
  for (let i = 0; i < columns.length; ) {
    const p = periods[i];
    if (p === null) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < columns.length && columns[j].col === columns[j - 1].col + 1 && follows(periods[j - 1]!, periods[j])) j++;
    if (j - i >= 3 && (best === null || j - i > best.to - best.from)) best = { from: i, to: j };
    i = j;
  }
  if (best === null) return null;
  const run = columns.slice(best.from, best.to);
  const first = periods[best.from]!;
  if (first.rest !== '' && !namesSpending(first.rest)) return null;
  if (run.some((c) => NOT_SPENT.test(groupOver(c.col)) || NOT_SPENT.test(c.header))) return null;
  // Another amount column of the sheet (累计消费 beside this year's months) is the amount: left so.
  const amountCol = columns.find((c) => c.field === 'amount' && !c.extra && !run.includes(c));
  const besides = [columns.find((c) => c.col === run[run.length - 1].col + 1), columns.find((c) => c.col === run[0].col - 1)];
  const total = besides.find((c) => c !== undefined && !c.run && c.source !== 'override' && (c.field === null || c.field === 'amount') && namesTotal(c.header, first.rest));
  if (amountCol !== undefined && amountCol !== total) return null;
  if (!mostlyNumbers(run.map((c) => c.col), sample)) return null;
  const year = first.kind === 'year' ? null : yearOf(run.map((c) => groupOver(c.col)), above);
  let carry = 0;
  const ends = run.map((c, k) => {
    const p = periods[best!.from + k]!;
    if (p.kind === 'year') return null;
    // A run that crosses a new year (11月 12月 1月 2月) under one year named above: the later months are the next year's.
    if (k > 0 && p.year === null && p.n < periods[best!.from + k - 1]!.n) carry++;
    const y = p.year ?? (year === null ? null : year + carry);
    return y === null ? null : { year: y, month: p.kind === 'month' ? p.n : p.n * 3 };
  });
  return {
    kind: first.kind,
    cols: run.map((c) => c.col),
    first: run[0].header.trim(),
    last: run[run.length - 1].header.trim(),
    ends,
    group: groupOver(run[0].col).trim(),
    ...(total !== undefined ? { total: total.col } : {}),
  };
}

/** Whether `b` is the period after `a`, said the same way (same kind, same words beside it). */
function follows(a: Period, b: Period | null): boolean {
  if (b === null || b.kind !== a.kind || b.rest !== a.rest || (a.year === null) !== (b.year === null)) return false;
  if (a.kind === 'year') return b.n === a.n + 1;
  const last = a.kind === 'month' ? 12 : 4;
  if (a.year !== null && b.year !== null) return (b.year === a.year && b.n === a.n + 1) || (b.year === a.year + 1 && a.n === last && b.n === 1);
  return b.n === a.n + 1 || (a.n === last && b.n === 1);
}

/** Whether the words beside the periods name what was bought or spent (销售额, 拿货, Sales), not another amount. */
function namesSpending(rest: string): boolean {
  if (NOT_SPENT.test(rest)) return false;
  if (rest.split(' ').some((w) => BOUGHT_WORDS.has(w)) || [...BOUGHT_WORDS].some((w) => /\p{Script=Han}/u.test(w) && rest.includes(w))) return true;
  return matchHeader(rest, { fuzzy: false })?.field === 'amount';
}

/** Whether a header beside the run is its sum: a total word alone, or with the run's own words (全年销售额, Total Sales). */
function namesTotal(header: string, rest: string): boolean {
  const key = foldHeader(header).key;
  if (TOTAL_KEYS.has(key)) return true;
  const own = rest.replace(/ /g, '');
  return own !== '' && key.includes(own) && TOTAL_KEYS.has(key.replace(own, ''));
}

function mostlyNumbers(cols: readonly number[], sample: readonly (readonly Cell[])[]): boolean {
  let filled = 0;
  let numbers = 0;
  for (const col of cols) {
    for (const cell of sample[col] ?? []) {
      if (!cell || isBlank(cell)) continue;
      filled++;
      if (cell.kind === 'number' || /^[¥$€£]?\s*[\d,]+(?:\.\d+)?\s*(?:元|万|万元|k)?$/iu.test(toHalfWidth(cellText(cell)).trim())) numbers++;
    }
  }
  return filled > 0 && numbers >= filled * NUMBERS_SHARE;
}

/** The one year the group header over the run, else the title rows or the tab, name (2026 in 客户往来表（2026））; null when none or several. */
function yearOf(groups: readonly string[], above: readonly string[]): number | null {
  for (const texts of [groups, above]) {
    const years = new Set<number>();
    for (const t of texts) for (const m of toHalfWidth(t).matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)) years.add(Number(m[1]));
    if (years.size === 1) return [...years][0];
    if (years.size > 1) return null;
  }
  return null;
}

/** The columns with the run's parts marked (ColumnMapping.amountPart) and its 合计 read as the amount. */
export function withAmountParts(columns: readonly ColumnMapping[], parts: AmountParts | null): ColumnMapping[] {
  if (parts === null) return [...columns];
  const isPart = new Set(parts.cols);
  return columns.map((c): ColumnMapping => {
    if (isPart.has(c.col)) {
      const { field: _field, ...rest } = c;
      return { ...rest, field: null, confidence: 1, source: 'auto', write: 'keep', amountPart: true };
    }
    if (c.col === parts.total && c.field !== 'amount') return { ...c, field: 'amount', confidence: 1, source: 'auto', write: 'number' };
    return c;
  });
}
