import fc from 'fast-check';
import { DEFAULT_SETTINGS, run, t, type Plan } from '../../../shared';
import { readCsv } from '../../../cli/io/read-csv';
import { jsonReport, reportText } from '../../../cli/io/json-report';
import { gridOf, num, planFor, text } from '../helpers';

const bytes = (s: string) => new TextEncoder().encode(s);

function cleaned(csv: string, lang: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const outcome = run(readCsv(bytes(csv), 'customers.csv'), {
    settings: { ...DEFAULT_SETTINGS, language: lang },
    today: '2024-06-01',
  });
  if (!outcome.ok) throw new Error(outcome.problem.code);
  return outcome.plan;
}

describe('jsonReport: shape (version 1, documented in README.md under "Command line")', () => {
  // The table starts in column C under a title row: letters and numbers are the sheet's.
  const grid = gridOf([['姓名', '手机', '金额'], ['张伟', '13812345678', '1.2万'], ['李娜', '', '500']], '客户', 2, 3);
  const plan = planFor(grid, {
    fields: ['name', 'mobile', 'amount'],
    edits: [{ sheetRow: 3, col: 2, field: 'amount', before: text('1.2万'), after: num(12000), reason: 'fix.generic' }],
    issues: [
      { code: 'required.missing', severity: 'error', params: { field: 'mobile' }, rule: 'required', sheetRow: 4, col: 1, field: 'mobile' },
      { code: 'required.noColumn', severity: 'error', params: { field: 'email' }, rule: 'required', sheetRow: 4, col: -1, field: 'email', suggestion: '添加邮箱列' },
    ],
  });
  const report = jsonReport({ plan, input: 'in/客户.xlsx', output: 'in/客户.cleaned.xlsx', today: '2024-06-01', lang: 'zh-CN' });

  it('has the documented top-level keys, in order', () => {
    expect(Object.keys(report)).toEqual([
      'version', 'tool', 'input', 'sheet', 'headerRow', 'today', 'language', 'output', 'columns', 'summary', 'problems', 'rows',
      'groups', 'merge', 'reminders', 'orderList', 'report', 'classification',
    ]);
    expect(report).toMatchObject({ version: 1, tool: 'sheet-keeper', input: 'in/客户.xlsx', sheet: '客户', headerRow: 2, today: '2024-06-01', language: 'zh-CN' });
  });

  it('gives columns their sheet number and letter', () => {
    expect(report.columns).toEqual([
      { col: 3, letter: 'C', header: '姓名', field: 'name', confidence: 0.9 },
      { col: 4, letter: 'D', header: '手机', field: 'mobile', confidence: 0.9 },
      { col: 5, letter: 'E', header: '金额', field: 'amount', confidence: 0.9 },
    ]);
  });

  it('marks the extra column of a field held in several columns (a second phone)', () => {
    const plan = cleaned('姓名,手机,电话,电话2\n张伟,13812345678,010-62345678,021-65432109\n');
    expect(jsonReport({ plan, input: 'a.csv', output: null, today: '2024-06-01', lang: 'zh-CN' }).columns.slice(2)).toEqual([
      { col: 3, letter: 'C', header: '电话', field: 'phone', confidence: 1 },
      { col: 4, letter: 'D', header: '电话2', field: 'phone', confidence: 1, extra: true },
    ]);
  });

  it('lists every data row, clean ones with empty arrays', () => {
    expect(report.rows.map((r) => r.row)).toEqual([3, 4]);
    expect(report.rows[0]).toEqual({
      row: 3,
      issues: [],
      changes: [{ column: 'E', header: '金额', field: 'amount', before: '1.2万', after: '12000', reason: 'fix.generic', message: t('zh-CN', 'fix.generic') }],
      group: null,
      labels: null,
    });
  });

  // 企业微信's 添加时间 2024-03-05 14:22:10 is read as a date with its time: the report shows it as the
  // sheet does, not in the ISO form the core keeps (tester h60).
  it('shows a date with its time as a sheet writes it', () => {
    const plan = cleaned('客户名称,添加时间\n张伟,2024/3/5 14:22:10\n');
    const change = jsonReport({ plan, input: 'a.csv', output: null, today: '2024-06-01', lang: 'zh-CN' }).rows[0].changes.find((c) => c.field === 'createdAt');
    expect(change?.after).toBe('2024-03-05 14:22:10');
  });

  // A Hong Kong sheet's HK$120,000 is cleaned into the number 120000 under "HK$"#,##0: the report shows
  // it as the cell does, its thousands grouped, not HK$120000 (tester h74); a decimal-comma format groups with dots.
  it.each([
    ['HK$120,000', num(120000, '"HK$"#,##0'), 'HK$120,000'],
    ['¥28,600', num(28600, '"¥"#,##0'), '¥28,600'],
    ['¥1,245.50', num(1245.5, '"¥"#,##0.00'), '¥1,245.50'],
    ['1.234,50 €', num(1234.5, '[$-407]#,##0.00" €"'), '1.234,50 €'],
    ['£800 (no grouping in its format)', num(800, '"£"0'), '£800'],
    ['1,245.50 typed with its thousands', num(1245.5, '#,##0.00'), '1,245.50'],
  ])('shows an amount typed %s as its cell does', (typed, after, said) => {
    const grid = gridOf([['Client Name', 'Total Spend'], ['CHAN Tai Man', typed]], 'hk', 1, 1);
    const plan = planFor(grid, { fields: ['name', 'amount'], edits: [{ sheetRow: 2, col: 1, field: 'amount', before: text(typed), after, reason: 'fix.generic' }] });
    expect(jsonReport({ plan, input: 'hk.csv', output: null, today: '2026-12-04', lang: 'en' }).rows[0].changes[0].after).toBe(said);
  });

  it('renders issues in the chosen language; a row-level issue has no column', () => {
    expect(report.rows[1].issues).toEqual([
      { column: 'D', header: '手机', field: 'mobile', code: 'required.missing', severity: 'error', message: t('zh-CN', 'required.missing', { field: 'mobile' }) },
      { column: null, header: null, field: 'email', code: 'required.noColumn', severity: 'error', message: expect.stringContaining('邮箱'), suggestion: '添加邮箱列' },
    ]);
  });

  it('carries the plan statistics as the summary', () => {
    expect(report.summary).toEqual({
      rows: 2, fieldsFound: 3, cellsChanged: 1, cellsRetyped: 0,
      changesByReason: { 'fix.generic': 1 },
      issuesByCode: { 'required.missing': 1, 'required.noColumn': 1 },
      issuesBySeverity: { error: 2, warning: 0, info: 0 },
    });
  });

  it('is plain JSON (survives a round trip unchanged)', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('jsonReport: row numbers join back to the sheet', () => {
  const csv = [
    '2024年客户名单,,',
    '导出时间：2024-06-01,,',
    '姓名,手机,邮箱',
    '张伟,13812345678,zhangwei@qq.com',
    ',,',
    '李娜,1381234567,lina@163.con',
    '王芳,+86 139 1234 5678,wangfang@qq.com',
  ].join('\r\n');

  it('finds the header under the title rows and numbers rows as the sheet does (blank line included)', () => {
    const report = jsonReport({ plan: cleaned(csv), input: 'c.csv', output: null, today: '2024-06-01', lang: 'zh-CN' });
    expect(report.headerRow).toBe(3);
    expect(report.rows.map((r) => r.row)).toEqual([4, 6, 7]);
    const lina = report.rows.find((r) => r.row === 6)!;
    expect(lina.issues.map((i) => i.column).sort()).toEqual(['B', 'C']);
    expect(report.rows.find((r) => r.row === 4)!.issues).toEqual([]);
  });

  it('speaks English when asked', () => {
    const report = jsonReport({ plan: cleaned(csv, 'en'), input: 'c.csv', output: null, today: '2024-06-01', lang: 'en' });
    const messages = report.rows.flatMap((r) => r.issues.map((i) => i.message));
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).not.toMatch(/[\u4e00-\u9fff]{3}/);
  });
});

describe('the report file layout', () => {
  const report = {
    version: 1,
    rows: [
      { row: 4, issues: [{ code: 'phone.invalid', message: '电话号码无效：“12 3”' }], group: 'G1', labels: { tier: 'high', custom: {} } },
      { row: 5, issues: [], group: null, merged: undefined },
    ],
    merge: null,
    empty: [],
    nested: { list: [{ a: 1 }, { b: [2, 3] }], none: {} },
  };

  it('is the same JSON as JSON.stringify writes, whatever the layout', () => {
    expect(JSON.parse(reportText(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it('puts each row on one line under indented sections', () => {
    const lines = reportText(report).split('\n');
    expect(lines[0]).toBe('{');
    expect(lines).toContain('  "rows": [');
    expect(lines).toContain('    {"row":4,"issues":[{"code":"phone.invalid","message":"电话号码无效：“12 3”"}],"group":"G1","labels":{"tier":"high","custom":{}}},');
    expect(lines).toContain('    {"row":5,"issues":[],"group":null}');
    expect(lines).toContain('  "merge": null,');
    expect(lines).toContain('  "empty": [],');
    expect(lines).toContain('    "list": [{"a":1},{"b":[2,3]}],');
  });

  it('holds for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => expect(JSON.parse(reportText(v))).toEqual(JSON.parse(JSON.stringify(v)))), { numRuns: 500 });
  });
});

describe('jsonReport: owner conflicts (撞单)', () => {
  it('names the owners and, when the owner rule decided, whom the customer stays with and why', () => {
    const plan = cleaned('姓名,手机,负责人,报备日期\n张伟,13812345678,王五,2024-03-12\n张伟,138 1234 5678,李四,2024-01-05\n');
    const [g] = jsonReport({ plan, input: 'a.csv', output: null, today: '2024-06-01', lang: 'zh-CN' }).groups;
    expect(g).toMatchObject({ rows: [2, 3], survivor: 3, ownerConflict: ['李四', '王五'], ownerClaim: { owner: '李四', rule: 'first-touch', field: 'createdAt', date: '2024-01-05' } });
  });
});
