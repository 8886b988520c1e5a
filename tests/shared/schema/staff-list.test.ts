/**
 * A workbook often keeps its own staff beside the customers: a 业务员 tab of the reps and their phones,
 * a 员工 list. Such a tab is not one more customer sheet (holdsStaffList): the run neither reports it
 * as one nor renames its output sheets after the customer sheet because of it.
 */
import { DEFAULT_SETTINGS, holdsStaffList, ownerNames, type Cell } from '../../../shared';
import { num, text } from '../../../shared/table/cell';

const grid = (rows: (string | number)[][]): Cell[][] => rows.map((r) => r.map((v) => (typeof v === 'number' ? num(v) : text(v))));

const customers = grid([
  ['门店名称', '老板', '电话', '业务员', '本年进货额'],
  ['老王烟酒店', '王建国', '13874561234', '赵强', 186000],
  ['湘江宴酒楼', '刘红', '0731-84567788', '孙丽', 380000],
  ['好又多超市（东门店）', '陈志', '13907315566', '钱明', 268000],
]);

describe('a staff list is not a customer table', () => {
  it('reads the names in the customer sheet\'s owner column', () => {
    expect([...ownerNames(customers, DEFAULT_SETTINGS)].sort()).toEqual(['孙丽', '赵强', '钱明'].sort());
  });

  it('reads a staff role\'s column (Tutor, 美容师) as the owner column where no rep column is named', () => {
    const students = grid([['Student', 'Parent Phone', 'Tutor'], ['Liam Chen', '07911 444555', 'Ms Hannah Price'], ['Ava Khan', '07911 555666', 'Mr Tom Okafor']]);
    expect([...ownerNames(students, DEFAULT_SETTINGS)].sort()).toEqual(['Mr Tom Okafor', 'Ms Hannah Price']);
  });

  it.each<[string, (string | number)[][]]>([
    ['a header of only a staff-role word and a phone', [['业务员', '电话'], ['赵强', '13975112233'], ['钱明', '13975114455']]],
    ['a sales team with e-mails and a position', [['Sales Rep', 'Email', 'Position'], ['Jane Doe', 'jane@acme.co.uk', 'Account manager']]],
    ['a 员工 tab whose names are the customer sheet\'s reps', [['姓名', '手机', '入职日期'], ['赵强', '13975112233', '2021-03-01'], ['孙丽', '13975116677', '2022-07-15'], ['钱明', '13975114455', '2020-01-06']]],
    // Tester h79 #14: a tutoring agency's Tutors tab, and a SaaS firm's CSM Team with each one's region.
    ['a tutors tab: a staff role read as the carer, and how to reach each', [['Tutor', 'Phone', 'Email'], ['Ms Hannah Price', '07700 100200', 'hannah@brightminds.co.uk'], ['Mr Tom Okafor', '07700 100300', 'tom@brightminds.co.uk']]],
    ['a CSM team with each one\'s region', [['CSM', 'Email', 'Region'], ['Ana Reyes', 'ana@saasco.io', 'PH'], ['Budi Santoso', 'budi@saasco.io', 'ID']]],
  ])('%s', (_what, rows) => {
    expect(holdsStaffList(grid(rows), DEFAULT_SETTINGS, 1, ownerNames(customers, DEFAULT_SETTINGS))).toBe(true);
  });

  it.each<[string, (string | number)[][]]>([
    ['a second customer sheet with a rep column', [['客户名称', '电话', '业务员'], ['老李副食店', '13800001111', '赵强']]],
    ['a customer list whose few names are not the reps', [['姓名', '手机'], ['张伟', '13812345678'], ['赵强', '13975112233']]],
    ['customers named with their rep', [['Name', 'Phone', 'Owner'], ['John Smith', '+44 7700 900123', 'Jane']]],
    ['customers with their region and tutor', [['Student', 'Email', 'Region', 'Tutor'], ['Liam Chen', 'liam.chen@gmail.com', 'London', 'Ms Hannah Price']]],
  ])('%s stays a customer table', (_what, rows) => {
    expect(holdsStaffList(grid(rows), DEFAULT_SETTINGS, 1, ownerNames(customers, DEFAULT_SETTINGS))).toBe(false);
  });
});
