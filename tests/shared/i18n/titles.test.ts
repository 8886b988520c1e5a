import { issueTitle, t, hasMessage } from '../../../shared/i18n';
import { DEFAULT_RULES } from '../../../shared/validate/rules';
import { run, resolveSettings } from '../../../shared';
import { generateCustomers, sheetRows } from '../../../examples/generator';

describe('issue titles', () => {
  it('every validation rule’s message has a short title in both languages', () => {
    for (const rule of DEFAULT_RULES) {
      expect(hasMessage(`title.${rule.message}`)).toBe(true);
      expect(issueTitle('zh-CN', rule.message)).not.toBe(issueTitle('en', rule.message));
    }
  });

  it('every issue a messy sheet raises has a title (so summaries never show a bare code)', () => {
    const rows = sheetRows(generateCustomers({ seed: 5, rows: 600, lang: 'zh', messRate: 0.8 }));
    const settings = resolveSettings({});
    if (!settings.ok) throw new Error('settings');
    const out = run({ sheetName: 's', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v) => (v === '' ? { kind: 'empty' as const } : { kind: 'text' as const, value: v }))) }, { settings: settings.settings, today: '2024-12-01' });
    if (!out.ok) throw new Error(out.problem.code);
    const codes = Object.keys(out.plan.stats.issuesByCode);
    expect(codes.length).toBeGreaterThan(5);
    expect(codes.filter((c) => !hasMessage(`title.${c}`))).toEqual([]);
  });

  it('falls back to the code for an unknown kind', () => {
    expect(issueTitle('en', 'no.such.code')).toBe('no.such.code');
    expect(t('zh-CN', 'title.date.ambiguous')).toBe('日期有歧义（日月顺序不明）');
  });
});
