/**
 * French, German and Dutch headers (h58 07b_eu_semicolon_utf8bom.csv): a customer list from a
 * European office or an EU CRM export is read as its English twin would be, not as "1 of 14 columns".
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { matchHeader } from '../../../shared/schema/header-match';
import type { FieldId } from '../../../shared/schema/fields';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { text, type Cell } from '../../../shared/table/cell';

const fieldsOf = (headers: string[], sample?: Cell[][]): (FieldId | null)[] => mapHeaders(headers, DEFAULT_SETTINGS, sample).map((m) => m.field);

describe('European header rows are read as their fields', () => {
  it.each<[string, string[], (FieldId | null)[]]>([
    [
      'a French customer list saved from Excel as CSV (h58 07b): Nom beside Prénom is the surname',
      ['Nom', 'Prénom', 'Société', 'Téléphone', 'Portable', 'E-mail', 'Ville', 'Code postal', 'Pays', 'Date de naissance', "Chiffre d'affaires", 'Dernier contact', 'Commercial', 'Fin de contrat'],
      ['lastName', 'firstName', 'company', 'phone', 'mobile', 'email', 'city', 'postcode', 'country', 'birthday', 'amount', 'lastContact', 'owner', 'contractEnd'],
    ],
    [
      'a French CRM export: the address, the last purchase, the contract end date and the next follow-up (Relance)',
      ['Nom complet', 'Adresse', 'Code postal', 'Ville', 'Commercial / Responsable', 'Dernier achat', 'Date de fin de contrat', 'Relance', 'Remarques'],
      ['name', 'address', 'postcode', 'city', 'owner', 'lastPurchase', 'contractEnd', 'nextFollowUp', 'notes'],
    ],
    [
      'a German customer list: Name beside Vorname is the surname, Betreuer the rep, Wiedervorlage the day to call again',
      ['Kundennummer', 'Name', 'Vorname', 'Firma', 'Telefon', 'Handy', 'E-Mail', 'Straße', 'PLZ', 'Ort', 'Geburtstag', 'Umsatz', 'Betreuer', 'Vertragsende', 'Wiedervorlage', 'Bemerkung'],
      ['customerId', 'lastName', 'firstName', 'company', 'phone', 'mobile', 'email', 'address', 'postcode', 'city', 'birthday', 'amount', 'owner', 'contractEnd', 'nextFollowUp', 'notes'],
    ],
    [
      'German variants: Mobil, Geburtsdatum, Unternehmen, Nachname',
      ['Nachname', 'Vorname', 'Unternehmen', 'Mobil', 'Geburtsdatum', 'Letzter Kontakt'],
      ['lastName', 'firstName', 'company', 'mobile', 'birthday', 'lastContact'],
    ],
    [
      'a Dutch customer list: Achternaam, Voornaam, Bedrijf, Mobiel, Woonplaats, Geboortedatum, Omzet',
      ['Voornaam', 'Achternaam', 'Bedrijf', 'Telefoon', 'Mobiel', 'Adres', 'Postcode', 'Woonplaats', 'Geboortedatum', 'Omzet', 'Accountmanager', 'Einddatum contract'],
      ['firstName', 'lastName', 'company', 'phone', 'mobile', 'address', 'postcode', 'city', 'birthday', 'amount', 'owner', 'contractEnd'],
    ],
  ])('%s', (_what, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });

  it('a bare Nom with no Prénom beside it is the whole name', () => {
    expect(fieldsOf(['Nom', 'Téléphone', 'Ville'])).toEqual(['name', 'phone', 'city']);
  });

  it('Nom beside Prénom whose cells hold the whole name (Françoise Dupont beside Françoise) stays the whole name', () => {
    const sample = [[text('Françoise Dupont'), text('Jürgen Müller')], [text('Françoise'), text('Jürgen')]];
    expect(fieldsOf(['Nom', 'Prénom'], sample)).toEqual(['name', 'firstName']);
  });

  it.each([
    ['Prenom', 'firstName', 'typed without its accent'],
    ['Telephone', 'phone', 'typed without its accent'],
    ['Societe', 'company', 'typed without its accents'],
    ['Téléphone portable', 'mobile', 'a phone that is portable is the mobile'],
    ['Handynummer', 'mobile', 'German compound'],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each<[string, FieldId | null, string]>([
    ['Handle', null, 'Shopify\'s product handle: no misspelt Handy'],
    ['Portal', null, 'no misspelt Portable'],
    ['Commercial Terms', null, 'terms, not the rep'],
    ['Landline', 'phone', 'a landline, not the German or Dutch Land'],
  ])('%j is not read through a European word: %j (%s)', (header, field) => {
    expect(matchHeader(header)?.field ?? null).toBe(field);
  });
});
