/**
 * A --merge into a CSV writes the rows it moves out to <name>.archive.csv with the same guards as the
 * cleaned file: a ZIP code or a 13-digit customer ID the input kept behind Excel's text mark ('02134,
 * as Shopify exports them) or as a formula of its text (="01002", as Square does) keeps that mark in
 * the archive too, or Excel opening the archive shows 2134 and 7.01235E+12 (tester h69, 3).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

const SHOPIFY = [
  'Customer ID,First Name,Last Name,Email,Default Address Zip,Phone,Total Spent',
  "'7012349990001,Annie,Ford,annie.ford@gmail.com,'02134,'+16175550123,120.00",
  "'7012349990002,Annie,Ford,Annie.Ford@gmail.com,'02134,'+16175550123,35.50",
  "'7012349990003,Marcus,Bell,marcus.bell@yahoo.com,'02467,'+16175550188,80.00",
].join('\r\n');

const SQUARE = [
  'Reference ID,First Name,Surname,Email Address,Postal Code,Phone Number',
  '="0001002",Lucy,Ng,lucy.ng@outlook.com,="01002",(413) 555-0142',
  '="0001003",Lucy,Ng,LUCY.NG@outlook.com,="01002",(413) 555-0142',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

async function merged(input: string, body: string): Promise<{ main: string; archive: string }> {
  writeFileSync(path.join(dir, input), body);
  const io = captureIo(dir, { LANG: 'en_US.UTF-8' });
  const code = await main(['clean', input, '--out', 'out.csv', '--today', '2026-12-04', '--lang', 'en', '--quiet', '--merge'], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  return { main: readFileSync(path.join(dir, 'out.csv'), 'utf8'), archive: readFileSync(path.join(dir, 'out.archive.csv'), 'utf8') };
}

const lineOf = (csv: string, id: string) => csv.split('\r\n').find((l) => l.includes(id)) ?? '';

describe('the archive CSV of a merge keeps the text marks of the input', () => {
  it("writes a Shopify row's ZIP and customer ID behind the apostrophe, as the cleaned file does", async () => {
    const out = await merged('customers_export.csv', SHOPIFY);
    // The kept row and the archived one, side by side: both keep the mark.
    expect(lineOf(out.main, '7012349990001')).toContain("'7012349990001");
    expect(lineOf(out.main, '7012349990001')).toContain("'02134");
    const archived = lineOf(out.archive, '7012349990002');
    expect(archived).toMatch(/^'7012349990002,/);
    expect(archived).toContain(",'02134,");
    expect(archived).not.toMatch(/(^|,)02134(,|$)/);
  });

  it('writes a Square row marked as a formula of its text the same way again', async () => {
    const out = await merged('square.csv', SQUARE);
    const archived = lineOf(out.archive, '0001003');
    expect(archived).toMatch(/^"=""0001003""",/);
    expect(archived).toContain('"=""01002"""');
  });

  it('keeps the marks of the lines an earlier merge archived when a later one adds to the file', async () => {
    await merged('customers_export.csv', SHOPIFY);
    // Next week: the cleaned file, with the same customer typed in again, merged once more.
    const cleaned = readFileSync(path.join(dir, 'out.csv'), 'utf8').replace(/^\uFEFF/, '').trimEnd();
    writeFileSync(path.join(dir, 'week2.csv'), `${cleaned}\r\n'7012349990004,Marcus,Bell,Marcus.Bell@yahoo.com,'02467,'+16175550188,12.00`);
    const io = captureIo(dir, { LANG: 'en_US.UTF-8' });
    expect(await main(['clean', 'week2.csv', '--out', 'out.csv', '--today', '2026-12-11', '--lang', 'en', '--quiet', '--merge'], io)).toBe(0);
    const archive = readFileSync(path.join(dir, 'out.archive.csv'), 'utf8');
    expect(lineOf(archive, '7012349990002')).toContain(",'02134,");
    expect(lineOf(archive, '7012349990004')).toContain(",'02467,");
  });
});
