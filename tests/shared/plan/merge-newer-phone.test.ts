/**
 * A customer typed again with a new phone (a newer row, 备注 "换了新手机号", a later 最近联系) is merged into
 * his old, more complete row. As Zoho's and HubSpot's merges do for contact fields, the most recent value
 * wins: the kept row takes the newest row's number, the old one kept in 合并记录 (and the archive), and the
 * run says which number it kept for the group, before the merge and after it (h61, 5).
 */
import { DEFAULT_SETTINGS, run, cellText, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

const HEADER = ['客户编号', '客户姓名', '公司名称', '手机号码', '邮箱', '负责人', '录入日期', '合同额（元）', '最近联系', '下次跟进', '备注'];
// The tester's 销售部 ledger in week 2 (h61, 01_w2_用户编辑): 张建国 re-typed as KH0019 with his new phone.
const LEDGER = [
  ['KH0001', '张建国', '上海申达精工机械有限公司', '13812345678', 'zhangjg@shenda.com', '王磊', '2025-03-02', '280000', '2026-11-20', '2026-12-05', '年底续约，老板亲自谈'],
  ['KH0002', '李娜', '杭州云启科技有限公司', '13988887777', 'lina@yunqi.cn', '王磊', '2025-05-11', '86000', '2026-10-02', '2026-12-10', ''],
  ['KH0003', '王芳', '杭州云启科技有限公司', '13700001111', 'wangfang@yunqi.cn', '赵敏', '2025-06-01', '42000', '2026-11-28', '2026-12-09', '财务部'],
  ['KH0019', '张建国', '上海申达精工机械有限公司', '139 1234 5678', 'zhangjg@shenda.com', '王磊', '2026-12-04', '', '2026-12-04', '2026-12-11', '换了新手机号'],
];

function planOf(rows: string[][], merge: ('exact' | 'likely')[], language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const out = run(gridOf([HEADER, ...rows]), { settings: { ...DEFAULT_SETTINGS, language }, today: '2026-12-08', merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const phoneCol = (plan: Plan) => plan.columns.find((c) => c.header === '手机号码')!.col;
const mergedValues = (plan: Plan, sheetRow: number) => cellText(plan.merge!.mergedColumn!.values[plan.rows.indexOf(sheetRow)]);
const phonesSaid = (plan: Plan, lang: 'zh-CN' | 'en') => plan.problems.filter((p) => p.code.startsWith('dedupe.newerPhone')).map((p) => [p.severity, t(lang, p.code, p.params)]);

describe('张建国 re-typed with his new phone (h61, 5)', () => {
  const plan = planOf(LEDGER, ['exact', 'likely']);

  it('keeps his old, fuller row (KH0001, row 2) and archives the new one (row 5)', () => {
    expect(plan.merge!.archive.map((a) => [a.sheetRow, a.survivorRow])).toEqual([[5, 2]]);
  });

  it('gives the kept row the newest row\'s phone, 13912345678, and keeps the old 13812345678 in 合并记录', () => {
    const edit = plan.merge!.edits.find((e) => e.sheetRow === 2 && e.col === phoneCol(plan));
    expect(edit && [cellText(edit.before), cellText(edit.after), edit.reason]).toEqual(['13812345678', '13912345678', 'dedupe.fix.newerPhone']);
    expect(mergedValues(plan, 2)).toContain('手机号码: 13812345678（2026-12-08 原第2行）');
    expect(mergedValues(plan, 2)).not.toContain('13912345678');
  });

  it('says which phone it kept for the group, in Chinese and English', () => {
    expect(phonesSaid(plan, 'zh-CN')).toEqual([
      ['info', '第 2 行和第 5 行（合并到第 2 行）的“手机号码”不同：保留行改用较新的第 5 行的 13912345678（最近日期 2026-12-04），原来的 13812345678 记在合并记录中。'],
    ]);
    expect(phonesSaid(planOf(LEDGER, ['exact', 'likely'], 'en'), 'en')).toEqual([
      ['info', 'Rows 2 and 5, merged into row 2, hold different "手机号码": the kept row now holds row 5\'s newer 13912345678 (latest date 2026-12-04); the old 13812345678 is in the merged values.'],
    ]);
  });

  it('proposes, in the group\'s field choices, the number the merge keeps: row 5\'s, taken from it', () => {
    for (const p of [planOf(LEDGER, []), plan]) {
      const group = p.duplicates.groups.find((g) => g.rows.includes(5))!;
      expect(group.fields.find((f) => f.field === 'mobile')).toEqual({ field: 'mobile', sheetRow: 5, value: '13912345678', action: 'fill' });
    }
  });

  it('says it before a merge too, as what a merge will keep', () => {
    expect(phonesSaid(planOf(LEDGER, []), 'zh-CN')).toEqual([
      ['info', '第 2 行和第 5 行是同一客户（尚未合并），“手机号码”不同：合并到第 2 行后将改用较新的第 5 行的 13912345678（最近日期 2026-12-04），原来的 13812345678 记在合并记录中。'],
    ]);
  });

  it('keeps the kept row\'s phone when it is the newer one (the re-typed row is older)', () => {
    const older = LEDGER.map((r) => (r[0] === 'KH0019' ? [...r.slice(0, 6), '2024-01-04', '', '2024-01-04', '', ''] : r));
    const p = planOf(older, ['exact', 'likely']);
    expect(p.merge!.edits.filter((e) => e.col === phoneCol(p))).toEqual([]);
    expect(phonesSaid(p, 'zh-CN')).toEqual([]);
  });
});

describe('a newer row whose phone cell holds no number (h59\'s trade-show leads, Phone / Email)', () => {
  // John Smith scanned at the booth twice: the first card put his number and e-mail in one cell, the
  // second only his e-mail there (his number went to Phone). The newer cell brings no new number.
  const header = ['Lead #', 'Name', 'Company', 'Phone / Email', 'Phone', 'Date Scanned', 'Owner', 'Notes'];
  const rows = [
    ['1', 'John Smith', 'Acme Tools Inc.', '+1 415-555-0134 / john@acmetools.com', '', '11/18/2026', 'Amy', 'wants catalog'],
    ['2', 'Li Wei', 'Shenzhen Lightway', 'liwei@lightway.cn', '+86 138 2345 6789', '11/18/2026', 'Ben', ''],
    ['3', 'john smith', 'Acme Tools', 'john@acmetools.com', '415.555.0134', '11/19/2026', 'Ben', 'same John'],
  ];
  const out = run(gridOf([header, ...rows]), { settings: { ...DEFAULT_SETTINGS, language: 'en' }, today: '2026-12-01', merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  const plan = out.plan;

  it('keeps the kept row\'s number and e-mail in that cell, and says nothing of a newer phone', () => {
    const col = plan.columns.find((c) => c.header === 'Phone / Email')!.col;
    expect(plan.merge!.edits.filter((e) => e.col === col && e.reason === 'dedupe.fix.newerPhone')).toEqual([]);
    expect(phonesSaid(plan, 'en')).toEqual([]);
  });
});
