import { planMerge, proposedFills } from '../../../shared/dedupe/merge';
import { cellText } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';
import type { DuplicateGroup } from '../../../shared/dedupe/types';
import { table, type RowSpec } from './helpers';

const FIELDS: FieldId[] = ['name', 'mobile', 'phone', 'email', 'company', 'owner', 'amount', 'notes', 'lastContact'];
const HEADERS = ['姓名', '手机', '电话', '邮箱', '公司', '负责人', '累计消费', '备注', '最近联系'];

function group(id: string, rows: number[], survivor: number, more: Partial<DuplicateGroup> = {}): DuplicateGroup {
  return { id, rows, fingerprints: rows.map(String), score: 1, reasons: [], confidence: 'exact', survivor, fields: [], conflicts: [], ...more };
}

// A Beijing sales team's sheet: 张伟 typed twice (the copy with his landline, e-mail and a later
// contact), 王芳's customer twice with two spend figures, and 刘洋's record pasted twice.
const rows: RowSpec[] = [
  { name: '张伟', mobile: '13812345678', company: '星辰科技', owner: '李四', amount: 0, lastContact: '2024-01-05' },
  { name: '刘洋', mobile: '13900001111', company: '北京华联商贸有限公司', owner: '王五', amount: 1200, notes: '季度回访' },
  { name: '张伟', mobile: '13812345678', phone: '010-87654321', email: 'zhangwei@xingchen-tech.cn', company: '北京星辰科技有限公司', owner: '王五', amount: 8800, notes: '老客户', lastContact: '2024-03-18' },
  { name: '陈静', mobile: '13700002222', owner: '王芳', amount: 5000 },
  { name: '陈静', mobile: '13700002222', email: 'chenjing@163.com', owner: '王芳', amount: 5500 },
  { name: '刘洋', mobile: '13900001111', company: '北京华联商贸有限公司', owner: '王五', amount: 1200, notes: '季度回访' },
];
const groups = [
  group('G1', [2, 4], 2),
  group('G2', [3, 7], 3, { records: true, confidence: 'review' }),
  group('G3', [5, 6], 5, { confidence: 'likely' }),
];

describe('proposedFills: what a run without --merge reads of the merge it proposes', () => {
  const { table: t, fieldCols } = table(FIELDS, rows, HEADERS);
  const options = { language: 'zh-CN' as const, today: '2024-12-01' };
  const plan = planMerge(t, fieldCols, groups, options);
  const fills = proposedFills(t, fieldCols, groups, options);

  it('fills, replaces and joins the kept rows exactly as the merge would', () => {
    expect(fills.edits).toEqual(plan.edits);
    expect(fills.totals).toEqual(plan.totals);
    expect(fills.newerNumbers).toEqual(plan.newerNumbers);
    expect(fills.olderKept).toEqual(plan.olderKept);
    expect(fills.stages).toEqual(plan.stages);
    // Not a comparison of two empty plans: 张伟's kept row takes the copy's landline, e-mail, spend, note and later contact.
    expect(fills.edits.filter((e) => e.sheetRow === 2).map((e) => [e.field, cellText(e.after)])).toEqual([
      ['phone', '010-87654321'],
      ['email', 'zhangwei@xingchen-tech.cn'],
      ['amount', '8800'],
      ['notes', '老客户'],
      ['lastContact', '2024-03-18'],
    ]);
  });

  it('writes no merged-values notes, archive lines nor merged-values column: the merge is not carried out', () => {
    // The merge itself would note 张伟's other company and owner, and archive 张伟's, 陈静's and 刘洋's copies.
    expect(plan.mergedColumn).not.toBeNull();
    expect(plan.archive.map((a) => a.sheetRow)).toEqual([4, 6, 7]);
    expect(Object.keys(fills).sort()).toEqual(['edits', 'totals', ...(plan.newerNumbers ? ['newerNumbers'] : []), ...(plan.olderKept ? ['olderKept'] : []), ...(plan.stages ? ['stages'] : [])].sort());
  });
});
