import { dateColumnEvidence } from '../../../shared/plan/date-column-evidence';
import { hasTimesOfDay, timesWithSeconds } from '../../../shared/normalize/column-times';
import { dottedYearEvidence } from '../../../shared/normalize/dotted-years';
import type { Cell } from '../../../shared/table/cell';
import type { Row } from '../../../shared/table/table';

const text = (value: string): Cell => ({ kind: 'text', value });
const date = (value: string): Cell => ({ kind: 'date', value });
const EMPTY: Cell = { kind: 'empty' };

/** The column's cells under 姓名 in column 0, each row as a sales team typed it. */
const rowsOf = (cells: Cell[]): Row[] => cells.map((cell, i) => ({ sheetRow: i + 2, cells: [text(`客户${i}`), cell] }));

/** What the three scans say of the same column, each on its own. */
const apart = (cells: Cell[]) => ({ dotted: dottedYearEvidence(cells), timesOfDay: hasTimesOfDay(cells), seconds: timesWithSeconds(cells) });

describe('dateColumnEvidence: a date column read once for its dotted years and its times', () => {
  it.each<[string, Cell[]]>([
    ['下次跟进 typed as yy.mm.dd and a date or two', [text('24.11.01'), text('26.12.9'), text('2024-03-05'), EMPTY, text('98.05.12')]],
    ['a European Letzter Kauf, day.month.year', [text('15.03.85'), text('01.11.24'), text('3.4.2024')]],
    ["Zoho's Last Activity Time, a midnight among times", [text('2024-02-08 18:05:00'), text('2024-02-23 00:00:00'), text('2024-03-01 09:15')]],
    ['最近联系时间 with one time to the second', [text('2024-03-05 14:30'), text('2024-03-06 09:15:33'), text('2024-03-07 16:45')]],
    ['full-width colons, HH:MM most', [text('2024-03-05 14：30：00'), text('2024-03-06 09：15'), text('2024-03-07 16:45')]],
    ["an ERP's 合同到期: midnights only", [text('2025-12-31 00:00:00'), text('2026-03-31 00:00:00')]],
    ['real dates with and without seconds', [date('2024-03-05T14:30'), date('2024-03-05T14:30:12'), date('2024-03-05')]],
    ['real dates at midnight, an error and a number', [date('2024-03-05T00:00:00'), { kind: 'error', value: '#N/A' }, { kind: 'number', value: 45356 }]],
    ['instants from an API, no typed time', [text('2024-11-30T20:00:00Z'), text('2024-12-02T04:00:00+08:00')]],
    ['nothing but blanks', [EMPTY, EMPTY]],
  ])('%s: the same answers as the three scans', (_, cells) => {
    expect(dateColumnEvidence(rowsOf(cells), 1)).toEqual(apart(cells));
  });

  it('reads a short row (a cell past its end) as no date', () => {
    const rows: Row[] = [{ sheetRow: 2, cells: [text('王芳')] }, { sheetRow: 3, cells: [text('李强'), text('24.11.01 09:30')] }];
    expect(dateColumnEvidence(rows, 1)).toEqual({ dotted: { first: 0, last: 0 }, timesOfDay: true, seconds: false });
  });
});
