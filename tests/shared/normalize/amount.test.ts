import { cleanCell } from '../../../shared/normalize';
import { parseAmount } from '../../../shared/normalize/amount';
import { shiftDecimal } from '../../../shared/normalize/decimal';
import { cellText, type Cell } from '../../../shared/table/cell';
import fc from 'fast-check';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });
const ctx = ctxFor('amount');

describe('cleanAmount (CNY sheet)', () => {
  it.each([
    ['¥1,234.50', 1234.5, 'yen/yuan sign and thousands separator', '"¥"#,##0.00'],
    ['￥1234', 1234, 'full-width yuan sign', '"¥"#,##0'],
    ['1234元', 1234, '元 after the number', '#,##0"元"'],
    ['RMB 1,000', 1000, 'RMB prefix', '"RMB "#,##0'],
    ['CNY1000', 1000, 'ISO code prefix', '"CNY"#,##0'],
    ['人民币5000元整', 5000, 'cheque style with 整', '"人民币"#,##0'],
    ['1.2万', 12000, '万: exactly 12000, not 12000.000000000002', ''],
    ['3.5万元', 35000, '万元', ''],
    ['1.5亿', 150000000, '亿', ''],
    ['0.07万', 700, 'small fraction of 万', ''],
    ['1.23456万', 12345.6, 'decimals kept after scaling', ''],
    ['12,345.00', 12345, 'trailing zeros, shown as typed', '#,##0.00'],
    ['(1,234.00)', -1234, 'accounting negative', '#,##0.00'],
    ['-¥1,234', -1234, 'minus before the sign', '"¥"#,##0'],
    ['¥-1,234', -1234, 'minus after the sign', '"¥"#,##0'],
    ['1.2k', 1200, 'k in English sheets', ''],
    ['2.5w', 25000, 'w, Chinese shorthand for 万', ''],
    ['１２３４５', 12345, 'full-width digits', ''],
    ['  8800 ', 8800, 'white space', ''],
    ['.5', 0.5, 'no leading zero', '0.0'],
    ['0', 0, 'zero', ''],
  ])('%j → %d (%s)', (raw, expected, _why, format) => {
    const r = cleanCell(text(raw), ctx);
    // A currency sign typed with the amount stays in the number's format (currency-format.ts).
    expect(r.cell).toEqual(format ? { kind: 'number', value: expected, format } : { kind: 'number', value: expected });
    expect(r.reason).toBe('fix.amount');
    expect(r.findings).toEqual([]);
  });

  // 有赞's 累计消费金额 128.00, Shopify's Total Spent 59.00, a 报价单's 1245.50: the number keeps the
  // decimals typed in its format, as Excel keeps a number's display format; at most two, money's.
  it.each<[string, number, string | undefined, string]>([
    ['128.00', 128, '0.00', '有赞 累计消费金额'],
    ['5680.00', 5680, '0.00', '有赞 累计消费金额'],
    ['1245.50', 1245.5, '0.00', '报价单 报价'],
    ['-30.5', -30.5, '0.0', 'a refund, one decimal typed'],
    ['12,500.00', 12500, '#,##0.00', 'thousands typed: grouped as typed'],
    ['1 234 567.50', 1234567.5, '#,##0.00', 'thousands set apart by spaces: grouped too'],
    ['1.2万', 12000, undefined, '万 scaled: its decimals counted 万, not yuan'],
    ['1.5k', 1500, undefined, 'k scaled'],
    ['300', 300, undefined, 'a whole number: no format'],
    ['12,500', 12500, undefined, 'a whole number with thousands: no format'],
    ['0.125', 0.125, undefined, 'three decimals: General shows them all'],
  ])('%j → %d under %s (%s)', (raw, value, format) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell).toEqual(format ? { kind: 'number', value, format } : { kind: 'number', value });
  });

  it.each([
    ['$1,000', 'USD', 1000, 'dollar sign'],
    ['US$ 500', 'USD', 500, 'US$'],
    ['1000美元', 'USD', 1000, '美元'],
    ['€250', 'EUR', 250, 'euro'],
    ['HK$300', 'HKD', 300, 'Hong Kong dollar'],
  ])('%j in a CNY sheet: the number %s %d, its format keeping the marker, read by the rules as typed (%s)', (raw, currency, value) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell).toEqual(expect.objectContaining({ kind: 'number', value }));
    expect(r.cell.kind === 'number' && r.cell.format).toContain(raw.replace(/[\d,\s]/g, ''));
    // No tier or total adds dollars to yuan: the rules read the text it shows.
    expect(r.read).toEqual({ kind: 'text', value: raw });
    expect(r.findings).toEqual([{ code: 'amount.foreignCurrency', severity: 'info', params: { value: raw, currency, expected: 'CNY' } }]);
  });

  it('leaves a foreign amount with a scale word (1.2万港币) as typed: its 万 is no marker to show', () => {
    const cell = text('1.2万港币');
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'amount.foreignCurrency', severity: 'info', params: { value: '1.2万港币', currency: 'HKD', expected: 'CNY' } }]);
  });

  it('reads a number an earlier run wrote under another currency\'s format as the text it shows', () => {
    const cell: Cell = { kind: 'number', value: 1800, format: '"£"#,##0' };
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.read).toEqual({ kind: 'text', value: '£1800' });
  });

  it.each([
    ['1000-2000', 'a range'],
    ['12.5%', 'a percentage'],
    ['1,23,456', 'Indian grouping is not ours to guess'],
    ['1.234,50', 'European decimal comma'],
    ['¥', 'sign without a number'],
    ['12 34', 'digits split by a space, not in thousands'],
    ['1万25', 'two digits after 万: 10025 or 12500?'],
    ['三千abc', 'a numeral with words after it'],
  ])('%j: amount.invalid, unchanged (%s)', (raw) => {
    const cell = text(raw);
    const r = cleanCell(cell, ctx);
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'amount.invalid', severity: 'warning', params: { value: raw } }]);
  });

  it.each([['¥ -'], ['￥-'], ['$ -'], ['RMB —']])('reads %j, zero as the accounting format shows it, as 0', (raw) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell).toEqual({ kind: 'number', value: 0 });
    expect(r.findings).toEqual([]);
  });

  it.each([['无'], ['暂无'], ['/'], ['-'], ['N/A']])('a placeholder for no amount (%j) is as good as a blank: nothing to flag', (raw) => {
    const cell = text(raw);
    expect(cleanCell(cell, ctx)).toEqual({ cell, findings: [] });
  });

  it('leaves number cells alone, negative ones included', () => {
    for (const value of [1234.5, -20, 0]) {
      const cell: Cell = { kind: 'number', value };
      expect(cleanCell(cell, ctx)).toEqual({ cell, findings: [] });
    }
  });
});

