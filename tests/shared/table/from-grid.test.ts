import fc from 'fast-check';
import { toTable, type TableOutcome } from '../../../shared/table/from-grid';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { Settings } from '../../../shared/settings/types';
import { date, EMPTY, isBlank, num, text, type Cell } from '../../../shared/table/cell';
import type { Grid } from '../../../shared/table/grid';
import { t } from '../../../shared/i18n';

const settings = (headers: Partial<Settings['headers']> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  headers: { ...DEFAULT_SETTINGS.headers, ...headers },
});

const rows = (...r: string[][]): Cell[][] => r.map((cells) => cells.map((v) => (v === '' ? EMPTY : text(v))));
const grid = (cells: Cell[][], extra: Partial<Grid> = {}): Grid => ({ sheetName: '客户', cells, firstRow: 1, firstCol: 1, ...extra });

function ok(outcome: TableOutcome) {
  if (!outcome.ok) throw new Error(`expected a table, got ${outcome.problem.code}`);
  return outcome;
}
function refused(outcome: TableOutcome) {
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.problem;
}

const HEADER = ['姓名', '手机', '邮箱'];

describe('toTable: a typical sheet', () => {
  const cells = rows(
    ['2024年华东区客户名单'],
    [],
    [...HEADER, '', ''],
    ['张三', '13812345678', 'zhang@163.com'],
    [],
    ['李四', '', '', ''],
    ['', '', '  '],
    ['王五', '13987654321'],
  );
  const result = ok(toTable(grid(cells), settings()));

  it('finds the header under the title and the blank row', () => {
    expect(result.table.headerRow).toBe(3);
    expect(result.table.headers).toEqual(HEADER);
  });

  it('keeps sheet row numbers and leaves fully blank rows out', () => {
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([4, 6, 8]);
  });

  it('pads ragged rows and trims trailing empty columns', () => {
    for (const row of result.table.rows) expect(row.cells).toHaveLength(3);
    expect(result.table.rows[2].cells[2]).toBe(EMPTY);
  });

  it('maps the columns', () => {
    expect(result.columns.map((c) => c.field)).toEqual(['name', 'mobile', 'email']);
  });

  it('has nothing to warn about', () => {
    expect(result.problems).toEqual([]);
  });
});

describe('toTable: sheet coordinates', () => {
  it('a used range starting at C5 keeps its offsets', () => {
    const result = ok(toTable(grid(rows(HEADER, ['张三', '13812345678', 'a@b.cn']), { firstRow: 5, firstCol: 3 }), settings()));
    expect(result.table).toEqual(expect.objectContaining({ headerRow: 5, firstCol: 3 }));
    expect(result.table.rows[0].sheetRow).toBe(6);
  });

  it('reads number and date header cells as their text', () => {
    const cells: Cell[][] = [[text('姓名'), num(2024), date('2024-03-01')], [text('张三'), num(1), num(2)]];
    expect(ok(toTable(grid(cells), settings())).table.headers).toEqual(['姓名', '2024', '2024-03-01']);
  });

  it('keeps an empty column in the middle, so column indexes stay aligned with the sheet', () => {
    const result = ok(toTable(grid(rows(['姓名', '', '手机'], ['张三', '', '13812345678'])), settings()));
    expect(result.table.headers).toEqual(['姓名', '', '手机']);
    expect(result.columns[2].field).toBe('mobile');
  });

  it('honours settings.headers.row, over a row the search would take', () => {
    // An export with the columns' ids in row 1 and the names a person reads in row 2.
    const cells = rows(['姓名', '手机'], ['联系人', '联系电话'], ['张三', '13812345678']);
    expect(ok(toTable(grid(cells), settings({ row: 2 }))).table.headers).toEqual(['联系人', '联系电话']);
  });
});

describe('toTable: refusals', () => {
  it.each([
    ['no cells', []],
    ['only blank cells', rows([], ['', '  '], ['\u3000'])],
  ])('an empty sheet (%s)', (_, cells) => {
    expect(refused(toTable(grid(cells), settings()))).toEqual({ code: 'sheet.empty', severity: 'error', params: { sheet: '客户' } });
  });

  it('no recognisable header: says which headers it expects and how to name the row', () => {
    const problem = refused(toTable(grid(rows(['甲', '乙'], ['1', '2'])), settings()));
    expect(problem).toEqual({ code: 'sheet.noHeader', severity: 'error', params: { sheet: '客户', rows: 30 } });
    expect(t('zh-CN', problem.code, problem.params)).toMatch(/姓名.*手机.*邮箱[\s\S]*headers\.row/);
    expect(t('en', problem.code, problem.params)).toMatch(/Name.*Mobile.*E-mail[\s\S]*headers\.row/);
  });

  it('a forced header row that is blank', () => {
    const problem = refused(toTable(grid(rows(HEADER, [], ['张三'])), settings({ row: 2 })));
    expect(problem).toEqual({ code: 'sheet.headerRowBlank', severity: 'error', params: { sheet: '客户', row: 2 } });
  });

  it('a forced header row naming no column (the title row above the header): refused, naming the row it would take', () => {
    const problem = refused(toTable(grid(rows(['2024年华东区客户名单'], [], HEADER, ['张三', '13812345678', 'zs@163.com'])), settings({ row: 1 })));
    expect(problem).toEqual({ code: 'sheet.headerRowNoFields', severity: 'error', params: { sheet: '客户', row: 1, found: 3 } });
    expect(t('zh-CN', problem.code, problem.params)).toContain('第 3 行');
    expect(t('en', problem.code, problem.params)).toContain('Set headers.row to 3');
  });

  it('a forced header row on a customer, one row off: refused likewise', () => {
    const problem = refused(toTable(grid(rows(HEADER, ['张三', '13812345678', 'zs@163.com'], ['李四', '13912345678', 'ls@qq.com'])), settings({ row: 2 })));
    expect(problem).toEqual({ code: 'sheet.headerRowNoFields', severity: 'error', params: { sheet: '客户', row: 2, found: 1 } });
  });

  it('a forced header row of words no field has, on a sheet with no header to find: says to check it or map its columns', () => {
    const problem = refused(toTable(grid(rows(['甲', '乙'], ['1', '2'])), settings({ row: 1 })));
    expect(problem).toEqual({ code: 'sheet.headerRowNoFieldsNone', severity: 'error', params: { sheet: '客户', row: 1 } });
    expect(t('en', problem.code, problem.params)).toContain('headers.overrides');
  });

  it('a forced header row whose columns the overrides map is read', () => {
    const outcome = toTable(grid(rows(['甲', '乙'], ['张三', '13812345678'])), settings({ row: 1, overrides: { 甲: 'name', 乙: 'mobile' } }));
    expect(outcome.ok).toBe(true);
  });

  it('a forced header row outside the sheet', () => {
    const problem = refused(toTable(grid(rows(HEADER, ['张三'])), settings({ row: 40 })));
    expect(problem).toEqual({ code: 'sheet.headerRowOutside', severity: 'error', params: { sheet: '客户', row: 40, first: 1, last: 2 } });
  });

  it('merged cells in the header and in the data, listed as A1 addresses', () => {
    const cells = rows(['客户名单'], HEADER, ['张三', '13812345678', 'a@b.cn'], ['李四', '', ''], ['', '', ''], ['王五', '1', '2']);
    const merged = [
      { row: 2, col: 1, rowCount: 1, colCount: 2 },
      { row: 5, col: 2, rowCount: 2, colCount: 1 },
    ];
    const problem = refused(toTable(grid(cells, { merged }), settings()));
    expect(problem).toEqual({ code: 'sheet.merged', severity: 'error', params: { sheet: '客户', count: 2, ranges: 'A2:B2, B5:B6' } });
    expect(t('zh-CN', problem.code, problem.params)).toContain('A2:B2, B5:B6');
  });

  it('a merge starting above the header that reaches into it (PITFALLS A7)', () => {
    const cells = rows(['客户名单'], HEADER, ['张三', '1', '2']);
    const problem = refused(toTable(grid(cells, { merged: [{ row: 1, col: 1, rowCount: 2, colCount: 1 }] }), settings()));
    expect(problem.params).toEqual(expect.objectContaining({ ranges: 'A1:A2' }));
  });

  it('lists at most ten addresses and counts the rest', () => {
    const cells = rows(HEADER, ...Array.from({ length: 30 }, () => ['张三', '1', '2']));
    const merged = Array.from({ length: 12 }, (_, i) => ({ row: 2 + 2 * i, col: 1, rowCount: 2, colCount: 1 }));
    const problem = refused(toTable(grid(cells, { merged }), settings()));
    expect(String(problem.params?.ranges)).toMatch(/^A2:A3, .*A20:A21 … \(\+2\)$/);
  });

  it.each([
    ['a merged title above the header', { row: 1, col: 1, rowCount: 1, colCount: 3 }],
    ['a merge right of the table', { row: 2, col: 5, rowCount: 2, colCount: 2 }],
    ['a merge below the last row', { row: 9, col: 1, rowCount: 2, colCount: 2 }],
  ])('accepts %s', (_, range) => {
    const cells = rows(['客户名单'], HEADER, ['张三', '1', '2']);
    expect(toTable(grid(cells, { merged: [range] }), settings()).ok).toBe(true);
  });
});

