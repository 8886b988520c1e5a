/**
 * A class the user retyped by hand in the run's own column (客户类型 现有客户 → 流失客户, as tester h62 did in
 * a car-insurance renewal sheet) is his: the run remembers, per row by its fingerprint, the level it wrote,
 * so on the next run a label other than that one is his correction, kept, never written over, until he
 * clears the cell (shared/plan/hand-set-classes.ts). The record beside the sheet holds level ids only.
 */
import { classesRecordedFor, keepHandSetClasses, recordAfter, recordedFor, resolveSettings, run, type ClassMemory, type Grid, type Plan } from '../../../shared';
import { text } from '../../cli/helpers';
import type { Cell } from '../../../shared/table/cell';

const HEAD = ['车主姓名', '手机', '车牌号', '保险到期', '上年保费', '销售顾问', '最近联系', '下次跟进', '备注'];
const ROWS = [
  ['黄秀英', '13590373539', '粤BN0277', '2026-12-20', '3700', '小周', '2026-10-25', '2026-12-08', '嫌贵'],
  ['周建国', '13812345678', '粤B8H123', '2027-01-15', '6800', '小刘', '2026-11-20', '2026-12-18', ''],
  ['林晓燕', '13922223333', '粤BX5521', '2026-12-28', '15200', '老陈', '2026-09-02', '', '换车了？'],
];

const settingsFor = (language: 'zh-CN' | 'en') => {
  const resolved = resolveSettings({ language });
  if (!resolved.ok) throw new Error('settings');
  return resolved.settings;
};

const gridOf = (rows: Cell[][]): Grid => ({ sheetName: '保险续保', firstRow: 1, firstCol: 1, cells: rows });

const planOf = (grid: Grid, today: string, language: 'zh-CN' | 'en' = 'zh-CN'): Plan => {
  const outcome = run(grid, { settings: settingsFor(language), today });
  if (!outcome.ok) throw new Error(outcome.problem.code);
  return outcome.plan;
};

/** The output as the CLI writes it: the sheet with the run's columns right of the table. */
function written(grid: Grid, plan: Plan): Grid {
  const width = HEAD.length;
  const added = plan.addedColumns;
  const header = grid.cells[0].slice(0, width).concat(added.map((a) => text(a.header)));
  const body = grid.cells.slice(1).map((row, j) => row.slice(0, width).concat(added.map((a) => a.values[j])));
  return gridOf([header, ...body]);
}

/** A rerun as the CLI makes it: each added column over the earlier one of its header. */
function rerun(grid: Grid, memory: ClassMemory | undefined, today: string, language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const plan = planOf(grid, today, language);
  const headers = grid.cells[0].map((c) => (c.kind === 'text' ? c.value : ''));
  const zhOrEn: Record<string, string> = { 'Customer type': '客户类型', Activity: '活跃度', 'Value tier': '价值等级', 'Why this class': '分类依据', 'Sheet Keeper issues': '整理问题', 'Duplicate group': '重复组', 'Why duplicates': '重复依据' };
  const cols = plan.addedColumns.map((a) => {
    const at = headers.findIndex((h) => h === a.header || h === zhOrEn[a.header]);
    return at < 0 ? headers.length + 1 : at + 1;
  });
  const appended = new Set(cols.filter((c) => c > headers.length));
  return keepHandSetClasses(grid, plan, cols, appended, memory);
}

const cellAt = (grid: Grid, row: number, header: string): Cell => grid.cells[row - 1][grid.cells[0].findIndex((c) => c.kind === 'text' && c.value === header)];
const setCell = (grid: Grid, row: number, header: string, cell: Cell): Grid => {
  const col = grid.cells[0].findIndex((c) => c.kind === 'text' && c.value === header);
  return gridOf(grid.cells.map((r, i) => (i === row - 1 ? r.map((c, k) => (k === col ? cell : c)) : r)));
};
const valueOf = (plan: Plan, id: string, row: number): string => {
  const cell = plan.addedColumns.find((a) => a.id === id)!.values[plan.rows.indexOf(row)];
  return cell.kind === 'text' ? cell.value : '';
};

