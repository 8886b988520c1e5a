/**
 * A birthday one keystroke off (1985-03-15 / 1985-03-13) supports a copy that something of the
 * customer's own holds together (one mobile, one personal mailbox), and is said as a reason when it
 * does; it does not make two namesakes of one big employer with two mobiles and two cities one
 * customer (tester h62: two 王伟 of 中国平安 were "likely 0.97" and --merge folded the Beijing one's
 * ¥8,000 away, the reasons naming nothing that made them likely).
 */
import { comparePair, compileSettings } from '../../../shared/dedupe/compare';
import { findDuplicates } from '../../../shared/dedupe/find-duplicates';
import { buildProfile } from '../../../shared/dedupe/profile';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { planMerge } from '../../../shared/dedupe/merge';
import { reasonTexts } from '../../../shared/dedupe/reason-text';
import { records, table, type RowSpec } from './helpers';

const PINGAN = '中国平安保险（集团）股份有限公司';
const STAFF = ['李娜', '张敏', '刘洋', '陈杰', '杨丽', '黄强', '赵静', '吴涛', '周明', '徐娟', '孙超', '马艳', '朱勇', '胡军', '郭芳', '何磊', '高伟', '林秀英', '罗桂英', '王建国'];
const colleagues: RowSpec[] = STAFF.map((name, i) => ({
  name,
  mobile: '139' + String(10000000 + i * 7919),
  company: PINGAN,
  city: ['深圳', '上海', '北京'][i % 3],
  birthday: `${1970 + i}-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`,
  owner: '王磊',
  amount: 10000 + i * 100,
}));
const shenzhen: RowSpec = { name: '王伟', mobile: '13812345678', company: PINGAN, city: '深圳', birthday: '1985-03-15', owner: '王磊', amount: 50000 };
const beijing: RowSpec = { name: '王伟', mobile: '15987654321', company: PINGAN, city: '北京', birthday: '1985-03-13', owner: '王磊', amount: 8000 };

const groupsOf = (rows: RowSpec[]) => findDuplicates(records(rows), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'CN' }).groups;

describe('a birthday one keystroke off', () => {
  it('leaves two 王伟 of one employer with two mobiles and two cities for review, saying why, and a merge keeps both', () => {
    const rows = [...colleagues, shenzhen, beijing];
    const groups = groupsOf(rows);
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[22, 23], 'review']]);
    expect(groups[0].score).toBeLessThan(0.95);
    expect(reasonTexts('zh-CN', groups[0].reasons)).toEqual(['姓名相同', '公司相同', '✗ 手机号不同', '✗ 生日只差一个数字，但电话号码也不同：是笔误，还是两个人？']);
    expect(reasonTexts('en', groups[0].reasons)).toContain('✗ birthdays one keystroke apart, but the phone numbers differ too: a slip, or two people?');
    const { table: t, fieldCols } = table(['name', 'mobile', 'company', 'city', 'birthday', 'owner', 'amount'], rows);
    const plan = planMerge(t, fieldCols, groups, { language: 'zh-CN', accept: ['exact', 'likely'], defaultRegion: 'CN' });
    expect(plan.removeRows).toEqual([]);
  });

  it.each<[string, RowSpec, RowSpec]>([
    ['one mobile, the company written without its legal form', { ...shenzhen }, { ...shenzhen, company: '中国平安', birthday: '1985-03-13' }],
    ['two mobiles, one personal mailbox', { ...shenzhen, email: 'wangwei85@163.com' }, { ...beijing, city: '深圳', email: 'wangwei85@163.com' }],
  ])('supports a copy held together by something of his own, and is said among the reasons for: %s', (_why, a, b) => {
    const groups = groupsOf([...colleagues, a, b]);
    expect(groups.map((g) => [g.rows, g.confidence])).toEqual([[[22, 23], 'likely']]);
    expect(reasonTexts('zh-CN', groups[0].reasons)).toContain('生日只差一个数字（像是录入时的笔误）');
    expect(reasonTexts('en', groups[0].reasons)).toContain('birthdays one keystroke apart (a typing slip)');
  });

  const compiled = compileSettings(DEFAULT_DEDUPE_SETTINGS);
  const birthdayLevel = (a: RowSpec, b: RowSpec) => {
    const ctx = { defaultRegion: 'CN', phoneCache: new Map() };
    const [pa, pb] = records([a, b]).map((r, i) => buildProfile(r, i, ctx));
    const hit = comparePair(pa, pb, compiled).hits.find((h) => h.comparison === 'birthday')!;
    return [hit.level, hit.weight];
  };

  it.each<[string, RowSpec, RowSpec, [string, number]]>([
    ['no phone on either row (a FEBRL-style record: name, address, birthday)', { firstName: 'Amelia', lastName: 'Watson', birthday: '1961-07-24' }, { firstName: 'Amelia', lastName: 'Watson', birthday: '1961-07-21' }, ['typo', 4]],
    ['a phone on one row only', { name: '王伟', mobile: '13812345678', birthday: '1985-03-15' }, { name: '王伟', birthday: '1985-03-13' }, ['typo', 4]],
    ['one mobile with two digits swapped', { name: '王伟', mobile: '13812345678', birthday: '1985-03-15' }, { name: '王伟', mobile: '13812345687', birthday: '1985-03-13' }, ['typo', 4]],
    ['two unrelated mobiles', { name: '王伟', mobile: '13812345678', birthday: '1985-03-15' }, { name: '王伟', mobile: '15987654321', birthday: '1985-03-13' }, ['typoOtherPhones', 0]],
    ['two unrelated mobiles, day and month swapped', { name: '王伟', mobile: '13812345678', birthday: '1985-03-07' }, { name: '王伟', mobile: '15987654321', birthday: '1985-07-03' }, ['typoOtherPhones', 0]],
    ['two unrelated mobiles, one shared role mailbox (colleagues at one desk)', { name: '王伟', mobile: '13812345678', email: 'info@pingan.com', birthday: '1985-03-15' }, { name: '王伟', mobile: '15987654321', email: 'info@pingan.com', birthday: '1985-03-13' }, ['typoOtherPhones', 0]],
  ])('weighs as its evidence allows: %s', (_why, a, b, expected) => {
    expect(birthdayLevel(a, b)).toEqual(expected);
  });
});
