import { findHeaderRow, HEADER_SCAN_ROWS, holdsCustomerTable } from '../../../shared/schema/header-row';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { Settings } from '../../../shared/settings/types';
import { date, EMPTY, num, text, type Cell } from '../../../shared/table/cell';

const settings = (headers: Partial<Settings['headers']> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  headers: { ...DEFAULT_SETTINGS.headers, ...headers },
});

/** Rows of strings ('' is an empty cell). */
const rows = (...r: string[][]): Cell[][] => r.map((cells) => cells.map((v) => (v === '' ? EMPTY : text(v))));

const HEADER = ['姓名', '手机', '邮箱', '公司'];
const DATA = ['张三', '13812345678', 'zhang@163.com', '华为'];

describe('findHeaderRow', () => {
  it.each([
    ['header in the first row', rows(HEADER, DATA), 0],
    ['under a title row and a blank row', rows(['2024年华东区客户名单'], [], HEADER, DATA), 2],
    ['under a title with a note in brackets', rows(['客户信息表 (更新于 3月)'], HEADER, DATA, DATA), 1],
    ['under two title rows, the second with two cells', rows(['客户名单'], ['制表人：张三', '日期：2024-03-01'], [], HEADER, DATA), 3],
    ['a row of group titles above the header', rows(['基本信息', '', '联系方式', ''], HEADER, DATA), 1],
    ['data words do not beat the header', rows(['姓名', '备注'], ['张三', '电话'], ['李四', '邮箱']), 0],
    ['a single-column sheet', rows(['手机'], ['13812345678'], ['13987654321']), 0],
    ['English export', rows(['Contacts export'], ['First Name', 'Last Name', 'Email', 'Phone'], ['Lei', 'Li', 'li@x.cn', '1']), 1],
    ['header only, no data yet', rows([], HEADER), 1],
  ])('%s → %p', (_, cells, expected) => {
    expect(findHeaderRow(cells, settings())).toBe(expected);
  });

  it('reads number and date cells in a header as their text', () => {
    const cells: Cell[][] = [[text('姓名'), num(2024), date('2024-03-01'), text('手机')], [text('张三'), num(1), num(2), text('13812345678')]];
    expect(findHeaderRow(cells, settings())).toBe(0);
  });

  it.each([
    ['no known column names', rows(['甲', '乙', '丙'], ['1', '2', '3'])],
    ['only a title that contains a field word', rows(['2024年华东区客户名单'], ['张三', '13812345678'])],
    ['blank sheet', rows([], [])],
    ['empty grid', []],
  ])('%s → null', (_, cells) => {
    expect(findHeaderRow(cells, settings())).toBeNull();
  });

  it(`looks at the first ${HEADER_SCAN_ROWS} non-blank rows only`, () => {
    const notes = Array.from({ length: HEADER_SCAN_ROWS }, (_, i) => [`填表须知 ${i}`, `第 ${i} 条`]);
    expect(findHeaderRow(rows(...notes, HEADER, DATA), settings())).toBeNull();
    expect(findHeaderRow(rows(...notes.slice(1), HEADER, DATA), settings())).toBe(HEADER_SCAN_ROWS - 1);
  });

  it('counts headers the user mapped in the settings', () => {
    const cells = rows(['甲', '乙'], ['张三', '13812345678']);
    expect(findHeaderRow(cells, settings({ overrides: { '乙': 'mobile' } }))).toBe(0);
  });

  describe('settings.headers.row forces the row (a sheet row, 1-based)', () => {
    const cells = rows(['客户名单'], HEADER, DATA, [], DATA);
    it.each([
      [2, 1, 1, 'the header row'],
      [3, 1, 2, 'any non-blank row, even one that looks like data'],
      [1, 1, 0, 'the title row, if the user says so'],
      [6, 5, 1, 'relative to the grid\'s first row'],
    ])('row %i with firstRow %i → index %i (%s)', (row, firstRow, index) => {
      expect(findHeaderRow(cells, settings({ row }), firstRow)).toBe(index);
    });
    it.each([
      [4, 'a blank row'],
      [9, 'below the grid'],
      [0, 'above the grid'],
    ])('row %i → null (%s)', (row) => {
      expect(findHeaderRow(cells, settings({ row }))).toBeNull();
    });
  });
});

describe('holdsCustomerTable: the sheet to clean when none is named', () => {
  it.each<[string, Cell[][], boolean]>([
    ['a customer list under a title', rows(['2024年客户名单'], ['姓名', '手机', '邮箱'], ['张伟', '13812345678', 'zw@qq.com']), true],
    ['an English contact list', rows(['First Name', 'Last Name', 'Email'], ['Ann', 'Lee', 'ann@example.com']), true],
    ['an instructions sheet naming one field', rows(['1. 手机号请填写 11 位数字'], ['2. 日期格式：2024-03-05']), false],
    ['a cover', rows(['', '2024 年华东区客户资料']), false],
    ['an empty sheet', [], false],
    // A customer table names who its customers are (a name, a company, a customer number) or how to
    // reach them: other sheets of a workbook also name two known columns without holding customers.
    ['a price list (产品 | 单价) beside the customers', rows(['产品', '单价'], ['ERP标准版', '12800'], ['ERP旗舰版', '36800']), false],
    ['order lines with no customer column', rows(['订单号', '商品', '数量', '金额'], ['SO-001', '打印纸', '10', '350']), false],
    ['the reps\' monthly targets', rows(['负责人', '本月目标', '状态'], ['李娜', '50000', '进行中']), false],
    ['customers by name only, with their rep and last contact', rows(['客户名称', '负责人', '最后联系'], ['上海嘉禾贸易有限公司', '李娜', '2026-10-12']), true],
    ['customers by phone only, with what they spent', rows(['手机', '消费金额'], ['13800138000', '880']), true],
    ['an English account list', rows(['Account Name', 'Owner', 'Annual Revenue'], ['Acme Ltd', 'Amy', '12000']), true],
    // An account number names an account, not who it is: a ledger of the accounts' statements or
    // invoices, keyed by it, names no person or company and reaches nobody.
    ['a courier\'s statement ledger (月结账号 | 月份 | 金额)', rows(['月结账号', '月份', '金额'], ['YJ990001', '2026-11', '35000']), false],
    ['an invoice ledger by customer number', rows(['客户编号', '发票号', '开票日期', '金额'], ['KH0012', 'FP2026110001', '2026-11-05', '12800']), false],
    ['an English statements tab', rows(['Acct #', 'Period', 'Amount'], ['NG-02001', '2026-11', '3500']), false],
    ['customers by number, with a name', rows(['客户编号', '姓名', '消费金额'], ['KH0012', '王芳', '880']), true],
  ])('%s → %s', (_, cells, expected) => {
    expect(holdsCustomerTable(cells, DEFAULT_SETTINGS)).toBe(expected);
  });
});
