import { comparePair, compileSettings } from '../../../shared/dedupe/compare';
import { buildProfile } from '../../../shared/dedupe/profile';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { resolveDedupeSettings } from '../../../shared/dedupe/validate-settings';
import { records, type RowSpec } from './helpers';

const compiled = compileSettings(DEFAULT_DEDUPE_SETTINGS);

function levels(a: RowSpec, b: RowSpec, region = 'CN', c = compiled): Record<string, string> {
  const ctx = { defaultRegion: region, phoneCache: new Map() };
  const [pa, pb] = records([a, b]).map((r, i) => buildProfile(r, i, ctx));
  return Object.fromEntries(comparePair(pa, pb, c).hits.map((h) => [h.comparison, h.level]));
}

describe('comparison levels (first matching level wins)', () => {
  it.each<[string, RowSpec, RowSpec, string, string]>([
    ['same mobile, two formats', { mobile: '13812345678' }, { mobile: '+86 138 1234 5678' }, 'mobile', 'mobile'],
    ['mobile one digit off at the end: a batch\'s next number as often as a slip', { mobile: '13812345678' }, { mobile: '13812345679' }, 'mobile', 'batch'],
    ['mobile one digit off in the middle', { mobile: '13812345678' }, { mobile: '13812845678' }, 'mobile', 'typo'],
    ['different mobiles', { mobile: '13812345678' }, { mobile: '13987654321' }, 'mobile', 'else'],
    ['same switchboard, same extension', { phone: '010-87654321-801' }, { phone: '010-87654321转801' }, 'landline', 'same'],
    ['same switchboard, other extension', { phone: '010-87654321-801' }, { phone: '010-87654321-802' }, 'landline', 'other-extension'],
    ['same switchboard, one without extension', { phone: '010-87654321' }, { phone: '010-87654321-802' }, 'landline', 'same'],
    ['one brand\'s 400 hotline alone', { phone: '400-800-1234' }, { phone: '400 800 1234' }, 'landline', 'hotline'],
    ['the 400 hotline and one desk line both shared: the desk says one office', { phone: '400-800-1234 / 010-87654321' }, { phone: '010-87654321；400-800-1234' }, 'landline', 'same'],
    ['e-mail as written', { email: 'zw@qq.com' }, { email: 'zw@qq.com' }, 'email', 'exact'],
    ['the same shared mailbox', { email: 'sales@xingchen.com' }, { email: 'Sales@xingchen.com' }, 'email', 'shared'],
    ['a shared mailbox and a personal address both agree', { email: 'info@xingchen.com; zw@qq.com' }, { email: 'zw@qq.com, info@xingchen.com' }, 'email', 'exact'],
    ['one role name at two companies', { email: 'sales@xingchen.com' }, { email: 'sales@yueliang.cn' }, 'email', 'else'],
    ['e-mail case', { email: 'ZW@qq.com' }, { email: 'zw@qq.com' }, 'email', 'case'],
    ['Gmail dots', { email: 'zhang.wei@gmail.com' }, { email: 'zhangwei@gmail.com' }, 'email', 'gmail'],
    ['separators outside Gmail (namesakes as often as one person)', { email: 'john.smith@outlook.com' }, { email: 'johnsmith77@outlook.com' }, 'email', 'separators'],
    ['one-letter e-mail typo', { email: 'zhangwei@qq.com' }, { email: 'zhangwie@qq.com' }, 'email', 'typo'],
    ['one mailbox, the provider mistyped (gmial.com)', { email: 'zw1990@gmial.com' }, { email: 'zw1990@gmail.com' }, 'email', 'domainSlip'],
    ['one mailbox, 163 typed as 136', { email: 'wanglei1988@163.com' }, { email: 'wanglei1988@136.com' }, 'email', 'domainSlip'],
    ['one mailbox, a company domain with a letter dropped', { email: 'amelia.morgan92@davidson-taylor.com' }, { email: 'amelia.morgan92@davidsn-taylor.com' }, 'email', 'domainSlip'],
    ['one user name at two real providers (163 / 126) is no slip: namesakes as often', { email: 'zhangwei@163.com' }, { email: 'zhangwei@126.com' }, 'email', 'similar'],
    ['one mailbox, a company domain with two letters swapped and one dropped', { email: 'elizataylor@marshall-hughes.com' }, { email: 'elizataylor@marsahll-hughs.com' }, 'email', 'domainSlips'],
    ['one user name at two short company domains two letters apart (hsbc / hkbn) is no slip', { email: 'james.wong@hsbc.com' }, { email: 'james.wong@hkbn.com' }, 'email', 'user'],
    ['one user name at two real providers two letters apart (sina / sohu) is no slip', { email: 'wanglei1988@sina.com' }, { email: 'wanglei1988@sohu.com' }, 'email', 'user'],
    ['mail.com and gmail.com are two providers, not a slip', { email: 'john.smith@mail.com' }, { email: 'john.smith@gmail.com' }, 'email', 'typo'],
    ['a role mailbox is no one\'s mailbox to mistype', { email: 'sales@acme.com' }, { email: 'sales@acne.com' }, 'email', 'typo'],
    ['company as written', { company: '星辰科技' }, { company: '星辰科技' }, 'company', 'exact'],
    ['company ignoring legal form and city', { company: '星辰科技' }, { company: '北京星辰科技有限公司' }, 'company', 'core'],
    ['company abbreviated', { company: '星辰' }, { company: '星辰科技' }, 'company', 'similar'],
    ['two branches', { company: '星辰科技上海分公司' }, { company: '星辰科技北京分公司' }, 'company', 'branch'],
    ['a head office and its branch', { company: '湘旺商贸有限公司' }, { company: '湘旺商贸有限公司长沙分公司' }, 'company', 'headBranch'],
    ['an English head office and its branch', { company: 'Acme Supply Co.' }, { company: 'Acme Supply Co. - Dallas Branch' }, 'company', 'headBranch'],
    ['two English branches', { company: 'Acme Supply Co., Dallas Branch' }, { company: 'Acme Supply (Houston Branch)' }, 'company', 'branch'],
    ['one English branch written two ways', { company: 'Acme Supply Co. - Dallas Branch' }, { company: 'Acme Supply Inc (Dallas Branch)' }, 'company', 'core'],
    ['a name ending in Branch is no branch', { company: 'Oak Branch Grill' }, { company: 'Oak Branch Grill LLC' }, 'company', 'core'],
    ['one branch, in brackets and not', { company: '星辰科技(上海分公司)' }, { company: '上海星辰科技有限公司上海分公司' }, 'company', 'core'],
    ['company typed by ear (星辰 / 星晨)', { company: '星辰科技有限公司' }, { company: '星晨科技' }, 'company', 'homophone'],
    ['two companies that only share a word', { company: '星辰科技' }, { company: '月亮科技' }, 'company', 'else'],
    ['address with and without city', { address: '北京市朝阳区建国路88号' }, { address: '朝阳区建国路88号' }, 'address', 'exact'],
    ['other door number', { address: '朝阳区建国路88号' }, { address: '朝阳区建国路86号' }, 'address', 'else'],
    ['birthday', { birthday: '1985-03-07' }, { birthday: { kind: 'text', value: '1985年3月7日' } }, 'birthday', 'exact'],
    ['birthday month and day swapped', { birthday: '1985-03-07' }, { birthday: '1985-07-03' }, 'birthday', 'typo'],
    ['birthday once as the lunar date (农历三月初八 1990 is 4 April)', { birthday: '1990-03-08' }, { birthday: '1990-04-03' }, 'birthday', 'lunar'],
    ['lunar 腊月 birthday falls in the next solar year', { birthday: '1990-01-19' }, { birthday: '1989-12-23' }, 'birthday', 'lunar'],
    ['a date three weeks off that is no lunar reading: a day or month mistyped', { birthday: '1990-03-08' }, { birthday: '1990-04-02' }, 'birthday', 'close'],
    ['a birthday a month off, across a year end', { birthday: '1984-12-20' }, { birthday: '1985-01-10' }, 'birthday', 'close'],
    ['two digits slipped (the year and the day)', { birthday: '1998-12-25' }, { birthday: '1988-12-27' }, 'birthday', 'twoDigits'],
    ['two digits of the year: another year, not a slip', { birthday: '1985-03-17' }, { birthday: '1990-03-17' }, 'birthday', 'else'],
    ['two months and a year apart, three digits off', { birthday: '1985-03-07' }, { birthday: '1986-05-09' }, 'birthday', 'else'],
    // Against, but no identity attribute disagreeing: one of the two is no whole, real birthday.
    ['a stand-in 1 January is no close birthday', { birthday: '1990-01-01' }, { birthday: '1990-01-20' }, 'birthday', 'unreal'],
    ['农历 written out with its year, and the solar date', { birthday: { kind: 'text', value: '农历1990年三月初八' } }, { birthday: '1990-04-03' }, 'birthday', 'exact'],
    ['two 农历 birthdays of one year', { birthday: { kind: 'text', value: '农历1990年三月初八' } }, { birthday: { kind: 'text', value: '农历1990年腊月初二' } }, 'birthday', 'else'],
    ['农历 month and day without a year, and the solar date it was', { birthday: { kind: 'text', value: '农历三月初八' } }, { birthday: '1990-04-03' }, 'birthday', 'lunar'],
    ['农历 腊月 without a year, in the next solar year', { lunarBirthday: { kind: 'text', value: '腊月廿三' } }, { birthday: '1990-01-19' }, 'birthday', 'lunar'],
    ['农历 without a year, and a solar date it was not', { birthday: { kind: 'text', value: '农历三月初八' } }, { birthday: '1990-03-08' }, 'birthday', 'unreal'],
    ['the 农历生日 column in both rows', { lunarBirthday: { kind: 'text', value: '三月初八' } }, { lunarBirthday: { kind: 'text', value: '农历3月8日' } }, 'birthday', 'exact'],
    ['born a generation apart', { birthday: '1950-03-02' }, { birthday: '1980-07-09' }, 'birthday', 'yearsApart'],
    ['a stand-in 1 January is no generation apart', { birthday: '1950-01-01' }, { birthday: '1980-07-09' }, 'birthday', 'unreal'],
    ['ten years apart is just a different birthday', { birthday: '1970-03-02' }, { birthday: '1980-07-09' }, 'birthday', 'else'],
    ['birthday without its year (Google Contacts)', { birthday: '1985-03-07' }, { birthday: { kind: 'text', value: '--03-07' } }, 'birthday', 'noYear'],
    ['birthday without its year, in Chinese', { birthday: { kind: 'text', value: '3月7日' } }, { birthday: '1990-03-07' }, 'birthday', 'noYear'],
    ['birthday without its year, another day', { birthday: { kind: 'text', value: '--03-08' } }, { birthday: '1985-03-07' }, 'birthday', 'unreal'],
    ['two full birthdays of one month and day are still two', { birthday: '1985-03-07' }, { birthday: '1990-03-07' }, 'birthday', 'else'],
    ['two valid ID cards', { idCard: '11010519491231002X' }, { idCard: '110101199003071233' }, 'idCard', 'both-valid'],
    ['ID one character off', { idCard: '11010519491231002X' }, { idCard: '11010519491231003X' }, 'idCard', 'typo'],
    ['gender', { gender: '男' }, { gender: 'F' }, 'gender', 'else'],
  ])('%s → %s: %s', (_why, a, b, comparison, level) => {
    expect(levels(a, b)[comparison]).toBe(level);
  });

  it('skips a comparison when either side is blank (the "missing" level)', () => {
    expect(levels({ mobile: '13812345678', email: '' }, { mobile: '', email: 'zw@qq.com' })).toEqual({});
  });

  it('caps correlated workplace evidence: colleagues do not add up to one person', () => {
    const office: RowSpec = { company: '星辰科技', phone: '010-87654321', address: '朝阳区建国路88号', city: '北京', postcode: '100022' };
    const ctx = { defaultRegion: 'CN', phoneCache: new Map() };
    const [pa, pb] = records([{ ...office, name: '李娜' }, { ...office, name: '刘洋' }]).map((r, i) => buildProfile(r, i, ctx));
    // company 6 + landline 5 + address 5 + city 1 + postcode 1.5, capped at 7; names differ −7.
    expect(comparePair(pa, pb, compiled).weight).toBe(DEFAULT_DEDUPE_SETTINGS.caps[0].max - 7);
  });

  it('scales a comparison by its weight and drops it at 0', () => {
    const half = compileSettings(resolveDedupeSettings({ weights: { mobile: 0.5, email: 0 } }));
    const ctx = { defaultRegion: 'CN', phoneCache: new Map() };
    const [pa, pb] = records([{ mobile: '13812345678', email: 'a@qq.com' }, { mobile: '13812345678', email: 'a@qq.com' }]).map((r, i) => buildProfile(r, i, ctx));
    expect(comparePair(pa, pb, half).weight).toBe(6.5);
    expect(comparePair(pa, pb, half).hits.map((h) => h.comparison)).toEqual(['mobile']);
  });
});
