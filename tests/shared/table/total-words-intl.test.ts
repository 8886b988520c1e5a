/**
 * A sheet saved by a German, French, Italian, Dutch, Spanish, Korean … Excel ends in its own word for
 * the total (a Xero customer list exported in Germany: Summe under the balances). It is no customer,
 * as 合计 and Total are not; a customer whose name merely holds such a word stays one.
 */
import { toTable, type TableOutcome } from '../../../shared/table/from-grid';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { EMPTY, num, text, type Cell } from '../../../shared/table/cell';
import type { Grid } from '../../../shared/table/grid';

const grid = (cells: Cell[][]): Grid => ({ sheetName: 'Kunden', cells, firstRow: 1, firstCol: 1 });
function ok(outcome: TableOutcome) {
  if (!outcome.ok) throw new Error(`expected a table, got ${outcome.problem.code}`);
  return outcome;
}
const customers: Cell[][] = [
  [text('Customer'), text('Phone'), text('Email'), text('Balance')],
  [text('Müller GmbH'), text('+49 30 1000000'), text('info@mueller.de'), text('1.234,50')],
  [text('Alpenblick Hotel'), text('+43 512 123456'), text('buchhaltung@alpenblick.at'), text('12.480,00')],
];

describe('a total row in the language the sheet was saved in', () => {
  it.each([['Summe'], ['Gesamt'], ['Gesamtsumme'], ['Summe:'], ['Summe (EUR)'], ['Total général'], ['Sous-total'], ['Totale'], ['Totale complessivo'], ['Totaal'], ['Eindtotaal'], ['Suma'], ['Total geral'], ['합계'], ['Итого'], ['合計'], ['總計']])('%j under the customers is a total, not a customer', (label) => {
    const result = ok(toTable(grid([...customers, [text(label), EMPTY, EMPTY, num(13714.5)]]), DEFAULT_SETTINGS));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3]);
    expect(result.problems.map((p) => p.code)).toContain('sheet.totalRows');
  });

  it('the summary names the row by the word the sheet wrote', () => {
    const result = ok(toTable(grid([...customers, [text('Summe'), EMPTY, EMPTY, num(13714.5)]]), DEFAULT_SETTINGS));
    expect(result.problems.find((p) => p.code === 'sheet.totalRows')?.params).toMatchObject({ rows: '4', label: 'Summe' });
  });

  it.each([['Summer Lee'], ['Gesamtschule Nord'], ['Totale Energie GmbH'], ['Somma Trattoria'], ['Sumatra Coffee Ltd']])('%j, a customer whose name holds the word, stays a customer', (name) => {
    const row = [text(name), text('+49 30 1234567'), text('info@example.de'), text('250,00')];
    const result = ok(toTable(grid([...customers, row]), DEFAULT_SETTINGS));
    expect(result.table.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4]);
  });
});
