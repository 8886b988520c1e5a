import fc from 'fast-check';
import { cleanCell } from '../../../shared/normalize';
import { cnHouseExtension } from '../../../shared/normalize/cn-fast-path';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('a landline already written the house way with its extension (0755-88880000-801)', () => {
  it.each([
    ['025-46825943-560', '025-46825943', '560'],
    ['0755-66453513-728', '0755-66453513', '728'],
    ['0592-5110392-101', '0592-5110392', '101'],
    ['010-84954055-78012', '010-84954055', '78012'],
  ])('%s is read at once as %s, extension %s', (value, head, ext) => {
    expect(cnHouseExtension(value)).toEqual({ national: head, ext });
  });

  it.each([
    ['13812345678', 'a mobile'],
    ['025-46825943', 'no extension'],
    ['010-1234567-80', 'thirteen digits: the whole may be one number, for the full parse to say'],
    ['025 46825943-560', 'a space where the house form has a hyphen'],
    ['25-46825943-560', 'no trunk 0'],
    ['025-46825943-1234567', 'an extension of seven digits'],
    ['0755-8888000-801x', 'a letter after it'],
    ['021-00000000-801', 'no landline the metadata knows: 021-00000000'],
  ])('%s is left to the full reading (%s)', (value) => {
    expect(cnHouseExtension(value)).toBeNull();
  });

  it('comes out of the cleaner unchanged, with no finding in a 电话 column and "not a mobile" in a 手机 column', () => {
    expect(cleanCell(text('0755-66453513-728'), ctxFor('phone'))).toEqual({ cell: text('0755-66453513-728'), findings: [] });
    expect(cleanCell(text('0755-66453513-728'), ctxFor('mobile')).findings).toEqual([
      { code: 'phone.notMobile', severity: 'info', params: { value: '0755-66453513-728' } },
    ]);
  });

  it('gives what the full reading gives the same number typed with a space more (same text, same findings)', () => {
    const area = fc.constantFrom('010', '020', '021', '025', '027', '028', '029', '0512', '0571', '0592', '0755', '0791');
    fc.assert(
      fc.property(area, fc.stringMatching(/^[2-8]\d{6,7}$/), fc.stringMatching(/^\d{1,6}$/), fc.constantFrom('phone', 'mobile'), (a, local, ext, field) => {
        const value = `${a}-${local}-${ext}`;
        const fast = cleanCell(text(value), ctxFor(field as 'phone' | 'mobile'));
        // A trailing space keeps the cell off the quick reading: the full split-parse-format round.
        const full = cleanCell(text(`${value} `), ctxFor(field as 'phone' | 'mobile'));
        const fullText = (full.cell as { value: string }).value;
        if (fullText === value) {
          expect(fast.cell).toEqual(text(value));
          expect(fast.reason).toBeUndefined();
          expect(fast.findings).toEqual(full.findings);
        } else {
          // The full reading writes it otherwise (a number it reads another way): no quick reading then.
          expect(cnHouseExtension(value)).toBeNull();
        }
      }),
      { seed: 20261203, numRuns: 400 },
    );
  });
});