describe('cleanAmount: amounts written in Chinese numerals and the 万 shorthand', () => {
  it.each([
    ['三千', 3000, 'a numeral with 千'],
    ['两万', 20000, '两 before a unit'],
    ['壹万元整', 10000, 'financial numerals, as on a cheque or contract'],
    ['叁仟伍佰元', 3500, 'financial 仟 and 佰'],
    ['十二万', 120000, '十二 of 万'],
    ['一百二十万元', 1200000, '一百二十 of 万'],
    ['一万零五百', 10500, '零 keeps the places'],
    ['三万五', 35000, 'spoken shorthand: the digit after 万 is thousands'],
    ['两千五', 2500, 'the same after 千'],
    ['3万5', 35000, 'the shorthand with digits: 3万5 is 35000, not 30005'],
    ['1万2', 12000, '1万2 is 12000'],
    ['1万2000', 12000, 'the thousands written out'],
    ['1万5千', 15000, 'digits with both units'],
    ['¥两万', 20000, 'with the currency sign'],
    ['12 000', 12000, 'thousands separated by a space'],
    ['1 234 567.50', 1234567.5, 'several groups and decimals'],
  ])('%j → %d (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctx);
    expect(r.cell).toMatchObject({ kind: 'number', value: expected });
    expect(r.reason).toBe('fix.amount');
    expect(r.findings).toEqual([]);
  });

  it.each<[string, number]>([['三千', 0.3], ['两万', 2], ['3万5', 3.5], ['壹万元整', 1]])('in a column of 万元, %j says its own scale: %d', (raw, value) => {
    expect(parseAmount(raw, 'CNY', '.', 4)).toEqual({ kind: 'number', value });
  });

  it.each<[string, string]>([
    ['1.5万元/年', '15000'],
    ['3000元/月', '3000'],
    ['每年两万', '20000'],
    ['$500 per month', '500'],
  ])('%j is an amount per period: left as typed, the finding giving %s', (raw, amount) => {
    const cell = text(raw);
    const r = cleanCell(cell, ctxFor('amount', { amount: { currency: raw.startsWith('$') ? 'USD' : 'CNY' } }));
    expect(r.cell).toBe(cell);
    expect(r.findings).toEqual([{ code: 'amount.perPeriod', severity: 'warning', params: { value: raw, amount } }]);
  });
});

