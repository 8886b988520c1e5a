import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, run, t, type Cell, type CellEdit, type CellIssue, type Plan } from '../../../shared';
import { readXlsx } from '../../../cli/io/read-xlsx';
import { applyToWorkbook, numberAsText, safeSheetName, serialOf, writeXlsx } from '../../../cli/io/write-xlsx';
import { date, EMPTY, fixture, gridOf, num, planFor, tempDir, text } from '../helpers';

async function reopen(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteOf = (cell: ExcelJS.Cell) => {
  const n = cell.note as unknown;
  if (typeof n === 'string') return n;
  return ((n as ExcelJS.Comment | undefined)?.texts ?? []).map((t) => t.text).join('');
};

describe('writeXlsx from a CSV input: text stays text (PITFALLS A5)', () => {
  const grid = gridOf([
    ['客户编号', '姓名', '手机', '备注', '累计金额', '生日'],
    ['00123', '张伟', '13812345678', '=HYPERLINK("http://evil.example")', '￥12,800.00', '1985/3/12'],
    ['110101199003071234', '李娜', '+86 139 1234 5678', '0755-8888 0000', '1.2万', '1990年5月3日'],
  ], 'customers');
  const edits: CellEdit[] = [
    { sheetRow: 2, col: 2, field: 'mobile', before: text('13812345678'), after: text('138 1234 5678'), reason: 'fix.generic' },
    { sheetRow: 3, col: 2, field: 'mobile', before: text('+86 139 1234 5678'), after: text('+86 139 1234 5678'), reason: 'fix.generic' },
    { sheetRow: 2, col: 4, field: 'amount', before: text('￥12,800.00'), after: num(12800), reason: 'fix.generic' },
    { sheetRow: 3, col: 4, field: 'amount', before: text('1.2万'), after: num(12000), reason: 'fix.generic' },
    { sheetRow: 2, col: 5, field: 'birthday', before: text('1985/3/12'), after: date('1985-03-12'), reason: 'fix.generic' },
    { sheetRow: 3, col: 5, field: 'birthday', before: text('1990年5月3日'), after: date('1990-05-03'), reason: 'fix.generic' },
  ];
  const issues: CellIssue[] = [
    { code: 'required.missing', severity: 'error', params: { field: 'email' }, rule: 'required', sheetRow: 2, col: 1, field: 'name' },
    { code: 'rule.negative', severity: 'warning', params: { field: 'amount', value: '-1' }, rule: 'negative', sheetRow: 3, col: 4, field: 'amount', suggestion: '0' },
    { code: 'sheet.empty', severity: 'info', params: { sheet: 'x' }, rule: 'x', sheetRow: 3, col: 3, field: 'notes' },
    { code: 'required.noColumn', severity: 'error', params: { field: 'email' }, rule: 'required', sheetRow: 3, col: -1, field: 'email' },
  ];
  const plan = planFor(grid, {
    fields: ['customerId', 'name', 'mobile', 'notes', 'amount', 'birthday'],
    writes: ['text', 'text', 'text', 'text', 'number', 'date'],
    edits,
    issues,
    addedColumns: [{ id: 'issues', header: '整理问题', write: 'text', values: [text('=缺少邮箱'), EMPTY] }],
  });
  let wb: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let cleanup: () => void;

  beforeAll(async () => {
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = path.join(tmp.dir, 'out.xlsx');
    await writeXlsx(file, { grid, plan, dateSystem: '1900', lang: 'zh-CN' });
    wb = await reopen(file);
    ws = wb.getWorksheet('customers')!;
  });
  afterAll(() => cleanup());

  it.each([
    ['A2', '00123', 'leading zeros of an ID'],
    ['A3', '110101199003071234', 'an 18-digit ID card number (no 1.1E+17, no lost digits)'],
    ['C2', '138 1234 5678', 'a cleaned mobile'],
    ['C3', '+86 139 1234 5678', 'a leading + is not a formula'],
    ['D2', '=HYPERLINK("http://evil.example")', 'a formula-looking note is a string, not a live formula'],
    ['D3', '0755-8888 0000', 'a landline with its area code'],
  ])('%s reads back as the string %j with the Text format (%s)', (address, expected) => {
    const cell = ws.getCell(address);
    expect(cell.value).toBe(expected);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe('@');
  });

  it('B2 reads back as the string "张伟" without the Text format: a name Excel reads as text anyway, where a formula typed later must work', () => {
    const cell = ws.getCell('B2');
    expect(cell.value).toBe('张伟');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).not.toBe('@');
  });

  it('writes amounts as numbers and dates as real dates', () => {
    expect(ws.getCell('E2').value).toBe(12800);
    expect(ws.getCell('E3').value).toBe(12000);
    const birthday = ws.getCell('F2');
    expect(birthday.type).toBe(ExcelJS.ValueType.Date);
    expect((birthday.value as Date).toISOString()).toBe('1985-03-12T00:00:00.000Z');
    expect(birthday.numFmt).toBe('yyyy-mm-dd');
  });

  it('colours cells by their worst issue, and changed cells faintly', () => {
    expect(fillOf(ws.getCell('B2'))).toBe('FFFFC7CE');
    expect(fillOf(ws.getCell('E3'))).toBe('FFFFEB9C');
    expect(fillOf(ws.getCell('D3'))).toBe('FFDDEBF7');
    expect(fillOf(ws.getCell('C2'))).toBe('FFE2EFDA');
    expect(fillOf(ws.getCell('A2'))).toBeUndefined();
  });

  it('explains each highlighted cell in a note, with the old value of a change', () => {
    expect(noteOf(ws.getCell('C2'))).toBe('原值：13812345678');
    expect(noteOf(ws.getCell('B2'))).toBe(`错误: ${t('zh-CN', 'required.missing', { field: 'email' })}`);
    expect(noteOf(ws.getCell('E3'))).toBe(`警告: ${t('zh-CN', 'rule.negative', { field: 'amount', value: '-1' })}\n建议：0\n原值：1.2万`);
  });

  it('adds the plan columns with a bold header, written as text', () => {
    expect(ws.getCell('G1').value).toBe('整理问题');
    expect(ws.getCell('G1').font?.bold).toBe(true);
    expect(ws.getCell('G2').value).toBe('=缺少邮箱');
    expect(ws.getCell('G2').numFmt).toBe('@');
    expect(ws.getCell('G3').value).toBeNull();
  });

  it('lists every issue on a 问题清单 sheet, row-level ones without a column', () => {
    const sheet = wb.getWorksheet('问题清单')!;
    const rows = sheet.getSheetValues().slice(1).map((r) => Array.from((r as ExcelJS.CellValue[]).slice(1), (v) => v ?? null));
    expect(rows).toEqual([
      ['行号', '列', '表头', '值', '级别', '说明', '建议'],
      [2, 'B', '姓名', '张伟', '错误', t('zh-CN', 'required.missing', { field: 'email' })],
      [3, 'E', '累计金额', '12000', '警告', t('zh-CN', 'rule.negative', { field: 'amount', value: '-1' }), '0'],
      [3, 'D', '备注', '0755-8888 0000', '提示', t('zh-CN', 'sheet.empty', { sheet: 'x' })],
      [3, null, null, null, '错误', t('zh-CN', 'required.noColumn', { field: 'email' })],
    ]);
  });

  it('stops adding notes at the limit, issues first, and keeps every fill', () => {
    const { workbook, notesOmitted } = applyToWorkbook({ grid, plan, dateSystem: '1900', lang: 'en', noteLimit: 3 });
    const sheet = workbook.getWorksheet('customers')!;
    const marked = ['B2', 'E3', 'D3', 'C2', 'C3', 'E2', 'F2', 'F3'];
    expect(marked.filter((a) => noteOf(sheet.getCell(a)) !== '')).toEqual(['B2', 'E3', 'D3']);
    expect(marked.every((a) => fillOf(sheet.getCell(a)) !== undefined)).toBe(true);
    expect(notesOmitted).toBe(5);
  });

  it('names the issues sheet in English for --lang en', () => {
    const { workbook, issuesSheet } = applyToWorkbook({ grid, plan, dateSystem: '1900', lang: 'en' });
    expect(issuesSheet).toBe('Issues');
    expect(workbook.getWorksheet('Issues')!.getRow(1).values).toEqual([undefined, 'Row', 'Column', 'Header', 'Value', 'Severity', 'Message', 'Suggestion']);
  });
});

