import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Cell } from '../../../shared';
import { CliError } from '../../../cli/errors';
import { readXlsx } from '../../../cli/io/read-xlsx';
import { fixture } from '../helpers';

const at = (cells: Cell[][], address: string): Cell => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return cells[Number(m[2]) - 1]?.[col - 1] ?? { kind: 'empty' };
};

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('readXlsx: a workbook saved by LibreOffice Calc', () => {
  // tests/fixtures/sources/make-fods.py wrote the sheet as flat ODS; `soffice --convert-to xlsx` saved it.
  const file = fixture('customers-lo.xlsx');

  it('reads the first visible sheet and lists every sheet', async () => {
    const { grid, sheetNames, dateSystem } = await readXlsx(file);
    expect(sheetNames).toEqual(['客户', '说明']);
    expect(grid).toMatchObject({ sheetName: '客户', firstRow: 1, firstCol: 1 });
    expect(dateSystem).toBe('1900');
    expect(grid.cells).toHaveLength(6);
  });

  it.each<[string, Cell, string]>([
    ['A1', { kind: 'text', value: '客户编号' }, 'a header'],
    ['C2', { kind: 'number', value: 13812345678 }, 'a phone typed as a number stays a number for the core to judge'],
    ['C4', { kind: 'text', value: '+86 137 0013 8000' }, 'a phone typed as text'],
    ['E2', { kind: 'date', value: '1985-03-12' }, 'a date cell becomes a civil date'],
    ['E4', { kind: 'date', value: '1988-02-29' }, 'a leap day'],
    ['E6', { kind: 'date', value: '2000-01-01T08:30' }, 'a date with a time keeps the time'],
    ['F2', { kind: 'number', value: 12800, format: '#,##0.00' }, 'an amount keeps its number format'],
    ['F3', { kind: 'number', value: 25600, formula: '=F2*2' }, 'a formula keeps its text and cached result'],
    ['G2', { kind: 'number', value: 100080, format: '000000' }, 'a postcode shown with zero padding'],
    ['H3', { kind: 'error', value: '#N/A', formula: '=NA()' }, 'an error result of a formula'],
    ['H5', { kind: 'text', value: '刘洋（隐藏行）-VIP', formula: '=CONCATENATE(B5,"-VIP")' }, 'a text formula'],
    ['H6', { kind: 'text', value: '=HYPERLINK("http://example.com")' }, 'text that looks like a formula is text'],
    ['G5', { kind: 'empty' }, 'an empty cell'],
  ])('%s is read as %j (%s)', async (address, expected) => {
    const { grid } = await readXlsx(file);
    expect(at(grid.cells, address)).toEqual(expected);
  });

  it('reports hidden rows', async () => {
    expect((await readXlsx(file)).grid.hiddenRows).toEqual([5]);
  });

  it('reports the rows struck through whole (作废 marked by formatting), not a row with one struck cell', async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet('客户');
      ws.addRow(['姓名', '手机', '备注']);
      ws.addRow(['陈立', '13811110001', '']);
      ws.addRow(['何婷', '13811110002', '重复建档']);
      ws.addRow(['许峰', '13811110003', '']);
      ws.addRow(['周敏', '13811110004', '旧号码']);
      for (const c of [1, 2, 3]) ws.getCell(3, c).font = { strike: true, color: { argb: 'FF999999' } };
      ws.getCell(4, 1).font = { strike: true };
      ws.getCell(4, 2).font = { strike: true };
      // Only the old note is struck on row 5: the customer is live.
      ws.getCell(5, 3).font = { strike: true };
    });
    expect((await readXlsx(bytes)).grid.struckRows).toEqual([3, 4]);
  });

  it('reads a named sheet and its merged areas', async () => {
    const { grid } = await readXlsx(file, '说明');
    expect(grid.sheetName).toBe('说明');
    expect(grid.merged).toEqual([{ row: 1, col: 1, rowCount: 1, colCount: 3 }]);
    expect(at(grid.cells, 'A1')).toEqual({ kind: 'text', value: '客户表说明（合并单元格）' });
  });

  it('refuses an unknown sheet and names the sheets there are', async () => {
    const err = await readXlsx(file, '客户表').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CliError);
    expect(err).toMatchObject({ key: 'cli.unknownSheet', params: { sheet: '客户表', sheets: '“客户”, “说明”' } });
  });
});