describe('cleanAmount: a price to be agreed, an amount given roughly', () => {
  it.each([['面议'], ['另议'], ['价格面议'], ['Negotiable'], ['POA']])('%j is no amount yet, and no mistake', (raw) => {
    const cell: Cell = { kind: 'text', value: raw };
    expect(cleanCell(cell, ctx)).toEqual({ cell, findings: [] });
  });

  it.each<[string, string]>([
    ['约5万', '50000'],
    ['5万左右', '50000'],
    ['大约 12,000 元', '12000'],
    ['3万以上', '30000'],
    ['20万+', '200000'],
    ['about 5k', '5000'],
    ['~1500', '1500'],
  ])('%j is left as typed, the finding giving %s to write if that is the figure', (raw, amount) => {
    const cell: Cell = { kind: 'text', value: raw };
    const r = cleanCell(cell, ctx);
    expect(r.cell).toEqual(cell);
    expect(r.findings).toEqual([{ code: 'amount.approximate', severity: 'warning', params: { value: raw, amount } }]);
  });

  it('a word around no number is still unreadable', () => {
    expect(cleanCell({ kind: 'text', value: '约很多' }, ctx).findings.map((f) => f.code)).toEqual(['amount.invalid']);
  });
});

describe('parseAmount in other currencies', () => {
  it.each([
    ['$1,000.50', 'USD', 1000.5],
    ['USD 1000', 'USD', 1000],
    ['1.5k dollars', 'USD', 1500],
    ['$2.5M', 'USD', 2500000],
    ['HK$300', 'HKD', 300],
    ['$300', 'HKD', 300],
    ['¥5000', 'JPY', 5000],
    ['5000円', 'JPY', 5000],
    ['£99', 'GBP', 99],
    ['HK$12,800', 'HKD', 12800],
    ['港幣5,000元', 'HKD', 5000],
    ['澳門元5000', 'MOP', 5000],
    ['MOP$1,200', 'MOP', 1200],
    ['RM1,200.00', 'MYR', 1200],
    ['RM 350', 'MYR', 350],
    ['S$1,200.00', 'SGD', 1200],
    ['NT$3,600', 'TWD', 3600],
  ])('%j in a %s sheet → %d', (raw, currency, value) => {
    expect(parseAmount(raw, currency)).toEqual({ kind: 'number', value });
  });
  it.each<[string, string, number]>([
    ['₹1,25,000', 'INR', 125000],
    ['INR 2,00,000', 'INR', 200000],
    ['₹3,50,000.50', 'INR', 350000.5],
    ['Rs. 12,500', 'INR', 12500],
    ['1,00,00,000', 'INR', 10000000],
  ])('%j in a %s sheet → %d: India groups lakhs and crores in pairs, and a pair of digits between commas means no other grouping', (raw, currency, value) => {
    expect(parseAmount(raw, currency)).toEqual({ kind: 'number', value });
  });
  it.each<[string, number]>([
    ['৳1,25,000', 125000],
    ['Tk. 25,000', 25000],
    ['Tk 12,50,000', 1250000],
    ['BDT 5,000.50', 5000.5],
    ['2.5 lakh', 250000],
    ['1.2 crore Taka', 12000000],
  ])('%j in a taka sheet → %d: Bangladesh writes its amounts in lakhs and crores too, with ৳, Tk or BDT', (raw, value) => {
    expect(parseAmount(raw, 'BDT')).toEqual({ kind: 'number', value });
  });
  it('keeps a taka amount in a rupee sheet as another currency\'s, and 1,23,456 in a yuan sheet is no amount', () => {
    expect(parseAmount('Tk 1,25,000', 'INR')).toEqual({ kind: 'foreign', currency: 'BDT' });
    expect(parseAmount('1,23,456', 'CNY')).toEqual({ kind: 'invalid' });
  });
  it.each([['1,2,345'], ['12,34'], ['1,23,45']])('%j is still no amount: no grouping puts one digit, or a pair last, between commas', (raw) => {
    expect(parseAmount(raw, 'INR')).toEqual({ kind: 'invalid' });
  });
  it.each<[string, number]>([
    ['1 lakh', 100000],
    ['2.5 lakh', 250000],
    ['12.5 lakh', 1250000],
    ['3 lakhs', 300000],
    ['4 lacs', 400000],
    ['1.2 Cr', 12000000],
    ['1.2 crore', 12000000],
    ['2 crores', 20000000],
    ['Rs. 5 lakh', 500000],
    ['₹2.5 lakh', 250000],
  ])('%j in a rupee sheet → %d: lakh is 10^5, crore (Cr) 10^7', (raw, value) => {
    expect(parseAmount(raw, 'INR')).toEqual({ kind: 'number', value });
  });
  it.each<[string, number]>([
    ['Rs.75,000/-', 75000],
    ['₹ 1,25,000/-', 125000],
    ['Rs. 2,50,000/- only', 250000],
    ['Rs. 75,000 only', 75000],
    ['75000/-', 75000],
    ['Rs.75000', 75000],
    ['₹12.5L', 1250000],
    ['2 L', 200000],
    ['3 Cr.', 30000000],
    ['1.5 Lacs.', 150000],
  ])('%j in a rupee sheet → %d: "/-" and "only" say there is nothing more, L is a lakh, and an abbreviation keeps its point', (raw, value) => {
    expect(parseAmount(raw, 'INR')).toEqual({ kind: 'number', value });
  });
  it('never reads the point of Rs. as a decimal point (Rs.75000 is no 0.75)', () => {
    expect(parseAmount('Rs.75000', 'INR')).toEqual({ kind: 'number', value: 75000 });
    expect(parseAmount('.5', 'INR')).toEqual({ kind: 'number', value: 0.5 });
  });
  it('reads L as a lakh only where rupees are meant: elsewhere 2 L is two litres', () => {
    expect(parseAmount('2 L', 'GBP')).toEqual({ kind: 'invalid' });
  });
  it('reads Cr as a crore only where rupees are meant: elsewhere it may be a credit', () => {
    expect(parseAmount('1.2 Cr', 'GBP')).toEqual({ kind: 'invalid' });
    expect(parseAmount('1.2 crore', 'GBP')).toEqual({ kind: 'number', value: 12000000 });
  });
  it.each<[string, ',' | '.', number]>([
    ['R 1 500,00', ',', 1500],
    ['R1 500,00', ',', 1500],
    ['R 45 000', ',', 45000],
    ['R 8 750,50', ',', 8750.5],
    ['R1500', '.', 1500],
    ['R 45 000', '.', 45000],
    ['ZAR 2,350.75', '.', 2350.75],
    ['1500 rand', '.', 1500],
  ])('%j in a rand sheet (decimal %s) → %d', (raw, decimal, value) => {
    expect(parseAmount(raw, 'ZAR', decimal)).toEqual({ kind: 'number', value });
  });
  it('reads a lone R as the rand only in a rand sheet, and R$, Rs and RM as theirs even there', () => {
    expect(parseAmount('R 1500', 'CNY')).toEqual({ kind: 'invalid' });
    expect(parseAmount('R 1500', 'INR')).toEqual({ kind: 'invalid' });
    expect(parseAmount('R$ 500', 'ZAR')).toEqual({ kind: 'foreign', currency: 'BRL' });
    expect(parseAmount('Rs 500', 'ZAR')).toEqual({ kind: 'foreign', currency: 'INR' });
    expect(parseAmount('RM 500', 'ZAR')).toEqual({ kind: 'foreign', currency: 'MYR' });
  });
  it('reads lakhs marked as rupees in a yuan sheet as a foreign amount, not an unreadable one', () => {
    expect(parseAmount('₹1,25,000', 'CNY')).toEqual({ kind: 'foreign', currency: 'INR' });
  });
  it('reads RMB as the yuan, not RM and a B, in a Malaysian sheet', () => {
    expect(parseAmount('RMB 100', 'MYR')).toEqual({ kind: 'foreign', currency: 'CNY' });
    expect(parseAmount('RM 100', 'MYR')).toEqual({ kind: 'number', value: 100 });
    expect(parseAmount('RMB 100', 'CNY')).toEqual({ kind: 'number', value: 100 });
    expect(parseAmount('RM 100', 'CNY')).toEqual({ kind: 'foreign', currency: 'MYR' });
  });
  it.each<[string, string, number]>([
    ['₱250,000.00', 'PHP', 250000],
    ['PHP 156,000', 'PHP', 156000],
    ['Php 1,250.50', 'PHP', 1250.5],
    ['฿45,000', 'THB', 45000],
    ['45,000 baht', 'THB', 45000],
    ['₩50,000', 'KRW', 50000],
    ['50,000원', 'KRW', 50000],
  ])('%j in a %s sheet → %d: South-East Asia\'s and Korea\'s own markers', (raw, currency, value) => {
    expect(parseAmount(raw, currency)).toEqual({ kind: 'number', value });
  });
  it.each<[string, string, number]>([
    ['Rp 1.500.000', 'IDR', 1500000],
    ['Rp 1.500.000,50', 'IDR', 1500000.5],
    ['IDR 2,000,000', 'IDR', 2000000],
    ['250.000 ₫', 'VND', 250000],
    ['1.200.000đ', 'VND', 1200000],
  ])('%j in a %s sheet → %d: the rupiah and the dong set thousands apart with a point (250.000 ₫ is no 250 dong)', (raw, currency, value) => {
    expect(parseAmount(raw, currency)).toEqual({ kind: 'number', value });
  });
  it('keeps a peso, rupiah or dong amount in another currency\'s sheet as that currency\'s', () => {
    expect(parseAmount('₱250,000.00', 'INR')).toEqual({ kind: 'foreign', currency: 'PHP' });
    expect(parseAmount('Rp 1.500.000', 'INR')).toEqual({ kind: 'foreign', currency: 'IDR' });
    expect(parseAmount('250.000 ₫', 'USD')).toEqual({ kind: 'foreign', currency: 'VND' });
  });
  it('sees 元 as foreign in a USD sheet', () => {
    expect(parseAmount('1000元', 'USD')).toEqual({ kind: 'foreign', currency: 'CNY' });
  });
});