describe('toTable: merged cells outside the customers\' rows and columns', () => {
  const sheet = rows(
    ['客户名单'],
    ['姓名', '手机', '金额', '', '填表说明：手机填11位'],
    ['华东区'],
    ['张伟', '13812345678', '1200'],
    ['李娜', '13912345678', '800'],
    ['合计', '', '2000'],
    ['备注：金额单位为元'],
    [],
    ['负责人汇总'],
    ['负责人', '客户数', '金额'],
    ['王芳', '2', '2000'],
  );

  it.each([
    ['合计 merged over its row\'s first two cells', { row: 6, col: 1, rowCount: 1, colCount: 2 }],
    ['a region heading merged across the table', { row: 3, col: 1, rowCount: 1, colCount: 3 }],
    ['a note under the table merged across it', { row: 7, col: 1, rowCount: 1, colCount: 3 }],
    ['a note box merged beside the table, past the empty column', { row: 2, col: 5, rowCount: 3, colCount: 3 }],
    ['a second table\'s title merged over its columns', { row: 9, col: 1, rowCount: 1, colCount: 3 }],
  ])('reads the customers despite %s', (_, range) => {
    const result = ok(toTable(grid(sheet, { merged: [range] }), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([4, 5]);
  });

  it.each([
    ['in a customer\'s row', { row: 4, col: 2, rowCount: 1, colCount: 2 }, 'B4:C4'],
    ['from the last customer down into the 合计 row', { row: 5, col: 3, rowCount: 2, colCount: 1 }, 'C5:C6'],
  ])('still refuses a merge %s', (_, range, address) => {
    expect(refused(toTable(grid(sheet, { merged: [range] }), settings())).params).toEqual(expect.objectContaining({ ranges: address }));
  });
});

describe('toTable: warnings', () => {
  it('duplicate header names, with their columns', () => {
    const result = ok(toTable(grid(rows(['姓名', '电话', '备注', '电话', 'Notes', 'notes'], ['张三', '1', '', '2', '', ''])), settings()));
    expect(result.problems).toEqual([
      { code: 'sheet.duplicateHeaders', severity: 'warning', params: { sheet: '客户', count: 2, headers: '电话 (B, D), Notes (E, F)' } },
    ]);
  });

  it('empty header cells with data below; an empty column without data is not reported', () => {
    const result = ok(toTable(grid(rows(['姓名', '', '', '手机', ''], ['张三', 'x', '', '1', 'y'])), settings()));
    expect(result.problems).toEqual([
      { code: 'sheet.blankHeaders', severity: 'warning', params: { sheet: '客户', row: 1, count: 2, columns: 'B, E', rowCount: 1, rows: '2' } },
    ]);
  });

  it('a CSV line with a field too many (a comma typed in an address): the rows holding it are named, the first five', () => {
    const members = Array.from({ length: 9 }, (_, i) => [`会员${i + 1}`, `1381234567${i}`, '上海市徐汇区']);
    // Lines 4, 6, 7, 8, 9 and 10 of the file: the address typed as 上海市,徐汇区 spilled into a fourth field.
    for (const i of [2, 4, 5, 6, 7, 8]) members[i] = [members[i][0], members[i][1], '上海市', '徐汇区'];
    const result = ok(toTable(grid(rows(['会员姓名', '手机号', '地址'], ...members)), settings()));
    const blank = result.problems.find((p) => p.code === 'sheet.blankHeaders');
    expect(blank?.params).toEqual({ sheet: '客户', row: 1, count: 1, columns: 'D', rowCount: 6, rows: '4, 6, 7, 8, 9, …' });
    expect(t('zh-CN', 'sheet.blankHeaders', blank!.params)).toContain('“客户”的 D 列有数据（共 6 行，行号 4, 6, 7, 8, 9, …），但第 1 行的表头是空的。');
    expect(t('en', 'sheet.blankHeaders', blank!.params)).toContain('Column(s) D of "客户" hold data but have no header in row 1 (in 6 row(s): 4, 6, 7, 8, 9, …).');
  });

  it('hidden or filtered rows included, counting only table rows', () => {
    const cells = rows(['标题'], HEADER, ['张三'], ['李四'], [], ['王五']);
    const result = ok(toTable(grid(cells, { hiddenRows: [1, 3, 5, 6, 99] }), settings()));
    expect(result.problems).toEqual([{ code: 'sheet.hiddenRows', severity: 'info', params: { sheet: '客户', count: 2 } }]);
  });

  it('rows struck through (a common way to mark a record 作废) are said, as the run reads them as live customers', () => {
    const cells = rows(['标题'], HEADER, ['张三'], ['李四'], ['王五'], ['注：灰色删除线 = 作废']);
    const result = ok(toTable(grid(cells, { struckRows: [1, 3, 5, 6] }), settings()));
    const struck = result.problems.find((p) => p.code === 'sheet.struckRows');
    expect(struck).toEqual({ code: 'sheet.struckRows', severity: 'warning', params: { sheet: '客户', count: 2, rows: '3, 5' } });
    expect(t('zh-CN', 'sheet.struckRows', struck!.params)).toBe(
      '“客户”的第 3, 5 行整行带删除线（常表示已作废）。客户表管家不读格式，这 2 行仍按正常客户整理、提醒和统计；如已作废，请在状态列写“作废”，或删除这些行。');
    expect(t('en', 'sheet.struckRows', struck!.params)).toBe(
      'Row(s) 3, 5 of "客户" are struck through (often meaning the record is void). Sheet Keeper does not read formatting, so these 2 row(s) are still cleaned, reminded and counted as customers: write 作废 / Void in a status column, or delete them.');
  });

  it('error cells: how many, an example and where the first is', () => {
    const cells: Cell[][] = [
      HEADER.map(text),
      [text('张三'), { kind: 'error', value: '#N/A', formula: '=VLOOKUP(A2,Sheet2!A:B,2,0)' }, text('a@b.cn')],
      [text('李四'), text('1'), { kind: 'error', value: '#REF!' }],
    ];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.problems).toEqual([
      { code: 'sheet.errorCells', severity: 'warning', params: { sheet: '客户', count: 2, cell: 'B2', example: '#N/A' } },
    ]);
    expect(result.table.rows[0].cells[1]).toEqual(cells[1][1]);
  });

  it('an error value typed or exported as text (#N/A in a CSV) is an error cell like the real ones: counted in the same note, kept as typed', () => {
    const cells: Cell[][] = [
      HEADER.map(text),
      [text('#N/A'), text('13811112222'), text('a@b.cn')],
      [text('李四'), { kind: 'error', value: '#REF!' }, text(' #VALUE! ')],
    ];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.problems).toEqual([
      { code: 'sheet.errorCells', severity: 'warning', params: { sheet: '客户', count: 3, cell: 'A2', example: '#N/A' } },
    ]);
    expect(result.table.rows[0].cells[0]).toEqual({ kind: 'error', value: '#N/A', typed: true });
    expect(result.table.rows[1].cells[2]).toEqual({ kind: 'error', value: ' #VALUE! ', typed: true });
    // A real error cell stays as the host read it.
    expect(result.table.rows[1].cells[1]).toBe(cells[2][1]);
  });

  it('a header with no data below', () => {
    const result = ok(toTable(grid(rows(['客户名单'], HEADER)), settings()));
    expect(result.table.rows).toEqual([]);
    expect(result.problems).toEqual([{ code: 'sheet.noData', severity: 'warning', params: { sheet: '客户', row: 2 } }]);
  });

  it('every problem renders in both languages with no placeholder left', () => {
    const cells: Cell[][] = [
      [text('姓名'), text('姓名'), EMPTY],
      [text('张三'), { kind: 'error', value: '#N/A' }, text('x')],
    ];
    const result = ok(toTable(grid(cells, { hiddenRows: [2] }), settings()));
    expect(result.problems.map((p) => p.code).sort()).toEqual(['sheet.blankHeaders', 'sheet.duplicateHeaders', 'sheet.errorCells', 'sheet.hiddenRows']);
    for (const p of result.problems) {
      for (const lang of ['zh-CN', 'en'] as const) expect(t(lang, p.code, p.params)).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('toTable: total rows are no customers', () => {
  it('leaves out 合计 at the foot and 小计 in between, and says so', () => {
    const cells = [
      ...rows(['姓名', '手机', '成交金额'], ['张伟', '13812345678', '']),
      [text('李娜'), text('13912345678'), num(800)],
      [text('小计：'), EMPTY, num(800)],
      [text('王芳'), text('13712345678'), num(1200)],
      [text(' 合计 '), EMPTY, num(2000)],
    ];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 5]);
    expect(result.problems).toEqual([{ code: 'sheet.totalRows', severity: 'info', params: { sheet: '客户', rows: '4, 6', label: '小计' } }]);
    expect(t('en', 'sheet.totalRows', result.problems[0].params)).toContain('not customers');
  });

  it.each([['Total'], ['Grand Total'], ['TOTALS'], ['總計'], ['Grand Totals (9 records)']])('%j', (label) => {
    const cells = [...rows(['Name', 'Phone'], ['John Smith', '(646) 743-7902']), [text(label), EMPTY]];
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2]);
  });

  it.each([['合计：3 人'], ['总计（12户）'], ['Total: 25'], ['小计 2']])('%j, a total with the count of what it sums', (label) => {
    const cells = [...rows(['姓名', '手机', '邮箱'], ['张伟', '13812345678', '']), [text(label), EMPTY, EMPTY]];
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2]);
  });

  it.each([['ＴＯＴＡＬ'], ['Ｇｒａｎｄ　Ｔｏｔａｌ'], ['GRAND TOTAL'], ['SubTotal - East'], ['合计\t']])('%j, typed in full-width letters, capitals or with a tab, is a total as its plain form is', (label) => {
    const cells = [...rows(['Name', 'Phone'], ['John Smith', '(646) 743-7902'], ['Total Care Ltd', '(212) 555-0177']), [text(label), EMPTY]];
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });

  it('a row of formulas whose sum stands after a per-row one (=C4*0.03, =SUM(C2:C3)) is a total named by the sum', () => {
    const cells = [
      ...rows(['姓名', '手机', '成交金额', '提成'], ['张伟', '13812345678', '1000', ''], ['李娜', '13912345678', '800', '']),
      [EMPTY, EMPTY, { kind: 'number', value: 0, formula: '=C4*0.03' } as Cell, { kind: 'number', value: 1800, formula: '=SUM(C2:C3)' } as Cell],
    ];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    expect(result.problems).toContainEqual({ code: 'sheet.totalRows', severity: 'info', params: { sheet: '客户', rows: '4', label: 'SUM' } });
  });

  it('a row of nothing but =SUM under the amounts, no word beside it, is a total too', () => {
    const cells = [
      ...rows(['姓名', '手机', '成交金额'], ['张伟', '13812345678', ''], ['李娜', '13912345678', '']),
      [EMPTY, EMPTY, { kind: 'number', value: 2000, formula: '=SUM(C2:C3)' } as Cell],
    ];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    expect(result.problems).toEqual([{ code: 'sheet.totalRows', severity: 'info', params: { sheet: '客户', rows: '4', label: 'SUM' } }]);
  });

  it('a row whose only cells are per-row formulas filled down ahead (=C4*0.03) is no total', () => {
    const cells = [
      ...rows(['姓名', '手机', '成交金额', '提成'], ['张伟', '13812345678', '1000', '']),
      [EMPTY, EMPTY, EMPTY, { kind: 'number', value: 0, formula: '=C3*0.03' } as Cell],
    ];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.problems.map((p) => p.code)).not.toContain('sheet.totalRows');
  });

  it('a customer whose name merely contains the word stays (合计科技有限公司, Total Wine)', () => {
    const cells = rows(['客户名称', '电话'], ['合计科技有限公司', '010-62345678'], ['Total Wine', '(301) 555-0199']);
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });

  it.each([
    ['合　计', 'a full-width space inside the word', '合 计'],
    ['总 计', 'a half-width space inside the word', '总 计'],
    ['Total:', 'a colon after the word', 'Total'],
    ['华东区小计', 'the region before the word', '小计'],
    ['华东 小计', 'the region, spaced', '小计'],
    ['小计（华东）', 'the region in brackets after the word', '小计'],
    ['本页小计', 'the page before the word', '小计'],
    ['合计金额', 'what is summed after the word', '合计'],
    ['East Region Subtotal', 'an English region before the word', 'Subtotal'],
    ['Subtotal - East', 'an English region after a dash', 'Subtotal'],
    ['Total (East)', 'an English region in brackets', 'Total'],
    ['共12人', 'a head count', '共'],
    ['共 12 人', 'a spaced head count', '共'],
    ['合计：张伟 李娜', 'names after the word, which the summary must not print', '合计'],
  ])('%j (%s) is a total, left as typed; the summary shows only %j', (label, _why, word) => {
    const cells = [...rows(['姓名', '手机', '金额'], ['张伟', '13812345678', '']), [text(label), EMPTY, num(12660)]];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2]);
    expect(result.problems).toEqual([{ code: 'sheet.totalRows', severity: 'info', params: { sheet: '客户', rows: '3', label: word } }]);
  });

  it.each([
    ['总计科技', 'a company named with the word'],
    ['计', 'half the word'],
    ['共计划三期合作的客户联系人', 'a long text that merely begins with the word'],
    ['Total Fitness', 'an English company: the word with no separator after it'],
    ['Total Care Ltd', 'an English company, with more words'],
    ['Grant Total', 'a person whose surname is Total'],
  ])('%j (%s) stays a customer', (name) => {
    const cells = rows(['客户名称', '电话'], [name, '010-62345678']);
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2]);
  });
});

