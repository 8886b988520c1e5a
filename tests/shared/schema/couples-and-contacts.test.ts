/**
 * Two layouts that name more than one person per row (h62 findings 6 and 7): a wedding studio's
 * couple (新郎 | 新娘) and a B2B sheet's numbered contacts of one company (联系人1 … 联系人3).
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import type { FieldId } from '../../../shared/schema/fields';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';

type Shown = FieldId | `${FieldId}+` | `${number}:${FieldId}` | null;
const fieldsOf = (headers: string[]): Shown[] =>
  mapHeaders(headers, DEFAULT_SETTINGS).map((m): Shown => (m.person ? `${m.person.n}:${m.person.field}` : m.field && m.extra ? `${m.field}+` : m.field));

/** [description, header row, expected field per column (null = left unread as typed, 'phone+' = one more of the field, '2:name' = the row's second person's name)] */
const SHEETS: [string, string[], Shown[]][] = [
  [
    'a wedding studio: the groom (leftmost) is the name, the bride the row\'s second person, her phone his second one; the wedding is the couple\'s booked day (reminded ahead), the shoot a session called about; the deposit is what was paid, the balance what is owed',
    ['新郎', '新郎电话', '新娘', '新娘电话', '婚期', '套餐', '定金', '尾款', '拍摄日期', '顾问', '来源', '备注'],
    ['name', 'phone', '2:name', 'phone+', 'appointment', null, 'amount', null, 'nextFollowUp', 'owner', 'source', 'notes'],
  ],
  [
    'a studio that writes the bride first: she is the name',
    ['新娘姓名', '新娘手机', '新郎姓名', '新郎手机', '拍摄日期', '摄影师'],
    ['name', 'mobile', '2:name', 'phone', 'nextFollowUp', null],
  ],
  [
    'an English studio: Groom / Bride, the shoot date',
    ['Groom', 'Groom Phone', 'Bride', 'Bride Phone', 'Shoot Date', 'Package', 'Notes'],
    ['name', 'phone', '2:name', 'phone+', 'nextFollowUp', null, 'notes'],
  ],
  [
    'a B2B sheet: 联系人2 and 联系人3 are other people of the company; their 职务 and 电话 are theirs, never 联系人1\'s; the switchboard is the company\'s',
    ['公司名称', '联系人1', '职务1', '电话1', '联系人2', '职务2', '电话2', '联系人3', '电话3', '座机', '地址', '合同到期', '业务员'],
    ['company', 'name', 'title', 'phone', '2:name', '2:title', '2:phone', '3:name', '3:phone', 'phone+', 'address', 'contractEnd', 'owner'],
  ],
  [
    'a B2B sheet whose first contact is unnumbered: 联系人 | 手机 beside 联系人2 | 手机2',
    ['单位名称', '联系人', '手机', '邮箱', '联系人2', '手机2', '邮箱2'],
    ['company', 'name', 'mobile', 'email', '2:name', '2:mobile', '2:email'],
  ],
  [
    'an English account list: Contact 2 and Phone 2 are the second contact\'s',
    ['Company', 'Contact 1', 'Phone 1', 'Email 1', 'Contact 2', 'Phone 2', 'Email 2', 'Renewal Date'],
    ['company', 'name', 'phone', 'email', '2:name', '2:phone', '2:email', 'contractEnd'],
  ],
  [
    'Google Contacts\' Phone 1 / Phone 2 beside one name are still one person\'s phones',
    ['Name', 'Phone 1', 'Phone 2', 'E-mail 1', 'E-mail 2'],
    ['name', 'phone', 'phone+', 'email', 'email+'],
  ],
  [
    'a sheet of one contact numbered 1 (联系人1 | 电话1 | 电话2): his two phones',
    ['公司', '联系人1', '电话1', '电话2'],
    ['company', 'name', 'phone', 'phone+'],
  ],
];

describe('mapHeaders on sheets naming more than one person a row', () => {
  it.each(SHEETS)('%s', (_, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });
});