describe('shiftDecimal', () => {
  it.each([
    ['1.2', 4, '12000'], ['3.5', 4, '35000'], ['1.23456', 4, '12345.6'], ['0.07', 4, '700'],
    ['12', 0, '12'], ['1.50', 0, '1.5'], ['007', 1, '70'],
    ['3', -1, '0.3'], ['12', -4, '0.0012'], ['1.2', -3, '0.0012'], ['5000', -4, '0.5'], ['120000', -4, '12'], ['0', -4, '0'],
  ])('%s × 10^%d = %s', (digits, exp, expected) => {
    expect(shiftDecimal(digits, exp)).toBe(expected);
  });

  it('moving the point left and back gives the amount again', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 8 }), (units, decimals, exp) => {
      const digits = (units / 10 ** decimals).toFixed(decimals);
      expect(Number(shiftDecimal(shiftDecimal(digits, -exp), exp))).toBe(Number(digits));
    }));
  });

  it('equals the exact decimal product for any amount and scale', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 8 }), (units, decimals, exp) => {
      // digits = units / 10^decimals; the shifted text times 10^decimals must be units × 10^exp exactly.
      const digits = (units / 10 ** decimals).toFixed(decimals);
      const [int, frac = ''] = shiftDecimal(digits, exp).split('.');
      expect(frac.length).toBeLessThanOrEqual(decimals);
      expect(BigInt(int + frac.padEnd(decimals, '0'))).toBe(BigInt(units) * 10n ** BigInt(exp));
    }));
  });
});

