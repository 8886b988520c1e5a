/**
 * Links to a place on the sheet and pictures on it, after a merge removed rows 5 and 9 (archived to
 * rows 2 and 3 of 已合并重复): they follow their rows as when Excel deletes them, and one on an
 * archived row goes to its line in the archive.
 */
import ExcelJS from 'exceljs';
import { rowShift } from '../../../cli/io/kept-rows';
import { movedPlace, movePictures, type ArchivePlace } from '../../../cli/io/row-pointers';

const shift = rowShift([5, 9]);
const archiveOf = (workbook: ExcelJS.Workbook): ArchivePlace => ({
  sheet: workbook.addWorksheet('已合并重复'),
  rowOf: new Map([[5, 2], [9, 3]]),
  colOf: (col) => col,
});

describe('movedPlace: a link to a place on 客户', () => {
  const archive = archiveOf(new ExcelJS.Workbook());
  it.each<[string, string | null, string]>([
    ['#客户!A8', '#客户!A7', 'a row below one removed row moves up one'],
    ["#'客户'!A10", "#'客户'!A8", 'below two, quoted, moves up two'],
    ['#客户!$A$10:$L$10', '#客户!$A$8:$L$8', 'a whole row of the table, absolute'],
    ['#客户!A3', null, 'a row above them stays (nothing to change)'],
    ['#客户!A5', "#'已合并重复'!A2", 'an archived row: its line in the archive'],
    ['#客户!C9', "#'已合并重复'!C3", 'in its column there'],
    ['#客户!A4:A6', '#客户!A4:A5', 'a range losing one row shrinks'],
    ['#老客户!A8', null, 'another sheet'],
    ['#客户区域', null, 'a name: the names move on their own'],
    ['https://example.com/#客户!A8', null, 'no place in the workbook'],
  ])('%s → %s (%s)', (link, expected) => {
    expect(movedPlace(link, '客户', shift, archive)?.link ?? null).toBe(expected);
  });
});

describe('movePictures: the pictures on 客户', () => {
  function sheetWith(ranges: object[]): { sheet: ExcelJS.Worksheet; archive: ArchivePlace } {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('客户');
    const image = workbook.addImage({ base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', extension: 'png' });
    for (const range of ranges) sheet.addImage(image, range as ExcelJS.ImageRange);
    return { sheet, archive: archiveOf(workbook) };
  }
  const rows = (sheet: ExcelJS.Worksheet) => sheet.getImages().map((i) => [i.range.tl.nativeRow, i.range.br?.nativeRow ?? null]);

  it('a picture over rows 8 to 10 (a card two rows high) loses the removed row 9 and moves up one', () => {
    const { sheet, archive } = sheetWith([{ tl: { nativeCol: 12, nativeColOff: 0, nativeRow: 7, nativeRowOff: 9525 }, br: { nativeCol: 13, nativeColOff: 0, nativeRow: 9, nativeRowOff: 9525 }, editAs: 'twoCell' }]);
    expect(movePictures(sheet, new Set([5, 9]), shift, archive)).toBe(0);
    expect(rows(sheet)).toEqual([[6, 7]]);
    expect(sheet.getImages()[0].range.tl.nativeRowOff).toBe(9525);
  });

  it('a picture filling row 9 exactly (its bottom edge at the top of row 10) goes to the archive with that row', () => {
    const { sheet, archive } = sheetWith([{ tl: { nativeCol: 12, nativeColOff: 0, nativeRow: 8, nativeRowOff: 0 }, br: { nativeCol: 13, nativeColOff: 0, nativeRow: 9, nativeRowOff: 0 }, editAs: 'twoCell' }]);
    expect(movePictures(sheet, new Set([5, 9]), shift, archive)).toBe(1);
    expect(rows(sheet)).toEqual([]);
    expect(rows(archive.sheet)).toEqual([[2, 3]]);
  });

  it('a picture above the removed rows stays where it is', () => {
    const { sheet, archive } = sheetWith([{ tl: { nativeCol: 12, nativeColOff: 0, nativeRow: 2, nativeRowOff: 0 }, ext: { width: 40, height: 16 }, editAs: 'oneCell' }]);
    movePictures(sheet, new Set([5, 9]), shift, archive);
    expect(rows(sheet)).toEqual([[2, null]]);
  });
});
