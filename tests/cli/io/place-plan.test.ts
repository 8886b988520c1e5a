import { cleanedCells, placePlan, withoutRows } from '../../../cli/io/place-plan';
import { EMPTY, gridOf, planFor, text } from '../helpers';

describe('placePlan', () => {
  const grid = gridOf([['姓名', '手机', ''], ['张伟', '138', ''], ['李娜', '', '多余']], 'S', 3, 2);
  grid.cells[1][1] = { kind: 'number', value: 138, formula: '=A1' };

  it('puts table column c at sheet column firstCol + c and added columns right of the used block', () => {
    const plan = planFor(grid, {
      addedColumns: [{ id: 'issues', header: '整理问题', write: 'text', values: [EMPTY, text('x')] }],
    });
    const placed = placePlan(grid, plan);
    expect(placed.addedCols).toEqual([5]);
    expect(placed.writeOf.get(2)).toBe('text');
    expect(placed.writeOf.get(5)).toBe('text');
  });

  it('adds its columns right of a note box merged beside the table (H2:J4 holds its text in H alone), never inside it', () => {
    const sheet = { ...gridOf([['姓名', '手机', '', ''], ['张伟', '138', '', '填表说明：手机填11位']]), merged: [{ row: 2, col: 4, rowCount: 3, colCount: 3 }] };
    const plan = planFor(gridOf([['姓名', '手机'], ['张伟', '138']]), {
      addedColumns: [{ id: 'issues', header: '整理问题', write: 'text', values: [text('x')] }],
    });
    expect(placePlan(sheet, plan).addedCols).toEqual([7]);
  });

  it('sets aside an edit whose source cell holds a formula (PITFALLS A4)', () => {
    const plan = planFor(grid, {
      edits: [
        { sheetRow: 4, col: 1, field: 'mobile', before: text('138'), after: text('138 0'), reason: 'fix.generic' },
        { sheetRow: 5, col: 0, field: 'name', before: text('李娜'), after: text('李 娜'), reason: 'fix.generic' },
      ],
    });
    const placed = placePlan(grid, plan);
    expect(placed.skipped.map((e) => e.sheetRow)).toEqual([4]);
    expect([...placed.cells.values()].map((c) => [c.row, c.col])).toEqual([[5, 2]]);
  });

  it('writes an added column over its own earlier copy instead of adding it twice', () => {
    const rerun = gridOf([['姓名', '整理问题'], ['张伟', '旧问题'], ['李娜', '']]);
    const plan = planFor(rerun, { addedColumns: [{ id: 'issues', header: '整理问题', write: 'text', values: [EMPTY, text('新问题')] }] });
    expect(placePlan(rerun, plan).addedCols).toEqual([2]);
    expect(cleanedCells(rerun, plan)).toEqual([
      [text('姓名'), text('整理问题')],
      [text('张伟'), EMPTY],
      [text('李娜'), text('新问题')],
    ]);
  });

  it('never writes over a user\'s column that has the name of an added one (his own 客户类型, left of the run\'s columns)', () => {
    const sheet = gridOf([['姓名', '客户类型', '整理问题', '客户类型'], ['张伟', '意向客户', '', '潜在客户']]);
    const plan = planFor(sheet, { addedColumns: [{ id: 'class.lifecycle', header: '客户类型', write: 'text', values: [text('现有客户')] }] });
    expect(placePlan(sheet, plan).addedCols).toEqual([4]);
    expect(cleanedCells(sheet, plan)[1]).toEqual([text('张伟'), text('意向客户'), EMPTY, text('现有客户')]);
  });

  it('writes over last week\'s columns of the other language, the user\'s own rules too, under this week\'s headers', () => {
    const sheet = gridOf([['Name', 'Sheet Keeper issues', 'Duplicate group', 'Region', 'Call outcome'], ['Zhang Wei', 'old', 'G1', 'East China', 'called']]);
    const plan = planFor(sheet, {
      addedColumns: [
        { id: 'issues', header: '整理问题', write: 'text', values: [text('新问题')] },
        { id: 'duplicateGroup', header: '重复组', write: 'text', values: [EMPTY] },
        { id: 'class.region', header: '大区', write: 'text', values: [text('华东')] },
      ],
    });
    plan.classification = { ...plan.classification, legend: [{ dimension: 'region', title: { 'zh-CN': '大区', en: 'Region' }, labels: [] }] };
    // planFor marks the run's columns as mapHeaders does with the settings' rule titles.
    plan.columns[3] = { ...plan.columns[3], run: true };
    expect(placePlan(sheet, plan).addedCols).toEqual([2, 3, 4]);
    expect(cleanedCells(sheet, plan)).toEqual([
      [text('Name'), text('整理问题'), text('重复组'), text('大区'), text('Call outcome')],
      [text('Zhang Wei'), text('新问题'), EMPTY, text('华东'), text('called')],
    ]);
  });

  it('anchors the cleaned sheet at A1 so output rows keep the sheet row numbers', () => {
    const rows = cleanedCells(grid, planFor(grid));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual([EMPTY]);
    expect(rows[2].slice(0, 3)).toEqual([EMPTY, text('姓名'), text('手机')]);
  });
});

describe('placePlan and withoutRows with an accepted merge', () => {
  const grid = gridOf([['姓名', '城市'], ['张伟', ''], ['李娜', '上海'], ['张伟', '']]);

  it('places the survivor fills after the cleaning edits, so a fill wins on the same cell', () => {
    const plan = planFor(grid, {
      edits: [{ sheetRow: 2, col: 1, field: 'city', before: text(' '), after: EMPTY, reason: 'fix.generic' }],
    });
    plan.merge = {
      edits: [{ sheetRow: 2, col: 1, field: 'city', before: EMPTY, after: text('北京'), reason: 'dedupe.fix.fill' }],
      mergedColumn: null, archiveSheet: '已合并重复', archiveHeaders: [], archiveCols: [], archive: [], removeRows: [4],
      stats: { groupsMerged: 1, rowsArchived: 1, cellsFilled: 1, notesTruncated: 0, groupsSkipped: 0 },
    };
    const placed = placePlan(grid, plan);
    expect(placed.cells.get('2:2')?.edit?.after).toEqual(text('北京'));
    expect(withoutRows(cleanedCells(grid, plan, placed), plan.merge.removeRows).map((r) => r.map((c) => (c.kind === 'text' ? c.value : '')))).toEqual([
      ['姓名', '城市'], ['张伟', '北京'], ['李娜', '上海'],
    ]);
  });

  it.each([
    [[], 3, 'nothing to remove'],
    [[1], 2, 'sheet row 1 is the first array row'],
    [[2, 3, 9], 1, 'rows past the end are ignored'],
  ])('withoutRows(%j) keeps %i rows (%s)', (remove, kept, _why) => {
    expect(withoutRows([[text('a')], [text('b')], [text('c')]], remove)).toHaveLength(kept);
  });
});