describe('toTable: an average, highest or lowest row under the customers is no customer', () => {
  const formula = (value: number, f: string): Cell => ({ kind: 'number', value, formula: f });

  it('a Chinese sheet with 合计 and 平均 rows: neither is a customer, both left as typed', () => {
    const cells = [
      [text('姓名'), text('手机'), text('消费金额')],
      [text('张伟'), text('13800138001'), num(5000)],
      [text('李娜'), text('13900139002'), num(1200)],
      [text('王磊'), text('13700137003'), num(800)],
      [text('合计'), EMPTY, formula(7000, '=SUM(C2:C4)')],
      [text('平均'), EMPTY, formula(2333, '=AVERAGE(C2:C4)')],
    ];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4]);
    expect(result.problems).toEqual([
      { code: 'sheet.totalRows', severity: 'info', params: { sheet: '客户', rows: '5', label: '合计' } },
      { code: 'sheet.statisticRows', severity: 'info', params: { sheet: '客户', rows: '6', labels: '平均' } },
    ]);
  });

  it('an English sheet with Total and Average rows typed as numbers: neither is a customer', () => {
    const cells = [
      [text('Name'), text('Phone'), text('Amount')],
      [text('John Smith'), text('(646) 743-7902'), num(1250)],
      [text('Emily Chen'), text('(212) 555-0177'), num(830)],
      [text('Total'), EMPTY, num(2080)],
      [text('Average'), EMPTY, num(1040)],
    ];
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });

  it.each([['均值'], ['平均值'], ['平均数'], ['平均：'], ['最高'], ['最低'], ['最大值'], ['最小值'], ['Avg'], ['Mean'], ['AVERAGE:'], ['Max'], ['Min'], ['Median']])(
    '%j over formulas of the column is a statistics row, no customer',
    (label) => {
      const cells = [
        [text('姓名'), text('手机'), text('消费金额'), text('购买次数')],
        [text('张伟'), text('13800138001'), num(5000), num(3)],
        [text('李娜'), text('13900139002'), num(1200), num(1)],
        [text(label), EMPTY, formula(5000, '=MAX(C2:C3)'), formula(3, '=MAX(D2:D3)')],
      ];
      expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    },
  );

  it.each([
    ['Max', text('(646) 743-7902'), 'a man named Max with his phone'],
    ['Max', num(13812345678), 'a man named Max, his mobile stored as a number'],
    ['平均', text('13812345678'), 'a row with a mobile beside the word'],
    ['Max Chen', EMPTY, 'a full name that begins with the word'],
  ])('%j beside %j (%s) stays a customer', (name, phone) => {
    const cells = [
      [text('Name'), text('Phone'), text('Amount')],
      [text('John Smith'), text('(646) 743-7902'), num(1250)],
      [text(name), phone, num(830)],
    ];
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });

  it('Max typed over plain numbers, no formula, stays a customer: a first name is no statistic without a formula', () => {
    const cells = [
      [text('Name'), text('Phone'), text('Amount')],
      [text('John Smith'), text('(646) 743-7902'), num(1250)],
      [text('Max'), EMPTY, num(830)],
    ];
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });
});

