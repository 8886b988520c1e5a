/**
 * A departed rep's tab of a workbook of reps' tabs (tester h60's hidden 陈静(离职), cleaned with
 * --sheet): its name names a rep who has left, who owns nothing (owner-name.ts), so its customers are
 * unassigned in the reminders and the report. The run says just that, that the tab is a departed
 * rep's and its customers need a new owner, and never that they are 陈静(离职)'s.
 */
import { resolveSettings, run, t, type MessageKey, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const TODAY = '2026-12-01';
const HEAD = ['客户名称', '联系人', '手机', '客户状态', '合同到期', '下次回访', '年采购额（万元）'];
const CHEN = [HEAD,
  ['合肥徽商百货', '许徽', '13903030301', '已签约', '2026-12-05', '', '60'],
  ['杭州明远纺织有限公司', '周明', '13901010103', '已签约', '2027-06-30', '', '8']];

function planOf(tab: string, language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const s = resolveSettings({ language });
  if (!s.ok) throw new Error('settings');
  const out = run(gridOf(CHEN, tab), { settings: s.settings, today: TODAY, customerTabs: 3 });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const tabNotes = (plan: Plan) => plan.problems.filter((p) => p.code.startsWith('sheet.tab'));

describe.each(['陈静(离职)', '陈静（已离职）', '离职-陈静', 'Amy Lee (left)'])("the tab %s, a departed rep's", (tab) => {
  const plan = planOf(tab);

  it('leaves its customers unassigned: the contract reminder and the report\'s owner table under nobody', () => {
    expect(plan.reminders.reminders.map((r) => r.owner)).toEqual(['']);
    expect(plan.report.sections.find((s) => s.id === 'owner')?.series.map((e) => [e.id, e.count])).toEqual([['#blank', 2]]);
  });

  it('says the tab is a departed rep\'s and its customers need a new owner, never that they are his', () => {
    const notes = tabNotes(plan);
    expect(notes).toEqual([{ code: 'sheet.tabDeparted', severity: 'info', params: { sheet: tab } }]);
    for (const lang of ['zh-CN', 'en'] as const) {
      const text = t(lang, notes[0].code as MessageKey, notes[0].params);
      expect(text).toContain(tab);
      expect(text).not.toMatch(/归 |read as .*'s/);
    }
    expect(t('zh-CN', notes[0].code as MessageKey, notes[0].params)).toContain('已离职销售的表');
    expect(t('zh-CN', notes[0].code as MessageKey, notes[0].params)).toContain('指定新的负责人');
    expect(t('en', notes[0].code as MessageKey, notes[0].params)).toContain('a rep who has left');
    expect(t('en', notes[0].code as MessageKey, notes[0].params)).toContain('new owner');
  });
});
