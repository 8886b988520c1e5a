import { CURRENCY_MARKERS, markersFor } from '../../../shared/normalize/currency-markers';
import { parseAmount } from '../../../shared/normalize/amount';

describe('markersFor: each currency marker with its lower case, worked out once per currency', () => {
  it.each(['CNY', 'USD', 'MYR', 'INR', 'VND', 'ZAR', 'RUB'])('%s: ownLower and foreignLower are own and foreign lower-cased, index for index', (code) => {
    const m = markersFor(code);
    expect(m.ownLower).toEqual(m.own.map((x) => x.toLowerCase()));
    expect(m.foreignMarkers).toEqual(m.foreign.map((f) => f.marker));
    expect(m.foreignLower).toEqual(m.foreignMarkers.map((x) => x.toLowerCase()));
    // A marker whose lower case is longer or shorter would be cut at the wrong place (rest.slice(m.length)).
    m.own.forEach((x, i) => expect(m.ownLower[i]).toHaveLength(x.length));
    m.foreignMarkers.forEach((x, i) => expect(m.foreignLower[i]).toHaveLength(x.length));
  });

  it('gives the same lists on every call (one object per currency, whatever the case of the code)', () => {
    expect(markersFor('cny')).toBe(markersFor('CNY'));
  });

  it('every currency of the table keeps its markers foreign in a yuan sheet, longest first', () => {
    const m = markersFor('CNY');
    for (const [code, markers] of Object.entries(CURRENCY_MARKERS)) {
      if (code === 'CNY') continue;
      for (const marker of markers) if (!m.ownLower.includes(marker.toLowerCase())) expect(m.foreignMarkers).toContain(marker);
    }
    for (let i = 1; i < m.foreignMarkers.length; i++) expect(m.foreignMarkers[i - 1].length).toBeGreaterThanOrEqual(m.foreignMarkers[i].length);
  });
});

describe('amounts read with the lower-cased markers: case-blind, cut where the typed marker ends', () => {
  it.each([
    ['rmb 1,000', 'CNY', { kind: 'number', value: 1000 }],
    ['Rmb1000元', 'CNY', { kind: 'number', value: 1000 }],
    ['usd 25', 'CNY', { kind: 'foreign', currency: 'USD' }],
    ['5000 Euros', 'CNY', { kind: 'foreign', currency: 'EUR' }],
    ['RMB 3000', 'MYR', { kind: 'foreign', currency: 'CNY' }],
    ['rm 3000', 'MYR', { kind: 'number', value: 3000 }],
    ['VNĐ 250.000', 'VND', { kind: 'number', value: 250000 }],
    ['vnđ 250.000', 'CNY', { kind: 'foreign', currency: 'VND' }],
    ['Rs.75,000/-', 'INR', { kind: 'number', value: 75000 }],
    ['12.5 LAKH', 'INR', { kind: 'number', value: 1250000 }],
  ])('%s in a %s sheet', (text, currency, reading) => {
    expect(parseAmount(text, currency)).toEqual(reading);
  });
});