/** Week one's output, with 黄秀英's 客户类型 retyped 现有客户 → 流失客户 by the rep. */
function weekOne(): { grid: Grid; memory: ClassMemory } {
  const first = gridOf([HEAD, ...ROWS].map((r) => r.map((v) => (v === '' ? { kind: 'empty' as const } : text(v)))));
  const plan = keepHandSetClasses(first, planOf(first, '2026-12-03'), [], new Set(), undefined);
  const out = written(first, plan);
  expect(cellAt(out, 2, '客户类型')).toEqual(text('现有客户'));
  return { grid: setCell(out, 2, '客户类型', text('流失客户')), memory: plan.classMemory! };
}

describe('a class set by hand in the run\'s own column', () => {
  it('stays the user\'s on the next run, its reasons saying so and what the rules give, listed with both labels', () => {
    const { grid, memory } = weekOne();
    const plan = rerun(grid, memory, '2026-12-10');
    expect(valueOf(plan, 'class.lifecycle', 2)).toBe('流失客户');
    expect(valueOf(plan, 'class.reasons', 2)).toMatch(/^客户类型“流失客户”是手动设定的，保留不改（按规则为“现有客户”）/);
    expect(plan.handSet).toEqual([{ sheetRow: 2, col: expect.any(Number), header: '客户类型', dimension: 'lifecycle', label: '流失客户', rules: '现有客户' }]);
    // The other rows and columns are the rules' as before.
    expect(valueOf(plan, 'class.lifecycle', 3)).toBe('现有客户');
    expect(valueOf(plan, 'class.reasons', 3)).not.toMatch(/手动/);
    // Remembered as his, so the week after keeps it too.
    const [fp] = [...plan.classMemory!.keys()];
    expect(plan.classMemory!.get(fp)!.get('lifecycle')).toEqual({ level: 'churned', byHand: true });
  });

  it('is no one\'s correction on a first run, when nothing was recorded (a file an older version wrote)', () => {
    const { grid } = weekOne();
    const plan = rerun(grid, undefined, '2026-12-10');
    expect(valueOf(plan, 'class.lifecycle', 2)).toBe('现有客户');
    expect(plan.handSet).toBeUndefined();
  });

  it('holds on a second weekly rerun, and gives way to the rules once the user clears the cell', () => {
    const { grid, memory } = weekOne();
    const week2 = rerun(grid, memory, '2026-12-10');
    const out2 = written(grid, week2);
    const week3 = rerun(out2, week2.classMemory, '2026-12-17');
    expect(valueOf(week3, 'class.lifecycle', 2)).toBe('流失客户');
    expect(week3.handSet).toHaveLength(1);
    const cleared = setCell(written(out2, week3), 2, '客户类型', { kind: 'empty' });
    const week4 = rerun(cleared, week3.classMemory, '2026-12-24');
    expect(valueOf(week4, 'class.lifecycle', 2)).toBe('现有客户');
    expect(week4.handSet).toBeUndefined();
    const week5 = rerun(written(cleared, week4), week4.classMemory, '2026-12-31');
    expect(week5.handSet).toBeUndefined();
  });

  it('is found on its row after the rows were sorted between runs', () => {
    const { grid, memory } = weekOne();
    const sorted = gridOf([grid.cells[0], ...grid.cells.slice(1).reverse()]);
    const plan = rerun(sorted, memory, '2026-12-10');
    expect(valueOf(plan, 'class.lifecycle', 4)).toBe('流失客户');
    expect(plan.handSet?.map((x) => x.sheetRow)).toEqual([4]);
    expect(valueOf(plan, 'class.lifecycle', 2)).toBe('现有客户');
  });

  it('stays on the copy the user retyped of a customer typed twice, however a sort turned the two', () => {
    const twice = [...ROWS, ROWS[0]];
    const first = gridOf([HEAD, ...twice].map((r) => r.map((v) => (v === '' ? { kind: 'empty' as const } : text(v)))));
    const plan1 = keepHandSetClasses(first, planOf(first, '2026-12-03'), [], new Set(), undefined);
    const edited = setCell(written(first, plan1), 5, '客户类型', text('流失客户'));
    const sorted = gridOf([edited.cells[0], ...edited.cells.slice(1).reverse()]);
    const plan = rerun(sorted, plan1.classMemory, '2026-12-10');
    expect(plan.handSet?.map((x) => [x.sheetRow, x.label])).toEqual([[2, '流失客户']]);
    expect(valueOf(plan, 'class.lifecycle', 5)).toBe('现有客户');
  });

  it('is told in English on an English rerun, the label kept as the user wrote it', () => {
    const { grid, memory } = weekOne();
    const plan = rerun(grid, memory, '2026-12-10', 'en');
    expect(valueOf(plan, 'class.lifecycle', 2)).toBe('流失客户');
    expect(valueOf(plan, 'class.reasons', 2)).toMatch(/^Customer type "流失客户" was set by hand and is kept \(the rules give "Existing"\)/);
  });

  it('is text that names no class (已核实) left to the typed-over note, not kept as a class', () => {
    const { grid, memory } = weekOne();
    const plan = rerun(setCell(grid, 2, '客户类型', text('已核实')), memory, '2026-12-10');
    expect(valueOf(plan, 'class.lifecycle', 2)).toBe('现有客户');
    expect(plan.handSet).toBeUndefined();
  });
});

