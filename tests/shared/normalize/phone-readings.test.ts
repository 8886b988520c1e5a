/**
 * The phone numbers a run reads are remembered by that run only (PhoneReadings, made by the run and
 * gone with it): the core keeps no readings between runs, and a reading remembered answers exactly
 * as a fresh parse does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanPhone, parsePhone, PhoneReadings } from '../../../shared/normalize/phone';
import { text } from '../../../shared/table/cell';
import { ctxFor } from './context';

/** What a Chinese customer sheet's phone column holds, and what a few others' do. */
const TYPED: readonly (readonly [string, string])[] = [
  ['13812345678', 'CN'],
  ['+86 138-1234-5678', 'CN'],
  ['１３８-1234 5678', 'CN'],
  ['(0755) 8888 0000 转 801', 'CN'],
  ['0755-88880000-801', 'CN'],
  ['400-800-8888', 'CN'],
  ['手机：139 8765 4321', 'CN'],
  ['+1 415 555 0132', 'CN'],
  ['0013105550111', 'CN'],
  ['空号', 'CN'],
  ['N/A', 'CN'],
  ['12345', 'CN'],
  ['(415) 555-0132', 'US'],
  ['020 7946 0958', 'GB'],
  ['9123 4567', 'SG'],
];

const plain = (p: ReturnType<typeof parsePhone>) => (p === null ? null : { ...p });

describe('phone readings are kept per run (PhoneReadings)', () => {
  it('answers with a run\'s readings exactly as without them, asked once or twice', () => {
    const readings = new PhoneReadings();
    for (const [typed, region] of TYPED) {
      const fresh = plain(parsePhone(typed, region));
      expect(plain(parsePhone(typed, region, readings))).toEqual(fresh);
      // The second time from what the run remembers.
      expect(plain(parsePhone(typed, region, readings))).toEqual(fresh);
    }
  });

  it('remembers in the run\'s own object: a second run starts with nothing of the first', () => {
    const first = new PhoneReadings();
    parsePhone('+86 138-1234-5678', 'CN', first);
    parsePhone('空号', 'CN', first);
    expect(first.size).toBe(2);
    const second = new PhoneReadings();
    expect(second.size).toBe(0);
    parsePhone('+86 138-1234-5678', 'CN', second);
    expect(second.size).toBe(1);
  });

  it('cleans a phone cell through the readings of the run that cleans it', () => {
    const readings = new PhoneReadings();
    const ctx = { ...ctxFor('mobile'), phones: readings };
    const without = cleanPhone(text('+86 138-1234-5678 / 0755-8888 0000'), ctxFor('mobile'));
    const within = cleanPhone(text('+86 138-1234-5678 / 0755-8888 0000'), ctx);
    expect(within).toEqual(without);
    expect(within.cell).toEqual(text('13812345678 / 0755-88880000'));
    expect(readings.size).toBeGreaterThan(0);
  });

  it('keeps no readings at module level in phone.ts (no Map or Set it could add to made when the module loads)', () => {
    const source = readFileSync(join(__dirname, '../../../shared/normalize/phone.ts'), 'utf8');
    const moduleLevel = source.split('\n').filter((line) => /^(?:export )?const \w+(?:: (?!Readonly)[^=]+)? = new (?:Map|Set)\b/.test(line));
    expect(moduleLevel).toEqual([]);
  });
});
