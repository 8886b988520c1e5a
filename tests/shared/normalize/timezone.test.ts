/**
 * Dates are civil: the same cells and settings give the same result whatever the process time
 * zone (PITFALLS A6, B5). Jest cannot switch TZ for code it runs in-process, so each zone runs
 * the cleaners in a child Node process (tz-child.js).
 */
import { execFileSync } from 'child_process';
import path from 'path';
import { cleanCell } from '../../../shared/normalize';
import type { Cell } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';
import { ctxFor } from './context';

const INPUTS: Array<[FieldId, Cell]> = [
  ['birthday', { kind: 'text', value: '1990年3月1日' }],
  ['birthday', { kind: 'text', value: '2024-03-05T23:30:00Z' }],
  ['birthday', { kind: 'text', value: '2024-03-05T00:30:00+08:00' }],
  ['contractEnd', { kind: 'number', value: 45356 }],
  ['contractEnd', { kind: 'number', value: 45356.99 }],
  ['lastContact', { kind: 'text', value: 'Mar 5, 2024 11:59 PM' }],
  ['createdAt', { kind: 'text', value: '24-3-5' }],
  ['birthday', { kind: 'text', value: '2月29日' }],
];

function runIn(tz: string): { offset: number; results: unknown[] } {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'tz-child.js'), JSON.stringify(INPUTS)], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('time zone independence', () => {
  it('gives identical results in Shanghai, Los Angeles and Kiritimati, equal to this process', () => {
    const runs = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'].map(runIn);
    // The zones must really differ, or this test would prove nothing.
    expect(new Set(runs.map((r) => r.offset)).size).toBe(3);
    const here = INPUTS.map(([field, cell]) => cleanCell(cell, ctxFor(field)));
    for (const run of runs) expect(run.results).toEqual(JSON.parse(JSON.stringify(here)));
    expect(here[0].cell).toEqual({ kind: 'date', value: '1990-03-01' });
    expect(here[3].cell).toEqual({ kind: 'date', value: '2024-03-05' });
  });
});
