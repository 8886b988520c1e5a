/**
 * A cleaned amount's number format keeps what the typed amount showed and the number no longer does:
 * its currency (£25,000) and its decimal comma (1.234,50), read back by the next run on the sheet.
 */
import { format as shown } from 'numfmt';
import { currencyFormat, formatMarker, markerShape, numberShownWith, numberWithMarker, showsDecimalComma, withDecimalComma } from '../../../shared/normalize/currency-format';

describe('an amount shown as its sheet groups it', () => {
  // Rendered by numfmt, an implementation of Excel's number formats: what the user's Excel shows.
  it('groups rupees by lakh and crore, as an Indian sheet types them, and reads the ₹ back', () => {
    const rupees = currencyFormat('₹', false, false, false, true);
    expect(shown(rupees, 999)).toBe('₹999');
    expect(shown(rupees, 12000)).toBe('₹12,000');
    expect(shown(rupees, 125000)).toBe('₹1,25,000');
    expect(shown(rupees, 1000000)).toBe('₹10,00,000');
    expect(shown(rupees, 12345678)).toBe('₹1,23,45,678');
    expect(formatMarker(rupees)).toBe('₹');
    expect(numberWithMarker(125000, rupees)).toBe('₹125000');
  });

  it('keeps the decimals and the marker after the number (Rs. written after, paise typed)', () => {
    const paise = currencyFormat('Rs.', true, true, true, true);
    expect(shown(paise, 125000.5)).toBe('1,25,000.50 Rs.');
    expect(numberWithMarker(125000.5, paise)).toBe('125000.50 Rs.');
  });

  it('groups by thousands everywhere else', () => {
    expect(shown(currencyFormat('£', false, false), 1250000)).toBe('£1,250,000');
    expect(shown(currencyFormat('元', true, true), 1250000)).toBe('1,250,000.00元');
  });
});

describe('a decimal comma kept in the number format as a locale tag', () => {
  it('tags the format with the locale of a region that writes a decimal comma, German where the region writes none', () => {
    expect(withDecimalComma('#,##0.00" €"', 'FR')).toBe('[$-40C]#,##0.00" €"');
    expect(withDecimalComma('#,##0.00', 'DE')).toBe('[$-407]#,##0.00');
    // A German list cleaned under the default China: still a decimal comma's locale.
    expect(withDecimalComma(undefined, 'CN')).toBe('[$-407]General');
    // A South African list whose phones place no region: its rand does (en-ZA).
    expect(withDecimalComma('"R "#,##0.00', 'CN', 'ZAR')).toBe('[$-1C09]"R "#,##0.00');
    expect(showsDecimalComma('[$-1C09]"R "#,##0.00')).toBe(true);
  });

  it.each([
    ['[$-407]#,##0.00', true],
    ['[$€-40C]#,##0.00', true],
    ['[$-0407]#,##0', true],
    ['[$-409]#,##0.00', false], // English (US): a decimal point
    ['"£"#,##0', false],
    ['#,##0.00', false],
  ])('%s shows a decimal comma: %s', (format, comma) => {
    expect(showsDecimalComma(format)).toBe(comma);
  });

  it.each<[number, string, string | null]>([
    [1234.5, '[$-407]#,##0.00" €"', '1234,50 €'],
    [12.5, '[$-407]#,##0.0', '12,5'],
    [25000, '[$-407]#,##0.00', '25000,00'],
    [25000, '[$-407]#,##0', '25000'],
    [-80.25, '[$-40C]"€ "#,##0.00', '-€ 80,25'],
    // As before: the currency alone, with a point; nothing to show for a plain format.
    [1500.5, '"£"#,##0.00', '£1500.50'],
    [1500.5, '#,##0.00', null],
  ])('%s under %s is written %s, as the next run reads it', (value, format, text) => {
    expect(numberWithMarker(value, format)).toBe(text);
    // Read once for a column's amounts (plan/build.ts), the format writes each of them the same.
    const shape = markerShape(format);
    expect(numberShownWith(value, shape)).toBe(text);
    expect(numberShownWith(-value, shape)).toBe(numberWithMarker(-value, format));
    expect(numberShownWith(value * 10 + 0.25, shape)).toBe(numberWithMarker(value * 10 + 0.25, format));
  });
});
