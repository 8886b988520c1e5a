/**
 * A B2B sheet (用友 U8's 客户档案, 金蝶's, a CRM's account list) keeps the company's short name (客户简称:
 * 腾讯 for 深圳市腾讯计算机系统有限公司) beside its full name. It is the company's other name: a row a
 * rep typed as 腾讯 is the same account, and the short name is never the contact's name.
 */
import { t } from '../../../shared';
import { planOf } from './helpers';

const HEAD = ['客户名称', '客户简称', '联系人', '手机', '地址'];

const groupOf = (plan: ReturnType<typeof planOf>, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));

describe('客户简称 / 公司简称: the company\'s short name', () => {
  it.each([['客户简称'], ['公司简称'], ['简称'], ['企业简称']])('reads %s as the short name, never as the contact\'s name', (header) => {
    const plan = planOf([
      [header, '联系人', '手机'],
      ['腾讯', '王磊', '13812345678'],
      ['字节跳动', '李娜', '13912345678'],
    ]);
    expect(plan.columns.map((c) => [c.header, c.field])).toEqual([[header, 'shortName'], ['联系人', 'name'], ['手机', 'mobile']]);
  });

  it('finds 王磊 of 深圳市腾讯计算机系统有限公司 (简称 腾讯) typed again by another rep as 腾讯 without his mobile, and says it was the short name', () => {
    const plan = planOf([
      HEAD,
      ['深圳市腾讯计算机系统有限公司', '腾讯', '王磊', '13812345678', '深圳市南山区科技中一路腾讯大厦'],
      ['腾讯', '', '王磊', '', ''],
      ['上海蓝海贸易有限公司', '蓝海贸易', '赵强', '13700001111', '上海市浦东新区世纪大道100号'],
    ]);
    const g = groupOf(plan, 2)!;
    expect([g.rows, g.confidence]).toEqual([[2, 3], 'likely']);
    const zh = g.reasons.map((r) => t('zh-CN', r.code, r.params));
    expect(zh.join('；')).toContain('简称');
    expect(groupOf(plan, 4)).toBeUndefined();
  });

  it('finds one company written by its full name and by its short name at one address, with no contact', () => {
    const plan = planOf([
      HEAD,
      ['中国石油化工股份有限公司', '中国石化', '', '', '北京市朝阳区朝阳门北大街22号'],
      ['中国石化', '', '', '', '北京市朝阳区朝阳门北大街22号'],
    ]);
    expect(groupOf(plan, 2)?.rows).toEqual([2, 3]);
  });

  it('keeps two companies apart whose short names differ, though their contacts share a name', () => {
    const plan = planOf([
      HEAD,
      ['深圳市腾讯计算机系统有限公司', '腾讯', '王磊', '13812345678', ''],
      ['北京字节跳动科技有限公司', '字节跳动', '王磊', '13987654321', ''],
    ]);
    expect(groupOf(plan, 2)).toBeUndefined();
  });

  it('never calls two companies of one group one company because they share a short name (腾讯 for both)', () => {
    const plan = planOf([
      HEAD,
      ['深圳市腾讯计算机系统有限公司', '腾讯', '王磊', '', ''],
      ['腾讯音乐娱乐科技（深圳）有限公司', '腾讯', '王磊', '', ''],
    ]);
    expect(groupOf(plan, 2)?.confidence).not.toBe('likely');
    expect(groupOf(plan, 2)?.reasons.map((r) => r.code) ?? []).not.toContain('dedupe.reason.company.shortName');
  });

  it('a sheet that names the company only by its short name compares it as the company', () => {
    const plan = planOf([
      ['客户简称', '联系人', '手机'],
      ['腾讯', '王磊', '13812345678'],
      ['腾讯', '王磊', ''],
      ['字节跳动', '王磊', ''],
    ]);
    expect(groupOf(plan, 2)?.rows).toEqual([2, 3]);
    expect(groupOf(plan, 4)).toBeUndefined();
  });

  it('never names a reminder\'s customer by the short name: the contact is who is greeted', () => {
    const plan = planOf([
      ['客户简称', '联系人', '手机', '生日'],
      ['腾讯', '王磊', '13812345678', '1988-12-03'],
    ]);
    const birthday = plan.reminders.reminders.find((r) => r.kind === 'birthday');
    expect(birthday?.customer).toBe('王磊');
  });
});
