/**
 * Which formulas' saved results a run made stale: those reading a changed cell, a row a merge
 * archived, or another stale formula; never one reading only cells the run left alone.
 */
import type { Cell } from '../../../shared';
import { staleFormulas } from '../../../cli/io/stale-formulas';

const f = (formula: string, value: number): Cell => ({ kind: 'number', value, formula: `=${formula}` });
const n = (value: number): Cell => ({ kind: 'number', value });
const where = (rows: Cell[][], changed: { row: number; col: number }[], removed: number[] = []) =>
  staleFormulas(rows, '客户', changed, removed).map((s) => `${s.row}:${s.col}`);

describe('staleFormulas', () => {
  // A: 累计消费, B: 单价, C: 小计 =A*B… row 5: 合计 of A, row 6: 含税 of the 合计.
  const sheet = (): Cell[][] => [
    [n(0), n(0), n(0)],
    [n(12800), n(100), f('A2*B2', 0)],
    [n(3000), n(200), f('A3*B3', 600000)],
    [n(5000), n(30), f('B4*3', 90)],
    [f('SUM(A2:A4)', 8000), n(0), n(0)],
    [f('A5*1.13', 9040), n(0), n(0)],
  ];

  it.each<[string, { row: number; col: number }[], number[], string[]]>([
    ['nothing changed: nothing stale', [], [], []],
    ['a changed amount: its row’s product, the 合计 and the 含税 that reads it', [{ row: 2, col: 1 }], [], ['2:3', '5:1', '6:1']],
    ['a cell no formula reads', [{ row: 4, col: 1 }], [], ['5:1', '6:1']],
    ['a changed 单价 only its row’s product reads', [{ row: 4, col: 2 }], [], ['4:3']],
    ['a row the merge archived: the 合计 counted it', [], [3], ['3:3', '5:1', '6:1']],
  ])('%s', (_, changed, removed, expected) => {
    expect(where(sheet(), changed, removed)).toEqual(expected);
  });

  it('follows a running balance of 20,000 rows without going through every formula for each', () => {
    // E2 = D2, E3 = E2 + D3, …: a ledger's balance column, each row reading the one above.
    const rows: Cell[][] = [[]];
    for (let r = 2; r <= 20_001; r++) rows.push([n(0), n(0), n(0), n(100), r === 2 ? f('D2', 100) : f(`E${r - 1}+D${r}`, 100 * (r - 1))]);
    const started = Date.now();
    const stale = staleFormulas(rows, '客户', [{ row: 2, col: 4 }], []);
    expect(stale).toHaveLength(20_000);
    expect(stale[19_999]).toMatchObject({ row: 20_001, col: 5, via: [{ row: 20_000, col: 5 }] });
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
