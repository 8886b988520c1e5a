import { cleanCell } from '../../../shared/normalize';
import { checkIdCard, idCardCheckChar, idCardHolder } from '../../../shared/normalize/id-card';
import { checkUscc, usccCheckChar } from '../../../shared/normalize/uscc';
import type { Cell } from '../../../shared/table/cell';
import fc from 'fast-check';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });
const num = (value: number): Cell => ({ kind: 'number', value });

/** The example of GB 11643-1999, Annex A. */
const GB_EXAMPLE_ID = '11010519491231002X';
/** The example code printed in GB 32100-2015. */
const GB_EXAMPLE_USCC = '91350100M000100Y43';

describe('what an ID number says of its holder', () => {
  it.each<[string, { birth: { y: number; m: number; d: number }; sex: 'm' | 'f' } | null, string]>([
    [GB_EXAMPLE_ID, { birth: { y: 1949, m: 12, d: 31 }, sex: 'f' }, 'the standard\u2019s example: born 1949-12-31, order 002 (even: a woman)'],
    ['110105199012070035', { birth: { y: 1990, m: 12, d: 7 }, sex: 'm' }, 'order 003: a man'],
    ['110105901207003', { birth: { y: 1990, m: 12, d: 7 }, sex: 'm' }, 'a 15-digit card: born 19xx, its last digit the order'],
    ['110105199012070036', null, 'a wrong check digit speaks for nobody'],
    ['110105199002300036', null, '30 February does not exist, though the check digit is right'],
    ['110105199002300', null, 'nor in a 15-digit card'],
    ['110105********0035', null, 'masked for privacy'],
  ])('%s → %j (%s)', (id, expected) => {
    expect(idCardHolder(id)).toEqual(expected);
  });
});

describe('ID card (GB 11643 mod 11-2)', () => {
  it('accepts the standard\u2019s example', () => {
    expect(checkIdCard(GB_EXAMPLE_ID)).toEqual({ ok: true });
  });

  it.each([
    [' 11010519491231002x ', GB_EXAMPLE_ID, 'lower-case x to X, trimmed'],
    ['１１０１０５１９４９１２３１００２Ｘ', GB_EXAMPLE_ID, 'full-width'],
    ['110105 19491231 002X', GB_EXAMPLE_ID, 'printed in groups'],
    ['110105194912310', '110105194912310', '15-digit card from before 1999'],
  ])('%j → %j (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('idCard'));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([]);
  });

  it('warns when the check character is wrong and says which one fits', () => {
    const r = cleanCell(text('110105194912310021'), ctxFor('idCard'));
    expect(r.findings).toEqual([{ code: 'idCard.checksum', severity: 'warning', params: { value: '110105194912310021', expected: 'X' } }]);
  });

  it.each([['1101051949123100'], ['11010519491231002Y'], ['11010519491231'], ['1101051949123100211'], ['110105 1949 1231 00']])('%j, an attempt at a resident ID: idCard.invalid', (raw) => {
    const r = cleanCell(text(raw), ctxFor('idCard'));
    expect(r.findings.map((f) => f.code)).toEqual(['idCard.invalid']);
  });

  // A hotel's or a travel agency's 证件号 holds passports beside resident IDs (the tester's guest register).
  it.each([
    ['E12345678', 'a Chinese passport'],
    ['G12345678', 'an older Chinese passport'],
    ['EA1234567', ''],
    ['TK1234567', 'a Japanese passport'],
    ['PAB123456', 'a foreign letter-digit mix'],
    ['123456789', 'a US passport: 9 digits'],
    ['12345678', 'too short for a resident ID'],
    ['身份证待补', 'a note, no number'],
  ])('in a Chinese sheet, %j is kept as typed without a warning (%s)', (raw) => {
    const r = cleanCell(text(raw), ctxFor('idCard'));
    expect(r.findings).toEqual([]);
    expect(r.cell).toEqual(text(raw));
  });

  it.each<[Cell, string]>([
    [text('123-45-6789'), 'a US social security number'],
    [text('AB 12 34 56 C'), 'a British National Insurance number'],
    [num(1804974), 'an Australian number read as a number (FEBRL soc_sec_id)'],
    [text('1101051949123100'), 'even a near miss of a Chinese number: the sheet is not Chinese'],
  ])('outside China, %j is an ID number of its own country, not an invalid Chinese one (%s)', (cell) => {
    const r = cleanCell(cell, ctxFor('idCard', { phone: { defaultRegion: 'US' } }));
    expect(r.findings).toEqual([]);
  });

  it('outside China, a number shaped as a Chinese resident ID is still held to its check', () => {
    const r = cleanCell(text('110105194912310021'), ctxFor('idCard', { phone: { defaultRegion: 'GB' } }));
    expect(r.findings.map((f) => f.code)).toEqual(['idCard.checksum']);
  });

  it.each([
    [num(110105194912310000), '18 digits stored as a number: the tail is gone'],
    [text('1.10105E+17'), 'exponent text from a CSV'],
    [text('1.10105e17'), 'lower-case exponent'],
  ])('%j: id.precisionLost error, unchanged (%s)', (cell) => {
    const r = cleanCell(cell, ctxFor('idCard'));
    expect(r.cell).toBe(cell);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['id.precisionLost', 'error']]);
  });

  it('quotes a number that lost its digits as the sheet shows it: 1.10101E+17 under General, Excel\'s 15 digits under 0', () => {
    expect(cleanCell(num(110101198505051230), ctxFor('idCard')).findings[0].params).toEqual({ value: '1.10101E+17' });
    expect(cleanCell({ kind: 'number', value: 110101198505051230, format: '0' }, ctxFor('idCard')).findings[0].params).toEqual({ value: '110101198505051000' });
  });

  it('turns a 15-digit number cell into text', () => {
    const r = cleanCell(num(110105194912310), ctxFor('idCard'));
    expect(r.cell).toEqual(text('110105194912310'));
    expect(r.reason).toBe('fix.id');
  });

  it('finds every single-digit typo (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
      const digits = GB_EXAMPLE_ID.split('');
      digits[pos] = String((Number(digits[pos]) + delta) % 10);
      expect(checkIdCard(digits.join('')).ok).toBe(false);
    }));
  });

  it('computes the check of the example', () => {
    expect(idCardCheckChar(GB_EXAMPLE_ID.slice(0, 17))).toBe('X');
  });
});

