import { t } from '../../shared';
import { summaryText } from '../../cli/summary';
import { gridOf, planFor, text } from './helpers';

describe('summaryText', () => {
  const grid = gridOf([['姓名', '手机'], ['张伟', '138'], ['李娜', '139']], '客户');
  const plan = planFor(grid, {
    fields: ['name', 'mobile'],
    edits: [{ sheetRow: 2, col: 1, field: 'mobile', before: text('138'), after: text('138'), reason: 'fix.generic' }],
    issues: [
      { code: 'required.missing', severity: 'error', params: { field: 'name' }, rule: 'r', sheetRow: 2, col: 0, field: 'name' },
      { code: 'required.missing', severity: 'error', params: { field: 'name' }, rule: 'r', sheetRow: 3, col: 0, field: 'name' },
      { code: 'rule.negative', severity: 'warning', params: { field: 'amount', value: '-1' }, rule: 'r', sheetRow: 3, col: 1, field: 'mobile' },
    ],
  });
  plan.problems = [{ code: 'sheet.hiddenRows', severity: 'info', params: { sheet: '客户', count: 2 } }];

  it('says what was cleaned, in numbers, and where the files went (zh-CN)', () => {
    expect(summaryText({ plan, lang: 'zh-CN', input: '客户.xlsx', output: '客户.cleaned.xlsx', json: 'r.json' })).toBe([
      '已整理“客户.xlsx”（工作表“客户”，表头在第 1 行）。',
      '行数：2    识别的列：2 / 2',
      '修正的值：1 个',
      '问题：错误 2 个，警告 1 个，提示 0 个',
      '  2 × required.missing',
      '  1 × rule.negative',
      `注意：${t('zh-CN', 'sheet.hiddenRows', { sheet: '客户', count: 2 })}`,
      '输出文件：客户.cleaned.xlsx',
      'JSON 报告：r.json',
      '',
    ].join('\n'));
  });

  it('reports refused formula writes and leaves out the JSON line when there is none (en)', () => {
    const out = summaryText({ plan, lang: 'en', input: 'c.xlsx', output: 'c.cleaned.xlsx', skipped: [plan.edits[0]], notesOmitted: 12 });
    expect(out).toContain('Issues: errors 2, warnings 1, info 0\n');
    expect(out).toContain('Skipped 1 planned writes into formula cells');
    expect(out).toContain('12 highlighted cells have no note: a workbook gets at most 20000 notes');
    expect(out).not.toContain('Report (JSON)');
  });

  it('shows at most eight kinds of issue, most frequent first', () => {
    const many = planFor(grid, {
      issues: Array.from({ length: 10 }, (_, i) => ({
        code: `code.${String.fromCharCode(97 + i)}` as 'required.missing', severity: 'info' as const, rule: 'r', sheetRow: 2, col: 0, field: 'name' as const,
      })),
    });
    const lines = summaryText({ plan: many, lang: 'en', input: 'a', output: 'b' }).split('\n');
    expect(lines.filter((l) => l.startsWith('  1 × '))).toHaveLength(8);
    expect(lines).toContain('  …');
  });
});