describe('parseAmount in a column of 万元 (unit 4)', () => {
  it.each<[string, number]>([
    ['12', 12], ['1.5', 1.5], ['12万', 12], ['12万元', 12], ['3千', 0.3], ['0.5亿', 5000], ['1.2k', 0.12], ['¥3', 3], ['(2万)', -2],
  ])('%s → %d (万)', (text, value) => {
    expect(parseAmount(text, 'CNY', '.', 4)).toEqual({ kind: 'number', value });
  });
});

describe('cleaning a column of 万元: an amount that looks typed in yuan', () => {
  const wan = ctxFor('amount', { amount: { unit: 4 } });
  it.each<[Cell, number]>([[text('120000'), 1200000000], [text('¥150000'), 1500000000], [{ kind: 'number', value: 200000 }, 2000000000]])('%j comes to 1 亿 or more: a warning, the value kept', (cell, whole) => {
    const r = cleanCell(cell, wan);
    expect(r.findings).toEqual([{ code: 'amount.unitSuspicious', severity: 'warning', params: { value: cellText(cell), whole } }]);
    // As typed: a formula summing the column reads no 12 亿 the user never confirmed.
    expect(r.cell).toEqual(cell);
  });

  it.each<[Cell]>([[text('12')], [text('5000')], [text('12000万')], [{ kind: 'number', value: 50 }]])('%j is a plausible amount in 万 (or says its own scale)', (cell) => {
    expect(cleanCell(cell, wan).findings).toEqual([]);
  });

  it('a plain column never warns, whatever the amount', () => {
    expect(cleanCell(text('120000000'), ctx).findings).toEqual([]);
  });
});

