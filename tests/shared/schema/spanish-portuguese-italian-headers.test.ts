/**
 * Spanish, Portuguese and Italian headers (tester h77 #5): a Madrid shop's customer list was read as
 * "1 of 10 columns", so its names, phones, birthdays, purchases and sellers went unread, while French,
 * German and Dutch lists were read. The shop words of the three languages are read as their English
 * twins are, with their accents and without (a keyboard without them types Telefono, Ultima compra).
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { matchHeader } from '../../../shared/schema/header-match';
import type { FieldId } from '../../../shared/schema/fields';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';

const fieldsOf = (headers: string[]): (FieldId | null)[] => mapHeaders(headers, DEFAULT_SETTINGS).map((m) => m.field);

describe('Spanish, Portuguese and Italian header rows are read as their fields', () => {
  it.each<[string, string[], (FieldId | null)[]]>([
    [
      'a Spanish shop (h77 tienda): Nombre beside Apellidos is the given name, Vendedor the seller',
      ['Nombre', 'Apellidos', 'Teléfono', 'Email', 'Fecha de nacimiento', 'Total compras (€)', 'Última compra', 'Vendedor', 'Ciudad', 'Notas'],
      ['firstName', 'lastName', 'phone', 'email', 'birthday', 'amount', 'lastPurchase', 'owner', 'city', 'notes'],
    ],
    [
      'a Spanish list with a móvil, a correo and an address',
      ['Nombre completo', 'Móvil', 'Correo electrónico', 'Empresa', 'Dirección', 'Código postal', 'Provincia', 'Último contacto', 'Observaciones'],
      ['name', 'mobile', 'email', 'company', 'address', 'postcode', 'province', 'lastContact', 'notes'],
    ],
    [
      'a Portuguese list: Nome beside Sobrenome, Telemóvel, Morada',
      ['Nome', 'Sobrenome', 'Telemóvel', 'Telefone', 'E-mail', 'Data de nascimento', 'Morada', 'Cidade', 'Total de compras', 'Última compra', 'Vendedor', 'Observações'],
      ['firstName', 'lastName', 'mobile', 'phone', 'email', 'birthday', 'address', 'city', 'amount', 'lastPurchase', 'owner', 'notes'],
    ],
    [
      'an Italian list: Nome beside Cognome, Cellulare, Indirizzo',
      ['Nome', 'Cognome', 'Cellulare', 'Telefono', 'Email', 'Data di nascita', 'Indirizzo', 'CAP', 'Città', 'Totale acquisti', 'Ultimo acquisto', 'Venditore', 'Note'],
      ['firstName', 'lastName', 'mobile', 'phone', 'email', 'birthday', 'address', 'postcode', 'city', 'amount', 'lastPurchase', 'owner', 'notes'],
    ],
  ])('%s', (_what, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });

  it.each<[string, FieldId]>([
    ['Telefono', 'phone'],
    ['Ultima compra', 'lastPurchase'],
    ['Direccion', 'address'],
    ['Telemovel', 'mobile'],
    ['Citta', 'city'],
    ['Email/Correo', 'email'],
    ['Cliente desde', 'createdAt'],
  ])('%j → %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it('Teléfono/Móvil is read as a phone column (phone or mobile, as Phone/Mobile is)', () => {
    expect(['phone', 'mobile']).toContain(matchHeader('Teléfono/Móvil')?.field);
  });

  it('入会年份, a year a member joined, is the customer-since date', () => {
    expect(matchHeader('入会年份')?.field).toBe('createdAt');
  });

  it('a bare Nombre with no Apellidos beside it is the whole name', () => {
    expect(fieldsOf(['Nombre', 'Teléfono', 'Ciudad'])).toEqual(['name', 'phone', 'city']);
  });

  it.each<[string, FieldId | null, string]>([
    ['Cargo', null, 'freight in an English sheet; the job title is not guessed from it'],
    ['Nota', 'notes', 'Italian and Portuguese singular'],
  ])('%j → %j (%s)', (header, field) => {
    expect(matchHeader(header)?.field ?? null).toBe(field);
  });
});
