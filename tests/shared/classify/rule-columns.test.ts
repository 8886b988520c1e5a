/** How a rule's name finds a column by header, and how a column no field reads is read as typed. */
import { columnDays, columnNumbers, headerKey, meantColumn, sheetColumns, type ColumnReading } from '../../../shared/classify/rule-columns';
import { isoDayNumber } from '../../../shared/table/civil-date';
import type { Cell } from '../../../shared/table/cell';

const YUAN: ColumnReading = { currency: 'CNY', decimal: '.', ambiguous: 'flag' };
const TODAY = isoDayNumber('2026-12-04') as number;
const text = (value: string): Cell => ({ kind: 'text', value });

describe('headerKey: a header as typed, width, case and spaces aside', () => {
  it.each([
    ['储值卡 余额', '储值卡余额'],
    ['　欠款　', '欠款'],
    ['Outstanding  Balance', 'outstandingbalance'],
    ['ＳＴＯＲＥ', 'store'],
  ])('%s is %s', (typed, key) => expect(headerKey(typed)).toBe(key));
});

describe('sheetColumns', () => {
  const columns = [
    { col: 0, header: '店名', field: 'company' as const },
    { col: 1, header: '手机', field: 'mobile' as const },
    { col: 2, header: '手机 2', field: 'mobile' as const, extra: true as const },
    { col: 3, header: '欠款', field: null },
    { col: 4, header: '分类依据', field: null, run: true as const },
  ];
  const sheet = sheetColumns(columns, ['欠款'], YUAN, 1);

  it('finds a column by its folded header, with its letter and the field it is read as', () => {
    expect(sheet.byHeader.get('欠款')).toEqual([{ col: 3, header: '欠款', letter: 'D', field: null }]);
    expect(sheet.byHeader.get('店名')?.[0].field).toBe('company');
  });

  it('a second phone column is read as typed, and the run’s own column is no column of the user’s', () => {
    expect(sheet.byHeader.get('手机2')?.[0].field).toBeNull();
    expect(sheet.byHeader.has('分类依据')).toBe(false);
  });
});

describe('meantColumn: the unread header a name that matches none may mean', () => {
  it.each<[string, string[], string | null]>([
    ['欠款', ['欠款（元）', '首次拿货'], '欠款（元）'],
    ['欠款金额', ['欠款', '备注2'], '欠款'],
    ['Balance', ['Card Balance (USD)', 'Store'], 'Card Balance (USD)'],
    ['Outstandng Balance', ['Outstanding Balance', 'Store'], 'Outstanding Balance'],
    ['月', ['1月', '2月'], null],
    ['鞋码', ['首次拿货', '老板'], null],
  ])('%s among %j → %s', (name, unread, meant) => expect(meantColumn(name, unread)).toBe(meant));
});

describe('columnNumbers: a typed cell as an amount in the sheet’s currency', () => {
  const read = columnNumbers(YUAN);
  it.each<[Cell, number | null]>([
    [{ kind: 'number', value: 14900 }, 14900],
    [text('¥12,500'), 12500],
    [text('1.2万'), 12000],
    [text('800元'), 800],
    [text('$80'), null],
    [text('南山店'), null],
    [{ kind: 'empty' }, null],
  ])('%j → %s', (cell, n) => expect(read(cell)).toBe(n));
});

describe('columnDays: a typed cell as a day', () => {
  const read = columnDays(YUAN);
  it.each<[Cell, string | null]>([
    [{ kind: 'date', value: '2021-11-15' }, '2021-11-15'],
    [text('2021.11.15'), '2021-11-15'],
    [text('2024年3月5日'), '2024-03-05'],
    [text('03/05/2024'), null],
    [text('12500'), null],
  ])('%j → %s', (cell, iso) => expect(read(cell, TODAY)).toBe(iso === null ? null : isoDayNumber(iso)));
});
