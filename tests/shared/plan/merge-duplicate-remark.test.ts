/**
 * A duplicate's remark that speaks only of its being a duplicate (重复录入？, 重复, duplicate?, dup) is about
 * that row, not the customer: a merge does not fill the kept row's empty 备注 with it. It stays in 合并记录
 * and the archive, where nothing is lost; a remark about the customer still fills the empty cell (h61, 9).
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const HEADER = ['客户编号', '客户姓名', '公司名称', '手机号码', '邮箱', '负责人', '录入日期', '合同额（元）', '签约日期', '合同到期日', '最近联系', '备注'];
// The tester's week-2 ledger (h61, 01_w2_用户编辑): 陈志远 typed again as KH0011, its remark 重复录入？.
const ledger = (remark: string) => [
  HEADER,
  ['KH0005', '陈志远', '广州恒通物流有限公司', '13511112222', 'chenzy@hengtong.com', '刘洋', '2025-01-20', '150000', '2025-12-08', '2026-12-08', '2026-09-10', ''],
  ['KH0006', '周立新', '苏州立新电子有限公司', '15011113333', 'zhoulx@lxdz.cn', '刘洋', '2025-07-07', '520000', '2026-01-15', '2027-01-14', '2026-12-01', '年采购稳定'],
  ['KH0011', '陈志远', '广州恒通物流有限公司', '13511112222', 'chenzy@hengtong.com', '刘洋', '2026-06-03', '', '', '', '2026-11-05', remark],
];

function planOf(rows: string[][], language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today: '2026-12-08', merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const notesCol = (plan: Plan) => plan.columns.find((c) => c.header === '备注')!.col;

describe('陈志远\'s copy remarked 重复录入？ merged into his row with an empty 备注 (h61, 9)', () => {
  it.each(['重复录入？', '重复', '重复录入', '疑似重复', 'duplicate?', 'dup', 'Duplicate entry', 'entered twice', 'duplicate created by mistake', 'Created in error', '误建，勿用', '重复建档 勿用'])('%s: the kept row\'s 备注 stays empty; the remark is in 合并记录 and the archive', (remark) => {
    const plan = planOf(ledger(remark));
    expect(plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[4, 2]]);
    expect(plan.merge!.edits.filter((e) => e.sheetRow === 2 && e.col === notesCol(plan))).toEqual([]);
    expect(cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(2)])).toContain(`备注: ${remark}（2026-12-08 原第4行）`);
    expect(plan.merge!.archive[0].cells.map(cellText)).toContain(remark);
  });

  it.each(['重复录入，客户说下周签', '客户说下周签', 'dup of row 2 — prefers WeChat'])('%s: a remark about the customer still fills the empty 备注', (remark) => {
    const plan = planOf(ledger(remark));
    const edit = plan.merge!.edits.find((e) => e.sheetRow === 2 && e.col === notesCol(plan));
    expect(edit && cellText(edit.after)).toBe(remark);
  });
});

describe('the merge a group proposes, before --merge (h61, 9)', () => {
  it('does not propose filling 陈志远\'s empty 备注 with his copy\'s 重复录入？', () => {
    const out = run(gridOf(ledger('重复录入？')), { settings: { ...DEFAULT_SETTINGS, language: 'zh-CN' }, today: '2026-12-08' });
    if (!out.ok) throw new Error(out.problem.code);
    const group = out.plan.duplicates.groups.find((g) => g.rows.includes(2) && g.rows.includes(4))!;
    expect(group.fields.filter((f) => f.field === 'notes')).toEqual([]);
  });
});

describe('a QuickBooks customer list: the account typed again by mistake gives way to the real one (h77 3)', () => {
  // QuickBooks Online's Customer Contact List: a customer made again as "Garcia Deli (2)" with nothing owed,
  // remarked as the mistake it was. Kept, it would show the owner $0 owed where the real account owes 1,250.
  const QBO = [
    ['Customer', 'Company name', 'Phone Numbers', 'Email', 'Full Name', 'Billing Address', 'Terms', 'Balance', 'Open Balance', 'Notes'],
    ['Smith Market', 'Smith Market Inc.', '(512) 555-3960', 'james@smithmarket.com', 'James Smith', '100 Congress Ave, Austin, TX 78701', 'Net 30', '0.00', '0.00', ''],
    ['Garcia Deli', 'Garcia Deli Inc.', '(512) 555-0001', 'maria@garciadeli.com', 'Maria Garcia', '1 Main St, Austin, TX 78701', 'Net 30', '1,250.00', '1,250.00', ''],
    ['Garcia Deli (2)', 'Garcia Deli Inc', '(512) 555-0001', 'maria@garciadeli.com', 'Maria Garcia', '1 Main St, Austin TX 78701', 'Net 30', '0.00', '0.00', 'duplicate created by mistake'],
  ];

  it('keeps row 3, which owes 1,250, and archives the copy with its remark', () => {
    const settings = { ...DEFAULT_SETTINGS, language: 'en' as const, phone: { ...DEFAULT_SETTINGS.phone, defaultRegion: 'US' } };
    const out = run(gridOf(QBO), { settings, today: '2026-12-04', merge: ['exact', 'likely'] });
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[4, 3]]);
    expect(out.plan.merge!.archive[0].cells.map(cellText)).toContain('duplicate created by mistake');
  });
});
