/**
 * An expo business-card list typed by reps: 手机 holds the mobile with a WeChat remark written every
 * way reps write it, and 联系方式 sometimes holds only 微信同号 (the WeChat is the mobile beside it).
 * The numbers are read and their remarks kept; no remark is called an invalid phone number.
 */
import { after, planOf } from './helpers';

describe('WeChat remarks in the phone columns of a business-card list', () => {
  const plan = planOf([
    ['姓名', '公司', '手机', '联系方式', '备注'],
    ['周姐', '义乌小商品 周记百货', '13757901234（微信同号）', '', '散客'],
    ['孙总', '无锡华光照明', '15961801234', '微信同号', ''],
    ['赵工', '常州精工机械', '138 1234 5678 微信同号', '0519-86881234', ''],
    ['陈小姐', '苏州丝绸之家', '13912345678(同微信)', '同手机', ''],
  ]);

  it('reads each number and keeps its remark after it', () => {
    expect(after(plan, 2, '手机')).toEqual({ kind: 'text', value: '13757901234 (微信同号)' });
    expect(after(plan, 4, '手机')).toEqual({ kind: 'text', value: '13812345678 (微信同号)' });
    expect(after(plan, 5, '手机')).toEqual({ kind: 'text', value: '13912345678 (同微信)' });
  });

  it('leaves a remark typed alone as it is, and flags no phone as invalid', () => {
    expect(after(plan, 3, '联系方式')).toBeNull();
    expect(after(plan, 5, '联系方式')).toBeNull();
    expect(plan.issues.filter((i) => i.code === 'phone.invalid')).toEqual([]);
  });
});
