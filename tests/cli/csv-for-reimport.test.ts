/**
 * A CSV written to go back into the app it came from (Google Contacts, Mailchimp, Shopify, HubSpot,
 * Outlook) must not carry Excel's text mark: those importers keep the apostrophe in the contact.
 * By default the CSV is written for Excel (the apostrophe that stops a formula); with
 * output.csvTextMark "none" it is written as cleaned, and only a value starting with = or @ keeps it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Papa from 'papaparse';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** Google's legacy export: a Mexico City mobile, a US one, a birthday without a year, a website typed as a formula. */
const GOOGLE = [
  'Name,Given Name,Family Name,Birthday,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Website 1 - Type,Website 1 - Value',
  'Lucía Hernández,Lucía,Hernández,--12-08,* myContacts,* Home,lucia.hernandez@gmail.com,Mobile,+52 55 1234 5678,,',
  'Mark Olsen,Mark,Olsen,1984-03-05,* myContacts,* Work,mark.olsen@northwind.com,Mobile,+1 971 555 0133,Work,"=HYPERLINK(""https://northwind.com"")"',
  'Priya Nair,Priya,Nair,,* myContacts,* Home,priya.nair@outlook.com,Mobile,+44 7700 900123,,',
].join('\r\n');

/** The same people in a sheet of the user's own (no app's export). */
const OWN = [
  'Name,Mobile,Email',
  'Lucía Hernández,+52 55 1234 5678,lucia.hernandez@gmail.com',
  'Mark Olsen,+1 971 555 0133,mark.olsen@northwind.com',
].join('\r\n');

async function clean(input: string, out: string, settings?: object): Promise<{ fields: string[][]; text: string; summary: string }> {
  writeFileSync(path.join(dir, 'in.csv'), input);
  const config = settings ? ['--config', 'settings.json'] : [];
  if (settings) writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings));
  const io = captureIo(dir);
  const code = await main(['clean', 'in.csv', '--out', out, '--today', '2026-12-04', '--lang', 'en', ...config], io);
  expect(code).toBe(0);
  if (!out.endsWith('.csv')) return { fields: [], text: '', summary: io.out };
  const text = readFileSync(path.join(dir, out), 'utf8');
  return { fields: Papa.parse<string[]>(text.replace(/^\uFEFF/, '')).data, text, summary: io.out };
}

const column = (fields: string[][], header: string) => fields.slice(1).filter((r) => r.length > 1).map((r) => r[fields[0].indexOf(header)]);

describe('a CSV for re-import (output.csvTextMark)', () => {
  it('by default writes for Excel, and says how to write the file for Google Contacts', async () => {
    const { fields, summary } = await clean(GOOGLE, 'out.csv');
    expect(column(fields, 'Phone 1 - Value')).toEqual(["'+52 55 1234 5678", "'+1 971 555 0133", "'+44 7700 900123"]);
    expect(column(fields, 'Birthday')[0]).toBe("'--12-08");
    const hint = summary.split('\n').filter((l) => l.includes('output.csvTextMark'));
    expect(hint).toHaveLength(1);
    expect(hint[0]).toContain('Google Contacts');
    expect(hint[0]).toContain('"none"');
    // No article to get wrong before the app's name ("a Outlook export").
    expect(hint[0]).toMatch(/^The sheet was exported from Google Contacts, and this CSV is written for opening in Excel/);
  }, 30_000);

  it('with "none" writes the values as cleaned, no apostrophe, but a formula keeps its mark', async () => {
    const { fields, text, summary } = await clean(GOOGLE, 'out.csv', { output: { csvTextMark: 'none' } });
    expect(column(fields, 'Phone 1 - Value')).toEqual(['+52 55 1234 5678', '+1 971 555 0133', '+44 7700 900123']);
    expect(column(fields, 'Birthday')[0]).toBe('--12-08');
    expect(column(fields, 'Website 1 - Value')[1]).toBe(`'=HYPERLINK("https://northwind.com")`);
    expect(text.match(/'/g)).toHaveLength(1);
    // Said: the one value still marked, and why.
    const kept = summary.split('\n').filter((l) => l.includes('"none"'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatch(/^1 value starting with = or @/);
  }, 30_000);

  it('reads its own "none" output back as it wrote it: a second run changes nothing', async () => {
    await clean(GOOGLE, 'out.csv', { output: { csvTextMark: 'none' } });
    const first = readFileSync(path.join(dir, 'out.csv'), 'utf8');
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ output: { csvTextMark: 'none' } }));
    const io = captureIo(dir);
    expect(await main(['clean', 'out.csv', '--out', 'again.csv', '--today', '2026-12-04', '--lang', 'en', '--config', 'settings.json'], io)).toBe(0);
    const again = Papa.parse<string[]>(readFileSync(path.join(dir, 'again.csv'), 'utf8').replace(/^\uFEFF/, '')).data;
    const once = Papa.parse<string[]>(first.replace(/^\uFEFF/, '')).data;
    expect(column(again, 'Phone 1 - Value')).toEqual(column(once, 'Phone 1 - Value'));
    expect(column(again, 'Website 1 - Value')).toEqual(column(once, 'Website 1 - Value'));
  }, 30_000);

  it('gives no hint for a sheet of the user\'s own, nor for an .xlsx output', async () => {
    const own = await clean(OWN, 'out.csv');
    expect(own.fields.slice(1).some((r) => r.some((v) => v.startsWith("'+")))).toBe(true);
    expect(own.summary).not.toContain('output.csvTextMark');
    const xlsx = await clean(GOOGLE, 'out.xlsx');
    expect(xlsx.summary).not.toContain('output.csvTextMark');
  }, 30_000);

  it('refuses a mark it does not know, naming what it takes', async () => {
    writeFileSync(path.join(dir, 'in.csv'), OWN);
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ output: { csvTextMark: 'google' } }));
    const io = captureIo(dir);
    expect(await main(['clean', 'in.csv', '--out', 'out.csv', '--lang', 'en', '--config', 'settings.json'], io)).toBe(1);
    expect(io.err).toContain('output.csvTextMark');
  }, 30_000);
});
