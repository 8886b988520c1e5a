import { cellAddress, columnLetter, columnNumber, rangeAddress } from '../../../shared/table/a1';

describe('columnLetter', () => {
  it.each([
    [1, 'A'], [2, 'B'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [53, 'BA'], [702, 'ZZ'], [703, 'AAA'], [16384, 'XFD'], [0, ''],
  ])('%i → %s', (n, letters) => {
    expect(columnLetter(n)).toBe(letters);
  });
});

describe('columnNumber', () => {
  it.each([['A', 1], ['Z', 26], ['AA', 27], ['AB12', 28], ['XFD1048576', 16384], ['', 0]])('%s → %i', (address, n) => {
    expect(columnNumber(address)).toBe(n);
  });

  it('inverts columnLetter', () => {
    for (let n = 1; n <= 20000; n += 37) expect(columnNumber(columnLetter(n))).toBe(n);
  });
});

describe('addresses', () => {
  it('cell', () => expect(cellAddress(5, 28)).toBe('AB5'));
  it.each([
    [{ row: 1, col: 1, rowCount: 1, colCount: 3 }, 'A1:C1'],
    [{ row: 5, col: 2, rowCount: 2, colCount: 1 }, 'B5:B6'],
    [{ row: 3, col: 3, rowCount: 1, colCount: 1 }, 'C3'],
  ])('%j → %s', (range, address) => expect(rangeAddress(range)).toBe(address));
});