describe('writeXlsx over an .xlsx input: only the planned cells change (PITFALLS A4)', () => {
  let out: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;
  let skipped: CellEdit[];
  let cleanup: () => void;
  let inputBefore: Buffer;
  const input = fixture('customers-lo.xlsx');

  beforeAll(async () => {
    inputBefore = readFileSync(input);
    const read = await readXlsx(input);
    const plan = planFor(read.grid, {
      fields: ['customerId', 'name', 'mobile', 'email', 'birthday', 'amount', 'postcode', 'notes'],
      writes: ['text', 'text', 'text', 'text', 'date', 'number', 'text', 'text'],
      edits: [
        { sheetRow: 2, col: 2, field: 'mobile', before: num(13812345678), after: text('138 1234 5678'), reason: 'fix.generic' },
        { sheetRow: 4, col: 3, field: 'email', before: text('liqiang@gmail.com'), after: text('liqiang@gmail.com '), reason: 'fix.generic' },
        // A plan must never target a formula cell; if one does, the writer refuses.
        { sheetRow: 3, col: 5, field: 'amount', before: num(25600), after: num(1), reason: 'fix.generic' },
        { sheetRow: 3, col: 7, field: 'notes', before: { kind: 'error', value: '#N/A' }, after: text('x'), reason: 'fix.generic' },
      ],
    });
    const tmp = tempDir();
    cleanup = tmp.cleanup;
    const file = path.join(tmp.dir, 'customers-lo.cleaned.xlsx');
    ({ skipped } = await writeXlsx(file, { grid: read.grid, plan, dateSystem: read.dateSystem, lang: 'zh-CN', base: read }));
    out = await reopen(file);
    ws = out.getWorksheet('客户')!;
  });
  afterAll(() => cleanup());

  it('refuses planned writes into formula cells and leaves the formulas as they were', () => {
    expect(skipped.map((e) => `${e.sheetRow}:${e.col}`)).toEqual(['3:5', '3:7']);
    expect(ws.getCell('F3').value).toEqual({ formula: 'F2*2', result: 25600 });
    expect(ws.getCell('H3').value).toEqual({ formula: 'NA()', result: { error: '#N/A' } });
    expect(ws.getCell('H5').value).toEqual({ formula: 'CONCATENATE(B5,"-VIP")', result: '刘洋（隐藏行）-VIP' });
  });

  it('writes the planned cells', () => {
    expect(ws.getCell('C2').value).toBe('138 1234 5678');
    expect(ws.getCell('C2').numFmt).toBe('@');
    expect(ws.getCell('D4').value).toBe('liqiang@gmail.com ');
  });

  it('turns numbers in text columns into the text they show, zero padding included', () => {
    expect(ws.getCell('C3').value).toBe('13912345678');
    expect(ws.getCell('A2').value).toBe('1001');
    expect(ws.getCell('G4').value).toBe('001234');
    expect(ws.getCell('G4').numFmt).toBe('@');
  });

  it('leaves numbers, dates and formats of other columns alone', () => {
    expect(ws.getCell('F2').value).toBe(12800);
    expect(ws.getCell('F2').numFmt).toBe('#,##0.00');
    expect((ws.getCell('E2').value as Date).toISOString()).toBe('1985-03-12T00:00:00.000Z');
    expect(ws.getCell('H6').value).toBe('=HYPERLINK("http://example.com")');
  });

  it('highlights one cell without recolouring the cells that shared its style', () => {
    expect(fillOf(ws.getCell('C2'))).toBe('FFE2EFDA');
    expect(fillOf(ws.getCell('B2'))).toBeUndefined();
    expect(fillOf(ws.getCell('D2'))).toBeUndefined();
  });

  it('keeps the other sheets, their merged cells and the hidden row', () => {
    const notes = out.getWorksheet('说明')!;
    expect(notes.getCell('A1').value).toBe('客户表说明（合并单元格）');
    expect(notes.getCell('B1').isMerged).toBe(true);
    expect(ws.getRow(5).hidden).toBe(true);
    expect(out.worksheets.map((w) => w.name)).toEqual(['客户', '说明', '问题清单', '提醒', '报告']);
  });

  it('never touches the input file', () => {
    expect(readFileSync(input).equals(inputBefore)).toBe(true);
  });
});

