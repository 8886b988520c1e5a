import { cleanCell } from '../../../shared/normalize';
import { officialProvince } from '../../../shared/normalize/province';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('officialProvince', () => {
  it.each([
    ['广东', '广东省'],
    ['广东省', '广东省'],
    ['北京', '北京市'],
    ['广西', '广西壮族自治区'],
    ['广西自治区', '广西壮族自治区'],
    ['新疆', '新疆维吾尔自治区'],
    ['香港', '香港特别行政区'],
    ['黑龙江省', '黑龙江省'],
  ])('%j → %j', (raw, official) => {
    expect(officialProvince(raw)).toBe(official);
  });

  it.each([['山西市', 'no province is called so'], ['吉林市', 'a city of 吉林省'], ['广东省深圳市', 'a province and its city'], ['Guangdong', 'pinyin']])(
    '%j stays as it is (%s)',
    (raw) => {
      expect(officialProvince(raw)).toBeNull();
    },
  );
});

describe('cleanProvince', () => {
  it('writes a province with its full name in a Chinese sheet, so the report counts one 广东省', () => {
    const r = cleanCell(text(' 广东 '), ctxFor('province'));
    expect(r.cell).toEqual(text('广东省'));
    expect(r.reason).toBe('fix.province');
  });

  it('keeps a state of another region as written (CA in a US sheet)', () => {
    const cell = text('CA');
    expect(cleanCell(cell, ctxFor('province', { phone: { defaultRegion: 'US' } })).cell).toBe(cell);
    expect(cleanCell(text('广东'), ctxFor('province', { phone: { defaultRegion: 'US' } })).cell).toEqual(text('广东'));
  });
});
