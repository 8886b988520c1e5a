/**
 * Duplicate recall on people lists without phones (a newsletter list, a club's members, a clinic's
 * patients exported with name, birthday, town and e-mail): each kind of copy such a sheet holds that
 * a user would call the same person, and beside it the look-alikes who must stay two people.
 */
import { findDuplicates } from '../../../shared/dedupe/find-duplicates';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { records, type RowSpec } from './helpers';

/** Other people of the list, so that no value under test is the sheet's only one of its kind. */
const members: RowSpec[] = [
  { firstName: 'Grace', lastName: 'Okafor', birthday: '1979-08-03', city: 'Bristol', email: 'grace.okafor@hartwell-legal.co.uk' },
  { firstName: 'Tomasz', lastName: 'Nowak', birthday: '1984-10-22', city: 'Leeds', email: 'tnowak84@gmail.com' },
  { firstName: 'Priya', lastName: 'Patel', birthday: '1991-04-17', city: 'Leicester' },
  { firstName: 'Callum', lastName: 'Reid', birthday: '1968-12-09', city: 'Glasgow', email: 'callum.reid@outlook.com' },
  { name: '陈静', birthday: '1987-09-30', city: '杭州', email: 'chenjing87@163.com' },
];

/** Groups of the sheet `rows` followed by the other members, as [sheet rows, confidence]. */
function groupsOf(rows: RowSpec[], region = 'GB'): [number[], string][] {
  return findDuplicates(records([...rows, ...members]), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: region }).groups.map((g) => [g.rows, g.confidence]);
}

describe('one personal mailbox whose company domain was typed with two slips', () => {
  it.each<[string, RowSpec, RowSpec, string]>([
    [
      'Eliza Taylor, her first name one letter short in one row, the domain with two letters swapped and one dropped',
      { firstName: 'Eliza', lastName: 'Taylor', city: 'Glasgow', email: 'elizataylor@marshall-hughes.com' },
      { firstName: 'Elza', lastName: 'Taylor', email: 'elizataylor@marsahll-hughs.com' },
      'GB',
    ],
    [
      '王磊 twice, the birthday mistyped in one row, the firm\'s domain without its hyphen and a letter',
      { name: '王磊', birthday: '1988-03-02', email: 'wanglei1988@xingchen-keji.com' },
      { name: '王磊', birthday: '1986-07-15', city: '杭州', email: 'wanglei1988@xingchenkej.com' },
      'CN',
    ],
  ])('offers the copy for review: %s', (_why, a, b, region) => {
    expect(groupsOf([a, b], region)).toEqual([[[2, 3], 'review']]);
  });

  it.each<[string, RowSpec, RowSpec, string]>([
    [
      'two James Wongs with one user name at two short company domains (hsbc.com / hkbn.com), born years apart',
      { firstName: 'James', lastName: 'Wong', birthday: '1979-02-11', email: 'james.wong@hsbc.com' },
      { firstName: 'James', lastName: 'Wong', birthday: '1990-06-23', email: 'james.wong@hkbn.com' },
      'GB',
    ],
    [
      'two 王磊 with one user name at two real providers (sina.com / sohu.com), born years apart',
      { name: '王磊', birthday: '1988-03-02', email: 'wanglei1988@sina.com' },
      { name: '王磊', birthday: '1979-11-20', email: 'wanglei1988@sohu.com' },
      'CN',
    ],
    [
      'two John Smiths with different birthdays at different e-mails',
      { firstName: 'John', lastName: 'Smith', birthday: '1980-04-12', city: 'Leeds', email: 'john.smith@brightwater-homes.co.uk' },
      { firstName: 'John', lastName: 'Smith', birthday: '1975-09-30', city: 'Leeds', email: 'jsmith75@outlook.com' },
      'GB',
    ],
  ])('keeps apart: %s', (_why, a, b, region) => {
    expect(groupsOf([a, b], region)).toEqual([]);
  });
});