describe('USCC (GB 32100 mod 31)', () => {
  it('accepts the standard\u2019s example', () => {
    expect(usccCheckChar(GB_EXAMPLE_USCC.slice(0, 17))).toBe('3');
    expect(checkUscc(GB_EXAMPLE_USCC)).toEqual({ ok: true });
  });

  it.each([
    ['91350100m000100y43', GB_EXAMPLE_USCC, 'lower case'],
    ['９１３５０１００Ｍ０００１００Ｙ４３', GB_EXAMPLE_USCC, 'full-width'],
    [' 9135 0100 M000 100Y 43 ', GB_EXAMPLE_USCC, 'printed in groups'],
  ])('%j → %j (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('uscc'));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([]);
  });

  it('warns on a wrong check character', () => {
    const r = cleanCell(text('91350100M000100Y44'), ctxFor('uscc'));
    expect(r.findings).toEqual([{ code: 'uscc.checksum', severity: 'warning', params: { value: '91350100M000100Y44', expected: '3' } }]);
  });

  it.each([['91350100M000100Y4'], ['91350100O000100Y43']])('%j: uscc.invalid (length or a letter outside the set)', (raw) => {
    expect(cleanCell(text(raw), ctxFor('uscc')).findings.map((f) => f.code)).toEqual(['uscc.invalid']);
  });
});

