/**
 * Two rows of one customer in a sheet that keeps his sales one column per period (1月 … 12月): each
 * month is a part of his amount, and a merge joins it as it joins the amount (dedupe/totals.ts),
 * month by month: a month only one row fills is filled, one typed twice counts once (the larger kept
 * and the other listed), never added up twice, and no value is lost.
 */
import fc from 'fast-check';
import { planMerge } from '../../../shared/dedupe/merge';
import { partsSum, toRecords } from '../../../shared/table/records';
import { cellText, isBlank, type Cell } from '../../../shared/table/cell';
import type { Table } from '../../../shared/table/table';
import type { DuplicateGroup, MergePlan } from '../../../shared/dedupe/types';
import type { AmountParts } from '../../../shared/schema/period-columns';
import { run, resolveSettings } from '../../../shared';
import { plainSheet } from '../schema/period-sheets';

const HEADERS = ['店名', '联系人', '手机', '1月', '2月', '3月', '4月', '跟单'];
const PARTS: AmountParts = { kind: 'month', cols: [3, 4, 5, 6], first: '1月', last: '4月', ends: [null, null, null, null], group: '' };
type V = string | number | null;
const c = (v: V): Cell => (v === null ? { kind: 'empty' } : typeof v === 'number' ? { kind: 'number', value: v } : { kind: 'text', value: v });

function sheet(rows: V[][]): Table {
  return { sheetName: '客户拿货', headerRow: 1, firstCol: 1, headers: HEADERS, rows: rows.map((r, i) => ({ sheetRow: i + 2, cells: r.map(c) })), amountParts: PARTS };
}
const FIELD_COLS = { company: 0, name: 1, mobile: 2, owner: 7 };
const group = (rows: number[], survivor: number): DuplicateGroup => ({ id: 'G1', rows, fingerprints: rows.map(String), score: 1, reasons: [], confidence: 'exact', survivor, fields: [], conflicts: [] });

/** The kept row's cells after the plan's edits. */
function keptCells(t: Table, plan: MergePlan, sheetRow: number): Cell[] {
  const row = t.rows.find((r) => r.sheetRow === sheetRow)!;
  return row.cells.map((cell, col) => plan.edits.find((e) => e.sheetRow === sheetRow && e.col === col)?.after ?? cell);
}

describe('merging two rows of one buyer month by month', () => {
  // 王秀英 typed twice by two reps: January only on the first row, March only on the second,
  // February 2000 on both (one purchase typed twice), April 800 against 500.
  const t = sheet([
    ['广州佳佳服装店', '王秀英', '13812345678', 1000, 2000, null, 800, '阿珍'],
    ['广州佳佳服装店', '王秀英', '13812345678', null, 2000, 3000, 500, '小刘'],
  ]);
  const plan = planMerge(t, FIELD_COLS, [group([2, 3], 2)], { language: 'zh-CN' });
  const kept = keptCells(t, plan, 2);

  it('fills March from the other row, keeps February once and April\'s larger 800', () => {
    expect(kept.slice(3, 7).map(cellText)).toEqual(['1000', '2000', '3000', '800']);
  });

  it('makes his amount 6800, neither the larger row\'s 3800 nor both rows added (10800)', () => {
    const merged: Table = { ...t, rows: [{ sheetRow: 2, cells: kept }] };
    expect(toRecords(merged, FIELD_COLS)[0].fields.amount).toEqual({ kind: 'number', value: 6800 });
  });

  it('lists the other row\'s April 500 in the merged values and archives its row whole', () => {
    const note = cellText(plan.mergedColumn!.values[0]);
    expect(note).toContain('4月');
    expect(note).toContain('500');
    expect(plan.archive.map((a) => a.sheetRow)).toEqual([3]);
  });

  it('writes nothing into a month the kept row already holds the same', () => {
    expect(plan.edits.filter((e) => e.col === 4)).toEqual([]);
  });
});

describe('a run over a sheet with months, before and with --merge', () => {
  const grid = plainSheet(HEADERS, [
    ['广州佳佳服装店', '王秀英', '13812345678', 1000, 2000, null, null, '阿珍'],
    ['广州佳佳服装店', '王秀英', '13812345678', null, 2000, 3000, null, '阿珍'],
    ['长沙美美童装', '李桂芳', '13923456789', 500, 500, 500, 500, '阿强'],
  ]);
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const planWith = (merge?: ('exact' | 'likely')[]) => {
    const out = run(grid, { settings: settings.settings, today: '2026-12-04', ...(merge ? { merge } : {}) });
    if (!out.ok) throw new Error(out.problem.code);
    return out.plan;
  };
  const spend = (p: ReturnType<typeof planWith>) => p.report.sections.find((s) => s.id === 'customers')!.spendTotal;

  it('counts the buyer typed twice once, with the months a merge gives him: 6000 + 2000, before and after the merge', () => {
    expect(spend(planWith())).toBe(8000);
    expect(spend(planWith(['exact', 'likely']))).toBe(8000);
  });
});

describe('property: a merge of rows with month columns loses no value and doubles none', () => {
  const month = fc.oneof(fc.constant<V>(null), fc.constantFrom<V>(0, 500, 800, 1200, 3000), fc.constantFrom<V>('赊账', '1,200'));
  const row = fc.array(month, { minLength: 4, maxLength: 4 });
  it('every month value stays in the kept row, the merged values or the archive; each month is one of the rows\' values', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 2, maxLength: 4 }), fc.nat(3), (months, k) => {
        const t = sheet(months.map((m, i) => ['广州佳佳服装店', '王秀英', '13812345678', ...m, i % 2 === 0 ? '阿珍' : '小刘']));
        const rows = t.rows.map((r) => r.sheetRow);
        const survivor = rows[k % rows.length];
        const plan = planMerge(t, FIELD_COLS, [group(rows, survivor)], { language: 'en' });
        const kept = keptCells(t, plan, survivor);
        const note = (plan.mergedColumn?.values ?? []).map(cellText).join('\n');
        const archived = new Set(plan.archive.flatMap((a) => a.cells.filter((x) => !isBlank(x)).map(cellText)));
        for (const r of t.rows) {
          for (const col of PARTS.cols) {
            const cell = r.cells[col];
            if (isBlank(cell)) continue;
            const v = cellText(cell);
            expect(cellText(kept[col]) === v || archived.has(v) || note.includes(v)).toBe(true);
          }
        }
        for (const col of PARTS.cols) {
          const after = kept[col];
          if (isBlank(after)) continue;
          // No month is two rows' values added: it is one of them (no account column tells two accounts apart).
          expect(t.rows.some((r) => cellText(r.cells[col]) === cellText(after))).toBe(true);
        }
        // The kept row's sum is no more than all the rows' months added up.
        const sum = partsSum({ sheetRow: survivor, cells: kept }, PARTS);
        const all = t.rows.reduce((n, r) => n + r.cells.slice(3, 7).reduce((m, x) => m + (x.kind === 'number' ? x.value : 0), 0), 0);
        if (sum.kind === 'number') expect(sum.value).toBeLessThanOrEqual(all);
      }),
      { numRuns: 200 },
    );
  });
});
