/**
 * The core runs unchanged in Node, the task pane's browser and Apps Script's V8 (DESIGN.md), so
 * shared/ must not touch a host or platform global. The compiler guards types (shared/tsconfig.json
 * has no DOM or Node typings); this scan also catches `any`-typed escapes and require calls.
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../shared');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const FORBIDDEN: [RegExp, string][] = [
  [/\bprocess\./, 'process'],
  [/\brequire\(/, 'require'],
  [/from ['"](fs|path|os|child_process|node:[a-z_]+)['"]/, 'a Node module'],
  [/\b(window|document|navigator|localStorage)\./, 'a browser global'],
  [/\b(Excel|Office|SpreadsheetApp|MailApp|PropertiesService|Utilities|HtmlService|ScriptApp|LockService)\./, 'a host global'],
  [/\bconsole\./, 'console (the core logs nothing: no personal data in logs)'],
  [/\bDate\.now\(|new Date\(\)|Math\.random\(/, 'time or randomness (the core is deterministic)'],
  [/from ['"]\.\.\/+(addin|apps-script|cli)\//, 'a host module'],
];

describe('shared/ is pure', () => {
  const files = sources(root);

  it('has sources to check', () => expect(files.length).toBeGreaterThan(10));

  it.each(FORBIDDEN.map(([re, what]) => [what, re] as const))('uses no %s', (_what, re) => {
    const offenders = files.filter((f) => re.test(fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(offenders.map((f) => path.relative(root, f))).toEqual([]);
  });
});
