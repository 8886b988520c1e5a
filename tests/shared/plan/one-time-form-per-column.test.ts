/**
 * A time-stamp column whose cells were typed some with seconds (2024-03-05 14:30:00, a CRM export) and
 * some without (2024-03-06 09:15, typed by hand) came out of cleaning in two forms. A cleaned column
 * is in one form, chosen per column from what its cells say:
 *  - a cell with seconds other than :00 (09:15:33): every time shows its seconds, or that one would lose them;
 *  - else the form most of its times were typed in: HH:MM:SS when more than half carry :00, HH:MM
 *    otherwise (a tie too: :00 says nothing, and HH:MM is what a user types).
 * Dates typed without a time stay days: no time is made up for them.
 */
import { run, resolveSettings, type Plan } from '../../../shared';
import { cellText } from '../../../shared/table/cell';
import { gridOf } from './helpers';

function planOf(rows: string[][]): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: '2026-12-04' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

/** Column `col` as the cleaned sheet holds it: each cell's written value (a date as a sheet shows it, T as a space). */
function cleanedColumn(rows: string[][], col: number): string[] {
  const plan = planOf(rows);
  return rows.slice(1).map((cells, i) => {
    const edit = plan.edits.find((e) => e.sheetRow === i + 2 && e.col === col);
    return edit === undefined ? cells[col] : cellText(edit.after).replace('T', ' ');
  });
}

describe('a time-stamp column is cleaned into one form', () => {
  it.each([
    {
      what: 'a 最近联系时间 of two CRM exports and two typed by hand (a tie): HH:MM everywhere',
      cells: ['2024-03-05 14:30:00', '2024-03-06 09:15', '2024-03-07 16:45', '2024-03-08 10:00:00'],
      expected: ['2024-03-05 14:30', '2024-03-06 09:15', '2024-03-07 16:45', '2024-03-08 10:00'],
    },
    {
      what: 'mostly typed with :00 (a 企业微信 export) and one by hand: :00 everywhere',
      cells: ['2024-03-05 14:30:00', '2024-03-06 09:15', '2024-03-07 16:45:00', '2024-03-08 10:00:00'],
      expected: ['2024-03-05 14:30:00', '2024-03-06 09:15:00', '2024-03-07 16:45:00', '2024-03-08 10:00:00'],
    },
    {
      what: 'one time with seconds other than :00: every time keeps its seconds',
      cells: ['2024-03-05 14:30:27', '2024-03-06 09:15', '2024-03-07 16:45', '2024/3/8 10:00'],
      expected: ['2024-03-05 14:30:27', '2024-03-06 09:15:00', '2024-03-07 16:45:00', '2024-03-08 10:00:00'],
    },
    {
      what: 'mostly HH:MM, one :00: HH:MM everywhere; a date typed without a time stays a day',
      cells: ['2024-03-05 14:30', '2024-03-06 09:15:00', '2024/3/7 16:45', '2024-03-08'],
      expected: ['2024-03-05 14:30', '2024-03-06 09:15', '2024-03-07 16:45', '2024-03-08'],
    },
  ])('$what', ({ cells, expected }) => {
    const rows = [
      ['客户姓名', '手机', '公司', '最近联系时间'],
      ['王建国', '13812345678', '杭州恒达机电有限公司', cells[0]],
      ['李秀英', '13987654321', '宁波天盛贸易', cells[1]],
      ['陈志强', '13711112222', '上海卓越科技', cells[2]],
      ['赵丽娟', '15800001111', '苏州华信电子', cells[3]],
    ];
    expect(cleanedColumn(rows, 3)).toEqual(expected);
  });

  it('an English HubSpot export, Last Activity Date with and without seconds, the same', () => {
    const rows = [
      ['First Name', 'Last Name', 'Email', 'Last Activity Date'],
      ['John', 'Smith', 'john.smith@brightside.com', '2024-03-05 14:30:00'],
      ['Emily', 'Chen', 'emily@chenpartners.com', '2024-03-06 09:15'],
      ['Robert', 'Jones', 'rjones@gmail.com', '2024-03-07 16:45:00'],
    ];
    expect(cleanedColumn(rows, 3)).toEqual(['2024-03-05 14:30:00', '2024-03-06 09:15:00', '2024-03-07 16:45:00']);
  });
});
