/**
 * A sheet past 125,000 rows: V8 throws "Maximum call stack size exceeded" when an array that long is
 * spread into a call (Math.min(...rows), issues.push(...more)). A 190,000-row member list cleaned
 * into an .xlsx crashed at the very end, after half an hour. Every step below gets 200,000 of them.
 */
import type ExcelJS from 'exceljs';
import { appendAll, cleanSheet, maxOf, minOf, resolveSettings, type Cell, type Grid, type Plan } from '../../../shared';
import { judgeGroup } from '../../../shared/dedupe/group-verdict';
import type { PairScore } from '../../../shared/dedupe/score';
import { textNumberRanges } from '../../../cli/io/text-number-ranges';
import { rowShift, shiftValidations } from '../../../cli/io/kept-rows';
import type { RowMap } from '../../../cli/io/row-map';

const MANY = 200_000;
const rows = Array.from({ length: MANY }, (_, i) => i + 2);

describe('least, greatest and append over a sheet of 200,000 rows', () => {
  test('minOf and maxOf read every row, as Math.min/Math.max would on a short list', () => {
    expect(minOf(rows)).toBe(2);
    expect(maxOf(rows)).toBe(MANY + 1);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([])).toBe(-Infinity);
    expect(minOf([3, NaN, 1])).toBeNaN();
  });

  test('appendAll keeps the order and returns the list it grew', () => {
    const issues = ['第 1 行'];
    expect(appendAll(issues, rows.map((r) => `第 ${r} 行`))).toBe(issues);
    expect(issues).toHaveLength(MANY + 1);
    expect(issues[1]).toBe('第 2 行');
    expect(issues[MANY]).toBe(`第 ${MANY + 1} 行`);
  });
});

describe('the run on 200,000 members', () => {
  test('the text columns holding digits are silenced over all the data rows (text-number-ranges)', () => {
    const phones = new Map(rows.map((r) => [r, `1380013${String(r).padStart(4, '0').slice(-4)}`]));
    const worksheet = { findRow: (r: number) => ({ findCell: () => ({ value: phones.get(r) }) }) } as unknown as ExcelJS.Worksheet;
    const plan = { rows, firstCol: 1, columns: [{ col: 0, header: '手机', field: 'phone', write: 'text' }] } as unknown as Plan;
    const same: RowMap = { out: (r: number) => r } as unknown as RowMap;
    expect(textNumberRanges(worksheet, plan, same)).toEqual([`A2:A${MANY + 1}`]);
  });

  test('a drop-down on 200,000 separate cells moves up with a merge (kept-rows)', () => {
    const sqref = rows.map((r) => `C${r * 2}`).join(' ');
    const element = `<dataValidations count="1"><dataValidation type="list" sqref="${sqref}"><formula1>"金卡,银卡"</formula1></dataValidation></dataValidations>`;
    const moved = shiftValidations(element, '会员', rowShift([3]), { count: 0 }) ?? '';
    // Row 3 is gone: every cell below it moves up one (the list is long: compare its ends only).
    expect(moved.slice(0, 90)).toContain('sqref="C3 C5 C7 ');
    expect(moved.slice(-90)).toContain(` C${MANY * 2 - 1} C${MANY * 2 + 1}"`);
  });

  test('a group of 633 copies of one member (200,000 pairs) is judged (group-verdict)', () => {
    const pair = (k: number): PairScore => ({ i: 0, j: k + 1, weight: 20, p: k === MANY - 1 ? 0.9 : 0.99, exact: false, corroborated: true, veto: false, disagreements: 0, hits: [] });
    const pairs = Array.from({ length: MANY }, (_, k) => pair(k));
    expect(judgeGroup(pairs, pairs.slice(0, 1), 0.8)).toMatchObject({ score: 0.9, confidence: 'likely' });
  });

  test('every one of 200,000 members without a name is an issue, a warning as his phone reaches him (plan/build)', () => {
    // A member list exported from a till: phones only, the name column left empty (a required field).
    const settings = resolveSettings({});
    if (!settings.ok) throw new Error('settings');
    const text = (value: string): Cell => ({ kind: 'text', value });
    const grid: Grid = {
      sheetName: '会员', firstRow: 1, firstCol: 1,
      cells: [[text('会员姓名'), text('手机号')], ...rows.map((r) => [{ kind: 'empty' } as Cell, text(`138${String(r).padStart(8, '0')}`)])],
    };
    const out = cleanSheet(grid, { settings: settings.settings, today: '2026-12-01' });
    if (!out.ok) throw new Error(out.problem.code);
    const missing = out.sheet.issues.filter((i) => i.code === 'required.nameless');
    expect(missing).toHaveLength(MANY);
    expect(missing[0].sheetRow).toBe(2);
  });
});