describe('a natural person\'s tax number in the credit-code column (个体户, 自然人)', () => {
  // 金蝶 K/3 客户档案: 张记五金店 is a 个体户, whose 税号 is its owner's ID number. Its last digit is the
  // ID number's check digit, right as it is; read as a credit code it would "need" a J.
  it.each([
    ['440104196805121230', '440104196805121230', 'a valid 18-digit ID number'],
    ['44010419680512129x', '44010419680512129X', 'one ending in x, written small'],
  ])('%j → %j (%s): no credit code gone wrong', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('uscc'));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([]);
  });

  it('an ID number whose check digit is wrong is flagged with the check of each: a credit code\'s letter alone would mislead', () => {
    expect(cleanCell(text('440104196805121231'), ctxFor('uscc')).findings).toEqual([
      { code: 'uscc.checksumOrIdCard', severity: 'warning', params: { value: '440104196805121231', expected: 'J', idExpected: '0' } },
    ]);
    // A credit code of digits whose 7th to 14th are no birth date is checked as a credit code alone.
    expect(cleanCell(text('913502001234567892'), ctxFor('uscc')).findings.map((f) => f.code)).toEqual(['uscc.checksum']);
  });

  it('a 15-character 税务登记号 of before 2015 is named as the old tax number it is, and kept', () => {
    const r = cleanCell(text('330203123456789'), ctxFor('uscc'));
    expect(r.cell).toEqual(text('330203123456789'));
    expect(r.findings).toEqual([{ code: 'uscc.oldTaxNumber', severity: 'info', params: { value: '330203123456789' } }]);
    expect(cleanCell(text('33020371762981X'), ctxFor('uscc')).findings.map((f) => f.code)).toEqual(['uscc.oldTaxNumber']);
  });
});

describe('Taiwan\'s 統一編號 in the credit-code column', () => {
  it.each([
    ['04595252', '04595252', 'a company\'s 8-digit business number, leading zero kept'],
    ['2255 5003', '22555003', 'printed in two groups'],
    ['２２０９９１３１', '22099131', 'full-width'],
  ])('%j → %j, no unified social credit code gone wrong', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('uscc'));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([]);
  });

  it.each([['0459525'], ['045952521']])('%j, 7 or 9 digits, is still flagged', (raw) => {
    expect(cleanCell(text(raw), ctxFor('uscc')).findings.map((f) => f.code)).toEqual(['uscc.invalid']);
  });
});

describe('QQ and customer ID', () => {
  it.each([
    [num(123456789), '123456789', 'number to text'],
    [text('QQ: 123456789'), '123456789', 'label dropped'],
    [text('１２３４５６７８９'), '123456789', 'full-width'],
    [text('123 456 789'), '123456789', 'digits grouped by spaces'],
  ])('qq %j → %j (%s)', (cell, expected) => {
    expect(cleanCell(cell, ctxFor('qq')).cell).toEqual(text(expected));
  });

  it('keeps a numeric customer ID a number', () => {
    const cell = num(10023);
    expect(cleanCell(cell, ctxFor('customerId')).cell).toBe(cell);
  });

  it.each([
    [' C-0001 ', 'C-0001'],
    ['Ｃ００１', 'C001'],
  ])('customer ID %j → %j: only trim and fold', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('customerId'));
    expect(r.cell).toEqual(text(expected));
    expect(r.reason).toBe('fix.spaces');
  });

  it.each([
    ["'6253817348274", '6253817348274', 'fix.quotePrefix', 'Shopify\'s Customer ID behind its text mark: the note says the mark went'],
    ["'0042", '0042', 'fix.quotePrefix', 'a member number kept text in Excel: the zeros stay'],
  ])('customer ID %j → %j (%s: %s)', (raw, expected, reason) => {
    const r = cleanCell(text(raw), ctxFor('customerId'));
    expect(r.cell).toEqual(text(expected));
    expect(r.reason).toBe(reason);
  });

  it('flags a customer ID number too long to be exact', () => {
    const cell = num(1234567890123456);
    expect(cleanCell(cell, ctxFor('customerId')).findings.map((f) => f.code)).toEqual(['id.precisionLost']);
  });
});

describe('India\'s GSTIN in the credit-code column', () => {
  it.each([
    ['08ABCDE1234F1Z5', '08ABCDE1234F1Z5', 'a Rajasthan firm\'s'],
    ['27aapfu0939f1zv', '27AAPFU0939F1ZV', 'typed in small letters'],
    ['07 AAAPI 9876 Q1ZX', '07AAAPI9876Q1ZX', 'spaced'],
  ])('%j → %j (%s), no unified social credit code gone wrong', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('uscc'));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([]);
  });

  it('a GSTIN missing a character is still flagged', () => {
    expect(cleanCell(text('08ABCDE1234F1Z'), ctxFor('uscc')).findings.map((f) => f.code)).toEqual(['uscc.invalid']);
  });
});
