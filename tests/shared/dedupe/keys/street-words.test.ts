/**
 * English street words as typists shorten them are one address and one let (tester h73 #6: 14 Mill
 * Lane / 14 Mill Ln kept a tenant typed twice apart as "another account"). A leading St is the saint's.
 */
import { addressKey } from '../../../../shared/dedupe/keys/address';
import { flatTokens, mayBeOneFlat } from '../../../../shared/dedupe/listings';
import { shortenStreetWords } from '../../../../shared/dedupe/keys/street-words';
import { valueKey } from '../../../../shared/dedupe/value-key';
import { text } from '../../../../shared/table/cell';

const SAME: [string, string][] = [
  ['14 Mill Lane', '14 Mill Ln'],
  ['22 Station Road', '22 Station Rd'],
  ['3 High Street', '3 High St'],
  ['9 Park Avenue', '9 Park Ave'],
  ['41 Kingsway Drive', '41 Kingsway Dr'],
  ['5 Abbey Court', '5 Abbey Ct'],
  ['8 Rowan Close', '8 Rowan Cl'],
  ['17 Moor Crescent', '17 Moor Cres'],
  ['2 Church Place', '2 Church Pl'],
  ['6 Grove Terrace', '6 Grove Tce'],
  ['1200 Sunset Boulevard', '1200 Sunset Blvd'],
  ['88 Pacific Highway', '88 Pacific Hwy'],
  ['Apartment 4, 10 Quay Street', 'Apt 4, 10 Quay St'],
  ['Flat 2, 31 Victoria Road', 'Apt 2, 31 Victoria Rd'],
  ['Suite 300, 500 Main Street', 'Ste 300, 500 Main St'],
  ['St Albans Road', 'Saint Albans Rd'],
];

describe('one address however its street word is written', () => {
  it.each(SAME)('%s is %s', (a, b) => {
    expect(addressKey(a)!.folded).toBe(addressKey(b)!.folded);
    expect(mayBeOneFlat(flatTokens(a), flatTokens(b))).toBe(true);
    expect(valueKey('listing', text(a), 'GB')).toBe(valueKey('listing', text(b), 'GB'));
    expect(valueKey('address', text(a), 'GB')).toBe(valueKey('address', text(b), 'GB'));
  });

  it('two doors of one street stay two lets', () => {
    expect(mayBeOneFlat(flatTokens('14 Mill Lane'), flatTokens('16 Mill Ln'))).toBe(false);
    expect(mayBeOneFlat(flatTokens('Flat 2, 31 Victoria Road'), flatTokens('Flat 5, 31 Victoria Road'))).toBe(false);
  });

  it('a leading St stays the saint\'s st, and no word is ever expanded', () => {
    expect(shortenStreetWords('st albans road')).toBe('st albans rd');
    expect(shortenStreetWords('12 st johns street')).toBe('12 st johns st');
    expect(shortenStreetWords('建国路88号')).toBe('建国路88号');
  });
});