describe('readXlsx: which sheet, when none is named', () => {
  it('the first that holds a table, past a cover and an instructions sheet', async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet('封面').getCell('B3').value = '2024 年华东区客户资料';
      const help = wb.addWorksheet('填写说明');
      help.addRow(['1. 手机号请填写 11 位数字']);
      help.addRow(['2. 日期格式：2024-03-05']);
      const customers = wb.addWorksheet('客户');
      customers.addRow(['姓名', '手机', '邮箱']);
      customers.addRow(['张伟', '13812345678', 'zw@qq.com']);
    });
    const { grid, sheetNames } = await readXlsx(bytes);
    expect(sheetNames).toEqual(['封面', '填写说明', '客户']);
    expect(grid.sheetName).toBe('客户');
  });

  it('past an instructions tab with an example table (填写说明), which is no other customer sheet either', async () => {
    const bytes = await bytesOf((wb) => {
      const help = wb.addWorksheet('填写说明');
      help.addRow(['填写说明：每行一位客户，手机填11位。']);
      help.addRow([]);
      help.addRow(['填写示例：']);
      help.addRow(['姓名', '手机', '邮箱', '公司']);
      help.addRow(['张三（示例）', '13800000000', 'zhangsan@example.com', '示例公司']);
      const customers = wb.addWorksheet('客户');
      customers.addRow(['姓名', '手机', '邮箱', '公司']);
      customers.addRow(['李白', '13811112222', 'libai@example.com', '唐朝']);
    });
    const { grid, otherTables } = await readXlsx(bytes);
    expect(grid.sheetName).toBe('客户');
    expect(otherTables).toEqual([]);
  });

  it('past a roll-up made of formulas (汇总), which stays another customer sheet for the 撞单 check', async () => {
    const bytes = await bytesOf((wb) => {
      const sum = wb.addWorksheet('汇总');
      sum.addRow(['姓名', '手机', '公司']);
      for (const r of [2, 3]) sum.addRow(['A', 'B', 'C'].map((c) => ({ formula: `'王五'!${c}${r}`, result: 'x' })));
      const rep = wb.addWorksheet('王五');
      rep.addRow(['姓名', '手机', '公司']);
      rep.addRow(['赵一', '13811112222', '甲公司']);
      rep.addRow(['钱二', '13822223333', '乙公司']);
    });
    const { grid, otherTables } = await readXlsx(bytes);
    expect(grid.sheetName).toBe('王五');
    expect(otherTables).toEqual(['汇总']);
  });

  it.each([
    ['模板', 'a template tab alone'],
    ['汇总', 'a roll-up alone'],
  ])('takes %s when no other sheet holds a table (%s)', async (name) => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet('封面').getCell('A1').value = '客户资料';
      const only = wb.addWorksheet(name);
      only.addRow(['姓名', '手机']);
      only.addRow([{ formula: 'A1', result: '张伟' }, { formula: 'B1', result: '13812345678' }]);
    });
    expect((await readXlsx(bytes)).grid.sheetName).toBe(name);
  });

  it('the first visible one when none holds a table (the run then says there is no header)', async () => {
    const bytes = await bytesOf((wb) => {
      wb.addWorksheet('Notes').getCell('A1').value = 'nothing here';
      wb.addWorksheet('More notes').getCell('A1').value = 'nor here';
    });
    expect((await readXlsx(bytes)).grid.sheetName).toBe('Notes');
  });
});

describe('readXlsx: the 1904 date system', () => {
  it('reads dates of a LibreOffice 1904 workbook (date1904="true", which exceljs alone misses)', async () => {
    const { grid, dateSystem } = await readXlsx(readFileSync(fixture('dates-1904.xlsx')));
    expect(dateSystem).toBe('1904');
    expect(grid.cells.slice(1).map((r) => r.map((c) => c.kind === 'empty' ? '' : c.value))).toEqual([
      ['张伟', '1985-03-12', '2024-03-05'],
      ['王芳', '1904-01-02', '2024-12-31'],
    ]);
  });

  it('reads dates of an Excel-style 1904 workbook (date1904="1")', async () => {
    const bytes = await bytesOf((wb) => {
      wb.properties.date1904 = true;
      const ws = wb.addWorksheet('S');
      ws.addRow(['生日']);
      ws.addRow([new Date(Date.UTC(1985, 2, 12))]);
    });
    const { grid, dateSystem } = await readXlsx(bytes);
    expect(dateSystem).toBe('1904');
    expect(grid.cells[1][0]).toEqual({ kind: 'date', value: '1985-03-12' });
  });
});

describe('readXlsx: a time of day is a time, not the date 1899-12-31', () => {
  it.each([
    ['hh:mm', 9.5 / 24, '到店 09:30'],
    ['h:mm:ss', (14 * 3600 + 5 * 60 + 7) / 86400, 'a time with seconds'],
    ['[$-F400]h:mm:ss AM/PM', 18 / 24, 'Excel\'s system time format'],
  ])('a %s cell (%s) stays the number with its format', async (numFmt, serial) => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet('客户');
      ws.addRow(['姓名', '到店时间']);
      ws.addRow(['张三', new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400000))]);
      ws.getCell('B2').numFmt = numFmt;
    });
    const { grid } = await readXlsx(bytes);
    expect(grid.cells[1][1]).toEqual({ kind: 'number', value: expect.closeTo(serial, 9), format: numFmt });
  });
});

