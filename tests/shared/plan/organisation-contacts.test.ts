/**
 * A contact saved under its company alone (an organisation contact: a switchboard, a supplier's front
 * desk) in a contacts export. Tester h60 (03_google_contacts.csv, 04_outlook_contacts.csv): Google's
 * company-only contact got "姓名为必填项" on its Name cell, Outlook's got nothing (it has no Name column,
 * so its company stood in). A row that names its company is not missing a name, in either export.
 * A row of an e-mail or a phone alone names nobody: a warning (required.nameless), since it reaches him.
 */
import { planOf } from './helpers';

const missing = (rows: string[][]) =>
  planOf(rows).issues.filter((i) => i.rule === 'required').map((i) => [i.sheetRow, i.field, i.code]);

describe('a contact that names only its company is not missing a name', () => {
  it('in a Google Contacts CSV (Name, Given Name, Family Name, Organization 1 - Name)', () => {
    expect(missing([
      ['Name', 'Given Name', 'Family Name', 'E-mail 1 - Value', 'Phone 1 - Value', 'Organization 1 - Name'],
      ['David Chen', 'David', 'Chen', 'david.chen@brightled.com', '+86 138 1234 5678', 'Bright LED Co.'],
      ['', '', '', '', '+86 186 0000 2222', 'Guangzhou Hengda Trading'],
      // Nothing that names anyone: still missing.
      ['', '', '', 'sales@hengda-trading.cn', '+86 186 0000 3333', ''],
    ])).toEqual([[4, 'name', 'required.nameless']]);
  });

  it('in an Outlook CSV (First Name, Last Name, Company): as before', () => {
    expect(missing([
      ['First Name', 'Last Name', 'Company', 'Business Phone', 'E-mail Address'],
      ['Robert', 'Kim', 'Kim & Partners', '(212) 555-0101', 'robert.kim@kimpartners.com'],
      ['', '', 'Lone Star Roofing', '(817) 555-0190', ''],
      ['', '', '', '(817) 555-0191', 'dave@lonestarroofing.com'],
    ])).toEqual([[4, 'firstName', 'required.nameless']]);
  });

  it('in a Chinese sheet (姓名 beside 公司名称)', () => {
    expect(missing([
      ['姓名', '手机号', '邮箱', '公司名称'],
      ['王芳', '13900001111', 'wangfang@163.com', '杭州绿叶茶业'],
      ['', '0571-88886666', '', '杭州西湖软件有限公司'],
      ['', '13900002222', 'lijun@qq.com', ''],
    ])).toEqual([[4, 'name', 'required.nameless']]);
  });

  it('a Given Name alone is a name too, where the Name column is blank', () => {
    expect(missing([
      ['Name', 'Given Name', 'Family Name', 'Phone 1 - Value'],
      ['', 'Sarah', '', '(415) 555-0142'],
    ])).toEqual([]);
  });
});
