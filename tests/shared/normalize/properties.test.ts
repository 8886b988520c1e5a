/**
 * The cleaner contract, for every field in FIELDS under varied settings: never throws, idempotent,
 * never empties a non-empty cell, formula and error cells untouched, "unchanged" is the same
 * object, every message key and placeholder exists in both languages.
 */
import fc from 'fast-check';
import { cleanCell, KIND_CLEANERS } from '../../../shared/normalize';
import { FIELDS, type FieldDef } from '../../../shared/schema/fields';
import { isBlank, isFormula, sameCell, type Cell } from '../../../shared/table/cell';
import { formatIso } from '../../../shared/table/civil-date';
import { hasMessage, t } from '../../../shared/i18n';
import type { CleanContext } from '../../../shared/normalize/types';
import { ctxFor } from './context';

const CHARS = [
  ...'abcxyzABCXYZ0123456789 .-/:;,@()+#$%\'"_',
  ...'\u3000\u00A0\t\n\r\u200B\uFEFF',
  ...'０１２３５８９ＡＢＸａｂｘ＠．（）－：／，',
  ...'张伟王芳北京星辰科技有限公司集团年月日号万元亿千次转分机星期二〇三十',
  ...'，。：；、（）“”·￥¥€$£ßςİ',
];
const FRAGMENTS = [
  '138', '1234', '5678', '13812345678', '+86', '0086', '86 ', '(+86)', '010-', '0755', ' ', '-', '/', '；', '、', '\n',
  'ext. ', '转', '分机', 'x', '801', '1.38E+10', 'e17', '110105', '19491231', '002X', '91350100M000100Y43',
  '2024', '年', '3', '月', '5', '日', '号', '-03-05', '/3/5', '03/05/', '13/05/', '24', '90', 'T14:30', ' 14:30', '下午',
  'Mar ', 'March ', '5th', ', ', '星期二', '20240305', '二〇二四',
  '@', 'qq.com', '163.cmo', 'gmial.com', 'mailto:', '＠', '。', '; ',
  '¥', '￥', '1,234.50', '1.2', '万', '元', 'RMB ', '$', 'USD', '(', ')', 'k', 'w', '次', ' orders',
  'JOHN', "O'NEILL", 'mary-jane', ' smith', 'MAC', 'DONALD', ' van ', '张', ' ', '伟', '（', '）', ',', '。', '·',
  'Co.,Ltd', '有限公司', 'HTTPS://', 'WWW.Example.COM', '/Path', 'N/A', '无', '—',
];

const str = fc.oneof(
  fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 24 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 7 }).map((a) => a.join('')),
);
const numberValue = fc.oneof(
  fc.integer({ min: -1e6, max: 1e12 }),
  fc.double(),
  fc.constantFrom(13812345678, 75588880000, 1.38e10, 45356, 45356.5, 60, 20240305, 110105194912310000, 110105194912310, 100080, 10010, 3.5, -0),
);
const civil = fc.record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });

const plainCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: str.map((value): Cell => ({ kind: 'text', value })) },
  { weight: 2, arbitrary: numberValue.map((value): Cell => ({ kind: 'number', value })) },
  { weight: 1, arbitrary: fc.record({ value: numberValue, format: fc.constantFrom('0', '0.00E+00', '@', 'yyyy-mm-dd') }).map((c): Cell => ({ kind: 'number', ...c })) },
  { weight: 1, arbitrary: fc.boolean().map((value): Cell => ({ kind: 'boolean', value })) },
  { weight: 1, arbitrary: civil.map((d): Cell => ({ kind: 'date', value: formatIso(d) })) },
  { weight: 1, arbitrary: fc.constantFrom('#N/A', '#REF!', '#DIV/0!').map((value): Cell => ({ kind: 'error', value })) },
  { weight: 1, arbitrary: fc.constant<Cell>({ kind: 'empty' }) },
);
const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 5, arbitrary: plainCell },
  { weight: 1, arbitrary: fc.tuple(plainCell, fc.constantFrom('=A1', '=SUM(B:B)', '=VLOOKUP(A2,Sheet2!A:B,2,0)')).map(([c, formula]) => ({ ...c, formula }) as Cell) },
);

const ctxArb = (field: FieldDef): fc.Arbitrary<CleanContext> =>
  fc.record({
    format: fc.constantFrom('national', 'international', 'e164'),
    defaultRegion: fc.constantFrom('CN', 'US', 'GB', 'XX'),
    currency: fc.constantFrom('CNY', 'USD', 'JPY', 'HKD'),
    ambiguous: fc.constantFrom('flag', 'month-first', 'day-first'),
    dateSystem: fc.constantFrom('1900', '1904', 'sheets'),
    today: civil,
  } as const).map((o) => ctxFor(field.id, {
    phone: { format: o.format, defaultRegion: o.defaultRegion },
    amount: { currency: o.currency },
    dates: { ambiguous: o.ambiguous },
    dateSystem: o.dateSystem,
    today: o.today,
  }));

const untouchable = (c: Cell) => isFormula(c) || c.kind === 'error' || c.kind === 'empty' || isBlank(c);

describe.each(FIELDS.map((f) => [f.id, f] as const))('cleaner contract: %s', (_id, field) => {
  it('holds for arbitrary cells and settings', () => {
    fc.assert(
      fc.property(cellArb, ctxArb(field), (cell, ctx) => {
        if (!untouchable(cell)) {
          // The raw cleaner must not throw: the guard's catch is a last line of defence, not a habit.
          expect(() => KIND_CLEANERS[field.kind](cell, ctx)).not.toThrow();
        }
        const first = cleanCell(cell, ctx);

        if (isFormula(cell) || cell.kind === 'error' || cell.kind === 'empty') {
          expect(first).toEqual({ cell, findings: [] });
          expect(first.cell).toBe(cell);
        }
        if (!isBlank(cell)) expect(isBlank(first.cell)).toBe(false);
        // (NaN is never sameCell to itself, hence the identity test first.)
        if (first.cell === cell || sameCell(first.cell, cell)) {
          expect(first.cell).toBe(cell);
          expect(first.reason).toBeUndefined();
        } else {
          expect(first.reason).toBeDefined();
          expect(hasMessage(first.reason!)).toBe(true);
        }

        const second = cleanCell(first.cell, ctx);
        expect(second.cell).toBe(first.cell);
        expect(second.reason).toBeUndefined();

        expect(cleanCell(cell, ctx)).toEqual(first);
        for (const f of first.findings) {
          expect(hasMessage(f.code)).toBe(true);
          for (const lang of ['en', 'zh-CN'] as const) expect(t(lang, f.code, f.params)).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 250, seed: 20250615 },
    );
  });
});

describe('realistic values are stable under re-cleaning', () => {
  const samples: Array<[FieldDef['id'], string]> = [
    ['mobile', '+86 138-1234-5678'], ['phone', '010-12345678转801'], ['phone', '13812345678/13987654321'],
    ['email', 'ZHANG@QQ.COM；li@163。com'], ['birthday', '二〇二四年三月五日'], ['amount', '3.5万元'],
    ['name', 'JOHN O\'NEILL'], ['company', '北京 星辰科技（集团）有限公司'], ['idCard', '11010519491231002x'],
  ];
  it.each(samples)('%s %j', (field, value) => {
    const ctx = ctxFor(field);
    const once = cleanCell({ kind: 'text', value }, ctx);
    expect(once.reason).toBeDefined();
    expect(cleanCell(once.cell, ctx).cell).toBe(once.cell);
  });
});