describe('toTable: a note typed over the customers is no customer', () => {
  // pifa-zh (h63): a wholesaler's 档口 sheet, its note right under the header, merged across the row.
  const HEAD = ['店名', '老板', '手机', '省份', '城市', '欠款'];
  const first = [text('广州阳光服装店'), text('吴勇'), text('13549036918'), text('广东'), text('广州'), num(14900)];
  const second = [text('南昌美美鞋店'), text('陈伟'), text('18691930935'), text('江西'), text('南昌'), num(19700)];
  const noteRow = (note: string, across = false): Cell[] => HEAD.map((_, c) => (c === 0 || across ? text(note) : EMPTY));

  it.each([
    ['说明：红色为超账期客户，欠款单位元，账期一般30天', '说明', false],
    ['说明：红色为超账期客户，欠款单位元，账期一般30天', '说明', true],
    ['备注：灰色行为已流失客户', '备注', false],
    ['注：黄色为本月新客', '注', false],
    ['注意：请勿删除本行以上的表头', '注意', false],
    ['Note: red rows are overdue, amounts in GBP', 'Note', false],
    ['NB: rows in grey have left', 'NB', false],
  ])('%j (merged across: %s) is said as a note row, by its word %j', (note, word, across) => {
    const cells = [rows(HEAD)[0], noteRow(note as string, across as boolean), first, second];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([3, 4]);
    expect(result.problems).toContainEqual({ code: 'sheet.leadNoteRows', severity: 'info', params: { sheet: '客户', rows: '2', label: word } });
    // Its text is not repeated: only the word, as with a total or a note under the table.
    const said = t('zh-CN', 'sheet.leadNoteRows', { sheet: '客户', rows: '2', label: word as string });
    expect(said).toBe(`“客户”的第 2 行是说明行（${word}），不是客户：保持原样，不分类、不提醒、不计入统计。`);
    expect(said).not.toContain('红色');
  });

  it('a note under a title and a merged group header is found too (the tester\'s row 4)', () => {
    const cells = [[text('白马服装城 3楼 A12档 客户往来表（2026）'), EMPTY, EMPTY, EMPTY, EMPTY, EMPTY], rows(HEAD)[0], noteRow('说明：红色为超账期客户，欠款单位元，账期一般30天'), first, second];
    const result = ok(toTable(grid(cells, { merged: [{ row: 1, col: 1, rowCount: 1, colCount: 6 }, { row: 3, col: 1, rowCount: 1, colCount: 6 }] }), settings()));
    expect(result.table.headerRow).toBe(2);
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([4, 5]);
    expect(result.problems.map((p) => p.code)).toContain('sheet.leadNoteRows');
  });

  it.each([
    ['注小明', 'a customer whose name starts with 注, no colon'],
    ['备注：王芳 13812345678', 'a customer typed into one cell behind a note word, with her number'],
    ['说明：', 'a note word with nothing after it'],
  ])('%j stays a customer (%s)', (name) => {
    const cells = [rows(HEAD)[0], noteRow(name), first];
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });

  it('a row with a phone beside the note word stays a customer, and a note between customers is no lead note', () => {
    const withPhone = [text('注：老客户'), EMPTY, text('13912345678'), EMPTY, EMPTY, EMPTY];
    expect(ok(toTable(grid([rows(HEAD)[0], withPhone, first]), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    const between = [rows(HEAD)[0], first, noteRow('备注：灰色行为已流失客户'), second];
    const result = ok(toTable(grid(between), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4]);
    expect(result.problems.map((p) => p.code)).not.toContain('sheet.leadNoteRows');
  });
});

describe('toTable: a note under the table is no customer', () => {
  const customers = () => [
    ...rows(['序号', '姓名', '手机', '成交金额'], ['1', '张伟', '13812345678', '']),
    [text('2'), text('李娜'), text('13912345678'), num(800)],
  ];

  it('leaves out 备注：… after a 合计 row and a blank one, and says so', () => {
    const cells = [...customers(), [text('合计'), EMPTY, EMPTY, num(800)], [EMPTY, EMPTY, EMPTY, EMPTY], [text('备注：本表仅供内部使用'), EMPTY, EMPTY, EMPTY]];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    expect(result.problems).toContainEqual({ code: 'sheet.noteRows', severity: 'info', params: { sheet: '客户', rows: '6', label: '备注' } });
    expect(t('en', 'sheet.noteRows', { sheet: '客户', rows: '6', label: '备注' })).toContain('not a customer');
  });

  it.each([['说明：金额单位为元'], ['制表人：王芳'], ['注：灰色行为已流失客户'], ['制表日期：2024-12-01'], ['Note: internal use only'], ['Prepared by: Bob']])('%j under the last customer', (note) => {
    const cells = [...customers(), [text(note), EMPTY, EMPTY, EMPTY]];
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });

  it('two notes, one under the other, both go', () => {
    const cells = [...customers(), [text('说明：金额单位为元'), EMPTY, EMPTY, EMPTY], [text('制表人：王芳'), EMPTY, EMPTY, EMPTY]];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    expect(result.problems).toContainEqual({ code: 'sheet.noteRows', severity: 'info', params: { sheet: '客户', rows: '4, 5', label: '说明' } });
  });

  it('a Salesforce report export\'s footer (Grand Totals, Copyright, Confidential, Generated By and the org\'s name) is no customer', () => {
    const cells = [
      ...rows(['Contact Owner', 'First Name', 'Last Name', 'Account Name', 'Phone', 'Email'],
        ['Jessica Park', 'John', 'Miller', 'Northwind Traders', '(415) 555-0134', 'jmiller@northwind.com'],
        ['Alan Wu', 'Priya', 'Natarajan', 'Tailspin Toys', '(619) 555-0166 x204', 'priya.n@tailspintoys.com']),
      [EMPTY, EMPTY, EMPTY, EMPTY, EMPTY, EMPTY],
      ...['Grand Totals (2 records)', '', '', 'Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.',
        'Confidential Information - Do Not Distribute', 'Generated By:  Jessica Park  12/1/2026 9:14 AM', 'Acme Software Inc.']
        .map((line) => [line === '' ? EMPTY : text(line), EMPTY, EMPTY, EMPTY, EMPTY, EMPTY]),
    ];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    expect(result.problems).toContainEqual({ code: 'sheet.noteRows', severity: 'info', params: { sheet: '客户', rows: '8, 9, 10, 11', label: 'Copyright (c)' } });
    // Its formatted (.xlsx) export writes © and the lines the other way round.
    const formatted = [...customers(), [text('Confidential Information - Do Not Distribute'), EMPTY, EMPTY, EMPTY], [text('Copyright © 2000-2026 salesforce.com, inc. All rights reserved.'), EMPTY, EMPTY, EMPTY]];
    expect(ok(toTable(grid(formatted), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });

  it('a Salesforce Details Only CSV\'s report title, alone between the table\'s blank lines and the Copyright line, is part of the footer', () => {
    // report1733130840123.csv (h40): ten contacts, two blank lines, the title, then the legal lines.
    const cells = [
      ...rows(['Contact Owner', 'First Name', 'Last Name', 'Account Name', 'Phone', 'Email'],
        ['Jane Cooper', 'Sarah', 'Mitchell', 'Acme Corp', '(617) 555-0100', 'sarah.mitchell@acmecorp.com'],
        ['Tom Baker', 'Laura', 'Chen', 'Northwind Traders', '(415) 555-0123 x12', 'laura.chen@northwind.com']),
      ...['', '', 'Contacts & Accounts Report', 'Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved.',
        'Confidential Information - Do Not Distribute', 'Generated By:  Jane Cooper  12/2/2026 9:14 AM', 'Acme Holdings, Inc.']
        .map((line) => [line === '' ? EMPTY : text(line), EMPTY, EMPTY, EMPTY, EMPTY, EMPTY]),
    ];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    expect(result.problems).toContainEqual({ code: 'sheet.noteRows', severity: 'info', params: { sheet: '客户', rows: '6, 7, 8, 9, 10', label: 'Copyright (c)' } });
  });

  it('a grouped Salesforce report (table from column B) says its footer lines in column A as notes only, not as data without a header', () => {
    // Contacts_by_Owner-2026-12-02-grouped.xlsx (h40): column A is blank in the header and every customer row.
    const cells = [
      ...rows(['', 'Contact Owner', 'First Name', 'Last Name', 'Email'],
        ['', 'Jane Cooper', 'Sarah', 'Mitchell', 'sarah.mitchell@acmecorp.com'],
        ['', 'Tom Baker', 'Laura', 'Chen', 'laura.chen@northwind.com'],
        ['', '', '', '', ''],
        ['Confidential Information - Do Not Distribute', '', '', '', ''],
        ['Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.', '', '', '', '']),
    ];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    expect(result.problems.map((p) => p.code)).toEqual(['sheet.noteRows']);
  });

  it('a last customer typed with only his name stays, right over a Copyright line or after a blank row without one', () => {
    const copyright = [text('Copyright (c) 2024 Acme Ltd'), EMPTY, EMPTY, EMPTY];
    const noGap = [...customers(), [EMPTY, text('赵磊'), EMPTY, EMPTY], copyright];
    expect(ok(toTable(grid(noGap), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4]);
    const noLegal = [...customers(), [EMPTY, EMPTY, EMPTY, EMPTY], [EMPTY, text('赵磊'), EMPTY, EMPTY]];
    expect(ok(toTable(grid(noLegal), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 5]);
  });

  it('a last customer row holding only its company stays, unless it sits under Generated By:', () => {
    const company = [...customers(), [EMPTY, text('Copyright Agency Ltd'), EMPTY, EMPTY], [EMPTY, text('Confidential Couriers Inc.'), EMPTY, EMPTY], [EMPTY, text('Acme Software Inc.'), EMPTY, EMPTY]];
    expect(ok(toTable(grid(company), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4, 5, 6]);
  });

  it('a row with such a cell and more, or one with customers below it, stays a customer', () => {
    const more = [...customers(), [text('备注：老客户'), EMPTY, text('13712345678'), EMPTY]];
    expect(ok(toTable(grid(more), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4]);
    const above = [...customers(), [text('注：'), EMPTY, EMPTY, EMPTY], [text('3'), text('王芳'), text('13712345678'), num(500)]];
    expect(ok(toTable(grid(above), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4, 5]);
  });
});

describe('toTable: a heading row between the customers is no customer', () => {
  it('leaves out 华东区 / 华南区 above their customers, and says once that their rows are read in those regions', () => {
    const cells = [
      ...rows(['姓名', '性别', '手机'], ['华东区', '', '']),
      [text('张伟'), text('男'), text('13812345678')],
      [text('华南区'), EMPTY, EMPTY],
      [text('王芳'), text('女'), text('13712345678')],
    ];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([3, 5]);
    // The region's note names the heading rows: not also sheet.sectionRows for the same rows.
    expect(result.problems).toEqual([
      { code: 'sheet.headingRegions', severity: 'info', params: { sheet: '客户', headings: '2, 4', regions: '华东区 1, 华南区 1' } },
    ]);
    expect(result.table.headingRegions).toEqual([{ from: 3, to: 3, owner: text('华东区') }, { from: 5, to: 5, owner: text('华南区') }]);
    expect(t('en', 'sheet.sectionRows', { sheet: '客户', rows: '2, 4', label: '区' })).toBe('Row(s) 2, 4 of "客户" hold only a heading for the rows below (区), not a customer: left as they are and not counted.');
  });

  // What the summary shows of the row: the heading's numbering or word, never what a person typed after it.
  it.each([
    ['一、老客户', '一、'], ['（二）意向客户', '(二)'], ['一、陈静13600001111', '一、'], ['销售一部', '一部'], ['上海分公司', '分公司'],
    ['2024年3月', '2024年3月'], ['3月份', '3月份'], ['第一季度', '第一季度'], ['Q3 2024', 'Q3 2024'], ['East Region', 'East Region'],
    ['Team: Wang', 'Team'], ['Region 2', 'Region'],
    // A rep's block in a sheet the team shares (h63): his name is not shown, only the brackets.
    ['【张经理】', '【】'], ['〖华东〗', '〖〗'], ['[Team Li]', '[]'], ['［李娜］', '[]'],
  ])('%j, shown as %j', (label, word) => {
    const cells = [...rows(['Name', 'Phone', 'E-mail'], ['John Smith', '(646) 743-7902', '']), [text(label), EMPTY, EMPTY]];
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2]);
    expect(result.problems).toContainEqual({ code: 'sheet.sectionRows', severity: 'info', params: { sheet: '客户', rows: '3', label: word } });
  });

  it.each([
    ['张伟', 'a customer with nothing but a name'],
    ['星辰科技有限公司', 'a company without a contact yet'],
    ['Team Rubicon', 'a company whose name starts with Team'],
    ['【重要】王芳13812345678', 'a customer typed into one cell behind a bracketed mark'],
    ['【13812345678】', 'a number in brackets'],
  ])('%j stays (%s)', (name) => {
    const cells = rows(['客户名称', '电话', '邮箱'], [name, '', '']);
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2]);
  });

  it('a narrow sheet (two columns) keeps its one-cell rows', () => {
    expect(ok(toTable(grid(rows(['姓名', '手机'], ['华东区', ''])), settings())).table.rows).toHaveLength(1);
  });

  it('a heading with something else in the row is a customer row', () => {
    const cells = rows(['客户名称', '电话', '邮箱'], ['华东区', '010-62345678', '']);
    expect(ok(toTable(grid(cells), settings())).table.rows).toHaveLength(1);
  });
});

describe('toTable on arbitrary grids', () => {
  const words = ['姓名', '手机', '邮箱', '公司', '客户名称', '联系人', '备注', 'Name', 'Email', '张三', '13812345678', 'a@b.cn', '北京', ' ', '\u3000', ''];
  const cell: fc.Arbitrary<Cell> = fc.oneof(
    { weight: 3, arbitrary: fc.constant(EMPTY) },
    { weight: 5, arbitrary: fc.constantFrom(...words).map(text) },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }).map(text) },
    { weight: 1, arbitrary: fc.double({ noNaN: false }).map((n) => ({ kind: 'number', value: n }) as Cell) },
    { weight: 1, arbitrary: fc.boolean().map((b) => ({ kind: 'boolean', value: b }) as Cell) },
    { weight: 1, arbitrary: fc.constantFrom('2024-03-05', '1990-01-01').map(date) },
    { weight: 1, arbitrary: fc.constantFrom('#N/A', '#REF!').map((v) => ({ kind: 'error', value: v }) as Cell) },
    { weight: 1, arbitrary: fc.constant(undefined as unknown as Cell) },
  );
  const range = fc.record({
    row: fc.integer({ min: 1, max: 16 }), col: fc.integer({ min: 1, max: 8 }),
    rowCount: fc.integer({ min: 1, max: 3 }), colCount: fc.integer({ min: 1, max: 3 }),
  });
  const arbGrid = fc.record({
    sheetName: fc.constant('S'),
    cells: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 14 }),
    firstRow: fc.integer({ min: 1, max: 4 }),
    firstCol: fc.integer({ min: 1, max: 4 }),
    merged: fc.option(fc.array(range, { maxLength: 2 }), { nil: undefined }),
    hiddenRows: fc.option(fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 4 }), { nil: undefined }),
  });
  const arbSettings = fc.record({
    row: fc.option(fc.integer({ min: -1, max: 20 }), { nil: null }),
    minConfidence: fc.constantFrom(0, 0.6, 0.9),
  }).map(({ row, minConfidence }) => settings({ row, minConfidence }));

  it('never throws, and every non-blank cell below the header lands in exactly one row, at its sheet row and column, or is said to be left alone beside or below the table', () => {
    let tables = 0;
    fc.assert(
      fc.property(arbGrid, arbSettings, (g, s) => {
        const outcome = toTable(g, s);
        if (outcome.ok) tables++;
        if (!outcome.ok) {
          expect(outcome.problem.severity).toBe('error');
          return;
        }
        const { table, columns } = outcome;
        const width = table.headers.length;
        expect(columns).toHaveLength(width);
        const headerIndex = table.headerRow - g.firstRow;
        const bySheetRow = new Map(table.rows.map((r) => [r.sheetRow, r]));
        expect(bySheetRow.size).toBe(table.rows.length);
        const beside = outcome.problems.find((p) => p.code === 'sheet.besideTable');
        const below = outcome.problems.find((p) => p.code === 'sheet.tableBelow');
        const lastRow = below ? Number(below.params?.last) : Infinity;
        let expectedRows = 0;
        g.cells.forEach((row, i) => {
          if (i <= headerIndex || g.firstRow + i > lastRow) {
            expect(bySheetRow.has(g.firstRow + i)).toBe(false);
            return;
          }
          const all = row.map((c, col) => ({ c, col })).filter(({ c }) => c != null && !isBlank(c));
          const present = all.filter(({ col }) => col < width);
          if (present.length < all.length) expect(beside).toBeDefined();
          if (present.length === 0) {
            expect(bySheetRow.has(g.firstRow + i)).toBe(false);
            return;
          }
          expectedRows++;
          const tableRow = bySheetRow.get(g.firstRow + i)!;
          expect(tableRow).toBeDefined();
          for (const { c, col } of present) {
            expect(col).toBeLessThan(width);
            expect(tableRow.cells[col]).toBe(c);
          }
        });
        expect(table.rows).toHaveLength(expectedRows);
        for (const r of table.rows) {
          expect(r.cells).toHaveLength(width);
          expect(r.cells.every((c) => c != null)).toBe(true);
        }
      }),
      { seed: 42, numRuns: 400 },
    );
    // The generator must reach real tables, not only refusals, for the property to mean anything.
    // Enough grids read as tables to mean something (a forced row of random words is refused: it maps no column).
    expect(tables).toBeGreaterThan(60);
  });
});