describe('writeXlsx: reruns and 1904 workbooks', () => {
  it('replaces its own issues sheet on a rerun but never a user sheet of the same name', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名']);
    ws.addRow(['张伟']);
    const mine = wb.addWorksheet('Issues');
    mine.addRow(['Row', 'Column', 'Header', 'Value', 'Severity', 'Message', 'Suggestion']);
    const users = wb.addWorksheet('Issues (2)');
    users.addRow(['我的问题清单']);
    const grid = gridOf([['姓名'], ['张伟']], '客户');
    const { issuesSheet, workbook } = applyToWorkbook({ grid, plan: planFor(grid), dateSystem: '1900', lang: 'en', base: { workbook: wb, worksheet: ws } });
    expect(issuesSheet).toBe('Issues');
    expect(workbook.worksheets.map((w) => w.name).sort()).toEqual(['Issues', 'Issues (2)', 'Reminders', 'Report', '客户']);
    expect(workbook.getWorksheet('Issues (2)')!.getCell('A1').value).toBe('我的问题清单');

    const wb2 = new ExcelJS.Workbook();
    const ws2 = wb2.addWorksheet('客户');
    wb2.addWorksheet('issues').addRow(['my own notes']);
    expect(applyToWorkbook({ grid, plan: planFor(grid), dateSystem: '1900', lang: 'en', base: { workbook: wb2, worksheet: ws2 } }).issuesSheet).toBe('Issues (2)');
  });

  it('writes a cleaned date into a 1904 workbook so it reads back as the same day', async () => {
    const read = await readXlsx(fixture('dates-1904.xlsx'));
    const plan = planFor(read.grid, {
      fields: ['name', 'birthday', 'lastPurchase'],
      writes: ['text', 'date', 'date'],
      edits: [{ sheetRow: 2, col: 1, field: 'birthday', before: date('1985-03-12'), after: date('1985-03-13'), reason: 'fix.generic' }],
    });
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'out.xlsx');
      await writeXlsx(file, { grid: read.grid, plan, dateSystem: read.dateSystem, lang: 'en', base: read });
      const back = await readXlsx(file);
      expect(back.dateSystem).toBe('1904');
      expect(back.grid.cells.slice(1).map((r) => r.map((c) => (c.kind === 'empty' ? '' : c.value)))).toEqual([
        ['张伟', '1985-03-13', '2024-03-05'],
        ['王芳', '1904-01-02', '2024-12-31'],
      ]);
    } finally {
      cleanup();
    }
  });
});

