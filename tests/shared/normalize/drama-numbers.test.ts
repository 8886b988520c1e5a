/**
 * Ofcom's numbers for TV and radio drama (020 7946 0xxx, 07700 900xxx, 0161 496 0xxx, 01632 960xxx):
 * numbers no subscriber will ever hold, which is why English sample and test sheets use them, as US
 * ones use 555-01xx. libphonenumber reads some as unallocated; they are British numbers all the same.
 */
import { parsePhone } from '../../../shared/normalize/phone';
import { guessRegion } from '../../../shared/plan/sheet-locale';
import { after, planOf } from '../plan/helpers';

describe('Ofcom\'s drama numbers are British numbers', () => {
  it.each<[string, string, string]>([
    ['07700 900123', '+447700900123', 'mobile'],
    ['07700 900999', '+447700900999', 'mobile'],
    ['+44 7700 900456', '+447700900456', 'mobile'],
    ['01632 960456', '+441632960456', 'fixed'],
    ['0115 496 0123', '+441154960123', 'fixed'],
    ['020 7946 0018', '+442079460018', 'fixed'],
    ['0161 496 0123', '+441614960123', 'fixed'],
  ])('%s → %s (%s)', (text, e164, type) => {
    const p = parsePhone(text, 'GB');
    expect([p?.e164, p?.type, p?.country, p?.national]).toEqual([e164, type, 'GB', text.startsWith('+') ? '07700 900456' : text]);
  });

  it.each([['07700 901123'], ['01632 961456'], ['0115 497 0123']])('a number beside the ranges (%s) is read as libphonenumber reads it', (text) => {
    expect(parsePhone(text, 'GB')).toBeNull();
  });

  it('and a Chinese sheet still reads 0770-0900123 as the Guangxi landline it is', () => {
    expect(parsePhone('0770-0900123', 'CN')?.e164).toBe('+867700900123');
  });
});

describe('a British test list of drama numbers', () => {
  it('says Britain to the region guess', () => {
    expect(guessRegion(['020 7946 0321', '07700 900123', '0161 496 0456', '07700 900789'])?.region).toBe('GB');
    expect(guessRegion(['07700 900123', '07700 900456', '07700 900789'])?.region).toBe('GB');
  });

  it('keeps its numbers as typed, none flagged, none rewritten as Chinese landlines', () => {
    const plan = planOf([
      ['Name', 'Phone', 'Email'],
      ['Oliver Smith', '020 7946 0321', 'oliver@example.co.uk'],
      ['Amelia Jones', '07700 900123', 'amelia@example.co.uk'],
      ['Harry Taylor', '0161 496 0456', 'harry@example.co.uk'],
      ['Isla Brown', '07700 900789', 'isla@example.co.uk'],
    ], { language: 'en' }, { guess: { region: true, currency: true } });
    expect(plan.problems.map((p) => [p.code, p.params?.region])).toContainEqual(['locale.region', 'GB']);
    expect([2, 3, 4, 5].map((row) => after(plan, row, 'Phone'))).toEqual([null, null, null, null]);
    expect(plan.issues.filter((i) => i.code.startsWith('phone'))).toEqual([]);
  });
});
