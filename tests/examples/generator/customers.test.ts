import fc from 'fast-check';
import { generateCustomers } from '../../../examples/generator/customers';
import type { GeneratedSheet, GenerateOptions } from '../../../examples/generator/types';
import type { FieldId } from '../../../shared/schema/fields';
import { parsePhone } from '../../../shared/normalize/phone';
import { mailbox } from '../../../examples/generator/text';

const col = (sheet: GeneratedSheet, f: FieldId) => sheet.fields.indexOf(f);
const nfkc = (s: string) => s.normalize('NFKC');

/** Mobile numbers (11 digits from 1) and US numbers (10 digits) a cell holds, whatever its format. */
function phoneKeys(cell: string, lang: 'zh' | 'en'): string[] {
  if (/E\+/i.test(cell)) return [];
  return nfkc(cell)
    .split(/[；;/]/)
    .map((part) => part.replace(/\s*(?:x|ext\.?|#|转|分机)\s*\d+\s*$/i, '').replace(/\D/g, ''))
    .map((d) => (lang === 'zh' ? d.replace(/^(?:0086|86)(?=1\d{10}$)/, '') : d.replace(/^1(?=\d{10}$)/, '')))
    .filter((d) => (lang === 'zh' ? /^1\d{10}$/.test(d) : /^\d{10}$/.test(d)));
}

/** The e-mail's local part: survives case, stray spaces, a full-width ＠ and a misspelt domain. */
function emailKey(cell: string): string | null {
  const s = nfkc(cell).replace(/^mailto:/i, '').replace(/\s+/g, '').toLowerCase();
  const at = s.indexOf('@');
  return at > 0 ? s.slice(0, at) : null;
}

/** The whole address, for telling people apart (a misspelt domain is still one person's). */
function fullEmail(cell: string): string | null {
  const s = nfkc(cell).replace(/^mailto:/i, '').replace(/\s+/g, '').replace(/[;,.。；]+$/, '').toLowerCase();
  return s.includes('@') ? s : null;
}

function strongKeys(sheet: GeneratedSheet, row: string[], lang: 'zh' | 'en'): Set<string> {
  const keys = new Set<string>();
  for (const f of ['mobile', 'phone'] as FieldId[]) {
    const c = col(sheet, f);
    if (c >= 0) phoneKeys(row[c], lang).forEach((k) => keys.add(`tel:${k}`));
  }
  const e = emailKey(row[col(sheet, 'email')]);
  if (e) keys.add(`mail:${e}`);
  return keys;
}

const zhName = (s: string) => nfkc(s).replace(/\s+/g, '').replace(/(先生|女士)$/, '');
const zhAddress = (s: string) => nfkc(s).replace(/\s+/g, '').replace(/#/g, '号').replace(/^[\p{Script=Han}]{2,3}市/u, '');
const enCompany = (s: string) =>
  s.toLowerCase().replace(/[.,]/g, ' ').replace(/\b(?:inc|incorporated|llc|corp|corporation|co|company|group|ltd|partners)\b/g, '').replace(/\s+/g, ' ').trim();
const enZip = (s: string) => s.trim().slice(0, 5).replace(/-.*$/, '').padStart(5, '0');

/** Index of the first row of each entity. */
function firstRows(sheet: GeneratedSheet): Map<number, number> {
  const first = new Map<number, number>();
  sheet.entity.forEach((e, i) => {
    if (!first.has(e)) first.set(e, i);
  });
  return first;
}

describe('generateCustomers: shape and determinism', () => {
  it.each<[string, GenerateOptions]>([
    ['Chinese sheet, defaults', { seed: 1, rows: 300, lang: 'zh' }],
    ['English sheet, defaults', { seed: 1, rows: 300, lang: 'en' }],
    ['Chinese, no mess and no duplicates', { seed: 5, rows: 120, lang: 'zh', messRate: 0, duplicateRate: 0 }],
    ['English, many duplicates', { seed: 9, rows: 200, lang: 'en', duplicateRate: 0.5, messRate: 1 }],
  ])('%s: same options give the same sheet, rows are rectangular', (_, options) => {
    const a = generateCustomers(options);
    const b = generateCustomers(options);
    expect(b).toEqual(a);
    expect(a.rows).toHaveLength(options.rows);
    expect(a.headers).toHaveLength(a.fields.length);
    for (const r of a.rows) expect(r).toHaveLength(a.headers.length);
  });

  it('a different seed gives a different sheet', () => {
    const a = generateCustomers({ seed: 1, rows: 50, lang: 'zh' });
    const b = generateCustomers({ seed: 2, rows: 50, lang: 'zh' });
    expect(b.rows).not.toEqual(a.rows);
  });

  it.each<[string, Partial<GenerateOptions>, RegExp]>([
    ['negative rows', { rows: -1 }, /rows/],
    ['fractional rows', { rows: 2.5 }, /rows/],
    ['duplicate rate above 0.6 (not enough singles to copy)', { duplicateRate: 0.7 }, /duplicateRate/],
    ['mess rate above 1', { messRate: 1.5 }, /messRate/],
    ['impossible as-of day', { asOf: '2024-02-30' }, /asOf/],
    ['unknown language', { lang: 'fr' as 'zh' }, /lang/],
  ])('refuses %s', (_, bad, message) => {
    expect(() => generateCustomers({ seed: 1, rows: 10, lang: 'zh', ...bad })).toThrow(message);
  });

  it('zero rows is an empty sheet with headers', () => {
    const s = generateCustomers({ seed: 1, rows: 0, lang: 'zh' });
    expect(s.rows).toEqual([]);
    expect(s.headers.length).toBeGreaterThan(10);
  });

  it('Chinese sheets carry a title line; English ones start at the header', () => {
    expect(generateCustomers({ seed: 3, rows: 5, lang: 'zh' }).title).toMatch(/客户/);
    expect(generateCustomers({ seed: 3, rows: 5, lang: 'en' }).title).toBeUndefined();
  });
});

describe('generateCustomers: truth labels (property)', () => {
  it('entity ids are dense in order of first appearance, groups hold 1–3 rows, roles and related agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 150 }),
        fc.constantFrom<'zh' | 'en'>('zh', 'en'),
        fc.double({ min: 0, max: 0.6, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, rows, lang, duplicateRate, messRate) => {
          const s = generateCustomers({ seed, rows, lang, duplicateRate, messRate });
          expect(s.entity).toHaveLength(rows);
          expect(s.roles).toHaveLength(rows);
          expect(s.related).toHaveLength(rows);
          // Every row that is not a duplicate is a customer; one row is always one customer.
          expect(new Set(s.entity).size).toBe(rows - Math.min(Math.round(rows * duplicateRate), Math.max(rows - 1, 0)));
          let next = 0;
          const size = new Map<number, number>();
          const first = new Map<number, number>();
          s.entity.forEach((e, i) => {
            if (e === next) {
              next++;
              first.set(e, i);
              expect(['original', 'namesake', 'colleague', 'family']).toContain(s.roles[i]);
            } else {
              expect(e).toBeLessThan(next);
              expect(['duplicate', 'copy']).toContain(s.roles[i]);
            }
            size.set(e, (size.get(e) ?? 0) + 1);
            if (s.roles[i] === 'copy') expect(s.rows[i]).toEqual(s.rows[first.get(e) as number]);
            const hardNegative = s.roles[i] === 'namesake' || s.roles[i] === 'colleague' || s.roles[i] === 'family';
            if (hardNegative) {
              expect(s.related[i]).toBeGreaterThanOrEqual(0);
              expect(s.related[i]).not.toBe(e);
            } else {
              expect(s.related[i]).toBe(-1);
            }
          });
          for (const n of size.values()) expect(n).toBeLessThanOrEqual(3);
        },
      ),
      { numRuns: 40, examples: [[0, 1, 'zh', 0.5, 0]] },
    );
  });
});

describe.each<['zh' | 'en', number]>([['zh', 11], ['en', 12]])('generateCustomers(%s): the truth matches the content', (lang, seed) => {
  const sheet = generateCustomers({ seed, rows: 1500, lang, duplicateRate: 0.2, messRate: 0.4 });
  const first = firstRows(sheet);

  it('every later row of a customer keeps its first row\'s phone or e-mail (unless Excel mangled the only one)', () => {
    let checked = 0;
    sheet.rows.forEach((row, i) => {
      if (sheet.roles[i] !== 'duplicate') return;
      const baseRow = sheet.rows[first.get(sheet.entity[i]) as number];
      const keys = strongKeys(sheet, row, lang);
      const base = strongKeys(sheet, baseRow, lang);
      const mangled = (r: string[]) => sheet.fields.some((f, c) => (f === 'mobile' || f === 'phone') && /E\+/.test(r[c]));
      // 1.38E+10 has lost the number for good; with no e-mail beside it there is nothing left to keep.
      if ((keys.size === 0 && mangled(row)) || (base.size === 0 && mangled(baseRow))) return;
      const shared = [...keys].filter((k) => base.has(k));
      expect({ row: i, shared: shared.length > 0 }).toEqual({ row: i, shared: true });
      checked++;
    });
    expect(checked).toBeGreaterThan(100);
  });

  it('hard negatives share what they claim to share with a different customer', () => {
    const counts = { namesake: 0, colleague: 0, family: 0 };
    sheet.rows.forEach((row, i) => {
      const role = sheet.roles[i];
      if (role !== 'namesake' && role !== 'colleague' && role !== 'family') return;
      const base = sheet.rows[first.get(sheet.related[i]) as number];
      const at = (f: FieldId) => col(sheet, f);
      if (lang === 'zh') {
        if (role === 'namesake') expect(zhName(row[at('name')])).toBe(zhName(base[at('name')]));
        else expect(zhAddress(row[at('address')])).toBe(zhAddress(base[at('address')]));
      } else if (role === 'namesake') {
        expect(`${row[at('firstName')]} ${row[at('lastName')]}`.trim().toLowerCase()).toBe(`${base[at('firstName')]} ${base[at('lastName')]}`.trim().toLowerCase());
      } else if (role === 'colleague') {
        expect(enCompany(row[at('company')])).toBe(enCompany(base[at('company')]));
      } else if (row[at('postcode')] && base[at('postcode')]) {
        expect(enZip(row[at('postcode')])).toBe(enZip(base[at('postcode')]));
      }
      counts[role]++;
    });
    // Each kind of look-alike actually occurs in a sheet this size.
    expect(counts.namesake).toBeGreaterThan(5);
    expect(counts.colleague).toBeGreaterThan(5);
    expect(counts.family).toBeGreaterThan(5);
  });

  it('customers are not silently merged: different entities never share a mobile or a mailbox (Gmail ignores dots)', () => {
    const owner = new Map<string, number>();
    sheet.rows.forEach((row, i) => {
      // Colleagues share the company line and family the home phone: only mobiles (zh) and e-mails are personal.
      const keys = lang === 'zh' ? phoneKeys(row[col(sheet, 'mobile')], 'zh').map((k) => `tel:${k}`) : [];
      const mail = fullEmail(row[col(sheet, 'email')]);
      if (mail) keys.push(`mail:${mailbox(mail)}`);
      for (const k of keys) {
        const seen = owner.get(k);
        if (seen === undefined) owner.set(k, sheet.entity[i]);
        else expect({ key: k, entity: sheet.entity[i] }).toEqual({ key: k, entity: seen });
      }
    });
  });
});

describe('generateCustomers: with no mess, values are in canonical form', () => {
  const s = generateCustomers({ seed: 21, rows: 400, lang: 'zh', messRate: 0, duplicateRate: 0 });
  it.each<[FieldId, string, RegExp]>([
    ['mobile', '11 plain digits', /^(1\d{10})?$/],
    ['email', 'a lower-case address without spaces', /^([a-z0-9._]+@[a-z0-9.]+)?$/],
    ['birthday', 'an ISO date', /^(\d{4}-\d{2}-\d{2})?$/],
    ['contractEnd', 'an ISO date', /^(\d{4}-\d{2}-\d{2})?$/],
    ['amount', 'a plain number', /^(\d+(\.\d{1,2})?)?$/],
    ['phone', 'area code-number[-extension]', /^(0\d{2,3}-\d{7,8}(-\d+)?)?$/],
  ])('%s holds %s or nothing', (field, _, pattern) => {
    const c = col(s, field);
    for (const row of s.rows) expect(row[c]).toMatch(pattern);
  });

  it.each([
    ['hui.huang@gmail.com', 'huihuang@gmail.com'],
    ['Hui.Huang+crm@googlemail.com', 'huihuang@gmail.com'],
    ['hui.huang@outlook.com', 'hui.huang@outlook.com'],
  ])('mailbox(%j) = %j', (address, box) => expect(mailbox(address)).toBe(box));

  it('every phone number is a real one (Xiamen lines have seven digits, not eight)', () => {
    const big = generateCustomers({ seed: 22, rows: 3000, lang: 'zh', messRate: 0, duplicateRate: 0 });
    const invalid = (['mobile', 'phone'] as const).flatMap((f) => big.rows.map((row) => row[col(big, f)]).filter((v) => v !== '' && !parsePhone(v, 'CN')));
    expect(invalid).toEqual([]);
  });
});
