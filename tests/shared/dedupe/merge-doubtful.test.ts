/**
 * A value the run flagged as doubtful (150000 under 成交金额（万元）: ¥15亿 read in 万) is never given to
 * the kept row by a merge, where it would stand unflagged as if confirmed: it is listed in the
 * merged-values note like a value that differs, and the archive keeps it.
 */
import { planMerge } from '../../../shared/dedupe/merge';
import { cellText } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';
import type { DuplicateGroup } from '../../../shared/dedupe/types';
import { table, type RowSpec } from './helpers';

const FIELDS: FieldId[] = ['name', 'mobile', 'amount', 'owner'];
const HEADERS = ['姓名', '手机', '成交金额（万元）', '负责人'];
const G1: DuplicateGroup = { id: 'G1', rows: [2, 3], fingerprints: ['2', '3'], score: 1, reasons: [], confidence: 'exact', survivor: 2, fields: [], conflicts: [] };
const AMOUNT = 2;
/** Row 3's amount flagged. */
const DOUBTFUL = new Map([[3, new Set([AMOUNT])]]);

function mergeOf(rows: RowSpec[], doubtful?: ReadonlyMap<number, ReadonlySet<number>>) {
  const { table: t, fieldCols } = table(FIELDS, rows, HEADERS);
  const plan = planMerge(t, fieldCols, [G1], { language: 'zh-CN', today: '2026-12-01', ...(doubtful ? { doubtful } : {}) });
  return { edits: plan.edits.map((e) => [e.field, cellText(e.after)]), note: cellText(plan.mergedColumn?.values[0] ?? { kind: 'empty' }), archived: plan.archive.map((a) => cellText(a.cells[AMOUNT])), filled: plan.stats.cellsFilled };
}

describe('planMerge and a doubtful amount', () => {
  it.each([
    ['a blank kept amount stays blank; the flagged one is listed', [{ name: '张伟', mobile: '13800138000', owner: '王五' }, { name: '张伟', mobile: '13800138000', amount: 150000 }], { edits: [], note: '成交金额（万元）: 150000（2026-12-01 原第3行）', archived: ['150000'], filled: 0 }],
    ['a kept 0 is not replaced by it either', [{ name: '张伟', mobile: '13800138000', amount: 0, owner: '王五' }, { name: '张伟', mobile: '13800138000', amount: 150000 }], { edits: [], note: '成交金额（万元）: 150000（2026-12-01 原第3行）', archived: ['150000'], filled: 0 }],
  ] as const)('%s', (_why, rows, expected) => {
    expect(mergeOf([...rows], DOUBTFUL)).toEqual(expected);
  });

  it('the same amount unflagged fills the kept row as before', () => {
    expect(mergeOf([{ name: '张伟', mobile: '13800138000', owner: '王五' }, { name: '张伟', mobile: '13800138000', amount: 15 }])).toEqual({ edits: [['amount', '15']], note: '', archived: ['15'], filled: 1 });
  });
});
