/**
 * The core remembers nothing between runs. An Excel task pane or an Apps Script project runs it again
 * and again in one JavaScript context: a memo kept in a module grows from run to run and holds one
 * run's owners, companies and e-mail domains into the next. What a run remembers (RunMemos, its phone
 * readings) is made by the run and let go with it, and a run answers the same whatever ran before it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { run, resolveSettings, type Plan } from '../../shared';
import { runMemos, withRunMemos } from '../../shared/text/run-memos';
import { ownerKey, ownerName } from '../../shared/table/owner-name';
import { toSimplified } from '../../shared/text/simplified';
import { suggestEmail } from '../../shared/normalize/email-typo';
import { slipDomains } from '../../shared/dedupe/keys/email';
import { allReadings, surnameReadings } from '../../shared/dedupe/keys/pinyin';
import { text } from '../../shared/table/cell';
import { gridOf, TODAY } from './plan/helpers';

const root = path.resolve(__dirname, '../../shared');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Module-level collections a function adds to, which hold no cell's value: keyed by what the settings
 * name, from a closed list (an IANA time zone, an ISO currency code), a handful per run.
 */
const KEYED_BY_SETTINGS = new Set([
  'normalize/date-text.ts FORMATTERS',
  'normalize/currency-markers.ts cache',
]);

const EMPTY_COLLECTION = new Set(['Map', 'Set', 'Array', 'Object']);
/** A weak collection's entries are the run's own objects and go with them; nothing can be read out of one. */
const WEAK = new Set(['WeakMap', 'WeakSet']);
const ADDS = new Set(['set', 'add', 'push', 'unshift', 'splice']);

/** `const NAME = new Map()` (or Set, [], {}) at the top of a module, made empty to be filled later. */
function emptyCollection(init: ts.Expression | undefined): boolean {
  if (!init) return false;
  if (ts.isArrayLiteralExpression(init)) return init.elements.length === 0;
  if (ts.isObjectLiteralExpression(init)) return init.properties.length === 0;
  return ts.isNewExpression(init) && ts.isIdentifier(init.expression) && EMPTY_COLLECTION.has(init.expression.text) && !WEAK.has(init.expression.text) && (init.arguments?.length ?? 0) === 0;
}

const insideFunction = (node: ts.Node): boolean => {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n) || ts.isClassStaticBlockDeclaration(n)) return true;
  return false;
};

/** Collections made empty when a module loads that a function adds to: caches that outlive the run. */
function moduleCaches(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && emptyCollection(d.initializer)) names.add(d.name.text);
  }
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    // NAME.set(…), NAME.add(…), NAME.push(…) or NAME[key] = … inside a function.
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ts.isIdentifier(node.expression.expression)
      && names.has(node.expression.expression.text) && ADDS.has(node.expression.name.text) && insideFunction(node)) found.add(node.expression.expression.text);
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isElementAccessExpression(node.left)
      && ts.isIdentifier(node.left.expression) && names.has(node.left.expression.text) && insideFunction(node)) found.add(node.left.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found].map((name) => `${path.relative(root, file).split(path.sep).join('/')} ${name}`);
}

const settings = () => {
  const s = resolveSettings({});
  if (!s.ok) throw new Error('settings');
  return s.settings;
};

/** A rep's export in traditional characters, owners with notes beside their names, mistyped mail domains. */
const FIRST: string[][] = [
  ['客戶名稱', '聯絡人', '手機', '電子郵件', '負責人'],
  ['台北藍海貿易有限公司', '陳經理', '0912-345-678', 'chen@gmial.com', '張三（組長）'],
  ['台北藍海貿易有限公司', '陳經理', '0912 345 678', 'chen@gmail.com', '張三'],
  ['新竹科技', '林小姐', '0987-654-321', 'lin@hsinchu-tech.com.tw', '李四（已離職）'],
];
/** Another team's sheet, run next in the same context: some of its owners and domains the first one read. */
const SECOND: string[][] = [
  ['客户名称', '联系人', '手机', '邮箱', '负责人'],
  ['上海蓝海贸易有限公司', '陈静', '13812345678', 'chenjing@qq.con', '张三（组长）'],
  ['上海蓝海贸易有限公司', '陈静', '138 1234 5678', 'chenjing@qq.com', '张三'],
  ['杭州西湖茶业', '单丽', '13987654321', 'shanli@gmial.com', '公海'],
  ['杭州西湖茶业', '单丽', '13987654321', '', '王五/张三'],
];

