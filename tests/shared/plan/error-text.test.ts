/**
 * A CSV exported from a sheet whose lookups failed holds #N/A, #REF! and #VALUE! as text. They are
 * error values, not names or companies: never tidied into N/A or REF, said like error cells (the same
 * note, one issue per cell), no customer's name in a reminder and no key for the duplicate finder.
 */
import { run, resolveSettings, type Cell, type Grid, type Plan } from '../../../shared';

const T = (value: string): Cell => ({ kind: 'text', value });

/** 16_CSV错误值文本.csv of tester h56: three customers, error values typed in six of the columns. */
function lookupExport(extra: string[][] = []): Grid {
  const rows = [
    ['客户姓名', '手机', '公司', '生日', '消费金额', '负责人', '合同到期'],
    ['#N/A', '13811112222', '#N/A', '#N/A', '#N/A', '#N/A', '2026-12-05'],
    ['赵一', '13822223333', '#REF!', '1990-12-03', '#VALUE!', '王磊', '#N/A'],
    ['钱二', '13833334444', '成都某某公司', '1988-12-04', '5000', '#N/A', '2026-12-03'],
    ...extra,
  ];
  return { sheetName: '客户', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v) => (v === '' ? { kind: 'empty' } : T(v)))) };
}

function planOf(grid: Grid): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const out = run(grid, { settings: settings.settings, today: '2026-12-01' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** [sheet row, column, value] of every error value the sheet holds. */
const ERROR_CELLS: [number, number, string][] = [
  [2, 0, '#N/A'], [2, 2, '#N/A'], [2, 3, '#N/A'], [2, 4, '#N/A'], [2, 5, '#N/A'],
  [3, 2, '#REF!'], [3, 4, '#VALUE!'], [3, 6, '#N/A'],
  [4, 5, '#N/A'],
];

describe('error values typed as text (a CSV of failed lookups)', () => {
  const plan = planOf(lookupExport());

  it('are never changed: #REF! stays #REF!, #N/A stays #N/A, in every column', () => {
    const touched = plan.edits.filter((e) => ERROR_CELLS.some(([row, col]) => e.sheetRow === row && e.col === col));
    expect(touched).toEqual([]);
  });

  it('each is listed as an error value, and the note counts them as it counts error cells', () => {
    const listed = plan.issues.filter((i) => i.code === 'cell.error').map((i) => [i.sheetRow, i.col, i.params?.value]);
    expect(listed).toEqual(ERROR_CELLS);
    expect(plan.problems.find((p) => p.code === 'sheet.errorCells')).toEqual({
      code: 'sheet.errorCells', severity: 'warning', params: { sheet: '客户', count: 9, cell: 'A2', example: '#N/A' },
    });
  });

  it('an error in the name column is said as an error value, not also as a name left empty', () => {
    expect(plan.issues.filter((i) => i.sheetRow === 2 && i.col === 0).map((i) => i.code)).toEqual(['cell.error']);
  });

  it('no reminder names a customer #N/A or REF: 赵一 alone, the first customer by his phone', () => {
    const customers = plan.reminders.reminders.map((r) => [r.sheetRow, r.kind, r.customer]);
    expect(customers).toEqual(expect.arrayContaining([
      [3, 'birthday', '赵一'],
      [2, 'contract', '13811112222'],
    ]));
    for (const [, , customer] of customers) expect(customer).not.toMatch(/REF|N\/A/);
  });

  it('an error value is no company two rows share: 赵一 of #REF! twice, other phones, is no duplicate', () => {
    const twice = planOf(lookupExport([['#N/A', '13899990000', '#N/A', '', '', '', ''], ['赵一', '13877776666', '#REF!', '', '', '', '']]));
    expect(twice.duplicates.groups).toEqual([]);
  });
});

describe('error values typed in full width with a Chinese IME (＃Ｎ／Ａ, ＃ＲＥＦ！, #N／A)', () => {
  // A lookup's #N/A retyped by hand, or pasted from a chat: the same error, not a name N／A or a company REF.
  const plan = planOf({
    sheetName: '客户', firstRow: 1, firstCol: 1,
    cells: [
      ['客户姓名', '手机', '公司', '城市', '负责人'].map(T),
      [T('＃Ｎ／Ａ'), T('13811112222'), T('＃ＲＥＦ！'), T('#N／A'), T('王磊')],
      [T('赵一'), T('13822223333'), T('成都某某公司'), T('＃N/A'), T('＃ＮＡＭＥ？')],
    ],
  });

  it('stay as typed: no cleaner tidies them into N／A or REF', () => {
    expect(plan.edits.filter((e) => e.col !== 1)).toEqual([]);
  });

  it('are each said as the error value they show, and counted with the error cells', () => {
    expect(plan.issues.filter((i) => i.code === 'cell.error').map((i) => [i.sheetRow, i.col, i.params?.value])).toEqual([
      [2, 0, '＃Ｎ／Ａ'], [2, 2, '＃ＲＥＦ！'], [2, 3, '#N／A'], [3, 3, '＃N/A'], [3, 4, '＃ＮＡＭＥ？'],
    ]);
    expect(plan.problems.find((p) => p.code === 'sheet.errorCells')?.params).toMatchObject({ count: 5, cell: 'A2', example: '＃Ｎ／Ａ' });
    expect(plan.issues.filter((i) => i.sheetRow === 2 && i.col === 0).map((i) => i.code)).toEqual(['cell.error']);
  });
});

describe('error values typed as text, in English', () => {
  it('are kept in a sheet whose lookups failed, and said in English too', () => {
    const grid: Grid = {
      sheetName: 'Customers', firstRow: 1, firstCol: 1,
      cells: [
        ['Name', 'Company', 'Email', 'Owner'].map(T),
        [T('John Smith'), T('#REF!'), T('john@acme.com'), T('#NAME?')],
        [T('#N/A N/A'), T('Acme Corp'), T('jane@acme.com'), T('Tom Baker')],
      ],
    };
    const settings = resolveSettings({ language: 'en' });
    if (!settings.ok) throw new Error('settings');
    const out = run(grid, { settings: settings.settings, today: '2026-12-01' });
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.plan.edits.filter((e) => e.col !== 2)).toEqual([]);
    expect(out.plan.issues.filter((i) => i.code === 'cell.error').map((i) => i.params?.value)).toEqual(['#REF!', '#NAME?', '#N/A N/A']);
    expect(out.plan.problems.find((p) => p.code === 'sheet.errorCells')?.params).toMatchObject({ count: 3, cell: 'B2', example: '#REF!' });
  });
});
