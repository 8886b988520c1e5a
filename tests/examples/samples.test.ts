import * as fs from 'node:fs';
import * as path from 'node:path';
import Papa from 'papaparse';
import { SAMPLES, buildSamples } from '../../examples/samples';

const EXAMPLES = path.resolve(__dirname, '../../examples');

describe('committed samples', () => {
  let built: Map<string, string | Uint8Array>;
  beforeAll(async () => {
    built = await buildSamples();
  });

  it('are exactly what `npm run examples` writes (run it after changing the generator)', () => {
    expect([...built.keys()].sort()).toEqual(
      SAMPLES.flatMap((s) => [`${s.name}.csv`, `${s.name}.truth.csv`, ...(s.xlsx ? [`${s.name}.xlsx`] : [])]).sort(),
    );
    for (const [name, content] of built) {
      const committed = fs.readFileSync(path.join(EXAMPLES, name));
      const fresh = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
      expect({ name, identical: committed.equals(fresh) }).toEqual({ name, identical: true });
    }
  });

  it('the Chinese CSV starts with a BOM so Excel reads it as UTF-8; the English one has none', () => {
    expect(fs.readFileSync(path.join(EXAMPLES, 'customers-zh.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(fs.readFileSync(path.join(EXAMPLES, 'customers-en.csv'))[0]).not.toBe(0xef);
  });
});

describe('customers-zh.csv holds the mess the cleaner must handle', () => {
  const csv = fs.readFileSync(path.join(EXAMPLES, 'customers-zh.csv'), 'utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(csv, { skipEmptyLines: false }).data.filter((r) => r.length > 1);
  const headerAt = 2;
  const headers = rows[headerAt].map((h) => h.trim());
  const data = rows.slice(headerAt + 1);
  const column = (...names: string[]) => {
    const i = headers.findIndex((h) => names.includes(h));
    if (i < 0) throw new Error(`no column among ${names.join('/')}`);
    return data.map((r) => r[i]);
  };
  const truth = Papa.parse<string[]>(fs.readFileSync(path.join(EXAMPLES, 'customers-zh.truth.csv'), 'utf8'), { skipEmptyLines: true }).data.slice(1);

  it('has a title line, a blank row, then the header on sheet row 3', () => {
    expect(rows[0][0]).toMatch(/客户/);
    expect(rows[1].every((c) => c === '')).toBe(true);
    expect(headers).toContain('负责人');
  });

  it('has about 400 data rows, each with a truth line', () => {
    expect(data).toHaveLength(400);
    expect(truth).toHaveLength(400);
    expect(truth[0][0]).toBe('4');
  });

  const mobiles = () => column('手机', '手机号', '手机号码');
  const phones = () => column('电话', '联系电话', '座机', '办公电话');
  const emails = () => column('邮箱', '电子邮箱', 'E-mail');
  const dates = () => [...column('生日', '出生日期'), ...column('合同开始日', '签约日期', '合同开始日期'), ...column('合同到期日', '到期日', '合同到期'), ...column('最近联系', '最后跟进', '上次联系')];
  const amounts = () => column('累计金额', '消费金额', '成交金额', '累计金额（元）');

  it.each<[string, () => string[], RegExp]>([
    ['mobile with spaces (138 1234 5678)', mobiles, /^1\d{2} \d{4} \d{4}$/],
    ['mobile with +86', mobiles, /^\+86/],
    ['mobile with 0086', mobiles, /^0086/],
    ['mobile in full-width digits', mobiles, /[０-９]{3}/],
    ['mobile mangled by Excel (1.38E+10)', mobiles, /E\+10$/],
    ['landline with a space inside (0755-8888 0000)', phones, /^0\d{2,3}-\d{4} \d{4}/],
    ['landline with an extension', phones, /(转|ext\.|分机|#)\d+$/],
    ['upper-case e-mail', emails, /^[A-Z0-9._]+@[A-Z0-9.]+$/],
    ['e-mail with a misspelt domain', emails, /@(qq\.con|qq\.cm|qq\.co|163\.cmo|163\.con|136\.com|126\.cm|126\.con|gmial\.com|gmai\.com|hotmial\.com|sian\.com|foxmial\.com)$/],
    ['e-mail with spaces', emails, /^\s|\s$| @/],
    ['date as 2024/3/5', dates, /^\d{4}\/\d{1,2}\/\d{1,2}$/],
    ['date as 2024年3月5日', dates, /^\d{4}年\d{1,2}月\d{1,2}日$/],
    ['date as 20240305', dates, /^\d{8}$/],
    ['date as 2024.03.05', dates, /^\d{4}\.\d{2}\.\d{2}$/],
    ['ambiguous date 03/05/2024', dates, /^(0[1-9]|1[0-2])\/(0[1-9]|1[0-2])\/\d{4}$/],
    ['impossible date', dates, /-02-30|-13-|\/4\/31|2月30日|-06-31|\/11\/31/],
    ['amount as ¥1,234.50', amounts, /^¥[\d,]+\.\d{2}$/],
    ['amount in 万', amounts, /万$/],
    ['amount with 元', amounts, /元$/],
    ['amount as 12,345.00', amounts, /^\d{1,3}(,\d{3})+\.\d{2}$/],
    ['name with a space (张 伟)', () => column('姓名', '客户姓名', '联系人'), /^\p{Script=Han}[ \u3000]\p{Script=Han}/u],
    ['company with full-width parentheses', () => column('公司', '公司名称', '单位', '工作单位'), /（.+）/],
    ['#N/A left by a broken lookup', () => column('行业', '所属行业'), /^#N\/A$/],
  ])('contains: %s', (_, cells, pattern) => {
    expect(cells().some((c) => pattern.test(c))).toBe(true);
  });

  it('has blank cells', () => {
    expect(data.some((r) => r.some((c) => c === ''))).toBe(true);
  });

  it('has future birthdays and contracts that end before they start', () => {
    const iso = (s: string) => {
      const m = s.normalize('NFKC').match(/^(\d{4})\D?(\d{1,2})\D?(\d{1,2})\D?$/);
      return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
    };
    const asOf = '2024-12-01';
    expect(column('生日', '出生日期').some((b) => (iso(b) ?? '') > asOf)).toBe(true);
    const start = column('合同开始日', '签约日期', '合同开始日期');
    const end = column('合同到期日', '到期日', '合同到期');
    expect(start.some((s, i) => iso(s) !== null && iso(end[i]) !== null && (iso(end[i]) as string) < (iso(s) as string))).toBe(true);
  });

  it('has duplicates under two owners (撞单), namesakes, colleagues and family members', () => {
    const owner = column('负责人', '销售', '业务员', '客户经理').map((o) => o.replace(/\s/g, ''));
    const byEntity = new Map<string, Set<string>>();
    truth.forEach(([, entity], i) => byEntity.set(entity, (byEntity.get(entity) ?? new Set()).add(owner[i])));
    expect([...byEntity.values()].some((owners) => owners.size > 1)).toBe(true);
    const roles = new Set(truth.map((t) => t[2]));
    for (const role of ['original', 'duplicate', 'copy', 'namesake', 'colleague', 'family']) expect(roles).toContain(role);
  });
});