describe('readXlsx: cell kinds exceljs can produce', () => {
  let cells: Cell[][];
  let grid: Awaited<ReturnType<typeof readXlsx>>['grid'];
  beforeAll(async () => {
    const bytes = await bytesOf((wb) => {
      const hidden = wb.addWorksheet('隐藏');
      hidden.state = 'hidden';
      hidden.getCell('A1').value = 'not this one';
      const ws = wb.addWorksheet('客户');
      // The table starts at C3: a title in A1 and an empty column A/B must not shift anything.
      ws.getCell('A1').value = '2024 客户名单';
      ws.getCell('C3').value = '姓名';
      ws.getCell('D3').value = '金额';
      ws.getCell('E3').value = '合计';
      ws.getCell('F3').value = '网址';
      ws.getCell('G3').value = '生日';
      ws.getCell('C4').value = { richText: [{ text: '张' , font: { bold: true } }, { text: '伟' }] };
      ws.getCell('D4').value = 100;
      ws.getCell('E4').value = { formula: 'D4*2', result: 200 };
      ws.getCell('F4').value = { text: '官网', hyperlink: 'https://example.com' };
      ws.getCell('G4').value = 59;
      ws.getCell('G4').numFmt = 'yyyy-mm-dd';
      ws.getCell('C5').value = true;
      ws.getCell('D5').value = 200;
      ws.getCell('E5').value = { sharedFormula: 'E4', result: 400 } as ExcelJS.CellValue;
      ws.getCell('F5').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell('G5').value = 61;
      ws.getCell('G5').numFmt = 'yyyy-mm-dd';
      ws.getCell('C6').value = '李娜';
      ws.getCell('G6').value = 60;
      ws.getCell('G6').numFmt = 'yyyy-mm-dd';
    });
    ({ grid } = await readXlsx(bytes));
    cells = grid.cells;
  });

  it('skips a hidden first sheet and starts the grid at the first used cell', () => {
    expect(grid).toMatchObject({ sheetName: '客户', firstRow: 1, firstCol: 1 });
    expect(cells[0][0]).toEqual({ kind: 'text', value: '2024 客户名单' });
  });

  it.each<[string, Cell, string]>([
    ['C4', { kind: 'text', value: '张伟' }, 'rich text joins its runs'],
    ['E4', { kind: 'number', value: 200, formula: '=D4*2' }, 'a formula'],
    ['E5', { kind: 'number', value: 400, formula: '=D5*2' }, 'a shared formula is translated to its own row'],
    ['F4', { kind: 'text', value: '官网', link: 'https://example.com' }, 'a hyperlink shows its text and carries its target'],
    ['F5', { kind: 'error', value: '#REF!' }, 'an error value'],
    ['C5', { kind: 'boolean', value: true }, 'a boolean'],
    ['G4', { kind: 'date', value: '1900-02-28' }, 'serial 59 is 1900-02-28 (before the fictitious leap day)'],
    ['G5', { kind: 'date', value: '1900-03-01' }, 'serial 61 is 1900-03-01'],
    ['G6', { kind: 'number', value: 60, format: 'yyyy-mm-dd' }, "serial 60 is Excel's fictitious 1900-02-29: left as a number"],
  ])('%s → %j (%s)', (address, expected) => {
    expect(at(cells, address)).toEqual(expected);
  });

  it('does not depend on the time zone of the machine', async () => {
    const before = process.env.TZ;
    try {
      const results: string[] = [];
      for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        const { grid: g } = await readXlsx(fixture('customers-lo.xlsx'));
        results.push(JSON.stringify(g.cells));
      }
      expect(new Set(results).size).toBe(1);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });

  it('anchors the grid at the first used row and column', async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('C3').value = '姓名';
      ws.getCell('D4').value = '张伟';
    });
    const { grid: g } = await readXlsx(bytes);
    expect(g).toMatchObject({ firstRow: 3, firstCol: 3 });
    expect(g.cells).toEqual([[{ kind: 'text', value: '姓名' }], [{ kind: 'empty' }, { kind: 'text', value: '张伟' }]]);
  });

  it('reads an empty sheet as an empty grid', async () => {
    const bytes = await bytesOf((wb) => void wb.addWorksheet('空'));
    expect((await readXlsx(bytes)).grid).toMatchObject({ sheetName: '空', cells: [] });
  });
});

