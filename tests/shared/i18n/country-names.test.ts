/**
 * Notes and messages that name a row's country, or the sheet's, name it in the user's language
 * (印度, 西班牙; India, Spain), not by its ISO code (IN, ES), which a shop owner need not know. Where a
 * message tells him what to write in the settings, it still gives the code he has to write there.
 */
import { t } from '../../../shared/i18n';
import { regionName } from '../../../shared/i18n/country-display';
import { planOf } from '../plan/helpers';

describe('a country in a message', () => {
  it('is named in the message\'s language', () => {
    expect(t('zh-CN', 'postcode.invalidRegion', { value: '807', region: 'ES', example: '28013' })).toBe('“807”不是有效的西班牙邮编：其格式如 28013。');
    expect(t('en', 'postcode.invalidRegion', { value: '807', region: 'ES', example: '28013' })).toBe('"807" is not a valid postcode of Spain: its postcodes are written like 28013.');
    expect(t('zh-CN', 'locale.region', { region: 'IN', numbers: 12 })).toBe('电话号码按印度的号码读取：表中有 12 个号码是这样写的。如需按其他地区读取，请在设置中指定 phone.defaultRegion。');
    expect(t('en', 'locale.region', { region: 'IN', numbers: 12 })).toContain('read as numbers of India:');
  });

  it('keeps the code where the user is told what to write in the settings', () => {
    const params = { value: '020 7946 0958', international: '+44 20 7946 0958', country: 'GB', countryCode: 'GB', region: 'IN' };
    expect(t('zh-CN', 'phone.writtenAbroad', params)).toBe(
      '“020 7946 0958”是英国号码的写法（+44 20 7946 0958），不像本表所按的印度号码，故保持原样。如表中号码都是英国的，请在设置中将 phone.defaultRegion 设为 GB；如只有这个号码是，请在前面加上国家代码。');
    expect(t('en', 'phone.writtenAbroad', params)).toBe(
      '"020 7946 0958" is written as a number of another country (the United Kingdom: +44 20 7946 0958), not as one of India, so it was left as typed. If the sheet\'s numbers are from there, set phone.defaultRegion to GB; if only this one is, write it with its country code.');
  });

  it('names every region the run reads numbers for, and shows a code it cannot name as it is', () => {
    expect(['CN', 'US', 'GB', 'HK', 'TW', 'MX', 'NL', 'KR', 'CI', 'GW'].map((r) => regionName(r, 'en'))).toEqual(
      ['China', 'United States', 'United Kingdom', 'Hong Kong', 'Taiwan', 'Mexico', 'Netherlands', 'South Korea', 'Côte d\'Ivoire', 'Guinea-Bissau']);
    expect(['CN', 'US', 'GB', 'HK', 'TW', 'MX', 'NL', 'IN', 'ES'].map((r) => regionName(r, 'zh-CN'))).toEqual(
      ['中国', '美国', '英国', '中国香港', '中国台湾', '墨西哥', '荷兰', '印度', '西班牙']);
    expect(regionName('ZZ', 'en')).toBe('ZZ');
  });

  it('says the United States and the Netherlands in an English sentence, and names as they are in Chinese', () => {
    expect(t('en', 'locale.region', { region: 'US', numbers: 56 })).toContain('read as numbers of the United States:');
    expect(t('en', 'postcode.invalidRegion', { value: '123', region: 'NL', example: '1012 AB' })).toBe('"123" is not a valid postcode of the Netherlands: its postcodes are written like 1012 AB.');
    expect(t('en', 'locale.region', { region: 'MX', numbers: 3 })).toContain('read as numbers of Mexico:');
    expect(t('zh-CN', 'locale.region', { region: 'US', numbers: 56 })).toContain('按美国的号码读取');
  });

  it('reads as the country\'s name in the notes of a sheet with Spanish and Mexican rows (h43 es_it_mx_postcodes_en.csv)', () => {
    const plan = planOf([
      ['Name', 'Country', 'Postcode', 'Phone'],
      ['Lucía Fernández', 'Spain', '807', '612 345 678'],
      ['Javier Ruiz', 'Spain', '28013', '622 111 222'],
      ['Carmen López', 'Spain', '46001', '633 222 333'],
      ['Ana Torres', 'Mexico', '660', '55 1234 5678'],
    ]);
    const notes = plan.issues.filter((i) => i.code === 'postcode.invalidRegion').map((i) => [t('en', i.code, i.params), t('zh-CN', i.code, i.params)]);
    expect(notes).toEqual([
      ['"807" is not a valid postcode of Spain: its postcodes are written like 28013.', '“807”不是有效的西班牙邮编：其格式如 28013。'],
      ['"660" is not a valid postcode of Mexico: its postcodes are written like 06600.', '“660”不是有效的墨西哥邮编：其格式如 06600。'],
    ]);
  });
});