describe('write-xlsx helpers', () => {
  it.each([
    ['2024-03-05', '1900', 45356, 'a plain date'],
    ['1900-02-28', '1900', 59, 'before the fictitious leap day'],
    ['1900-03-01', '1900', 61, 'after it'],
    ['2024-03-05', '1904', 43894, '1462 days fewer in 1904 workbooks'],
    ['2024-03-05T12:00', '1900', 45356.5, 'noon is half a day'],
    ['2024-02-30', '1900', null, 'no such day'],
  ] as const)('serialOf(%s, %s) = %p (%s)', (iso, system, expected, _why) => {
    expect(serialOf(iso, system)).toBe(expected);
  });

  it.each([
    [13812345678, undefined, '13812345678', 'General: plain digits, never 1.38E+10'],
    [1234, '000000', '001234', 'a zero-padding format keeps what the sheet shows'],
    [12.5, 'General', '12.5', 'a decimal'],
    [12800, '#,##0.00', null, 'a display format is not guessed at: left as a number'],
    [0.15, '0%', null, 'a percentage'],
    [110101198505051230, undefined, null, 'an ID that lost its last digits stays the number it is: as text, 110101198505051000 would pass for an ID'],
  ] as const)('numberAsText(%p, %p) = %p (%s)', (value, format, expected, _why) => {
    expect(numberAsText(value, format)).toBe(expected);
  });

  it.each([
    ['客户名单', '客户名单'],
    ['a/b:c*d?[e]', 'a_b_c_d__e_'],
    ['很长的工作表名称很长的工作表名称很长的工作表名称很长的工作表名称', '很长的工作表名称很长的工作表名称很长的工作表名称很长的工作表名'],
    ['', 'Sheet1'],
  ])('safeSheetName(%j) = %j', (name, expected) => {
    expect(safeSheetName(name)).toBe(expected);
  });
});

