import fc from 'fast-check';
import { a1RangeRef, LAST_COL, LAST_ROW, parseA1Range } from '../../../cli/io/a1-range';

/**
 * The one reader of A1 references in cli/io: a table's and a filter's ref (客户表 A1:H200) and the
 * cells of a silenced green triangle (sqref="B2:B6 D:D"), as Excel writes them.
 */
describe('the area an A1 reference covers', () => {
  const areas: [string, string, { top: number; left: number; bottom: number; right: number }][] = [
    ['a cell', 'A1', { top: 1, left: 1, bottom: 1, right: 1 }],
    ['an absolute cell', '$A$1', { top: 1, left: 1, bottom: 1, right: 1 }],
    ['a mixed cell', 'B$7', { top: 7, left: 2, bottom: 7, right: 2 }],
    ['a table’s range', 'A1:C9', { top: 1, left: 1, bottom: 9, right: 3 }],
    ['an absolute range', '$A$1:$H$200', { top: 1, left: 1, bottom: 200, right: 8 }],
    ['a whole column', 'B:B', { top: 1, left: 2, bottom: LAST_ROW, right: 2 }],
    ['whole columns', '$B:$D', { top: 1, left: 2, bottom: LAST_ROW, right: 4 }],
    ['whole rows', '2:6', { top: 2, left: 1, bottom: 6, right: LAST_COL }],
    ['a whole row', '$3:$3', { top: 3, left: 1, bottom: 3, right: LAST_COL }],
    ['the last cell', 'XFD1048576', { top: LAST_ROW, left: LAST_COL, bottom: LAST_ROW, right: LAST_COL }],
    ['lower case', 'a1:xfd2', { top: 1, left: 1, bottom: 2, right: LAST_COL }],
    ['ends written the other way round', 'C9:A1', { top: 1, left: 1, bottom: 9, right: 3 }],
    ['spaces around it', ' A1:F7 ', { top: 1, left: 1, bottom: 7, right: 6 }],
  ];
  it.each(areas)('%s: %s', (_, ref, area) => expect(parseA1Range(ref)).toEqual(area));

  const invalid: [string, string][] = [
    ['nothing', ''],
    ['a column alone', 'B'],
    ['a row alone', '2'],
    ['a column and a row', 'B:2'],
    ['a cell and a column', 'A1:B'],
    ['an open end', 'A1:'],
    ['three ends', 'A1:B2:C3'],
    ['row 0', 'A0'],
    ['past the last row', 'A1048577'],
    ['past the last column', 'XFE1'],
    ['four letters', 'AAAA1'],
    ['another sheet', '客户!A1:B2'],
    ['a structured reference', '客户表[姓名]'],
    ['a defined name', '本表区域'],
    ['R1C1', 'R1C1:R2C2'],
    ['a dollar after the letters', 'A1$'],
  ];
  it.each(invalid)('none for %s: "%s"', (_, ref) => expect(parseA1Range(ref)).toBeNull());

  it('a range written back as a ref reads as the same range', () => {
    const range = fc.record({ top: fc.integer({ min: 1, max: LAST_ROW }), left: fc.integer({ min: 1, max: LAST_COL }), rows: fc.nat(500), cols: fc.nat(60) })
      .map(({ top, left, rows, cols }) => ({ top, left, bottom: Math.min(LAST_ROW, top + rows), right: Math.min(LAST_COL, left + cols) }));
    fc.assert(fc.property(range, (r) => expect(parseA1Range(a1RangeRef(r))).toEqual(r)));
  });
});