describe('toTable: a block beside the table, past an empty column, is not the table', () => {
  it('a rep list in E1:F4 and filling-in notes under it are neither columns nor customers, and the sheet says so', () => {
    const cells = rows(
      ['姓名', '手机', '邮箱', '', '销售', '电话'],
      ['张伟', '138 1000 0000', 'zhangwei@163.com', '', '王芳', '021 6888 0000'],
      ['李娜', '13912345678', 'lina@qq.com', '', '李雷', '021 6888 0001'],
      ['王强', '13712345678', '', '', '韩梅梅', '138 0000 9999'],
      ['赵敏', '13612345678', 'zhaomin@126.com'],
      ['孙丽', '13512345678', ''],
      ['', '', '', '', '填表说明：'],
      ['', '', '', '', '1. 手机填11位'],
    );
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.headers).toEqual(['姓名', '手机', '邮箱']);
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4, 5, 6]);
    for (const row of result.table.rows) expect(row.cells).toHaveLength(3);
    expect(result.problems).toEqual([{ code: 'sheet.besideTable', severity: 'info', params: { sheet: '客户', column: 'E', last: 'C' } }]);
    expect(t('zh-CN', 'sheet.besideTable', result.problems[0].params)).toContain('从 E 列起');
    expect(t('en', 'sheet.besideTable', result.problems[0].params)).toContain('Column E onwards');
  });

  it('a 备注说明 block headed in the header row, on the first rows only, is left alone', () => {
    const cells = rows(
      ['姓名', '手机', '负责人', '', '备注说明'],
      ['张伟', '13812345678', '王芳', '', '1. 手机号请填写11位'],
      ['李娜', '13912345678', '李雷', '', '2. 邮箱必须有@'],
      ['王强', '13712345678', '王芳'],
      ['赵敏', '13612345678', '李雷'],
      ['孙丽', '13512345678', '韩梅梅'],
    );
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.headers).toEqual(['姓名', '手机', '负责人']);
    expect(result.problems.map((p) => p.code)).toEqual(['sheet.besideTable']);
  });

  it('a spacer column inside the table, customers filled on both sides, keeps the table whole', () => {
    const cells = rows(
      ['姓名', '手机', '', '邮箱', '负责人'],
      ['张伟', '13812345678', '', 'zhangwei@163.com', '王芳'],
      ['李娜', '13912345678', '', 'lina@qq.com', '李雷'],
      ['王强', '13712345678', '', '', '王芳'],
      ['赵敏', '13612345678'],
    );
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.headers).toEqual(['姓名', '手机', '', '邮箱', '负责人']);
    expect(result.problems).toEqual([]);
  });
});

