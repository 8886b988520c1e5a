/**
 * A column remembers how it cleaned each value (build.ts ColumnMemo): an .xlsx keeps phones and amounts
 * as numbers, and a number is remembered by its value under its format. The same number shown two ways
 * is two values to the user: 13812300000 under General is a mobile as typed, the same number under
 * 0.00E+00 is what 1.38123E+10 became, digits lost (phone.precisionLost), whichever comes first.
 */
import { resolveSettings, run, type Cell, type Grid, type Plan } from '../../../shared';
import { TODAY } from './helpers';

// Six significant digits: as typed under General, what 1.38123E+10 became under a scientific format (lost-digits.ts).
const WHOLE: Cell = { kind: 'number', value: 13812300000 };
const SHOWN_SHORT: Cell = { kind: 'number', value: 13812300000, format: '0.00E+00' };

/** A shop's member list with `n` rows whose 手机 is the cell `phoneOf(i)`. */
function memberList(n: number, phoneOf: (i: number) => Cell): Grid {
  const cells: Cell[][] = [[{ kind: 'text', value: '会员姓名' }, { kind: 'text', value: '手机' }, { kind: 'text', value: '累计消费' }]];
  for (let i = 0; i < n; i++) cells.push([{ kind: 'text', value: `会员${i}` }, phoneOf(i), { kind: 'number', value: 1280, format: i % 2 === 0 ? '"¥"#,##0.00' : '0' }]);
  return { sheetName: '会员', firstRow: 1, firstCol: 1, cells };
}

function planOf(grid: Grid): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const lostDigitRows = (plan: Plan) => plan.issues.filter((i) => i.code === 'phone.precisionLost').map((i) => i.sheetRow);

describe('a number a column repeats under two formats', () => {
  it.each<[string, (i: number) => boolean]>([
    ['typed whole first', (i) => i >= 2400],
    ['shown short first', (i) => i < 100],
    ['every seventh row shown short', (i) => i % 7 === 3],
  ])('says lost digits exactly where the cell was shown short (%s)', (_, short) => {
    const n = 2600;
    const plan = planOf(memberList(n, (i) => (short(i) ? SHOWN_SHORT : WHOLE)));
    const expected: number[] = [];
    for (let i = 0; i < n; i++) if (short(i)) expected.push(i + 2);
    expect(lostDigitRows(plan)).toEqual(expected);
  });
});
