import { cleanCell } from '../../../shared/normalize';
import { officialProvince, provinceForm } from '../../../shared/normalize/province';
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
    ['粤', '广东省'],
    ['沪', '上海市'],
    ['内蒙', '内蒙古自治区'],
    ['广西壮族', '广西壮族自治区'],
    ['Guangdong', '广东省'],
    ['Guangdong Province', '广东省'],
    ['Inner Mongolia', '内蒙古自治区'],
    ['Shaanxi', '陕西省'],
    ['Shanxi', '山西省'],
    ['Hong Kong', '香港特别行政区'],
  ])('%j → %j', (raw, official) => {
    expect(officialProvince(raw)).toBe(official);
  });

  it.each([['山西市', 'no province is called so'], ['吉林市', 'a city of 吉林省'], ['广东省深圳市', 'a province and its city'], ['粤东', 'a part of a province'], ['HK', 'letters that are no name']])(
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

  it('writes a province in pinyin or its abbreviation with its name in a Chinese sheet, keeps the pinyin in an English one', () => {
    expect(cleanCell(text('Guangdong'), ctxFor('province')).cell).toEqual(text('广东省'));
    expect(cleanCell(text('粤'), ctxFor('province')).cell).toEqual(text('广东省'));
    const en = ctxFor('province');
    en.settings = { ...en.settings, language: 'en' };
    expect(cleanCell(text('Guangdong'), en).cell).toEqual(text('Guangdong'));
  });

  it('keeps a state of another region as written (CA in a US sheet)', () => {
    const cell = text('CA');
    expect(cleanCell(cell, ctxFor('province', { phone: { defaultRegion: 'US' } })).cell).toBe(cell);
    expect(cleanCell(text('广东'), ctxFor('province', { phone: { defaultRegion: 'US' } })).cell).toEqual(text('广东'));
  });
});

describe('cleanProvince in a column that writes its provinces short (provinceForm)', () => {
  const short = () => ({ ...ctxFor('province'), provinceForm: 'short' as const });
  it.each([
    ['浙江', '浙江', 'as the column writes it'],
    ['浙江省', '浙江', 'the odd full name'],
    ['粤', '广东', 'an abbreviation'],
    ['Guangdong', '广东', 'pinyin in a Chinese sheet'],
    ['广西壮族自治区', '广西', 'an autonomous region'],
    ['广东省深圳市', '广东省深圳市', 'no province alone: kept'],
  ])('%j → %j (%s)', (raw, expected) => {
    const cell = text(raw);
    const r = cleanCell(cell, short());
    expect(r.cell).toEqual(text(expected));
    if (raw === expected) expect(r.cell).toBe(cell);
  });
});

describe('cleanProvince in a column written in Latin letters (provinceForm latin)', () => {
  it.each([['Guangdong'], ['Guangdong Province'], ['CA'], ['广东']])('%j stays as written', (raw) => {
    const cell = text(raw);
    expect(cleanCell(cell, { ...ctxFor('province'), provinceForm: 'latin' }).cell).toBe(cell);
  });
});

describe('provinceForm', () => {
  const cells = (...values: string[]): Cell[] => values.map((v) => (v === '' ? { kind: 'empty' } : text(v)));
  it.each([
    [['浙江', '江苏', '浙江', '浙江省', ''], 'short', 'a dealer list of short names with one full'],
    [['浙江省', '北京市', '浙江'], 'full', 'a CRM export of full names'],
    [['浙江', '江苏省'], 'full', 'as many of each: the official name'],
    [['粤', 'Guangdong', '华东'], 'full', 'neither form: the official name'],
    [['Guangdong', 'CA', 'Ontario', '广东省'], 'latin', 'an English address book: more Latin letters than Chinese'],
    [['Guangdong', '广东省'], 'full', 'as many of each: the official name'],
  ])('%j → %s (%s)', (values, form) => {
    expect(provinceForm(cells(...(values as string[])))).toBe(form);
  });
});