describe('toTable: a second table under the customers is not the table', () => {
  const customers = [
    ['姓名', '手机', '邮箱'],
    ['张伟', '13812345678', 'zhangwei@163.com'],
    ['李娜', '13912345678', 'lina@qq.com'],
    ['王强', '13712345678', ''],
  ];

  it('blank rows, a lone title (销售联系方式), then 姓名 | 手机 | 邮箱 again: the reps below are left alone, and the sheet says so', () => {
    const cells = rows(...customers, [], [], ['销售联系方式'], ['姓名', '手机', '邮箱'], ['王芳', '139 1111 2222', 'WangFang@Corp.CN ']);
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4]);
    expect(result.problems).toEqual([{ code: 'sheet.tableBelow', severity: 'info', params: { sheet: '客户', row: 7, last: 4 } }]);
    expect(t('zh-CN', 'sheet.tableBelow', result.problems[0].params)).toContain('从第 7 行起');
    expect(t('en', 'sheet.tableBelow', result.problems[0].params)).toContain('From row 7');
  });

  it('a summary by owner (负责人汇总 over 负责人 | 客户数 | 金额) is neither a total nor customers', () => {
    const cells = rows(...customers, [], ['负责人汇总'], ['负责人', '客户数', '金额'], ['王芳', '4', '5000'], ['李雷', '4', '5200']);
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4]);
    expect(result.problems).toEqual([{ code: 'sheet.tableBelow', severity: 'info', params: { sheet: '客户', row: 6, last: 4 } }]);
  });

  it('the same header again after a blank row (two exports pasted one under the other) is one list: its header row is no customer', () => {
    const cells = rows(...customers, [], ['姓名', '手机', '邮箱'], ['赵敏', '13612345678', ''], ['孙丽', '13512345678', '']);
    const result = ok(toTable(grid(cells), settings()));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4, 7, 8]);
    expect(result.problems).toEqual([{ code: 'sheet.sectionRows', severity: 'info', params: { sheet: '客户', rows: '6', label: '姓名' } }]);
  });

  it('a header row of its own after a blank row, without a title', () => {
    const cells = rows(...customers, [], ['销售', '客户数', '联系电话'], ['王芳', '4', '13800001111']);
    expect(ok(toTable(grid(cells), settings())).table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4]);
  });

  it.each([
    ['more customers after a blank row', [['赵敏', '13612345678', '']]],
    ['a region heading and its customers after a blank row', [['华南区'], ['赵敏', '13612345678', '']]],
    ['a customer known by name only after a blank row', [['赵敏'], ['孙丽', '13512345678', '']]],
  ])('%s stay customers', (_, more) => {
    const result = ok(toTable(grid(rows(...customers, [], ...more)), settings()));
    expect(result.problems.map((p) => p.code)).not.toContain('sheet.tableBelow');
    expect(result.table.rows.map((r) => r.sheetRow)).toContain(6 + more.length - 1);
  });
});

