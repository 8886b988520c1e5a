import { addressKey, sameNumbers } from '../../../../shared/dedupe/keys/address';

describe('addressKey', () => {
  it.each([
    ['北京市朝阳区建国路88号', '朝阳区建国路88号', ['88'], 'city prefix dropped'],
    ['朝阳区建国路８８号', '朝阳区建国路88号', ['88'], 'full-width digits'],
    ['上海市浦东新区世纪大道100号2栋1201室', '浦东新区世纪大道100号2号楼1201室', ['100', '2', '1201'], '栋 → 号楼'],
    ['435 S. La Cienega Blvd.', '435slacienegablvd', ['435'], 'English, punctuation dropped'],
    ['435 South La Cienega Boulevard', '435slacienegablvd', ['435'], 'street words shortened'],
    ['Apt 1, 23 Oak St', 'apt1x23oakst', ['1', '23'], 'two numbers written apart stay apart'],
    ['Apt 12, 3 Oak St', 'apt12x3oakst', ['12', '3'], 'so Apt 12, 3 Oak St is another address'],
  ])('%s → %s (%s)', (raw, folded, numbers) => {
    expect(addressKey(raw)).toEqual({ folded });
    // The numbers a comparison reads off the folded text.
    expect(sameNumbers(folded, numbers.join('-'))).toBe(true);
    expect(sameNumbers(folded, [...numbers, '9'].join('-'))).toBe(false);
  });

  it.each([
    ['建国路88号', '建国路88号', true],
    ['建国路88号', '建国路86号', false],
    ['建国路88号', '建国路888号', false],
    ['建国路88号', '建国路8号', false],
    ['建国路88号', '建国路', true],
    ['建国路', '建国路88号', true],
    ['a1x23', 'a12x3', false],
    ['a1x23', 'b1y23z', true],
    ['a1x23', 'a1x23x4', false],
    ['a1x23x4', 'a1x23', false],
    ['', '', true],
  ])('sameNumbers(%s, %s) is %s', (a, b, same) => {
    expect(sameNumbers(a, b)).toBe(same);
  });

  it('gives no key for blank text', () => {
    expect(addressKey(' ， ')).toBeNull();
  });
});
