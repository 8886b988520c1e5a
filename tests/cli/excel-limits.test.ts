/**
 * What an Excel sheet cannot hold is refused before anything is written, with a message naming the
 * limit and the way out (--out FILE.csv): rows past 1,048,576 (a member list exported from a till
 * runs past it), columns past 16,384, cells past 32,767 characters.
 */
import ExcelJS from 'exceljs';
import { DEFAULT_SETTINGS, run, type CellIssue, type Grid, type Plan, type Reminder } from '../../shared';
import { refuseUnwritable } from '../../cli/write-output';
import { addRemindersSheet } from '../../cli/io/reminders-sheet';
import { addArchiveSheet } from '../../cli/io/archive-sheet';
import { archiveTable } from '../../cli/io/archive-rows';
import { rowMap } from '../../cli/io/row-map';
import { styler } from '../../cli/io/xlsx-values';
import { CliError } from '../../cli/errors';
import { say } from '../../cli/messages';
import type { LoadedInput } from '../../cli/load-input';
import { gridOf, planFor, text } from './helpers';

const EXCEL_ROWS = 1_048_576;
const HEADER = ['会员姓名', '手机号', '会员等级', '所属门店'];
const MEMBER = [text('王芳'), text('13812345678'), text('金卡'), text('徐汇店')];

/** A member list with `members` rows under its header, and `titles` title rows above it. */
function memberList(members: number, titles = 0): Grid {
  const title = [text('2026 年会员名单'), { kind: 'empty' as const }, { kind: 'empty' as const }, { kind: 'empty' as const }];
  const header = HEADER.map(text);
  // One row object shared by every member: a million rows cost a million pointers, not a million rows.
  const cells = [...Array.from({ length: titles }, () => title), header, ...new Array(members).fill(MEMBER)];
  return { sheetName: '会员', firstRow: 1, firstCol: 1, cells };
}

function refusal(out: string, grid: Grid, adjust: (plan: Plan) => Plan = (p) => p): CliError | null {
  const headerRow = grid.cells.findIndex((row) => row[0].kind === 'text' && row[0].value === '会员姓名') + 1;
  const plan = adjust({ ...planFor(gridOf([HEADER, ['王芳', '13812345678', '金卡', '徐汇店']], '会员', headerRow), { headerRow }), sheetName: '会员' });
  const loaded = { kind: 'csv', grid, dateSystem: '1900' } as LoadedInput;
  try {
    refuseUnwritable(out, loaded, plan);
    return null;
  } catch (err) {
    if (err instanceof CliError) return err;
    throw err;
  }
}

describe('an .xlsx holds at most 1,048,576 rows a sheet', () => {
  test('a header and 1,048,575 members fill the sheet to its last row: written', () => {
    expect(refusal('会员.xlsx', memberList(EXCEL_ROWS - 1))).toBeNull();
  });

  test('one member more is refused, naming the sheet, the row it would reach and the CSV way out', () => {
    const err = refusal('会员.xlsx', memberList(EXCEL_ROWS));
    expect(err?.key).toBe('cli.tooManyRows');
    expect(err?.params).toEqual({ sheet: '会员', rows: EXCEL_ROWS + 1 });
    expect(say('en', err!.key, err!.params)).toBe('Not written: the sheet "会员" would reach row 1048577 (its header and any title rows included), past the 1,048,576 rows an Excel sheet holds; Excel would open it cut short. Nothing was written. Write the result as CSV (--out FILE.csv), or split the sheet first.');
    expect(say('zh-CN', err!.key, err!.params)).toContain('超过 Excel 工作表最多的 1,048,576 行');
  });

  test('the title rows above the header count: two of them push the last member past the limit', () => {
    expect(refusal('会员.xlsx', memberList(EXCEL_ROWS - 2, 2))?.params).toEqual({ sheet: '会员', rows: EXCEL_ROWS + 1 });
  });

  test('rows a merge removes do not count: the written sheet fits', () => {
    const merged = (plan: Plan): Plan => ({ ...plan, merge: { removeRows: [3, 4] } as unknown as Plan['merge'] });
    expect(refusal('会员.xlsx', memberList(EXCEL_ROWS + 1), merged)).toBeNull();
  });

  test('a CSV output takes them all', () => {
    expect(refusal('会员.csv', memberList(EXCEL_ROWS + 10))).toBeNull();
  });

  test('an issues sheet past the limit (one line per issue) is refused too', () => {
    const issue: CellIssue = { rule: 'required', sheetRow: 2, col: 0, field: 'name', code: 'required.missing', severity: 'error', params: {} };
    const issued = (plan: Plan): Plan => ({ ...plan, issues: new Array(EXCEL_ROWS).fill(issue) });
    const err = refusal('会员.xlsx', memberList(10), issued);
    expect(err?.key).toBe('cli.tooManyIssueRows');
    expect(err?.params).toEqual({ rows: EXCEL_ROWS + 1 });
  });
});

