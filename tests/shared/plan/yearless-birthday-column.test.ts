/**
 * 有赞's member export writes a birthday without its year (05-12): the column's form, not a slip. One
 * issue per cell (tester h64: 19,998 on a 60,000-row export) filled the issues column and the
 * workbook's 20,000 notes, to say one thing: reminded as usual, the age unknown. Said once for the
 * column; a few yearless birthdays among full dates are still said on each cell, and a user who
 * wants each cell switches the column's line off (validation.disabledRules: date.noYearColumn).
 */
import { t } from '../../../shared';
import { planOf } from './helpers';

const HEADER = ['会员昵称', '姓名', '手机号', '生日', '会员等级', '累计消费金额'];
const MEMBERS = [
  ['🌸小桃子🍑', '王芳', '13812345601', '05-12', '金卡会员', '3560.50'],
  ['「阿猫」', '李娜', '13812345602', '12-06', '普通会员', '128.00'],
  ['小张', '张伟', '13812345603', '01-23', '银卡会员', '880.00'],
  ['洋洋', '刘洋', '13812345604', '02-29', '普通会员', '56.00'],
  ['静静', '陈静', '13812345605', '03-15', '普通会员', '300.00'],
  ['敏敏', '杨敏', '13812345606', '04-01', '银卡会员', '1200.00'],
  ['磊哥', '赵磊', '13812345607', '06-18', '普通会员', '99.00'],
  ['丽丽', '黄丽', '13812345608', '07-07', '金卡会员', '4200.00'],
  ['杰仔', '周杰', '13812345609', '08-08', '普通会员', '66.00'],
  ['霞', '吴霞', '13812345610', '09-11', '普通会员', '150.00'],
  ['涛涛', '徐涛', '13812345611', '10-10', '钻石会员', '52000.00'],
  ['桃子', '孙丽', '13812345612', '1992-05-12', '银卡会员', '880.00'],
];

describe('a member export whose 生日 column is mostly month and day', () => {
  const plan = planOf([HEADER, ...MEMBERS]);

  it('says it once for the column, with how many, and no issue on any cell', () => {
    expect(plan.issues.filter((i) => i.code === 'date.noYear')).toEqual([]);
    const said = plan.problems.filter((p) => p.code === 'date.noYearColumn');
    expect(said).toEqual([{ code: 'date.noYearColumn', severity: 'info', params: { header: '生日', count: 11 } }]);
    expect(t('zh-CN', said[0].code, said[0].params)).toBe('生日 11 个只有月日，没有年份：照常提醒，年龄未知。');
    expect(t('en', said[0].code, said[0].params)).toBe('"生日": 11 birthdays have a month and day but no year: they are reminded as usual; the age is unknown.');
  });

  it('still reminds each birthday on its month and day', () => {
    // Today is 2024-12-01: 李娜's 12-06 is in five days.
    expect(plan.reminders.reminders.filter((r) => r.kind === 'birthday').map((r) => [r.customer, r.sheetRow])).toEqual([['李娜', 3]]);
  });

  it('keeps one issue per cell for a user who switches the column\'s line off', () => {
    const each = planOf([HEADER, ...MEMBERS], { validation: { disabledRules: ['date.noYearColumn'] } });
    expect(each.problems.filter((p) => p.code === 'date.noYearColumn')).toEqual([]);
    expect(each.issues.filter((i) => i.code === 'date.noYear').map((i) => i.sheetRow)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe('a few yearless birthdays among full dates', () => {
  const plan = planOf([
    ['姓名', '手机号', '生日'],
    ['王芳', '13812345601', '1988-05-12'],
    ['李娜', '13812345602', '12-06'],
    ['张伟', '13812345603', '1975-01-23'],
    ['刘洋', '13812345604', '3月15日'],
  ]);

  it('are said on their cells, where a year may have been left out', () => {
    expect(plan.issues.filter((i) => i.code === 'date.noYear').map((i) => i.sheetRow)).toEqual([3, 5]);
    expect(plan.problems.filter((p) => p.code === 'date.noYearColumn')).toEqual([]);
  });
});
