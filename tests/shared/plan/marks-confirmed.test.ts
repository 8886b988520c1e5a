/**
 * A notDuplicates mark that keeps a group apart is confirmed: the group no longer shows, and without a
 * word the user cannot tell a mark that works from one a week's edits broke. The run says how many
 * groups its marks kept apart ("1 组按 notDuplicates 标记保持分开" / "1 group kept apart by your
 * notDuplicates marks"), in the summary and the JSON report's problems. Modelled on tester h61's
 * 黄磊 father and son of 厦门海纳贸易 (w1b).
 */
import { run, resolveSettings, t, type Cell, type Grid, type Plan } from '../../../shared';

const LEDGER = [
  ['客户编号', '客户姓名', '公司名称', '手机号码', '邮箱', '负责人', '合同额（元）', '备注'],
  ['KH0017', '黄磊', '厦门海纳贸易有限公司', '13912340001', 'huanglei@haina.com', '赵敏', '75000', '老黄总'],
  ['KH0018', '黄磊', '厦门海纳贸易有限公司', '13912340001', '', '赵敏', '8000', '小黄，老黄总的儿子'],
  ['KH0010', '郑凯', '南京金陵建材有限公司', '13833334444', 'zhengk@jlbm.cn', '王磊', '64000', ''],
  ['KH0013', '刘德明', '天津港源机电有限公司', '13555556666', 'liudm@gangyuan.cn', '王磊', '18000', ''],
];

function planOf(extra: Record<string, unknown> = {}, language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const grid: Grid = { sheetName: '客户台账', firstRow: 1, firstCol: 1, cells: LEDGER.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
  const settings = resolveSettings({ ...(language === 'en' ? { language: 'en' } : {}), ...extra });
  if (!settings.ok) throw new Error(JSON.stringify(settings.errors));
  const out = run(grid, { settings: settings.settings, today: '2026-12-01' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('a notDuplicates mark that keeps a group apart', () => {
  it('is confirmed, in zh-CN and en, once the marked pair no longer shows', () => {
    const first = planOf();
    const pair = first.duplicates.groups.find((g) => g.rows.includes(2) && g.rows.includes(3));
    expect(pair).toBeDefined();
    expect(first.problems.map((p) => p.code)).not.toContain('dedupe.marksKeptApart');
    const marked = planOf({ notDuplicates: [pair!.fingerprints] });
    expect(marked.duplicates.groups.some((g) => g.rows.includes(2) && g.rows.includes(3))).toBe(false);
    const said = marked.problems.find((p) => p.code === 'dedupe.marksKeptApart');
    expect(said).toEqual({ code: 'dedupe.marksKeptApart', severity: 'info', params: { count: 1 } });
    expect(t('zh-CN', said!.code, said!.params)).toBe('1 组按 notDuplicates 标记保持分开。');
    expect(t('en', said!.code, said!.params)).toBe('1 group kept apart by your notDuplicates marks.');
  });

  it('is not claimed by a mark that kept nothing apart (it names rows no group would hold)', () => {
    const groups = planOf().duplicates.groups.length;
    const plan = planOf({ notDuplicates: [['fp0000000000aaaa', 'fp0000000000bbbb']] });
    expect(plan.duplicates.groups).toHaveLength(groups);
    expect(plan.problems.map((p) => p.code)).not.toContain('dedupe.marksKeptApart');
  });
});
