/**
 * The customer's child beside her (a 母婴店's 宝宝姓名 | 宝宝生日 | 宝宝性别 beside 妈妈姓名, Child Name |
 * Child DOB beside Client Name): the child's own columns, read as his (ColumnMapping.child), never the
 * customer's and never dropped; where the child is the customer (an early-education centre naming
 * only the baby, a school beside a parent column) he stays the customer, as before.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { childColumn } from '../../../shared/schema/child-columns';
import type { FieldId } from '../../../shared/schema/fields';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';

type Shown = FieldId | `${FieldId}+` | `child${number}:${string}` | null;
const fieldsOf = (headers: string[], settings = DEFAULT_SETTINGS): Shown[] =>
  mapHeaders(headers, settings).map((m): Shown => (m.child ? `child${m.child.n}:${m.child.field}` : m.field && m.extra ? `${m.field}+` : m.field));

describe('a header naming a child', () => {
  it.each([
    ['宝宝生日', 1, 'birthday'],
    ['孩子生日', 1, 'birthday'],
    ['儿童生日', 1, 'birthday'],
    ['小孩生日', 1, 'birthday'],
    ['婴儿生日', 1, 'birthday'],
    ['宝宝出生日期', 1, 'birthday'],
    ['学员生日', 1, 'birthday'],
    ['宝宝姓名', 1, 'name'],
    ['孩子姓名', 1, 'name'],
    ['宝宝小名', 1, 'name'],
    ['宝宝性别', 1, 'gender'],
    ['大宝生日', 1, 'birthday'],
    ['二宝生日', 2, 'birthday'],
    ['二宝姓名', 2, 'name'],
    ['宝宝2生日', 2, 'birthday'],
    ['Child DOB', 1, 'birthday'],
    ["Child's Birthday", 1, 'birthday'],
    ["Kid's Birthday", 1, 'birthday'],
    ['Baby DOB', 1, 'birthday'],
    ['Child Name', 1, 'name'],
    ['Child 2 DOB', 2, 'birthday'],
    ['Child Gender', 1, 'gender'],
  ])('%j is child %d\'s %s', (header, n, field) => {
    expect(childColumn(header)).toEqual({ n, field });
  });

  it.each([['宝宝'], ['宝宝电话'], ['宝爸电话'], ['孩子学校'], ['Child'], ['Child Phone'], ['Children'], ['二宝2生日'], ['生日']])('%j names no child\'s name, birthday or sex', (header) => {
    expect(childColumn(header)).toBeNull();
  });
});

/** [description, header row, expected per column (null = left as typed, child1:birthday = the first child's birthday)] */
const SHEETS: [string, string[], Shown[]][] = [
  [
    'a 母婴店\'s members: the mother is the customer, her own birthday hers; the baby\'s name, birthday and sex are the baby\'s',
    ['会员卡号', '妈妈姓名', '手机', '妈妈生日', '宝宝姓名', '宝宝生日', '宝宝性别', '储值卡余额', '累计消费', '最近到店', '门店', '导购', '备注'],
    ['customerId', 'name', 'mobile', 'birthday', 'child1:name', 'child1:birthday', 'child1:gender', null, 'amount', 'lastContact', null, 'owner', 'notes'],
  ],
  [
    'a 母婴店 keeping only the baby\'s birthday: the baby\'s, never the member\'s (she is no 2-year-old)',
    ['会员姓名', '手机', '宝宝生日', '备注'],
    ['name', 'mobile', 'child1:birthday', 'notes'],
  ],
  [
    'a 母婴店 of a mother\'s two children: 大宝 and 二宝 are two children',
    ['会员姓名', '手机', '大宝姓名', '大宝生日', '二宝姓名', '二宝生日'],
    ['name', 'mobile', 'child1:name', 'child1:birthday', 'child2:name', 'child2:birthday'],
  ],
  [
    'a 月子中心: the mother\'s 宝妈生日 is hers, the baby\'s birthday and sex the baby\'s, her 预产期 the day she is expected',
    ['宝妈姓名', '联系电话', '宝爸电话', '预产期', '宝宝生日', '宝宝性别', '入住日期', '离所日期', '套餐', '套餐金额', '顾问', '宝妈生日', '状态', '备注'],
    ['name', 'phone', 'phone+', 'appointment', 'child1:birthday', 'child1:gender', 'lastPurchase', null, null, 'amount', 'owner', 'birthday', 'status', 'notes'],
  ],
  [
    'a sheet naming its customer beside her child: 孩子姓名 and 孩子生日 are the child\'s',
    ['客户姓名', '电话', '孩子姓名', '孩子生日', '小孩生日'],
    ['name', 'phone', 'child1:name', 'child1:birthday', 'child1:birthday'],
  ],
  [
    'a parent customer beside her student (客户姓名 beside 学员姓名): 学员生日 is the student\'s, not the customer\'s',
    ['客户姓名', '电话', '学员姓名', '学员生日'],
    ['name', 'phone', 'child1:name', 'child1:birthday'],
  ],
  [
    'a US baby swim class: the member is the customer, the baby\'s name and DOB the baby\'s',
    ['Member Name', 'Phone', 'Email', 'Baby Name', 'Baby DOB', 'Membership Ends'],
    ['name', 'phone', 'email', 'child1:name', 'child1:birthday', 'contractEnd'],
  ],
  [
    'a US kids\' dental account list: the client is the customer, the child his',
    ['Client Name', 'Mobile', 'Child Name', 'Child DOB', 'Child Gender', "Kid's Birthday"],
    ['name', 'mobile', 'child1:name', 'child1:birthday', 'child1:gender', 'child1:birthday'],
  ],
];

const KEPT: [string, string[], Shown[]][] = [
  [
    'an early-education centre naming only the baby: the baby is the customer, as before',
    ['宝宝姓名', '宝宝生日', '宝宝性别', '妈妈电话'],
    ['name', 'birthday', 'gender', 'phone'],
  ],
  [
    'a school beside a parent column: the child is the customer, his birthday his own, as before',
    ['家长姓名', '家长电话', '孩子姓名', '孩子生日', '报名日期'],
    ['guardian', 'phone', 'name', 'birthday', 'createdAt'],
  ],
  [
    'a US kids\' dentist beside Parent Name: the child is the patient, the customer, and Child Name his name (it was left unread)',
    ['Parent Name', 'Phone', 'Email', 'Child Name', 'Child DOB', 'Last Visit'],
    ['guardian', 'phone', 'email', 'name', 'birthday', 'lastContact'],
  ],
  [
    'a school whose only name is the student\'s: 学员生日 is his',
    ['学员姓名', '学员生日', '联系电话'],
    ['name', 'birthday', 'phone'],
  ],
];

describe('mapHeaders', () => {
  it.each(SHEETS)('%s', (_, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });

  it.each(KEPT)('%s', (_, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });

  it('a user who maps 宝宝生日 to birthday in headers.overrides keeps it so', () => {
    const settings = { ...DEFAULT_SETTINGS, headers: { ...DEFAULT_SETTINGS.headers, overrides: { 宝宝生日: 'birthday' as const } } };
    expect(fieldsOf(['妈妈姓名', '手机', '宝宝生日'], settings)).toEqual(['name', 'mobile', 'birthday']);
  });
});
