/**
 * A postcode's lost leading zero is given back only on a row of the country whose postcodes have one.
 * A French boutique's Belgian customer (+32 470 12 34 56, Bruxelles) keeps her 1000: Belgian postcodes
 * have four digits, and 01000 is Bourg-en-Bresse (tester h79 #3). The row's own number dialled with
 * another country's code says she is from elsewhere when no country column says where: her code is
 * kept as typed. The French rows around her, with French numbers or none, still get their zero back
 * (6000 → 06000, Nice).
 */
import { resolveSettings, run, type Plan } from '../../../shared';
import { after, gridOf } from './helpers';

function planOf(rows: string[][], region: string): Plan {
  const settings = resolveSettings({ language: 'en', phone: { defaultRegion: region }, amount: { currency: 'EUR' } });
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows, 'Clientes'), { settings: settings.settings, today: '2026-12-04' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const BOUTIQUE = [
  ['Nom', 'Prénom', 'Portable', 'E-mail', 'Code postal', 'Ville'],
  ['Dubois', 'Éloïse', '06 12 34 56 78', 'eloise.dubois@orange.fr', '75011', 'Paris'],
  ['Martin', 'Marie', '06 98 76 54 32', 'marie.martin@free.fr', '6000', 'Nice'],
  ['Peeters', 'An', '+32 470 12 34 56', 'an.peeters@telenet.be', '1000', 'Bruxelles'],
  ['García López', 'Lucía', '+34 612 345 678', 'lucia.garcia@gmail.com', '8001', 'Barcelone'],
  ['Roux', 'Camille', '', 'camille.roux@laposte.net', '1000', 'Bourg-en-Bresse'],
];

describe('a French boutique\'s customers from Belgium and Spain', () => {
  const plan = planOf(BOUTIQUE, 'FR');

  it('keeps the Brussels postcode 1000 of the customer whose number is Belgian', () => {
    expect(after(plan, 4, 'Code postal')).toBeNull();
  });

  it('never makes the Spanish customer\'s Barcelona 8001 a French 08001 code either: it is left as typed', () => {
    expect(after(plan, 5, 'Code postal')).toBeNull();
  });

  it('still gives French rows their lost zero (6000 → 06000 Nice, 1000 → 01000 Bourg-en-Bresse)', () => {
    expect(after(plan, 3, 'Code postal')).toEqual({ kind: 'text', value: '06000' });
    expect(after(plan, 6, 'Code postal')).toEqual({ kind: 'text', value: '01000' });
  });

  it('reads the Belgian number as it did, left as typed', () => {
    expect(after(plan, 4, 'Portable')).toBeNull();
  });
});

describe('a US shop\'s ZIP codes', () => {
  it('gives a Boston ZIP code its zero, but not a Sydney customer\'s postcode (+61)', () => {
    const plan = planOf([
      ['Name', 'Phone', 'Zip'],
      ['Jacob Ward', '(617) 555-0142', '2110'],
      ['Olivia Brown', '+61 2 9876 5432', '2000'],
    ], 'US');
    expect(after(plan, 2, 'Zip')).toEqual({ kind: 'text', value: '02110' });
    expect(after(plan, 3, 'Zip')).toBeNull();
  });
});
