/**
 * A trade-show lead list (trade-en.xlsx, h62 finding 8): a German supplier scanned at two booths, once
 * with his domain as printed on his card (müller.com) and once as a badge scanner wrote it in ASCII
 * (xn--mller-kva.com). The address is no mistake, and the two rows are one contact.
 */
import { planOf } from './helpers';

const LEADS = [
  ['Full Name', 'Company', 'Email', 'Phone', 'Country', 'Booth'],
  ['Jonas Müller', 'Müller Werkzeuge GmbH', 'info@müller.com', '+49 30 12345678', 'Germany', 'Hall 2 A14'],
  ['Emily Carter', 'Carter Supply Co.', 'emily@cartersupply.com', '+1 617 555 0142', 'United States', 'Hall 1 B02'],
  ['Jonas Mueller', 'Mueller Werkzeuge', 'INFO@XN--MLLER-KVA.COM', '', 'Germany', 'Hall 3 C07'],
  ['Li Wei', '例子科技', '用户@例子.公司', '13812345678', 'China', 'Hall 1 B05'],
];

describe('a trade-show list with an internationalised domain', () => {
  const p = planOf(LEADS, { language: 'en' }, { guess: { region: true, currency: true } });

  it('flags neither info@müller.com nor 用户@例子.公司 as an invalid address', () => {
    expect(p.issues.filter((i) => i.code === 'email.invalid')).toEqual([]);
  });

  it('finds Jonas Müller typed twice, his domain once in Unicode and once in its ASCII form', () => {
    expect(p.duplicates.groups.some((g) => g.rows.includes(2) && g.rows.includes(4))).toBe(true);
  });
});
