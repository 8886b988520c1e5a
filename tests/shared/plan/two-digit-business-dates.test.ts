/**
 * A contract end or a follow-up typed with a two-digit year the run cannot be sure of (24/3/5 and 26.12.9:
 * 2024 and 2026, or 民國 24 and 26, 1935 and 1937) is flagged "please confirm" on the first run. Tester h60
 * (09_文本日期_各种写法.csv, rerun over the output): the run wrote 2024-03-05 into the cell, and the next run,
 * reading a plain date, no longer said it had guessed. Kept as typed (as a birthday's 05-Mar-24 is), it is
 * flagged on every run until a four-digit year is typed, and its reminders still read the day it was read as.
 */
import { run, resolveSettings, type Cell, type Grid, type Plan } from '../../../shared';
import { after, gridOf } from './helpers';

const TODAY = '2026-12-01';
// Its fees in NT$: a sheet that may write 民國 years (a mainland one reads 26.12.9 as 2026-12-09, roc-signs.test.ts).
const SHEET = [
  ['姓名', '手机号', '合同到期日', '下次跟进', '年费'],
  ['张伟', '13811112222', '26.12.9', '26.11.28', 'NT$36,000'],
  ['李娜', '13811113333', '2026-12-20', '2026-11-30', 'NT$24,000'],
];

function planOfGrid(grid: Grid): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** The sheet as the run leaves it: each cell as the plan writes it (the rerun's input). */
function written(grid: Grid, plan: Plan): Grid {
  const cells = grid.cells.map((row) => row.slice());
  for (const e of plan.edits) cells[e.sheetRow - grid.firstRow][e.col] = e.after as Cell;
  return { ...grid, cells };
}

const doubts = (plan: Plan) => plan.issues.filter((i) => i.code === 'date.twoDigitYearRoc' || i.code === 'date.twoDigitYear').map((i) => [i.sheetRow, i.field]);
const kinds = (plan: Plan) => plan.reminders.reminders.map((r) => [r.kind, r.sheetRow, r.due]);

describe('a business date whose two-digit year is in doubt keeps its doubt across reruns', () => {
  const grid = gridOf(SHEET);
  const first = planOfGrid(grid);
  const second = planOfGrid(written(grid, first));

  it('is flagged on the first run and again on the rerun over the output', () => {
    expect(doubts(first)).toEqual([[2, 'contractEnd'], [2, 'nextFollowUp']]);
    expect(doubts(second)).toEqual(doubts(first));
  });

  it('keeps the cell as typed', () => {
    expect(after(first, 2, '合同到期日')).toBeNull();
    expect(after(first, 2, '下次跟进')).toBeNull();
  });

  it('is still reminded on the day it was read as, on both runs', () => {
    expect(kinds(first)).toEqual(kinds(second));
    expect(kinds(first)).toEqual(expect.arrayContaining([['contract', 2, '2026-12-09'], ['followUp', 2, '2026-11-28']]));
  });
});
