import { issueTitle, t, hasMessage } from '../../../shared/i18n';
import { DEFAULT_RULES } from '../../../shared/validate/rules';
import { run, resolveSettings } from '../../../shared';
import { generateCustomers, sheetRows } from '../../../examples/generator';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

const SHARED = join(__dirname, '../../../shared');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Every issue code written in the source that can land on a cell: each finding of a cleaner
 * (shared/normalize) or of a rule (shared/validate), and each issue the plan, dedupe or
 * classify put on a cell elsewhere (an object with a sheetRow). Sheet-wide problems have their own
 * messages and are not counted by kind.
 */
function cellIssueCodes(): Set<string> {
  const codes = new Set<string>(DEFAULT_RULES.map((r) => r.message));
  for (const file of sources(SHARED)) {
    const text = readFileSync(file, 'utf8');
    const everyFinding = /[\\/](normalize|validate)[\\/]/.test(file.slice(SHARED.length));
    for (const m of text.matchAll(/code: '([A-Za-z0-9_.]+)'/g)) {
      if (everyFinding || /\bsheetRow\b/.test(objectAround(text, m.index!))) codes.add(m[1]);
    }
  }
  return codes;
}

/** The object literal's own text around position `at` (its nested objects left out). */
function objectAround(text: string, at: number): string {
  let start = at;
  for (let depth = 0; start > 0; start--) {
    const c = text[start - 1];
    if (c === '}') depth++;
    else if (c === '{' && depth-- === 0) break;
  }
  let end = at;
  for (let depth = 0; end < text.length; end++) {
    const c = text[end];
    if (c === '{') depth++;
    else if (c === '}' && depth-- === 0) break;
  }
  return text.slice(start, end).replace(/\{[^{}]*\}/g, '');
}

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

  // vin.invalid had none: summaries printed `1 × vin.invalid` and the Report sheet's 问题（按类型）
  // the whole message template (tester h65, finding 3).
  it('every issue code any cleaner or rule can emit has a short title in both languages', () => {
    const codes = [...cellIssueCodes()];
    expect(codes).toEqual(expect.arrayContaining(['vin.invalid', 'email.invalid', 'phone.precisionLost', 'required.missing', 'name.companySwapped']));
    expect(codes.filter((c) => !hasMessage(`title.${c}`))).toEqual([]);
    expect(codes.filter((c) => issueTitle('zh-CN', c) === issueTitle('en', c))).toEqual([]);
  });

  it.each([
    ['vin.invalid', '车架号无效', 'invalid VIN'],
  ])('%s is titled %s / %s', (code, zh, en) => {
    expect(issueTitle('zh-CN', code)).toBe(zh);
    expect(issueTitle('en', code)).toBe(en);
  });

  it('falls back to the code for an unknown kind', () => {
    expect(issueTitle('en', 'no.such.code')).toBe('no.such.code');
    expect(t('zh-CN', 'title.date.ambiguous')).toBe('日期有歧义（日月顺序不明）');
  });
});
