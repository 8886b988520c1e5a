/**
 * Outlook's contacts export merged (--merge --json): the united Categories are written with the
 * column's own ';', and the terminal's and the JSON's count of empty cells filled agree with the
 * JSON's merge.filled, where the united tags are an entry of their own (reason "tags"), not a fill.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

const CONTACTS = [
  'First Name,Last Name,Company,Business Phone,Mobile Phone,Birthday,Categories,E-mail Address',
  'John,Carter,Carter & Sons Plumbing,(214) 555-0101,,12/4/1975,Customers;VIP,john@carterplumbing.com',
  'Maria,Gonzalez,Sunrise Bakery,,512-555-0134,3/5/1988,Customers,maria@sunrisebakery.com',
  'Robert,Kim,Kim Auto Repair,713.555.0123,,,Customers,rkim@kimauto.com',
  'Bob,Kim,Kim Auto Repair,,+1 713 555 0188,,Holiday Card,rkim@kimauto.com',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'contacts.csv'), CONTACTS);
});
afterEach(() => cleanup());

it('unites the Categories with ";" and counts as filled only the cells that were empty', async () => {
  const io = captureIo(dir, { LANG: 'en_US.UTF-8' });
  const code = await main(['clean', 'contacts.csv', '--out', 'o.xlsx', '--json', 'o.json', '--today', '2026-12-01', '--merge', '--lang', 'en'], io);
  expect(code).toBe(0);
  const report = JSON.parse(readFileSync(path.join(dir, 'o.json'), 'utf8'));
  const filled = report.merge.filled as { header: string; value: string; reason: string; before: string | null }[];
  const categories = filled.filter((f) => f.header === 'Categories');
  expect(categories).toHaveLength(1);
  expect(categories[0].value.split(';').sort()).toEqual(['Customers', 'Holiday Card']);
  expect(categories[0].reason).toBe('tags');
  const fills = filled.filter((f) => f.reason === 'fill');
  expect(fills.every((f) => f.before === null)).toBe(true);
  expect(report.merge.stats.cellsFilled).toBe(fills.length);
  expect(io.out).toContain(`${fills.length} empty ${fills.length === 1 ? 'cell' : 'cells'} filled from duplicates`);
});