describe('toTable: a two-level header', () => {
  // 姓名 merged A1:A2; 联系方式 merged B1:C1 over 手机 | 邮箱; 交易 merged D1:E1 over 金额 | 最近联系.
  const cells = rows(
    ['姓名', '联系方式', '', '交易', ''],
    ['', '手机', '邮箱', '金额', '最近联系'],
    ['张伟', '13812345678', 'zhangwei@163.com', '1200', '2024-03-05'],
    ['李娜', '139 1234 5678', 'lina@qq.com', '800', '2024-05-01'],
  );
  const groups = [
    { row: 1, col: 2, rowCount: 1, colCount: 2 },
    { row: 1, col: 4, rowCount: 1, colCount: 2 },
  ];

  it('takes a header merged down from the row above (姓名 over A1:A2) as its column\'s header', () => {
    const result = ok(toTable(grid(cells, { merged: [{ row: 1, col: 1, rowCount: 2, colCount: 1 }, ...groups] }), settings()));
    expect(result.table.headerRow).toBe(2);
    expect(result.table.headers).toEqual(['姓名', '手机', '邮箱', '金额', '最近联系']);
    expect(result.columns.map((c) => c.field).slice(0, 3)).toEqual(['name', 'mobile', 'email']);
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([3, 4]);
  });

  // The tester's 客户 tab: 姓名, 公司 and 成交金额 typed on the upper row only, nothing merged down.
  const flat = rows(
    ['客户名单', '', '', '', ''],
    ['姓名', '联系方式', '', '公司', '成交金额'],
    ['', '手机', '邮箱', '', ''],
    ['王一', '13800000001', 'w1@example.com', '甲贸易', '100'],
    ['王二', '13800000002', 'w2@example.com', '乙科技', '200'],
  );

  it('reads a group header over its parts (联系方式 merged B2:C2 over 手机 | 邮箱) with the other headers on the upper row only', () => {
    const result = ok(toTable(grid(flat, { merged: [{ row: 1, col: 1, rowCount: 1, colCount: 5 }, { row: 2, col: 2, rowCount: 1, colCount: 2 }] }), settings()));
    expect(result.table.headerRow).toBe(3);
    expect(result.table.headers).toEqual(['姓名', '手机', '邮箱', '公司', '成交金额']);
    expect(result.columns.map((c) => c.field)).toEqual(['name', 'mobile', 'email', 'company', 'amount']);
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([4, 5]);
  });

  it('reads it as well after the user unmerged 联系方式 (its title over the first part, the second left blank)', () => {
    const result = ok(toTable(grid(flat), settings()));
    expect(result.table.headerRow).toBe(3);
    expect(result.table.headers).toEqual(['姓名', '手机', '邮箱', '公司', '成交金额']);
  });

  it('takes no first customer for the parts of a header: a row that fills its name is a customer', () => {
    const first = rows(['姓名', '联系方式', '', '公司'], ['王一', '13800000001', 'w1@example.com', ''], ['王二', '13800000002', '', '乙科技']);
    const result = ok(toTable(grid(first), settings()));
    expect(result.table.headerRow).toBe(1);
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
  });

  // The auditor's 客户 tab: 姓名, 备注 and VIP merged down over both rows, 联系方式 over 手机 | 邮箱.
  // Its upper row names more fields than the lower one.
  const tall = [
    { row: 1, col: 1, rowCount: 2, colCount: 1 },
    { row: 1, col: 2, rowCount: 1, colCount: 2 },
    { row: 1, col: 4, rowCount: 2, colCount: 1 },
    { row: 1, col: 5, rowCount: 2, colCount: 1 },
  ];
  const withLower = (...extra: string[][]) => rows(
    ['姓名', '联系方式', '', '备注', 'VIP', ...extra[0]],
    ['', '手机', '邮箱', '', '', ...extra[1]],
    ['张伟', '13800138000', 'zw@qq.com', '老客户', '是', ...extra[2]],
    ['李娜', '13900139000', 'ln@163.com', '', '否', ...extra[3]],
  );

  it('reads a column added later with its header typed on the lower row only (微信 beside VIP)', () => {
    const result = ok(toTable(grid(withLower([''], ['微信'], ['zw_1988'], ['']), { merged: tall }), settings()));
    expect(result.table.headerRow).toBe(2);
    expect(result.table.headers).toEqual(['姓名', '手机', '邮箱', '备注', 'VIP', '微信']);
    expect(result.columns.map((c) => c.field)[5]).toBe('wechat');
  });

  it('reads its own output again: the columns a run wrote on the lower row (整理问题 …) with nothing above them', () => {
    const written = withLower(['', '', ''], ['整理问题', '重复组', '重复依据'], ['', '', ''], ['手机号无效', '', '']);
    const result = ok(toTable(grid(written, { merged: tall }), settings()));
    expect(result.table.headerRow).toBe(2);
    expect(result.table.headers).toEqual(['姓名', '手机', '邮箱', '备注', 'VIP', '整理问题', '重复组', '重复依据']);
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([3, 4]);
  });

  it('still refuses a merge down into the header two columns wide, or into the first customer', () => {
    const wide = refused(toTable(grid(cells, { merged: [{ row: 1, col: 1, rowCount: 2, colCount: 2 }] }), settings()));
    expect(wide.params).toEqual(expect.objectContaining({ ranges: 'A1:B2' }));
    const deep = refused(toTable(grid(cells, { merged: [{ row: 1, col: 1, rowCount: 3, colCount: 1 }] }), settings()));
    expect(deep.params).toEqual(expect.objectContaining({ ranges: 'A1:A3' }));
  });
});