describe('the record of the classes beside the sheet', () => {
  const memory: ClassMemory = new Map([
    ['fp1e9d7adf5a0f2e', new Map([['lifecycle', { level: 'churned', byHand: true }], ['tier', { level: 'low', byHand: false }]])],
    ['fp1e9d7adf5a0f2e#2', new Map([['lifecycle', { level: 'existing', byHand: false }]])],
  ]);

  it('holds level ids and fingerprints only, a line per set of classes, read back as written, beside the column titles', () => {
    const rows = recordAfter([], '保险续保', ['大区'], ['保险续保'], memory);
    expect(rows.slice(1)).toEqual([
      ['保险续保', '大区'],
      ['保险续保', '', 'lifecycle=!churned tier=low', 'fp1e9d7adf5a0f2e'],
      ['保险续保', '', 'lifecycle=existing', 'fp1e9d7adf5a0f2e#2'],
    ]);
    expect(classesRecordedFor(rows, '保险续保', ['保险续保'])).toEqual(memory);
    // A reader of titles alone (an older version) passes the class lines by.
    expect(recordedFor(rows, '保险续保', ['保险续保'])).toEqual(['大区']);
  });

  it('takes a sheet of 100,000 rows in a few lines, each well within what a cell holds', () => {
    const many: ClassMemory = new Map();
    for (let i = 0; i < 100000; i++) many.set(`fp${i.toString(16).padStart(14, '0')}`, new Map([['lifecycle', { level: i % 3 === 0 ? 'potential' : 'existing', byHand: false }], ['tier', { level: i % 2 === 0 ? 'low' : 'high', byHand: false }]]));
    const rows = recordAfter([], 'Sheet1', [], ['Sheet1'], many);
    expect(rows.length).toBeLessThan(120);
    expect(Math.max(...rows.flat().map((cell) => cell.length))).toBeLessThan(32767);
    expect(classesRecordedFor(rows, 'Sheet1', ['Sheet1'])).toEqual(many);
  });

  it('reads back a level id of the settings\' own that holds a space or an equals sign', () => {
    const own: ClassMemory = new Map([['fp00000000000002', new Map([['region', { level: 'east china', byHand: true }], ['a=b', { level: 'x', byHand: false }]])]]);
    expect(classesRecordedFor(recordAfter([], 'Sheet1', [], ['Sheet1'], own), 'Sheet1', ['Sheet1'])).toEqual(own);
  });

  it('keeps another sheet\'s lines when one sheet is rerun, and drops a sheet the workbook no longer has', () => {
    const both = recordAfter(recordAfter([], '李娜的客户', [], ['李娜的客户', '王磊的客户', '旧表'], memory), '旧表', [], ['李娜的客户', '王磊的客户', '旧表'], memory);
    const after = recordAfter(both, '王磊的客户', [], ['李娜的客户', '王磊的客户'], new Map([['fp00000000000001', new Map([['tier', { level: 'high', byHand: false }]])]]));
    expect(classesRecordedFor(after, '李娜的客户', ['李娜的客户', '王磊的客户'])).toEqual(memory);
    expect(classesRecordedFor(after, '王磊的客户', ['李娜的客户', '王磊的客户'])?.get('fp00000000000001')?.get('tier')).toEqual({ level: 'high', byHand: false });
    expect(after.some((line) => line[0] === '旧表')).toBe(false);
  });
});
