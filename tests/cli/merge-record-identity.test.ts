/**
 * The command line on the tester's HubSpot contacts export (h64 finding 3): --merge folds Sarah Johnson's three
 * rows into record 51234001, which keeps its own e-mail; record 51234002's newer address is in Merged values and
 * the archive, the summary says why by rows only, and the JSON report names no e-mail taken from another record.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, fixture, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(fixture('hubspot-contacts-h64.csv'), path.join(dir, 'hubspot_contacts.csv'));
});
afterEach(() => cleanup());

it('keeps record 51234001 with its own e-mail; record 51234002\'s is in Merged values and the archive', async () => {
  const io = captureIo(dir, { LANG: 'en_US.UTF-8' });
  const code = await main(['clean', 'hubspot_contacts.csv', '--out', 'o.csv', '--json', 'o.json', '--today', '2026-12-04', '--lang', 'en', '--merge'], io);
  expect(code).toBe(0);
  const report = JSON.parse(readFileSync(path.join(dir, 'o.json'), 'utf8'));
  expect(report.merge.archived.map((a: { row: number }) => a.row)).toEqual([3, 9]);
  expect(report.merge.filled.filter((f: { field: string }) => f.field === 'email')).toEqual([]);
  expect(report.problems.filter((p: { code: string }) => p.code === 'dedupe.newerPhone.recordKeptMerged')).toHaveLength(1);

  const kept = readFileSync(path.join(dir, 'o.csv'), 'utf8').split(/\r?\n/)[1];
  expect(kept.startsWith('51234001,Sarah,Johnson,sarah.johnson@acme.com,')).toBe(true);
  expect(kept).toContain('Email: sjohnson@acme.com (row 3 as of 2026-12-04)');
  expect(readFileSync(path.join(dir, 'o.archive.csv'), 'utf8')).toContain('51234002,Sarah,Johnson,sjohnson@acme.com');

  expect(io.out).toContain('keeps its own record\'s "Email" though a newer row of another record holds another');
  expect(io.out).not.toContain('sjohnson@acme.com');
});