describe('a column of 万元 where a cell names its own unit (成交金额（万元）: 80000元 typed by a colleague who counts in yuan)', () => {
  const wan = ctxFor('amount', { amount: { unit: 4 } });
  it.each<[string, number, string]>([
    ['80000元', 8, 'yuan written out: ¥80,000, kept in the column\'s unit as 8 (万)'],
    ['5000元', 0.5, 'yuan: ¥5,000'],
    ['3000块', 0.3, '块, the spoken word for 元'],
    ['80,000元', 8, 'with thousands commas'],
    ['¥80,000元', 8, 'with the sign and the word'],
    ['8万元', 8, '万元 is the column\'s own unit'],
    ['1500000元', 150, '¥1,500,000 is 150 万, no yuan typed by mistake'],
  ])('%j → %d 万 (%s), with no warning', (raw, value) => {
    const r = cleanCell(text(raw), wan);
    expect(r.cell).toEqual({ kind: 'number', value });
    expect(r.findings).toEqual([]);
  });

  it('a dollar sheet\'s Revenue ($K): "5,000 dollars" is $5,000, 5 thousands', () => {
    expect(parseAmount('5,000 dollars', 'USD', '.', 3)).toEqual({ kind: 'number', value: 5 });
  });

  it('a sign or a code (¥80,000, RMB 3000) names the currency, not the unit: read in 万 it is ¥8亿 / ¥3千万, so it is flagged for the user to say', () => {
    for (const raw of ['¥80,000', 'RMB 3000', '人民币5000']) {
      const r = cleanCell(text(raw), wan);
      expect(r.findings.map((f) => f.code)).toEqual(['amount.unitSuspicious']);
      expect(r.cell).toEqual(text(raw));
    }
  });

  it('while ¥12 or RMB 8.5, a currency-formatted 万 amount of a small business, is taken in 万 without a word', () => {
    for (const raw of ['¥12', 'RMB 8.5', '¥120']) expect(cleanCell(text(raw), wan).findings).toEqual([]);
  });

  it('a bare 80,000 or 150000 says no unit: read in 万 it comes to ¥8亿 / ¥15亿, so it is flagged, not taken silently', () => {
    for (const raw of ['80,000', '150000']) {
      expect(cleanCell(text(raw), wan).findings.map((f) => f.code)).toEqual(['amount.unitSuspicious']);
    }
  });
});