describe('readXlsx: a sheet of two known columns that name no customer is no customer sheet', () => {
  const priceList = (wb: ExcelJS.Workbook) => {
    const prices = wb.addWorksheet('产品价格');
    prices.addRow(['产品', '单价']);
    prices.addRow(['ERP标准版', 12800]);
    prices.addRow(['ERP旗舰版', 36800]);
  };
  const customers = (wb: ExcelJS.Workbook) => {
    const list = wb.addWorksheet('客户名单');
    list.addRow(['客户名称', '联系人', '手机', '产品', '单价', '数量']);
    list.addRow(['上海嘉禾贸易有限公司', '张伟', '13800138000', 'ERP标准版', 12800, 2]);
    list.addRow(['杭州云帆科技有限公司', '李娜', '13912345678', 'ERP旗舰版', 36800, 1]);
  };

  it('a price list after the customers is not named as another customer sheet (nor checked for 撞单)', async () => {
    const { grid, otherTables } = await readXlsx(await bytesOf((wb) => { customers(wb); priceList(wb); }));
    expect(grid.sheetName).toBe('客户名单');
    expect(otherTables).toEqual([]);
  });

  it('a price list in front is passed over for the customers', async () => {
    const { grid, otherTables } = await readXlsx(await bytesOf((wb) => { priceList(wb); customers(wb); }));
    expect(grid.sheetName).toBe('客户名单');
    expect(otherTables).toEqual([]);
  });
});

describe('readXlsx: a statement ledger keyed by the account number names no customer', () => {
  // A courier's 月结客户 with its 对账记录 tab (月结账号 | 月份 | 金额): the account number is read as the
  // customer id, yet no column names a person or a company, nor reaches one. It is the accounts' monthly
  // statements, not a second customer sheet (tester h74: the summary named it as one, and the check
  // across sheets put 恒通's three contacts and the ledger's YJ990001 into one possible 撞单).
  const accounts = (wb: ExcelJS.Workbook) => {
    const list = wb.addWorksheet('月结客户');
    list.addRow(['客户名称', '联系人', '联系电话', '月结账号', '业务员']);
    list.addRow(['北京恒通电子科技有限公司', '刘经理', '13911118888', 'YJ990001', '马超']);
    list.addRow(['北京瑞源食品有限公司', '钱芳', '13700002222', 'YJ990002', '宋佳']);
  };
  const ledger = (wb: ExcelJS.Workbook) => {
    const sheet = wb.addWorksheet('对账记录');
    sheet.addRow(['月结账号', '月份', '金额']);
    sheet.addRow(['YJ990001', '2026-11', 35000]);
    sheet.addRow(['YJ990002', '2026-11', 4200]);
  };

  it('is not named as another customer sheet beside the accounts', async () => {
    const { grid, otherTables } = await readXlsx(await bytesOf((wb) => { accounts(wb); ledger(wb); }));
    expect(grid.sheetName).toBe('月结客户');
    expect(otherTables).toEqual([]);
  });

  it('is passed over for the accounts when it comes first', async () => {
    const { grid, otherTables } = await readXlsx(await bytesOf((wb) => { ledger(wb); accounts(wb); }));
    expect(grid.sheetName).toBe('月结客户');
    expect(otherTables).toEqual([]);
  });

  it('an English Statements tab (Acct # | Period | Amount) neither', async () => {
    const { otherTables } = await readXlsx(await bytesOf((wb) => {
      const list = wb.addWorksheet('Accounts');
      list.addRow(['Acct #', 'Business Name', 'Buyer', 'Phone']);
      list.addRow(['NG-02001', 'Blue Harbor Seafood Co', 'Marco Rossi', '(312) 555-9001']);
      const statements = wb.addWorksheet('Statements');
      statements.addRow(['Acct #', 'Period', 'Amount']);
      statements.addRow(['NG-02001', '2026-11', 3500]);
    }));
    expect(otherTables).toEqual([]);
  });
});

describe('readXlsx: another customer sheet whose table starts far from A1', () => {
  it('is found however far down and right it starts (a table at DP5000)', async () => {
    const bytes = await bytesOf((wb) => {
      const first = wb.addWorksheet('客户');
      first.addRow(['姓名', '手机']);
      first.addRow(['张伟', '13800138000']);
      const far = wb.addWorksheet('稀疏');
      far.getCell('DP5000').value = '姓名';
      far.getCell('DQ5000').value = '手机';
      far.getCell('DP5001').value = '李娜';
      far.getCell('DQ5001').value = '13900139000';
    });
    expect((await readXlsx(bytes)).otherTables).toEqual(['稀疏']);
  });
});