/** A merge of one exact pair: the row `archived` goes to 已合并重复, kept in row 2; `edits` fill the kept row. */
function oneRowMerge(headers: string[], archived: { sheetRow: number; cells: Cell[] }, removeRows: number[], edits: CellEdit[] = []): NonNullable<Plan['merge']> {
  return {
    edits,
    mergedColumn: null,
    archiveSheet: '已合并重复',
    archiveHeaders: [...headers, '原行号', '保留行', '重复组', '原因', '合并日期'],
    archiveCols: headers.map((_, c) => c),
    archive: [{
      ...archived, survivorRow: 2, groupId: 'G1', confidence: 'exact',
      reason: { code: 'dedupe.archive.merged', params: { row: 2, group: 'G1', confidence: '完全重复' } },
    }],
    removeRows,
    stats: { groupsMerged: 1, rowsArchived: 1, cellsFilled: edits.length, notesTruncated: 0, groupsSkipped: 0 },
  };
}

describe('applyToWorkbook with an accepted merge', () => {
  /** 张伟 twice (rows 2 and 4); row 2's city is a formula, row 4's is 北京. */
  function mergeCase(removeRows: number[]) {
    const grid = gridOf([['姓名', '城市', '备注'], ['张伟', '', '老客户'], ['李娜', '上海', ''], ['张伟', '北京', '展会']], '客户');
    grid.cells[1][1] = { kind: 'text', value: '北京', formula: '=D2' };
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '城市', '备注']);
    ws.addRow(['张伟', { formula: 'D2', result: '北京' }, '老客户', '北京']);
    ws.addRow(['李娜', '上海']);
    ws.addRow(['张伟', '北京', '展会']);
    const plan = planFor(grid, { fields: ['name', 'city', 'notes'] });
    const fill: CellEdit = { sheetRow: 2, col: 1, field: 'city', before: EMPTY, after: text('北京'), reason: 'dedupe.fix.fill' };
    plan.merge = oneRowMerge(plan.columns.map((c) => c.header), { sheetRow: 4, cells: [text('张伟'), text('北京'), text('展会')] }, removeRows, [fill]);
    return { grid, plan, wb, ws };
  }

  it('never fills a survivor cell that holds a formula, and removes the archived row', () => {
    const { grid, plan, wb, ws } = mergeCase([4]);
    const written = applyToWorkbook({ grid, plan, dateSystem: '1900', lang: 'zh-CN', base: { workbook: wb, worksheet: ws } });
    expect(written.skipped.map((e) => e.reason)).toEqual(['dedupe.fix.fill']);
    expect(ws.getCell('B2').value).toEqual({ formula: 'D2', result: '北京' });
    expect(ws.rowCount).toBe(3);
    expect(written.archiveSheet).toBe('已合并重复');
    expect(wb.getWorksheet('已合并重复')!.getRow(2).values).toEqual([, '张伟', '北京', '展会', 4, 2, 'G1', '已合并到第 2 行（G1，完全重复）']);
  });

  it('refuses to remove a row the archive does not hold, before anything is written', () => {
    const { grid, plan, wb, ws } = mergeCase([3, 4]);
    expect(() => applyToWorkbook({ grid, plan, dateSystem: '1900', lang: 'zh-CN', base: { workbook: wb, worksheet: ws } })).toThrow(/not in the archive: 3/);
    expect(ws.getCell('A3').value).toBe('李娜');
  });
});

