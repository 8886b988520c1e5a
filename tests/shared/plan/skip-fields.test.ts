/**
 * normalize.skipFields: the listed fields are never changed, and still checked (docs/settings.md,
 * normalize). A user who keeps his phones as typed still wants to hear that 1.38123E+10 lost its
 * last digits in Excel and that 163.con is misspelt.
 */
import { planOf } from './helpers';
import { t } from '../../../shared/i18n';

const SHEET = [
  ['姓名', '手机', '邮箱', '城市'],
  ['张伟', '1.38123E+10', 'zw@163.con', '杭州'],
  ['李娜', '1381234', 'lina@qq.com', '宁波'],
  ['王强', '138 1234 5678', 'wq@126.com', '温州'],
];
const SKIP = { normalize: { skipFields: ['mobile', 'email'] } };
const found = (input: object) => planOf(SHEET, input).issues.map((i) => [i.sheetRow, i.field, i.code]);

describe('fields the settings say to leave as typed (normalize.skipFields)', () => {
  it('are still checked: the same findings as without the setting', () => {
    expect(found(SKIP)).toEqual([[2, 'mobile', 'phone.precisionLost'], [2, 'email', 'email.typo'], [3, 'mobile', 'phone.invalid']]);
    expect(found(SKIP)).toEqual(found({}));
  });

  it('are never changed: 138 1234 5678 stays as typed, though the same number is written 13812345678 without the setting', () => {
    const edits = (input: object) => planOf(SHEET, input).edits.filter((e) => e.field === 'mobile' || e.field === 'email');
    expect(edits({}).map((e) => [e.sheetRow, e.after])).toEqual([[4, { kind: 'text', value: '13812345678' }]]);
    expect(edits(SKIP)).toEqual([]);
  });

  it('keep their findings in the sheet\'s issue column, in the user\'s language', () => {
    const plan = planOf(SHEET, { ...SKIP, language: 'en' });
    const issues = plan.addedColumns.find((c) => c.id === 'issues')!;
    expect(issues.values[0]).toMatchObject({ kind: 'text', value: expect.stringContaining('1.38123E+10') });
    const typo = plan.issues.find((i) => i.code === 'email.typo')!;
    expect(t('en', typo.code, typo.params)).toContain('zw@163.com');
  });

  it('leave the other fields cleaned and checked as usual', () => {
    const plan = planOf([...SHEET, ['赵六', '13912345678', 'zl@qq.com', '杭州市 ']], SKIP);
    expect(plan.edits.filter((e) => e.field === 'city').map((e) => e.sheetRow)).toEqual([5]);
  });
});
