/**
 * Whom a tab's name says its customers belong to, when the sheet has no owner column (a workbook of a
 * tab per sales rep): the rule the run's reminders and report and the check across the tabs share.
 */
import { tabOwner } from '../../../shared/schema/tab-owner';

describe('the rep a tab stands for', () => {
  describe('in a workbook of several customer tabs', () => {
    it.each([
      ['王磊', '王磊'],
      ['刘洋', '刘洋'],
      ['欧阳娜娜', '欧阳娜娜'],
      ['老李', '老李'],
      ['张三的客户', '张三'],
      ['李四的客户名单', '李四'],
      ['王芳客户', '王芳'],
      ['陳志明的客戶', '陳志明'],
      [' 陈静 ', '陈静'],
      ['Emma Lewis', 'Emma Lewis'],
      ["Emma's clients", 'Emma'],
      ['Tom’s customers', 'Tom'],
      ['Mayer', 'Mayer'],
    ])('%s stands for %s', (tab, owner) => {
      expect(tabOwner(tab, 3)).toBe(owner);
    });

    it.each([
      // What the list is or holds
      '客户', '客户名单', '客戶名單', '全部客户', '意向客户', '成交客户', '公海', '新客户', '我的客户', 'Customers', 'All Customers', 'Master List', 'Sheet',
      // When: a year, a month, a period
      '2024', 'Sheet1', '1月', '三月', '一季度', '三月客户', 'March Leads',
      // A roll-up or instructions
      '汇总', '客户汇总', '统计', 'Summary', '使用说明', 'Template',
      // A place, a team or branch, a region or channel
      '上海', '江苏省', '杭州客户', '華東區', '台灣', '华东', '华东区', '销售部', '南山店', '北京分公司', 'North Region', 'Online',
    ])('%s names no rep', (tab) => {
      expect(tabOwner(tab, 3)).toBeNull();
    });
  });

  describe("in a workbook whose only customer tab it is (named for what it holds far more often than for a rep)", () => {
    it.each([
      ['王磊', '王磊'],
      ['张三的客户', '张三'],
      ['Emma Lewis', 'Emma Lewis'],
      ["Emma's clients", 'Emma'],
    ])('%s, a person\'s name or someone\'s list, stands for %s', (tab, owner) => {
      expect(tabOwner(tab, 1)).toBe(owner);
    });

    it.each(['客户', '客户名单', 'Customers', 'Sheet1', '三月', '2024', '汇总', '会员', 'Leads', 'Export', 'VIP', '重点跟进', 'Contacts Export'])(
      '%s names no rep',
      (tab) => {
        expect(tabOwner(tab, 1)).toBeNull();
      },
    );
  });
});
