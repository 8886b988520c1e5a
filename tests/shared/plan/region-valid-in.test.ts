/**
 * A Singapore customer list with no +65 and no S$ (h58 13b_singapore_no_currency.csv): its 8-digit
 * numbers are valid only in Singapore and Hong Kong, which the run cannot tell apart, so it reads
 * neither. The note names the regions the numbers are valid in and the exact setting to write, not
 * "(ZA, IE, …)", countries these numbers are no numbers of.
 */
import { t, type Plan } from '../../../shared';
import { planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][]): Plan => plan(rows, { language: 'en' }, GUESS);

const SINGAPORE = [
  ['Customer', 'Company', 'Mobile', 'Office', 'Salesperson', 'Total Purchases', 'Birthday'],
  ['Tan Ah Kow', 'Ah Kow Trading', '9123 4567', '6123 4567', 'Jasmine Lim', '12,800', '3/12/1970'],
  ['Siti Nurhaliza', 'Nur Catering', '8234 5678', '6234 5678', 'Jasmine Lim', '3,450', '10/12/1985'],
  ['Rajesh Pillai', 'Pillai Engineering', '9876 5432', '6345 6789', 'Kelvin Ng', '56,000', '1/12/1979'],
  ['Lim Mei Hua', 'Mei Hua Florist', '9345 6789', '', 'Kelvin Ng', '980', '5/12/1992'],
];

describe('8-digit numbers valid only in Singapore or Hong Kong, nothing else in the sheet saying which', () => {
  const p = planOf(SINGAPORE);
  const said = p.problems.filter((x) => x.code.startsWith('locale.region'));

  it('are said once, naming the regions they are valid in and the setting to write', () => {
    expect(said).toEqual([{ code: 'locale.regionValidIn', severity: 'warning', params: { numbers: 4, of: 4, region: 'CN', digits: '8', regions: 'SG,HK', code: 'SG' } }]);
  });

  it('in English', () => {
    expect(t('en', said[0].code, said[0].params)).toBe(
      '4 of the 4 phone numbers written without a country code are 8-digit numbers valid in Singapore (SG) or Hong Kong (HK), not in China, ' +
      'and nothing else in the sheet says which: they are flagged. Set the region in a settings file and run again with -c settings.json: ' +
      '{ "phone": { "defaultRegion": "SG" } } (or the code of the other region).');
  });

  it('and in Chinese', () => {
    expect(t('zh-CN', said[0].code, said[0].params)).toBe(
      '不带国家代码的 4 个电话号码中有 4 个是 8 位号码，在新加坡（SG）或中国香港（HK）有效，不是中国的号码；表中没有其他线索说明是哪个地区，已逐个标出。' +
      '请在设置文件中指定地区，再用 -c settings.json 重新运行：{ "phone": { "defaultRegion": "SG" } }（或另一个地区的代码）。');
  });

  it('and with the region set as it says, the numbers are read as Singapore\'s', () => {
    const set = plan(SINGAPORE, { language: 'en', phone: { defaultRegion: 'SG' } }, GUESS);
    expect(set.issues.filter((i) => i.code.startsWith('phone.'))).toEqual([]);
    expect(set.problems.map((x) => x.code)).not.toContain('locale.regionValidIn');
  });
});

describe('numbers valid in no region the run knows', () => {
  it('keep the general note', () => {
    const p = planOf([
      ['Name', 'Cell', 'Email'],
      ['Kwame Mensah', '024 123 4567', 'kwame@mensahfarms.com.gh'],
      ['Ama Owusu', '054 987 6543', 'ama.owusu@gmail.com'],
      ['Kofi Boateng', '020 555 1212', 'kofi@boatengltd.com.gh'],
      ['Efua Asante', '027 234 5678', 'efua@asante.com.gh'],
    ]);
    expect(p.problems.map((x) => x.code)).toContain('locale.regionUnknown');
  });
});

/**
 * A US dealer's list of three Chinese suppliers (+86) and three American buyers, one of them typed
 * without his area code (tester h59, finding 8): the numbers do not settle the sheet's region, and
 * the American ones are flagged in a sheet read as China's. The note names the United States, whose
 * numbers they are written as, not "(ZA, IE, …)"; the local 555-0123, a number of nowhere as typed,
 * does not unsay it.
 */
const SUPPLIERS_AND_BUYERS = [
  ['Name', 'Company', 'Phone', 'Email'],
  ['Li Wei', 'Shenzhen Lightway', '+86 138 2345 6789', 'liwei@lightway.cn'],
  ['Wang Gang', 'Ningbo Ocean Trading', '+86 139 0574 1111', 'wang@oceantrading.cn'],
  ['Chen Jie', 'Foshan Ceramics', '+86 757 8228 1234', 'chen@fsceramics.cn'],
  ['Sarah O\'Connor', 'Home Depot', '(404) 555-0101', 'sarah.oconnor@homedepot.com'],
  ['Maria Garcia', 'Garcia Hardware LLC', '(305) 555-0177', 'maria@garciahw.com'],
  ['Tom Baker', 'Baker\'s Supply', '555-0123', 'tom@bakerssupply.com'],
];

describe('North American numbers in a sheet the numbers leave unplaced', () => {
  const p = planOf(SUPPLIERS_AND_BUYERS);
  const said = p.problems.filter((x) => x.code.startsWith('locale.region'));

  it('are said once, naming the United States and the setting to write', () => {
    expect(said).toEqual([{ code: 'locale.regionWrittenAs', severity: 'warning', params: { numbers: 2, of: 3, region: 'CN', digits: '10', regions: 'US', code: 'US' } }]);
  });

  it('in English and in Chinese', () => {
    expect(t('en', said[0].code, said[0].params)).toBe(
      '2 of the 3 phone numbers written without a country code are written as 10-digit numbers of United States (US), not valid in China: ' +
      'they are flagged. If the sheet is from there, set the region in a settings file and run again with -c settings.json: { "phone": { "defaultRegion": "US" } }.');
    expect(t('zh-CN', said[0].code, said[0].params)).toBe(
      '不带国家代码的 3 个电话号码中有 2 个是按美国（US）的写法书写的 10 位号码，不是中国的号码，已逐个标出。' +
      '如本表来自该地区，请在设置文件中指定地区，再用 -c settings.json 重新运行：{ "phone": { "defaultRegion": "US" } }。');
  });

  it('a Montréal and Toronto list\'s numbers name Canada', () => {
    const toronto = SUPPLIERS_AND_BUYERS.map((r, i) => (i === 4 ? [r[0], r[1], '(514) 555-0133', r[3]] : i === 5 ? [r[0], r[1], '(647) 555-0177', r[3]] : r));
    const note = planOf(toronto).problems.find((x) => x.code === 'locale.regionWrittenAs');
    expect(note?.params).toMatchObject({ regions: 'CA', code: 'CA' });
  });
});
