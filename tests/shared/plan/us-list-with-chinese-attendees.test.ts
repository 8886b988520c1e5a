/**
 * A US trade-show lead list with two Chinese attendees (tester h59, 08_en_trade_show_leads.csv):
 * +1 numbers and numbers written the North American way ((404) 555-0101, 415.555.0134, a bare
 * 555-0123 beside them), some of them two to a cell or beside an e-mail address, and one +86 number
 * and one bare 139… mobile. Handed over with no region set, it is an American sheet; a Chinese
 * team's English-headed sheet of mostly Chinese mobiles with a few US customers stays a Chinese one.
 */
import type { Plan } from '../../../shared';
import { guessRegion } from '../../../shared/plan/sheet-locale';
import { after, planOf as plan } from './helpers';
import { TRADE_SHOW } from './trade-show-leads';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][]): Plan => plan(rows, {}, GUESS);
const regionNote = (p: Plan) => p.problems.find((x) => x.code === 'locale.region')?.params ?? null;
const issuesAt = (p: Plan, sheetRow: number) => p.issues.filter((i) => i.sheetRow === sheetRow).map((i) => i.code);


describe('a US trade-show list with a +86 number and a bare 139… mobile among its American ones', () => {
  const p = planOf(TRADE_SHOW);

  it('is read as a United States sheet: its +1 and (404) numbers outweigh the two Chinese attendees', () => {
    expect(regionNote(p)).toEqual({ region: 'US', numbers: expect.any(Number) });
  });

  it('reads its American numbers as American ones, none flagged as a North American number in a foreign sheet', () => {
    expect(p.issues.map((i) => i.code)).not.toContain('phone.northAmerican');
    expect(issuesAt(p, 5)).not.toContain('phone.invalid');
    expect(issuesAt(p, 4)).not.toContain('phone.invalid');
  });

  it('reads the +86 numbers as Chinese ones and leaves the bare 139… as typed, never rewritten as another number', () => {
    expect(issuesAt(p, 3)).not.toContain('phone.invalid');
    expect(after(p, 3, 'Phone')).toEqual({ kind: 'text', value: '+86 138 2345 6789 / +86 755 8888 1234' });
    expect(after(p, 7, 'Phone')).toBeNull();
  });
});

describe('the vote between North America and China, number by number', () => {
  const english = { englishHeaders: true };

  it.each([
    ['+1 and North American numbers, one cell each, beside one +86 and one bare mobile',
      ['+1 415-555-0134', '(404) 555-0101', '415.555.0134', '+86 138 2345 6789', '13905741111'], 'US'],
    ['two numbers to a cell and an address beside a number count number by number',
      ['+1 415-555-0134 / john@acmetools.com', '+86 138 2345 6789; +86 755 8888 1234', '(404) 555-0101\n(404) 555-0199', '13905741111', '555-0123'], 'US'],
    ['a local 555-0123 counts for North America beside numbers that give their area code',
      ['+1 415-555-0134', '(404) 555-0101', '555-0123', '555-0188', '+86 138 2345 6789', '13905741111'], 'US'],
  ])('%s', (_why, phones, region) => {
    expect(guessRegion(phones, english)?.region).toBe(region);
  });

  it.each([
    ['a Chinese team\'s English sheet: eight Chinese mobiles, three US customers',
      ['13812345678', '13987654321', '15012345678', '18611112222', '13700001111', '13522223333', '+86 159 1234 5678', '+86 188 0000 1111', '(212) 555-0147', '+1 646 555 0123', '415.555.0134']],
    ['mobiles written with +86 still outweigh fewer US numbers',
      ['+86 138 1234 5678', '+86 139 8765 4321', '+86 150 1234 5678', '+86 186 1111 2222', '+86 137 0000 1111', '+86 135 2222 3333', '+86 159 1234 5678', '(212) 555-0147', '+1 646 555 0123', '415.555.0134']],
    ['local 7-digit numbers alone say nothing', ['555-0123', '555-0188', '555-0199', '13812345678']],
  ])('%s: no region', (_why, phones) => {
    expect(guessRegion(phones, english)).toBeNull();
  });

  it('a sheet with Chinese headers counts its Chinese numbers in full (a Chinese team\'s own list)', () => {
    expect(guessRegion(['+86 138 1234 5678', '+86 139 8765 4321', '+86 150 1234 5678', '(212) 555-0147', '+1 646 555 0123'], {})).toBeNull();
  });
});
