/**
 * A short English sheet with no country column, too few phone numbers or states to read the whole
 * sheet as American, still shows whose postcodes it holds: a ZIP header, a ZIP+4 code, a (415) number,
 * a state. Its postcodes are read as ZIP codes then, and with nothing to say whose they are, only
 * tidied: never held to China's six digits. A Chinese sheet's 邮编 are still checked.
 */
import type { Plan } from '../../../shared';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][], input: object = { language: 'en' }): Plan => plan(rows, input, GUESS);
const postcodeIssues = (p: Plan) => p.issues.filter((i) => i.code.startsWith('postcode.'));
const notes = (p: Plan) => p.problems.filter((x) => x.code.startsWith('locale.')).map((x) => [x.code, x.params]);

describe('the ZIP codes of a short American sheet with no country column', () => {
  it('a "Zip" column of four customers (no phones, no states) is read as ZIP codes: 2110 gets its zero back', () => {
    const p = planOf([
      ['Customer Name', 'Email', 'Street Address', 'City', 'Zip'],
      ['Emily Carter', 'emily.carter@example.com', '12 Elm St', 'Cambridge', '02139'],
      ['James Nguyen', 'jnguyen@example.com', '450 Townsend St', 'San Francisco', '94107-1234'],
      ['Sarah Olsen', 'sarah.olsen@example.com', '88 Pine Rd', 'Portland', '97205'],
      ['Michael Brooks', 'mbrooks@example.com', '7 Harbor Ln', 'Boston', '2110'],
    ]);
    expect(postcodeIssues(p)).toEqual([]);
    expect(after(p, 5, 'Zip')).toEqual({ kind: 'text', value: '02110' });
    expect(notes(p)).toEqual([['locale.postcodeRegion', { header: 'Zip', region: 'US' }]]);
  });

  it('two rows with their states and a Postal Code header: the states say the United States', () => {
    const p = planOf([
      ['Customer Name', 'Email', 'Phone', 'State', 'Postal Code'],
      ['Emily Carter', 'emily.carter@example.com', '', 'Massachusetts', '02139'],
      ['James Nguyen', 'jnguyen@example.com', '', 'California', '94107'],
    ]);
    expect(postcodeIssues(p)).toEqual([]);
    expect(notes(p)).toEqual([['locale.postcodeRegion', { header: 'Postal Code', region: 'US' }]]);
  });

  it('a Stripe-like export with one +1 number: a wrong ZIP is flagged as a ZIP code, not a Chinese postcode', () => {
    const p = planOf([
      ['Name', 'Email', 'Phone', 'Address Postal Code'],
      ['Emily Carter', 'emily.carter@example.com', '+1 (415) 555-0134', '02139'],
      ['James Nguyen', 'jnguyen@example.com', '', '941071'],
      ['Laura Diaz', 'laura.diaz@example.com', '', '78701'],
    ]);
    expect(postcodeIssues(p).map((i) => [i.code, i.sheetRow])).toEqual([['postcode.invalidUs', 3]]);
  });

  it('5-digit codes with nothing to say whose (German? American?) are tidied only, with a note', () => {
    const p = planOf([
      ['Name', 'Email', 'Postal Code'],
      ['Anna Weber', 'anna.weber@example.com', '10115'],
      ['Jonas Klein', 'jonas.klein@example.com', '80331'],
    ]);
    expect(postcodeIssues(p)).toEqual([]);
    expect(notes(p)).toEqual([['locale.postcodeUnchecked', { header: 'Postal Code' }]]);
  });
});

describe('what still reads postcodes by the settings\' China', () => {
  it('a Chinese sheet\'s 5-digit 邮编 is flagged', () => {
    const p = planOf([
      ['姓名', '手机', '邮编'],
      ['张伟', '13812345678', '10008'],
      ['李娜', '13987654321', '200030'],
    ], { language: 'zh-CN' });
    expect(postcodeIssues(p).map((i) => [i.code, i.sheetRow])).toEqual([['postcode.invalid', 2]]);
    expect(notes(p)).toEqual([]);
  });

  it('English headers over Chinese customers (names in Han, Chinese mobiles) keep China\'s rules', () => {
    const p = planOf([
      ['Name', 'Mobile', 'Zip Code'],
      ['张伟', '13812345678', '10008'],
      ['李娜', '13987654321', '200030'],
    ]);
    expect(postcodeIssues(p).map((i) => [i.code, i.sheetRow])).toEqual([['postcode.invalid', 2]]);
  });

  it('a region the user set is the postcodes\' rule: the host asked for no guess', () => {
    const p = plan([
      ['Customer Name', 'Zip'],
      ['Emily Carter', '02139'],
    ], { language: 'en' }, { guess: { region: false, currency: true } });
    expect(postcodeIssues(p).map((i) => i.code)).toEqual(['postcode.invalid']);
  });
});