const planOf = (rows: string[][]): Plan => {
  const out = run(gridOf(rows), { settings: settings(), today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};

describe('the core remembers nothing between runs', () => {
  it('keeps no collection at module level that a function adds to (a memo lives in the run: RunMemos, PhoneReadings)', () => {
    const files = sources(root);
    expect(files.length).toBeGreaterThan(100);
    const caches = files.flatMap(moduleCaches).filter((c) => !KEYED_BY_SETTINGS.has(c));
    expect(caches).toEqual([]);
  });

  it('finds a module-level cache where there is one (the check above can fail)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'memo-'));
    const file = path.join(dir, 'owner.ts');
    fs.writeFileSync(file, 'const known = new Map<string, string>();\nconst TABLE = new Map<string, string>();\nTABLE.set("a", "b");\nexport function key(s: string): string {\n  let k = known.get(s);\n  if (k === undefined) known.set(s, (k = s.trim()));\n  return k;\n}\n');
    try {
      expect(moduleCaches(file).map((c) => c.split(' ')[1])).toEqual(['known']);
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });

  it('makes a run\'s memos when the run starts and lets them go when it ends', () => {
    expect(runMemos()).toBeNull();
    const kept = withRunMemos(() => {
      expect(ownerKey('張三（組長）')).toBe('张三');
      expect(ownerName(text('公海'))).toBe('');
      const memos = runMemos();
      expect(memos?.ownerKeys.size).toBeGreaterThan(0);
      expect(memos?.namesNoOwner.get('公海')).toBe(true);
      return memos;
    });
    expect(kept).not.toBeNull();
    expect(runMemos()).toBeNull();
    planOf(FIRST);
    expect(runMemos()).toBeNull();
  });

  it('lets the memos go when a run throws', () => {
    expect(() => withRunMemos(() => {
      ownerKey('王五');
      throw new Error('stopped');
    })).toThrow('stopped');
    expect(runMemos()).toBeNull();
  });

  it('answers the same outside a run as inside one (a memo only spares the work)', () => {
    const asked = () => [
      ownerKey('張三（組長）'), ownerKey('销售一部-王五/李四'), ownerName(text('李四（已離職）')), ownerName(text('Amy Lee (Sales)')),
      toSimplified('陳經理'), toSimplified('台北藍海貿易有限公司'),
      suggestEmail('chen@gmial.com'), suggestEmail('chenjing@qq.con'), suggestEmail('lin@hsinchu-tech.com.tw'),
      slipDomains('hsinchu-tech.com.tw'), slipDomains('136.com'),
      allReadings('单'), surnameReadings('单'), surnameReadings('曾'),
    ];
    const outside = asked();
    expect(withRunMemos(() => [asked(), asked()])).toEqual([outside, outside]);
    expect(outside.slice(0, 5)).toEqual(['张三', '李四/王五', '', 'Amy Lee (Sales)', '陈经理']);
  });

  it('gives a run the same plan whatever ran before it in the same context', () => {
    let fresh: Plan | undefined;
    jest.isolateModules(() => {
      // A core loaded anew: nothing has run in it.
      const core = require('../../shared') as typeof import('../../shared');
      const s = core.resolveSettings({});
      if (!s.ok) throw new Error('settings');
      const out = core.run(gridOf(SECOND), { settings: s.settings, today: TODAY });
      if (out.ok) fresh = out.plan;
    });
    planOf(FIRST);
    const afterAnother = planOf(SECOND);
    expect(fresh).toBeDefined();
    expect(JSON.parse(JSON.stringify(afterAnother))).toEqual(JSON.parse(JSON.stringify(fresh)));
    // And it found what the sheet holds: the two pairs, 张三's, and the pool's row with 王五 and 张三's.
    expect(afterAnother.duplicates.groups.map((g) => g.rows)).toEqual([[2, 3], [4, 5]]);
  });
});
