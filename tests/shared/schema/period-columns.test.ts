/**
 * Sales kept one column per period (a 批发档口's 1月 … 12月, 2024年1月 …, 一月 … 十二月, Jan … Dec,
 * Q1 … Q4, 2023年 / 2024年 / 2025年 销售额) are the parts of one amount: read as such, never left in
 * the 未识别的列 list; a 合计 / 全年 / Total beside them is the amount itself.
 */
import { readPeriod } from '../../../shared/schema/period-columns';
import { toTable } from '../../../shared/table/from-grid';
import { columnsLeftUnread } from '../../../shared/plan/left-unread';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { Grid } from '../../../shared';
import { MONTHS_EN, monthlySalesEn, pifaSheet, plainSheet, quartersSheet } from './period-sheets';

function read(grid: Grid) {
  const out = toTable(grid, DEFAULT_SETTINGS);
  if (!out.ok) throw new Error(out.problem.code);
  return out;
}
const fieldOf = (out: ReturnType<typeof read>, header: string) => out.columns.find((c) => c.header === header)?.field ?? null;
const partHeaders = (out: ReturnType<typeof read>) => out.columns.filter((c) => c.amountPart).map((c) => c.header);

describe('readPeriod: the period a header names, and what it says beside it', () => {
  it.each([
    ['1月', 'month', 1, null, ''],
    ['12月份', 'month', 12, null, ''],
    ['十二月', 'month', 12, null, ''],
    ['十月', 'month', 10, null, ''],
    ['2024年3月', 'month', 3, 2024, ''],
    ['2024-03', 'month', 3, 2024, ''],
    ['2024-03-01', 'month', 3, 2024, ''], // a date header of a month's first day
    ['Jan', 'month', 1, null, ''],
    ['Sept 2024', 'month', 9, 2024, ''],
    ['Jan-24', 'month', 1, 2024, ''],
    ['1月销售额', 'month', 1, null, '销售额'],
    ['Mar Sales', 'month', 3, null, 'sale'],
    ['Q3', 'quarter', 3, null, ''],
    ['2024 Q2', 'quarter', 2, 2024, ''],
    ['第二季度', 'quarter', 2, null, ''],
    ['一季度', 'quarter', 1, null, ''],
    ['2023年', 'year', 2023, null, ''],
    ['FY24', 'year', 2024, null, ''],
    ['2023年销售额', 'year', 2023, null, '销售额'],
    ['Sales 2023', 'year', 2023, null, 'sale'],
  ])('%s is %s %d (year %s), beside "%s"', (header, kind, n, year, rest) => {
    expect(readPeriod(header)).toEqual({ kind, n, year, rest });
  });

  it.each(['姓名', '手机', '首次拿货', '合计', 'Total Sales', '欠款'])('%s names no period', (header) => {
    expect(readPeriod(header)).toBeNull();
  });
});

