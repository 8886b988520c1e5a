import { plainNumber } from '../../../shared/table/plain-number';

describe('a CSV cell Excel would open as a number, where nothing is lost by it', () => {
  it.each([
    ['3000', 3000], ['21800.5', 21800.5], ['-120', -120], ['0.85', 0.85], ['0', 0],
    ['1,250,000', 1250000], ['12,800.50', 12800.5], ['999999999', 999999999],
  ])('%s is the number %d', (text, n) => {
    expect(plainNumber(text)).toBe(n);
  });

  it.each([
    ['02115', 'a US zip code keeps its zero'],
    ['010020', 'a Beijing postcode'],
    ['13812345678', 'a mobile, eleven digits'],
    ['1234567890', 'ten digits would show as a number a user cannot tell from an id'],
    ['6222021234567890123', 'a bank card would lose its last digits'],
    ['+8613812345678', 'a phone with its sign'],
    ['1.38E+10', 'scientific notation is a damaged phone, not a number to keep'],
    ['12,80', 'a comma not grouping thousands'],
    ['1,2345', 'nor this'],
    ['3000元', 'a unit'],
    ['.5', 'Excel reads it, but so rarely typed that a code is likelier'],
    ['', 'nothing'],
  ])('%s stays text (%s)', (text) => {
    expect(plainNumber(text)).toBeNull();
  });
});
