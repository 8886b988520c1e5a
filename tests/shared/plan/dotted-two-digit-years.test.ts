/**
 * A dotted date with a two-digit year (01.11.24, 15.03.25) is the European day.month.year, as its
 * four-digit twin 01.11.2024 is read: 1 November 2024. It was read year first (2001-11-24) and flagged
 * as a 民國 year. A sheet of genuine yy.mm.dd dates (98.05.12, 24.11.01) says so by a cell whose first
 * part can only be a year (98 > 31): there the column's dates are read year first, as before. A date
 * whose last part cannot be a year (24.3.5, 26.12.9: one digit) is year first as ever.
 */
import { resolveSettings, run, type Plan } from '../../../shared';
import { after, gridOf } from './helpers';

const TODAY = '2024-12-03';

function planOf(rows: string[][], input: object = {}): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(JSON.stringify(settings.errors));
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const followUps = (p: Plan) => p.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => [r.sheetRow, r.due]);
const codes = (p: Plan, sheetRow: number) => p.issues.filter((i) => i.sheetRow === sheetRow).map((i) => i.code);

describe('a dotted date with a two-digit year last is read day first', () => {
  const SWISS = [
    ['Name', 'Telefon', 'Firma', 'Letzter Kauf', 'Nächster Kontakt', 'Betreuer'],
    ['Jürgen Müller', '+41 44 668 18 00', 'Müller Haustechnik AG', '01.11.24', '03.12.24', 'Sophie Martin'],
    ['Anna Schmidt', '+41 31 322 21 11', 'Schmidt & Partner GmbH', '15.03.24', '', 'Sophie Martin'],
    ['Claire Dupont', '+41 22 718 31 00', 'Dupont Conseil SA', '02.05.24', '05.12.24', 'James Wood'],
  ];

  it('a Swiss customer list: 01.11.24 is 1 November 2024, and the follow-up on 03.12.24 is reminded on 3 December', () => {
    const p = planOf(SWISS);
    expect(after(p, 2, 'Letzter Kauf')).toEqual({ kind: 'date', value: '2024-11-01' });
    expect(after(p, 3, 'Letzter Kauf')).toEqual({ kind: 'date', value: '2024-03-15' });
    expect(after(p, 4, 'Letzter Kauf')).toEqual({ kind: 'date', value: '2024-05-02' });
    expect(followUps(p)).toContainEqual([2, '2024-12-03']);
    // No 民國 doubt: a year written last is no 民國 year.
    expect(codes(p, 2)).toEqual([]);
  });

  it('an English sheet of the same clients: 合同到期 typed 31.10.25 under Contract End is 2025-10-31', () => {
    const p = planOf([
      ['Account', 'Contact', 'Mobile', 'Contract Start', 'Contract End'],
      ['Schneider Logistik GmbH', 'Klaus Schneider', '+49 171 2345678', '01.11.24', '31.10.25'],
      ['Van Dijk Trading B.V.', 'Sanne van Dijk', '+31 6 12345678', '15.03.24', '14.03.26'],
    ]);
    expect(after(p, 2, 'Contract Start')).toEqual({ kind: 'date', value: '2024-11-01' });
    expect(after(p, 2, 'Contract End')).toEqual({ kind: 'date', value: '2025-10-31' });
    expect(after(p, 3, 'Contract End')).toEqual({ kind: 'date', value: '2026-03-14' });
  });

  it('under Chinese headers nothing tells the order, and a Chinese writer puts the year first: 31.10.25 is read 2031-10-25 and flagged, kept as typed', () => {
    // A Chinese 外贸 clerk types 24.11.01 for 2024年11月1日; a European client's 31.10.25 copied in is as
    // likely. Neither is proven, so the old year-first reading stands, with its doubt said on every run.
    const p = planOf([
      ['客户名称', '联系人', '手机', '签约日期', '合同到期'],
      ['Schneider Logistik GmbH', 'Klaus Schneider', '+49 171 2345678', '01.11.24', '31.10.25'],
      ['Van Dijk Trading B.V.', 'Sanne van Dijk', '+31 6 12345678', '15.03.24', '14.03.26'],
    ]);
    expect(after(p, 2, '合同到期')).toBeNull();
    expect(codes(p, 2)).toContain('date.twoDigitYearRoc');
  });
});

describe('a column of yy.mm.dd dates keeps them year first', () => {
  it('签约日期 98.05.12 beside 24.11.01: 98 can only be a year, so 24.11.01 is 2024-11-01, not 24 November 2001', () => {
    const p = planOf([
      ['客户姓名', '手机', '签约日期'],
      ['王建国', '13812345678', '98.05.12'],
      ['李秀英', '13987654321', '24.11.01'],
      ['陈志强', '13711112222', '23.02.15'],
    ]);
    // Year first, two digits: flagged as before (it may be 民國 24, 1935), its reminders read 2024-11-01.
    const doubt = p.issues.find((i) => i.sheetRow === 3 && i.code === 'date.twoDigitYearRoc');
    expect(doubt?.params).toEqual({ value: '24.11.01', year: 2024, roc: 1935 });
  });

  it('without such a cell, a Chinese sheet’s 24.11.01 is year first as its people write it: 2024-11-01, flagged as a possible 民國 year', () => {
    const p = planOf([
      ['客户姓名', '手机', '签约日期'],
      ['王建国', '13812345678', '24.11.01'],
      ['李秀英', '13987654321', '15.03.19'],
    ]);
    expect(after(p, 2, '签约日期')).toBeNull();
    expect(p.issues.find((i) => i.sheetRow === 2 && i.code === 'date.twoDigitYearRoc')?.params).toEqual({ value: '24.11.01', year: 2024, roc: 1935 });
  });

  it('without such a cell, a German sheet’s 24.11.01 is day.month.year like the rest of its dotted dates: 24 November 2001', () => {
    const p = planOf([
      ['Name', 'Telefon', 'Vertragsbeginn'],
      ['Jürgen Müller', '+41 44 668 18 00', '24.11.01'],
      ['Anna Schmidt', '+41 31 322 21 11', '15.03.19'],
    ]);
    expect(after(p, 2, 'Vertragsbeginn')).toEqual({ kind: 'date', value: '2001-11-24' });
    expect(after(p, 3, 'Vertragsbeginn')).toEqual({ kind: 'date', value: '2019-03-15' });
  });

  it('24.3.5 and 26.12.9, their last part one digit, are year first as ever (in a mainland sheet, no 民國 year: tester h76 #11)', () => {
    const p = planOf([
      ['姓名', '手机号', '下次跟进'],
      ['张伟', '13811112222', '24.12.3'],
    ]);
    expect(after(p, 2, '下次跟进')).toEqual({ kind: 'date', value: '2024-12-03' });
    expect(codes(p, 2)).toEqual([]);
  });
});