describe('a 批发档口 sheet: 月份 merged over 1月 … 12月, 合计 beside them', () => {
  const out = read(pifaSheet());

  it('reads the twelve months as the parts of the amount, none of them left unread', () => {
    expect(partHeaders(out)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(out.columns.filter((c) => c.amountPart).every((c) => c.field === null && c.write === 'keep')).toBe(true);
    expect(columnsLeftUnread(out.columns).map((c) => c.header)).toEqual([]);
  });

  it('takes the 合计 beside them (its header merged down from the group row) as the amount', () => {
    expect(fieldOf(out, '合计')).toBe('amount');
    expect(out.table.amountParts?.total).toBe(out.columns.find((c) => c.header === '合计')!.col);
  });

  it('knows the months are 2026\'s from the title (客户拿货表（2026）)', () => {
    expect(out.table.amountParts?.ends[0]).toEqual({ year: 2026, month: 1 });
    expect(out.table.amountParts?.ends[11]).toEqual({ year: 2026, month: 12 });
    expect(out.table.amountParts?.group).toBe('月份');
  });

  it('guesses no year where nothing above the header names one', () => {
    expect(read(pifaSheet({ year: null })).table.amountParts?.ends.every((e) => e === null)).toBe(true);
  });

  it('sums the months where no 合计 stands beside them (the tester\'s 月度拿货（元）)', () => {
    const plain = read(pifaSheet({ total: false }));
    expect(partHeaders(plain)).toHaveLength(12);
    expect(plain.table.amountParts?.total).toBeUndefined();
    expect(plain.columns.some((c) => c.field === 'amount')).toBe(false);
  });
});

describe('other ways to keep one column per period', () => {
  it('reads an American sheet\'s Jan … Dec as the parts of its sales', () => {
    const out = read(monthlySalesEn());
    expect(partHeaders(out)).toEqual(MONTHS_EN);
    expect(columnsLeftUnread(out.columns)).toEqual([]);
  });

  it('reads 一季度 … 四季度 with 全年 beside them: 全年 is the amount', () => {
    const out = read(quartersSheet());
    expect(partHeaders(out)).toEqual(['一季度', '二季度', '三季度', '四季度']);
    expect(fieldOf(out, '全年')).toBe('amount');
    expect(out.table.amountParts?.kind).toBe('quarter');
  });

  it.each([
    [['客户', '手机', '2023年销售额', '2024年销售额', '2025年销售额'], ['2023年销售额', '2024年销售额', '2025年销售额']],
    [['客户', '手机', 'Q1 Sales', 'Q2 Sales', 'Q3 Sales', 'Q4 Sales', 'Total Sales'], ['Q1 Sales', 'Q2 Sales', 'Q3 Sales', 'Q4 Sales']],
    [['客户', '手机', '2024年11月', '2024年12月', '2025年1月', '2025年2月'], ['2024年11月', '2024年12月', '2025年1月', '2025年2月']],
    [['客户', '手机', '一月', '二月', '三月', '四月'], ['一月', '二月', '三月', '四月']],
    [['客户', '手机', '1月拿货', '2月拿货', '3月拿货'], ['1月拿货', '2月拿货', '3月拿货']],
  ])('%j: the parts are %j', (headers, parts) => {
    const rows = [['王秀英', '13812345678', ...headers.slice(2).map((_, i) => 1000 * (i + 1))]];
    const out = read(plainSheet(headers, rows));
    expect(partHeaders(out)).toEqual(parts);
    // 2023年销售额 alone was read as the whole amount before: it is one year of three.
    expect(out.columns.filter((c) => c.field === 'amount').map((c) => c.header)).toEqual(headers.filter((h) => h === 'Total Sales'));
  });

  it('dates a run across the new year under one year named above: 11月 12月 1月 2月 of 2024 end in 2025', () => {
    const grid = plainSheet(['客户', '手机', '11月', '12月', '1月', '2月'], [['王秀英', '13812345678', 1000, 2000, 3000, 4000]], '2024年冬季拿货');
    expect(read(grid).table.amountParts?.ends).toEqual([{ year: 2024, month: 11 }, { year: 2024, month: 12 }, { year: 2025, month: 1 }, { year: 2025, month: 2 }]);
  });
});

describe('runs of periods that are no spending stay unread', () => {
  const row = ['王秀英', '13812345678', 1000, 2000, 3000, 4000];
  it.each([
    ['targets', ['客户', '手机', '1月目标', '2月目标', '3月目标', '4月目标']],
    ['a count of orders', ['客户', '手机', '1月订单数', '2月订单数', '3月订单数', '4月订单数']],
    ['what each owes', ['客户', '手机', '1月欠款', '2月欠款', '3月欠款', '4月欠款']],
    ['two months only', ['客户', '手机', '1月', '2月', '姓名2', '备用']],
    ['months that do not follow', ['客户', '手机', '1月', '3月', '5月', '7月']],
    ['budgets', ['Customer', 'Phone', 'Jan Budget', 'Feb Budget', 'Mar Budget', 'Apr Budget']],
  ])('%s', (_, headers) => {
    expect(partHeaders(read(plainSheet(headers, [row])))).toEqual([]);
  });

  it('a group header that says what is owed (欠款（元）) over 1月 … 4月', () => {
    const grid = plainSheet(['客户', '手机', '1月', '2月', '3月', '4月'], [row]);
    grid.cells.unshift(['', '', '欠款（元）', '', '', ''].map((v) => (v === '' ? { kind: 'empty' as const } : { kind: 'text' as const, value: v })));
    grid.merged = [{ row: 1, col: 3, rowCount: 1, colCount: 4 }];
    expect(partHeaders(read(grid))).toEqual([]);
  });

  it('months of ticks (√) are no amounts', () => {
    expect(partHeaders(read(plainSheet(['客户', '手机', '1月', '2月', '3月', '4月'], [['王秀英', '13812345678', '√', '√', '', '√']])))).toEqual([]);
  });

  it('a 累计消费 column elsewhere stays the amount: this year\'s months beside it are no part of it', () => {
    const out = read(plainSheet(['客户', '手机', '累计消费', '1月', '2月', '3月', '4月'], [['王秀英', '13812345678', 50000, 1000, 2000, 3000, 4000]]));
    expect(partHeaders(out)).toEqual([]);
    expect(fieldOf(out, '累计消费')).toBe('amount');
  });
});