describe('toTable: a table turned on its side', () => {
  it('field names down column A, a customer per column: refused, saying how to turn it, in both languages', () => {
    const cells = rows(
      ['姓名', '张伟', '李娜', '王强'],
      ['手机', '13812345678', '13912345678', '13712345678'],
      ['邮箱', 'zhangwei@163.com', 'lina@qq.com', ''],
      ['负责人', '王芳', '李雷', '王芳'],
    );
    const problem = refused(toTable(grid(cells), settings()));
    expect(problem).toEqual({ code: 'sheet.transposed', severity: 'error', params: { sheet: '客户', column: 'A', fields: '姓名, 手机, 邮箱, 负责人' } });
    expect(t('zh-CN', problem.code, problem.params)).toContain('转置');
    expect(t('en', problem.code, problem.params)).toContain('Transpose');
  });

  // A 母婴店's member list: cards numbered VIP20000 … in column A, and more columns the run does not read
  // (宝宝姓名, 奶粉品牌 …) than it does. VIP20000 folds like a numbered header (Phone2) to vip.
  const MUYING = ['会员卡号', '妈妈姓名', '手机', '妈妈生日', '宝宝姓名', '宝宝生日', '宝宝性别', '储值卡余额', '累计消费', '最近到店',
    '门店', '导购', '备注', '奶粉品牌', '纸尿裤尺码', '积分', '推荐人卡号', '会籍顾问备注'];
  const member = (i: number): string[] => [`VIP2000${i}`, ['王梦琪', '林佳怡', '陈静', '刘倩', '赵敏', '孙丽'][i], `1355885652${i}`, '1992/4/22',
    '张朵朵', '2022-03-21', '女', '700', '11500', '2026-08-20', '万达店', '阿梅', '奶粉段位3段', '飞鹤', 'L', '102', '', ''];

  it('member cards numbered VIP20000 … down column A are customers, not a list of fields, however few headers are read', () => {
    const cells = rows(MUYING, ...[0, 1, 2, 3, 4, 5].map(member));
    const result = ok(toTable(grid(cells, { sheetName: '会员' }), settings()));
    expect(result.table.headerRow).toBe(1);
    expect(result.table.rows).toHaveLength(6);
    expect(result.table.rows[0].cells[0]).toEqual(text('VIP20000'));
  });

  it("last week's output read again, its own columns (整理问题 … 分类依据) beside the user's, is read as the customer table it is", () => {
    const header = ['会员卡号', '妈妈姓名', '手机', '妈妈生日', '宝宝姓名', '累计消费', '最近到店', '门店', '备注',
      '整理问题', '重复组', '重复依据', '客户类型', '活跃度', '价值等级', 'VIP', '分类依据'];
    const out = (card: string, name: string, phone: string, contact: string): string[] => [card, name, phone, '1990-12-10', '李甜甜', '5000', '2026-04-12',
      '万达店', '', '', '', '', '现有客户', '休眠', '低价值', '普通', '累计金额 5000 < 10000；未达到 VIP 条件'].map((v, c) => (c === 8 ? contact : v));
    // Column A as a 首选联系方式 column (电话 / 邮箱 / 微信 are field words): three customers only.
    const cells = rows(['首选联系方式', ...header.slice(1)], out('电话', '王梦琪', '13558856524', ''), out('邮箱', '林佳怡', '13691750074', ''), out('微信', '陈静', '13691750075', ''));
    expect(ok(toTable(grid(cells, { sheetName: '会员' }), settings())).table.rows).toHaveLength(3);
    const cards = rows(header, ...['VIP20000', 'VIP20001', 'VIP20002', 'VIP20003'].map((card, i) => out(card, '王梦琪', `1355885652${i}`, '')));
    expect(ok(toTable(grid(cards, { sheetName: '会员' }), settings())).table.rows).toHaveLength(4);
  });

  it('a customer table whose first column holds field-like words (首选联系方式: 电话, 邮箱) is read as usual', () => {
    const cells = rows(['首选联系方式', '姓名', '手机', '邮箱'], ['电话', '张伟', '13812345678', ''], ['邮箱', '李娜', '', 'lina@qq.com']);
    expect(ok(toTable(grid(cells), settings())).table.rows).toHaveLength(2);
  });
});