describe('the sheets the run adds obey the same limit', () => {
  // A member list of 600,000 under two reps: each member's birthday and his card's renewal are two
  // reminders, and a member both reps hold is listed under each: more reminder lines than members.
  const birthday: Reminder = {
    kind: 'birthday', key: 'birthday:2:2026-12-05', sheetRow: 2, owner: '李娜', customer: '王芳 · 徐汇店', due: '2026-12-05', daysLeft: 3,
    reason: { code: 'remind.reason.birthday', params: { date: '2026-12-05' } },
  };
  const plan = planFor(gridOf([HEADER, ['王芳', '13812345678', '金卡', '徐汇店']], '会员'), {});
  function refused(write: () => void): CliError | null {
    try {
      write();
      return null;
    } catch (err) {
      if (err instanceof CliError) return err;
      throw err;
    }
  }

  test('a reminders sheet past the last row is refused with the sheet’s own name, nothing made', () => {
    // One member per row: a member's reminders of one week are one line of his rep's list (customer-lines.ts).
    const many = (lines: number, owners = ['李娜']): Plan => {
      const members = Array.from({ length: lines / owners.length }, (_, i) => ({ ...birthday, owner: owners.join('/'), sheetRow: i + 2 }));
      return { ...plan, reminders: { ...plan.reminders, groups: owners.map((owner) => ({ owner, reminders: members })) } };
    };
    const wb = new ExcelJS.Workbook();
    const cleaned = wb.addWorksheet('会员');
    // The two reps' lines of one member are one reminder twice: the sheet says so in a note a blank row
    // below the lines, and that note is what would land past the last row.
    const err = refused(() => addRemindersSheet(wb, cleaned, '提醒', many(EXCEL_ROWS - 2, ['李娜', '赵磊']), 'zh-CN', '1900', rowMap(plan), styler()));
    expect(err?.key).toBe('cli.tooManyRows');
    expect(err?.params).toEqual({ sheet: '提醒', rows: EXCEL_ROWS + 1 });
    expect(say('zh-CN', err!.key, err!.params)).toContain('工作表“提醒”会用到第 1048577 行');
    expect(wb.getWorksheet('提醒')?.rowCount ?? 0).toBe(0);
  });

  test('an archive appended to run after run is refused when this merge’s rows would pass the last row', () => {
    const grid = gridOf([HEADER, ['王芳', '13812345678', '金卡', '徐汇店'], ['王芳', '138 1234 5678', '金卡', '徐汇店']], '会员');
    const outcome = run(grid, { settings: DEFAULT_SETTINGS, today: '2026-12-02', merge: ['exact', 'likely'] });
    if (!outcome.ok) throw new Error(outcome.problem.code);
    const merged = outcome.plan;
    const table = archiveTable(merged, 'zh-CN', rowMap(merged))!;
    expect(table.lines).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    const cleaned = wb.addWorksheet('会员');
    // The archive of earlier merges, its last line on Excel's last row.
    const earlier = wb.addWorksheet(table.sheet);
    earlier.getRow(1).values = table.headers;
    earlier.getCell(EXCEL_ROWS, 1).value = '李娜';
    const err = refused(() => addArchiveSheet(wb, cleaned, table, merged, 'zh-CN', '1900', styler(), rowMap(merged)));
    expect(err?.params).toEqual({ sheet: table.sheet, rows: EXCEL_ROWS + 1 });
    expect(err?.key).toBe('cli.tooManyRows');
  });
});
