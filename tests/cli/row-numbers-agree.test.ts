/**
 * Every output of a --merge names rows on a stated basis (README, "Row numbers"): the JSON report's
 * `row`, `survivor` and groups are rows of the input; the reminders list's Row and the archive's Kept
 * row are rows of the cleaned file written, where the customer now is; the archive's Original row is
 * the row the archived line had in the input. The JSON gives the cleaned file's row too
 * (`outputRow`, `keptRow`), so a script and a person reading the reminders list meet the same customer
 * (tester h69, 13: the JSON said row 51, the reminders CSV Row 48, for one Tom Reed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { readCsv } from '../../cli/io/read-csv';
import { cellText } from '../../shared';
import { captureIo, tempDir } from './helpers';

// A Mailchimp audience: Katie typed three times above Tom, whose birthday is today.
const AUDIENCE = [
  'Email Address,First Name,Last Name,Phone Number,Birthday',
  'katie.morgan@gmail.com,Katie,Morgan,217-555-0134,12/07',
  'Katie.Morgan@Gmail.com,Kate,Morgan,217-555-0134,12/07',
  'k.atie.morgan@gmail.com,Katie,Morgan,217-555-0134,12/07',
  'sam.ortiz@yahoo.com,Sam,Ortiz,415-555-0188,03/14',
  'tom.reed@comcast.net,Tom,Reed,(608) 555-0101,12/04',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

interface Json {
  reminders: { customer: string; row: number; outputRow?: number }[];
  merge: { archived: { row: number; survivor: number; keptRow?: number }[] };
}

it('gives in the JSON the cleaned file\'s row the reminders list and the archive name', async () => {
  writeFileSync(path.join(dir, 'audience.csv'), AUDIENCE);
  const io = captureIo(dir, { LANG: 'en_US.UTF-8' });
  const code = await main(['clean', 'audience.csv', '--out', 'out.csv', '--json', 'out.json', '--today', '2026-12-04', '--lang', 'en', '--quiet', '--merge'], io);
  expect(code).toBe(0);
  const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as Json;
  const table = (file: string) => readCsv(readFileSync(path.join(dir, file)), file).cells.map((r) => r.map((c) => cellText(c)));

  // Tom is input row 6; two of Katie's rows above him went to the archive: row 4 of the cleaned file.
  const tom = json.reminders.find((r) => r.customer === 'Tom Reed')!;
  expect([tom.row, tom.outputRow]).toEqual([6, 4]);
  const listed = table('out.reminders.csv').find((line) => line[2] === 'Tom Reed')!;
  expect(Number(listed[3])).toBe(tom.outputRow);
  expect(table('out.csv')[tom.outputRow! - 1][0]).toBe('tom.reed@comcast.net');

  const archive = table('out.archive.csv');
  const [sourceAt, keptAt] = [archive[0].indexOf('Original row'), archive[0].indexOf('Kept row')];
  expect(json.merge.archived.map((a) => [a.row, a.keptRow])).toEqual(archive.slice(1).map((line) => [Number(line[sourceAt]), Number(line[keptAt])]));
});
