/**
 * 1-713-685-0944 is a Houston number dialled with North America's trunk 1, not the Chinese mobile
 * 171 3685 0944 its eleven digits would make: every rule that reads "11 digits starting with 1" as a
 * Chinese mobile (the fast path, the full reading, the region vote, the column sniffer) agrees.
 */
import { cleanCell } from '../../../shared/normalize';
import { cnNumber } from '../../../shared/normalize/cn-fast-path';
import { parsePhone } from '../../../shared/normalize/phone';
import { looksChineseMobile, trunkOneNumber } from '../../../shared/normalize/trunk-one';
import { sniffColumn } from '../../../shared/schema/sniff-column';
import { phoneKeys } from '../../../shared/dedupe/keys/phone';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('a North American number written with its trunk 1', () => {
  it.each<[string, string | null, string]>([
    ['1-713-685-0944', '+17136850944', 'Houston, hyphens (a Texan customer list)'],
    ['1 713 685 0944', '+17136850944', 'spaces'],
    ['1.713.685.0944', '+17136850944', 'dots'],
    ['1 (832) 555-0178', '+18325550178', 'area code in brackets'],
    ['1-800-555-0123', '+18005550123', 'a toll-free line'],
    ['17136850944', null, 'bare: its grouping says nothing, the sheet\'s region reads it'],
    ['138-1234-5678', null, 'a Chinese mobile grouped 3-4-4'],
    ['1381234 5678', null, 'a Chinese mobile grouped 7-4'],
    ['138 1234 5678', null, 'a Chinese mobile grouped with spaces'],
    ['1 381 234 5678', null, '381 is no area code in service: a Chinese mobile oddly spaced'],
    ['+1 713 685 0944', null, 'written with its country code: read as such anyway'],
  ])('%s → %s (%s)', (raw, e164) => {
    expect(trunkOneNumber(raw)).toBe(e164);
    expect(looksChineseMobile(raw)).toBe(e164 === null && raw.replace(/\D/g, '').startsWith('1') && !raw.startsWith('+'));
  });

  it.each([['1-713-685-0944'], ['1 713 685 0944'], ['1.713.685.0944']])('%s is read as +1 under every region, China\'s included', (raw) => {
    expect(cnNumber(raw, true)).toBeNull();
    for (const region of ['CN', 'US', 'GB', 'HK']) {
      expect(parsePhone(raw, region)).toEqual(expect.objectContaining({ e164: '+17136850944', country: 'US' }));
    }
  });

  it('a Chinese mobile grouped the Chinese ways stays one', () => {
    for (const raw of ['138-1234-5678', '1381234 5678', '138 1234 5678', '13812345678', '+86 138 1234 5678']) {
      expect(parsePhone(raw, 'CN')).toEqual(expect.objectContaining({ e164: '+8613812345678', type: 'mobile' }));
    }
  });

  it.each<[string, string, string]>([
    ['1-713-685-0944', '+1 713 685 0944', 'written with its country code, not rewritten as the mobile 17136850944'],
    ['1 (832) 555-0178 转 12', '+1 832 555 0178 ext. 12', 'with an extension'],
    ['138-1234-5678', '13812345678', 'the sheet\'s own mobiles keep their house form'],
  ])('in a Chinese sheet the cleaner writes %s as %s (%s)', (raw, expected) => {
    const r = cleanCell(text(raw), ctxFor('mobile'));
    expect(r.cell).toEqual(text(expected));
    expect(r.findings).toEqual([]);
  });

  it('in a US sheet it is written the US way', () => {
    expect(cleanCell(text('1-713-685-0944'), ctxFor('phone', { phone: { defaultRegion: 'US' } })).cell).toEqual(text('(713) 685-0944'));
  });

  it('a column without a header holding such numbers is a phone column, not one of Chinese mobiles', () => {
    const houston = ['1-713-685-0944', '1-281-555-0143', '1-832-555-0178', '1-346-555-0122'].map(text);
    const chinese = ['138-1234-5678', '1381234 5678', '139 8765 4321', '13700001111'].map(text);
    expect(sniffColumn(houston)?.field).toBe('phone');
    expect(sniffColumn(chinese)?.field).toBe('mobile');
  });

  it('the duplicate finder of a Chinese sheet keys it as the +1 number the customer wrote elsewhere', () => {
    const key = (raw: string) => phoneKeys(raw, 'CN').map((k) => k.e164);
    expect(key('1-713-685-0944')).toEqual(['+17136850944']);
    expect(key('1-713-685-0944')).toEqual(key('+1 713 685 0944'));
    expect(key('138-1234-5678')).toEqual(['+8613812345678']);
  });
});