describe('parseAmount with a decimal comma (most of Europe)', () => {
  it.each<[string, number]>([
    ['1.234,50 €', 1234.5],
    ['€ 1 234,50', 1234.5],
    ['1\u202f234,50 €', 1234.5],
    ['1\u00a0234,50', 1234.5],
    ['12,5', 12.5],
    ['99,00', 99],
    ['1.234.567,89', 1234567.89],
    ['-12,50', -12.5],
    ['1234', 1234],
  ])('%j → %d', (text, value) => {
    expect(parseAmount(text, 'EUR', ',')).toEqual({ kind: 'number', value });
  });

  it('flags 12,000, which is twelve under a decimal comma or 12000 typed the other way', () => {
    expect(parseAmount('12,000', 'EUR', ',')).toEqual({ kind: 'invalid' });
  });

  it.each<[string, string, string]>([
    ['12,000 €', '12', '12000'],
    ['€ 1,500', '1.5', '1500'],
    ['999,000', '999', '999000'],
  ])('keeps %j as typed and says both readings: %s with the decimal comma, %s with a thousands comma', (value, small, large) => {
    const de = ctxFor('amount', { amount: { currency: 'EUR', decimalSeparator: ',' } });
    const r = cleanCell({ kind: 'text', value }, de);
    expect(r.cell).toEqual({ kind: 'text', value });
    expect(r.findings).toEqual([{ code: 'amount.ambiguousComma', severity: 'warning', params: { value, small, large } }]);
  });

  it.each<[string, string, number]>([
    ['$2,000', 'USD', 2000],
    ['£1,800', 'GBP', 1800],
    ['3,600 $', 'CAD', 3600],
  ])('reads %j in a column with a decimal comma as thousands: a %s amount never has three decimals', (value, currency, amount) => {
    expect(parseAmount(value, currency, ',')).toEqual({ kind: 'number', value: amount });
  });

  it('calls what no reading makes an amount unreadable, not ambiguous', () => {
    const de = ctxFor('amount', { amount: { currency: 'EUR', decimalSeparator: ',' } });
    expect(cleanCell({ kind: 'text', value: '1,234,000 €' }, de).findings.map((f) => f.code)).toEqual(['amount.invalid']);
  });

  it('is the setting a cleaner reads', () => {
    const r = cleanCell({ kind: 'text', value: '1.234,50 €' }, ctxFor('amount', { amount: { currency: 'EUR', decimalSeparator: ',' } }));
    // The € in the format as typed, and the decimal comma as a German locale tag (currency-format.ts).
    expect(r.cell).toEqual({ kind: 'number', value: 1234.5, format: '[$-407]#,##0.00" €"' });
  });
});

describe('parseAmount: a cell that shows its own decimal comma, in a column read with the point', () => {
  // A Québec sheet writes 1 250,00 $ beside an English-speaking colleague's $3,400.00.
  it.each<[string, number]>([
    ['1 250,00 $', 1250],
    ['12 800,50 $', 12800.5],
    ['1\u00a0250,00 $', 1250],
    ['$3,400.00', 3400],
  ])('%j → %d', (raw, value) => {
    expect(parseAmount(raw, 'CAD')).toEqual({ kind: 'number', value });
  });

  it('keeps the shapes that tell no mark of their own as they are read: 1,250 is a thousand, 12,5, 850,00 and 1.234,50 stay unreadable', () => {
    expect(parseAmount('1,250', 'CAD')).toEqual({ kind: 'number', value: 1250 });
    expect(parseAmount('850,00 $', 'CAD')).toEqual({ kind: 'invalid' });
    expect(parseAmount('12,5', 'CAD')).toEqual({ kind: 'invalid' });
    expect(parseAmount('1.234,50', 'CAD')).toEqual({ kind: 'invalid' });
    expect(parseAmount('1,25,000', 'CAD')).toEqual({ kind: 'invalid' });
  });
});

describe('an amount typed with a scale word keeps its currency (£25k, £1.2m, ₹12.5L)', () => {
  // Without its £ the cleaned 25000 says nothing of pounds, and next week's run on the sheet would read
  // it in the sheet's default currency, as it would have £25,000 before its format kept the £.
  it.each<[string, string, number, string]>([
    ['£25k', 'GBP', 25000, '"£"#,##0'],
    ['£1.2m', 'GBP', 1200000, '"£"#,##0'],
    ['£2.75k', 'GBP', 2750, '"£"#,##0'],
    ['$1.25k', 'USD', 1250, '"$"#,##0'],
    // Pence only where the scaled number has them.
    ['£1.2345k', 'GBP', 1234.5, '"£"#,##0.00'],
  ])('%j in a %s sheet → %d under %s', (raw, currency, value, format) => {
    const r = cleanCell(text(raw), ctxFor('amount', { amount: { currency } }));
    expect(r.cell).toEqual({ kind: 'number', value, format });
    expect(r.findings).toEqual([]);
  });

  it('but a column counted in thousands (Revenue ($K)) gives its number no sign: 5k there is 5, not $5', () => {
    expect(cleanCell(text('$5k'), ctxFor('amount', { amount: { currency: 'USD', unit: 3 } })).cell).toEqual({ kind: 'number', value: 5 });
  });
});
