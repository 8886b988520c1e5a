/**
 * A European list saved by German or French Excel as "CSV (Trennzeichen-getrennt)": semicolons between
 * the fields, decimal commas in the amounts. Written back comma-separated, the same Excel opens it as
 * one column (tester h66, eu.csv): the output, and every CSV the run writes beside it, keeps the
 * input's delimiter.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const EU_CLIENTS = [
  'Kunde;Ansprechpartner;Telefon;E-Mail;Land;Umsatz 2024;Letzte Bestellung;Betreuer',
  'Müller Haustechnik GmbH;Jürgen Müller;+49 30 1234567;j.mueller@mueller-ht.de;Deutschland;125.430,50;15.10.2024;Sophie Martin',
  'Boulangerie Dupont SARL;Claire Dupont;+33 1 42 68 53 00;claire@dupont.fr;Frankreich;8.950,00;02.03.2024;Sophie Martin',
  'Atelier Lefèvre;Marc Lefèvre;+33 6 12 34 56 78;marc@lefevre.fr;Frankreich;1.200,75;12.12.2022;Sophie Martin',
  'Müller Haustechnik GmbH;Jürgen Müller;+49 30 1234567;j.mueller@mueller-ht.de;Deutschland;125.430,50;15.10.2024;Sophie Martin',
  'Schmidt & Söhne KG;Anna Schmidt;+49 89 987654;anna@schmidt-soehne.de;Deutschland;310.000,00;30.11.2024;James Wood',
  '',
].join('\r\n');

const lines = (file: string) => readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');

describe('a semicolon CSV with decimal commas', () => {
  it('comes back semicolon-separated, its amounts with their decimal comma and no quotes', async () => {
    writeFileSync(path.join(dir, 'kunden.csv'), EU_CLIENTS);
    const io = captureIo(dir);
    expect(await main(['clean', 'kunden.csv', '--today', '2024-12-01', '--out', 'out.csv', '--lang', 'en', '--quiet'], io)).toBe(0);
    const [header, mueller] = lines('out.csv');
    expect(header.startsWith('Kunde;Ansprechpartner;Telefon;E-Mail;Land;Umsatz 2024;Letzte Bestellung;Betreuer;')).toBe(true);
    expect(header).not.toContain(',');
    expect(mueller.split(';').slice(0, 8)).toEqual(['Müller Haustechnik GmbH', 'Jürgen Müller', '"\'+49 30 1234567"', 'j.mueller@mueller-ht.de', 'Deutschland', '125.430,50', '2024-10-15', 'Sophie Martin']);
  });

  it('reads its own output back as it read the input: a rerun writes the same amounts', async () => {
    writeFileSync(path.join(dir, 'kunden.csv'), EU_CLIENTS);
    expect(await main(['clean', 'kunden.csv', '--today', '2024-12-01', '--out', 'out.csv', '--lang', 'en', '--quiet'], captureIo(dir))).toBe(0);
    expect(await main(['clean', 'out.csv', '--today', '2024-12-01', '--out', 'again.csv', '--lang', 'en', '--quiet'], captureIo(dir))).toBe(0);
    const amounts = (file: string) => lines(file).slice(1).map((l) => l.split(';')[5]);
    expect(amounts('again.csv')).toEqual(['125.430,50', '8.950,00', '1.200,75', '125.430,50', '310.000,00']);
    expect(amounts('again.csv')).toEqual(amounts('out.csv'));
  });

  it('writes the archive of a merge with semicolons too', async () => {
    writeFileSync(path.join(dir, 'kunden.csv'), EU_CLIENTS);
    const io = captureIo(dir);
    expect(await main(['clean', 'kunden.csv', '--today', '2024-12-01', '--out', 'out.csv', '--lang', 'en', '--merge', '--quiet'], io)).toBe(0);
    const archive = lines('out.archive.csv');
    expect(archive.length).toBeGreaterThan(1);
    expect(archive[0].split(';').length).toBeGreaterThan(8);
    expect(archive[0]).not.toContain(',');
    expect(lines('out.csv').filter((l) => l.startsWith('Müller Haustechnik GmbH;'))).toHaveLength(1);
  });

  it('leaves a comma CSV comma-separated', async () => {
    writeFileSync(path.join(dir, 'clients.csv'), 'Client,Contact,Phone,Email\r\nHartley Joinery Ltd,Ian Hartley,01632 960123,ian@hartleyjoinery.co.uk\r\n');
    const io = captureIo(dir);
    expect(await main(['clean', 'clients.csv', '--today', '2024-12-01', '--out', 'out.csv', '--lang', 'en', '--quiet'], io)).toBe(0);
    expect(lines('out.csv')[0].startsWith('Client,Contact,Phone,Email,')).toBe(true);
  });
});
