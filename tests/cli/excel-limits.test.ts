/**
 * What an Excel sheet cannot hold is refused before anything is written, with a message naming the
 * limit and the way out (--out FILE.csv): rows past 1,048,576 (a member list exported from a till
 * runs past it), columns past 16,384, cells past 32,767 characters.
 */
import type { CellIssue, Grid, Plan } from '../../shared';
import { refuseUnwritable } from '../../cli/write-output';
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