describe('applyToWorkbook: a hyperlink keeps its target when the run rewrites its text', () => {
  /** 张三 twice: row 2's shop link has spaces around its text; row 3, merged away, links to his Weibo. */
  function linkCase() {
    const shop = { text: ' www.zhang.com ', hyperlink: 'https://www.zhang.com/shop?id=7', tooltip: '张三的店' };
    const weibo = { text: '微博', hyperlink: 'https://weibo.com/zhangsan' };
    const grid = gridOf([['姓名', '手机', '网址'], ['张三', '13812345678', ' www.zhang.com '], ['张三', '13812345678', '微博']], '客户');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '手机', '网址']);
    ws.addRow(['张三', '13812345678', shop]);
    ws.addRow(['张三', '13812345678', weibo]);
    const plan = planFor(grid, {
      fields: ['name', 'mobile', 'website'],
      edits: [{ sheetRow: 2, col: 2, field: 'website', before: text(' www.zhang.com '), after: text('www.zhang.com'), reason: 'fix.generic' }],
    });
    plan.merge = oneRowMerge(['姓名', '手机', '网址'], { sheetRow: 3, cells: [text('张三'), text('13812345678'), text('微博')] }, [3]);
    const written = applyToWorkbook({ grid, plan, dateSystem: '1900', lang: 'zh-CN', base: { workbook: wb, worksheet: ws } });
    return { ws, archive: written.workbook.getWorksheet('已合并重复')!, shop, weibo };
  }

  it('writes the trimmed text over the same link target and tooltip', () => {
    const { ws, shop } = linkCase();
    expect(ws.getCell('C2').value).toEqual({ ...shop, text: 'www.zhang.com' });
  });

  it('copies a merged-away row\'s link into the archive, not just its text', () => {
    const { archive, weibo } = linkCase();
    expect(archive.getCell('C2').value).toEqual(weibo);
  });
});

describe('applyToWorkbook: a link that only mirrors its text follows the corrected text', () => {
  const cases: [string, ExcelJS.CellHyperlinkValue, string, ExcelJS.CellHyperlinkValue, string][] = [
    ['email', { text: 'lin2＠163.com', hyperlink: 'mailto:lin2＠163.com' }, 'lin2@163.com', { text: 'lin2@163.com', hyperlink: 'mailto:lin2@163.com' }, 'mailto: + the old text'],
    ['email', { text: ' he3@example.com ', hyperlink: 'mailto:sales@example.com' }, 'he3@example.com', { text: 'he3@example.com', hyperlink: 'mailto:sales@example.com' }, 'another address: the user\'s'],
    ['website', { text: 'HTTP://Zhang.com ', hyperlink: 'HTTP://Zhang.com ' }, 'http://zhang.com', { text: 'http://zhang.com', hyperlink: 'http://zhang.com' }, 'the old text itself'],
    ['website', { text: ' www.zhang.com ', hyperlink: 'https://www.zhang.com/shop', tooltip: '店' }, 'www.zhang.com', { text: 'www.zhang.com', hyperlink: 'https://www.zhang.com/shop', tooltip: '店' }, 'a page of the site: the user\'s'],
  ];
  it.each(cases)('%s %j written as %j becomes %j (%s)', (field, before, after, expected) => {
    const grid = gridOf([['姓名', '链接'], ['林二', before.text as string]], '客户');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('客户');
    ws.addRow(['姓名', '链接']);
    ws.addRow(['林二', before]);
    const plan = planFor(grid, {
      fields: ['name', field as 'email' | 'website'],
      edits: [{ sheetRow: 2, col: 1, field: field as 'email' | 'website', before: text(before.text as string), after: text(after), reason: 'fix.generic' }],
    });
    applyToWorkbook({ grid, plan, dateSystem: '1900', lang: 'zh-CN', base: { workbook: wb, worksheet: ws } });
    expect(ws.getCell('B2').value).toEqual(expected);
  });
});

