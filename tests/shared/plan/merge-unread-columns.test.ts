/**
 * A merge that folds rows while some of their columns are unread (tester h77 #4): a shop's
 * `Zahlbetrag` and `Einkaufsdatum`, a 门店's `累计消费` typed under a header no field knows. The
 * merge neither adds nor compares such a column, so the merged row's €320 and its later purchase
 * day stay only in the merged values. The summary says so, naming the column, so the owner knows
 * the kept row's total is not the customer's; and once the headers are read (a Spanish shop's
 * Total compras, Última compra) the merge reads them as it does any sheet's.
 */
import { run, type Plan } from '../../../shared';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

const merged = (rows: string[][]): Plan => {
  const out = run(gridOf(rows, 'Clientes'), { settings: DEFAULT_SETTINGS, today: '2026-12-04', merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};
const notesOf = (p: Plan) => p.problems.filter((x) => x.code === 'merge.unreadNotCombined').map((x) => x.params?.header);

/** A German web shop's customers: its amount and purchase-day headers are no words the run knows. */
const UNREAD = [
  ['Name', 'Email', 'Zahlbetrag', 'Einkaufsdatum', 'Kundenkarte'],
  ['Begoña Álvarez', 'begona@correo.es', '1.234,56', '15/11/2026', 'K-100'],
  ['Begoña Alvarez', 'Begona@correo.es', '320,00', '02/12/2026', 'K-100'],
  ['José García', 'jose@correo.es', '99,00', '01/10/2026', 'K-101'],
  ['Lucía Pérez', 'lucia@correo.es', '45,00', '03/10/2026', 'K-102'],
];

describe('a merge while amount and date columns are unread', () => {
  it('says, for each such column whose merged rows differ, that the merge could not combine it', () => {
    const p = merged(UNREAD);
    expect(p.merge?.archive).toHaveLength(1);
    expect(notesOf(p)).toEqual(['Zahlbetrag', 'Einkaufsdatum']);
  });

  it('says nothing of an unread column the merged rows agree on (the same card number)', () => {
    expect(notesOf(merged(UNREAD))).not.toContain('Kundenkarte');
  });

  it('says nothing of an unread column that is no money or day: a row number, an id, an IP, a rating, a credit limit', () => {
    // The tester sheets' noise (8 × 序号; Mailchimp's LEID, CONFIRM_IP, MEMBER_RATING; a wholesaler's Credit Limit).
    const rows = [
      ['序号', 'Name', 'Email', 'LEID', 'CONFIRM_IP', 'MEMBER_RATING', 'Credit Limit', 'Zahlbetrag'],
      ['1', 'Begoña Álvarez', 'begona@correo.es', '118', '203.0.113.7', '4', '5,000.00', '1.234,56'],
      ['2', 'Begoña Alvarez', 'Begona@correo.es', '245', '198.51.100.2', '2', '8,000.00', '320,00'],
      ['3', 'José García', 'jose@correo.es', '301', '192.0.2.9', '3', '1,000.00', '99,00'],
    ];
    expect(notesOf(merged(rows))).toEqual(['Zahlbetrag']);
  });

  it('says nothing of a 物业 sheet\'s 单元 (a block of flats, 3 and 5), though 元 is a money word; names its 物业费', () => {
    const rows = [
      ['业主姓名', '手机', '楼栋', '单元', '物业费'],
      ['王建国', '13812345678', '3栋', '3', '1,200.00'],
      ['王建国', '138 1234 5678', '3栋', '5', '960.00'],
      ['李秀英', '13912345678', '5栋', '1', '880.00'],
    ];
    expect(notesOf(merged(rows))).toEqual(['物业费']);
  });

  it('says nothing when no merge was asked for', () => {
    const out = run(gridOf(UNREAD, 'Clientes'), { settings: DEFAULT_SETTINGS, today: '2026-12-04' });
    expect(out.ok && out.plan.problems.map((x) => x.code)).not.toContain('merge.unreadNotCombined');
  });

  it('is said in both languages, naming the column and the setting that maps it', () => {
    const params = { header: 'Zahlbetrag', count: 1 };
    expect(t('en', 'merge.unreadNotCombined', params)).toContain('"Zahlbetrag"');
    expect(t('en', 'merge.unreadNotCombined', params)).toContain('headers.overrides');
    expect(t('zh-CN', 'merge.unreadNotCombined', params)).toContain('“Zahlbetrag”');
  });
});

describe('a Spanish shop\'s customer typed twice, its headers read', () => {
  const TIENDA = [
    ['Nombre', 'Apellidos', 'Teléfono', 'Email', 'Fecha de nacimiento', 'Total compras (€)', 'Última compra', 'Vendedor', 'Ciudad', 'Notas'],
    ['Begoña', 'Álvarez Muñoz', '+34 612 345 678', 'begona.alvarez@correo.es', '07/12/1975', '1.234,56', '15/11/2026', 'Carmen', 'Bilbao', ''],
    ['BEGOÑA', 'ALVAREZ MUÑOZ', '612345678', 'Begona.Alvarez@correo.es', '07/12/1975', '320,00', '02/12/2026', 'Pablo', 'Bilbao', 'misma clienta'],
    ['José', 'García López', '+34 610 123 456', 'jose@correo.es', '12/04/1980', '99,00', '01/10/2026', 'Pablo', 'Madrid', ''],
    ['Lucía', 'Fernández', '+34 611 222 333', 'lucia@correo.es', '03/03/1990', '45,50', '03/10/2026', 'Carmen', 'Sevilla', ''],
  ];

  it('merges as any sheet\'s: no unread column is left out, and the two totals are said', () => {
    const p = merged(TIENDA);
    expect(p.merge?.archive).toHaveLength(1);
    expect(p.unreadColumns).toBeUndefined();
    expect(notesOf(p)).toEqual([]);
    expect(p.problems.map((x) => x.code)).toContain('dedupe.totals.larger.merged');
  });
});