describe('a row with one name part beside a row whose first-name and surname columns are swapped', () => {
  it.each<[string, RowSpec, RowSpec, string]>([
    [
      'Barker (surname only) and Barker | Matilda, born the same day in one town',
      { lastName: 'Barker', birthday: '1990-03-08', city: 'Reading' },
      { firstName: 'Barker', lastName: 'Matilda', birthday: '1990-03-08', city: 'Reading', email: 'matilda.barker@brown-bell.co.uk' },
      'GB',
    ],
    [
      'a pinyin name: Zhang (surname only) and Zhang | Wei (surname typed first), born the same day in 上海',
      { lastName: 'Zhang', birthday: '1990-05-12', city: '上海' },
      { firstName: 'Zhang', lastName: 'Wei', birthday: '1990-05-12', city: '上海' },
      'CN',
    ],
  ])('offers the copy for review: %s', (_why, a, b, region) => {
    expect(groupsOf([a, b], region)).toEqual([[[2, 3], 'review']]);
  });

  it.each<[string, RowSpec, RowSpec, string]>([
    [
      'a father (surname only) and his son (Morgan | Owen, swapped) at one address, born 28 years apart',
      { lastName: 'Morgan', birthday: '1956-03-14', address: '14 Mill Lane', city: 'Leeds' },
      { firstName: 'Morgan', lastName: 'Owen', birthday: '1984-03-14', address: '14 Mill Lane', city: 'Leeds' },
      'GB',
    ],
    [
      'a Thomas (surname only) and a Thomas | Gabriel of the same town with another birthday and an e-mail',
      { lastName: 'Thomas', birthday: '1977-10-17', city: 'London' },
      { firstName: 'Thomas', lastName: 'Gabriel', birthday: '1990-02-11', city: 'London', email: 'gabriel.t54@nichols.info' },
      'GB',
    ],
    [
      'James (first name only) and Lee | James of one town, no birthdays',
      { firstName: 'James', city: 'Leeds' },
      { firstName: 'Lee', lastName: 'James', city: 'Leeds' },
      'GB',
    ],
  ])('keeps apart: %s', (_why, a, b, region) => {
    expect(groupsOf([a, b], region)).toEqual([]);
  });
});

// A given name alone is too common to key on (find-duplicates.test.ts keeps a Jon with no surname
// apart from a John Walsh born a day later): only the surname brings such a row to its copies.
describe('a row whose first name was left blank, its birthday typed with a slip (nothing else to meet by)', () => {
  it.each<[string, RowSpec, RowSpec, string]>([
    [
      'Mason (first name left blank) and Elizabeth Mason of Leicester, the year one digit off',
      { lastName: 'Mason', birthday: '1996-12-10', city: 'Leicester' },
      { firstName: 'Elizabeth', lastName: 'Mason', birthday: '1997-12-10', city: 'Leicester', email: 'e.mason@ware-hollis.co.uk' },
      'GB',
    ],
    [
      'a pinyin name: Zhang (given name left blank) and Wei Zhang of 上海, the day\'s digits swapped',
      { lastName: 'Zhang', birthday: '1990-05-12', city: '上海' },
      { firstName: 'Wei', lastName: 'Zhang', birthday: '1990-05-21', city: '上海' },
      'CN',
    ],
  ])('offers the copy for review: %s', (_why, a, b, region) => {
    expect(groupsOf([a, b], region)).toEqual([[[2, 3], 'review']]);
  });

  it.each<[string, RowSpec, RowSpec, string]>([
    [
      'a father (surname only) and his son of one name at one address, born 28 years apart',
      { lastName: 'Morgan', birthday: '1956-03-14', address: '14 Mill Lane', city: 'Leeds' },
      { firstName: 'Owen', lastName: 'Morgan', birthday: '1984-03-14', address: '14 Mill Lane', city: 'Leeds' },
      'GB',
    ],
    [
      'Mason (surname only) and an Adam Mason of the same town born another year and day',
      { lastName: 'Mason', birthday: '1996-12-10', city: 'Leicester' },
      { firstName: 'Adam', lastName: 'Mason', birthday: '1971-04-02', city: 'Leicester' },
      'GB',
    ],
    [
      'Mason (surname only) and a Mason | Ruth whose columns are swapped, born years apart',
      { lastName: 'Mason', birthday: '1996-12-10', city: 'Leicester' },
      { firstName: 'Mason', lastName: 'Ruth', birthday: '1962-07-19', city: 'Leicester' },
      'GB',
    ],
  ])('keeps apart: %s', (_why, a, b, region) => {
    expect(groupsOf([a, b], region)).toEqual([]);
  });
});