describe('applyToWorkbook: a merge loses no value (property, PITFALLS D1)', () => {
  const NAMES = ['张伟', '李娜', '王芳', '刘洋', '刘阳', 'Zhang Wei'];
  const PHONES = ['13812345678', '138 1234 5678', '13912345678', '13700001111', ''];
  const EMAILS = ['zhangwei@qq.com', 'ZhangWei@QQ.com', 'lina@163.com', ''];
  const CITIES = ['北京', '上海', '广州', ''];
  const NOTES = ['老客户', '@王芳 转介绍', '=1+1', ' VIP ', ''];
  const record = fc.tuple(...[NAMES, PHONES, EMAILS, CITIES, NOTES].map((pool) => fc.constantFrom(...pool)));

  it('keeps every non-empty input value in the cleaned sheet or, as typed, in the archive', () => {
    let mergedRuns = 0;
    fc.assert(
      fc.property(fc.array(record, { minLength: 2, maxLength: 10 }), fc.boolean(), (records, review) => {
        const grid = gridOf([['姓名', '手机', '邮箱', '城市', '备注'], ...records], '客户');
        const settings = { ...DEFAULT_SETTINGS, language: 'zh-CN' as const };
        const plain = run(grid, { settings, today: '2024-06-01' });
        const merged = run(grid, { settings, today: '2024-06-01', merge: review ? ['exact', 'likely', 'review'] : ['exact', 'likely'] });
        if (!plain.ok || !merged.ok) return;
        const before = applyToWorkbook({ grid, plan: plain.plan, dateSystem: '1900', lang: 'zh-CN' }).workbook.getWorksheet('客户')!;
        const { workbook } = applyToWorkbook({ grid, plan: merged.plan, dateSystem: '1900', lang: 'zh-CN' });
        const after = workbook.getWorksheet('客户')!;
        const archive = workbook.getWorksheet('已合并重复');
        const archivedAt = new Map<number, number>();
        archive?.eachRow((row, r) => {
          if (r > 1) archivedAt.set(row.getCell(6).value as number, r);
        });
        expect([...archivedAt.keys()].sort((a, b) => a - b)).toEqual(merged.plan.merge?.removeRows ?? []);
        if (archivedAt.size > 0) mergedRuns++;
        let out = 1;
        records.forEach((values, i) => {
          const sheetRow = i + 2;
          const archivedRow = archivedAt.get(sheetRow);
          if (archivedRow === undefined) out++;
          values.forEach((value, c) => {
            if (value === '') return;
            if (archivedRow !== undefined) expect(archive!.getCell(archivedRow, c + 1).value).toBe(value);
            else expect(JSON.stringify(after.getCell(out, c + 1).value)).toBe(JSON.stringify(before.getCell(sheetRow, c + 1).value));
          });
        });
        expect(after.rowCount).toBe(out);
      }),
      { seed: 20240601, numRuns: 40 },
    );
    // The pools are small, so most sheets have duplicates: the property is about merges, not empty runs.
    expect(mergedRuns).toBeGreaterThan(10);
  });
});
