/**
 * How a row of no name is said on a sheet whose customer is a company (validate/nameless-words.ts):
 * the company column headed as the customer (客户名称, Account Name), or a person column headed as the
 * company's contact (联系人, Contact), says the row lacks the company and its contact (没有公司名称和联系人),
 * not a person's name. The words are declared once, on the fields (schema/fields.ts roleWords), where
 * the header reader finds them too.
 */
import { namelessLacks } from '../../../shared/validate/nameless-words';
import { FIELD_BY_ID, FIELDS } from '../../../shared/schema/fields';
import { planOf } from '../plan/helpers';
import { t } from '../../../shared';

/** The customer words a company column was recognised by before they were declared on the fields. */
const CUSTOMER_WORDS_BEFORE = ['客户名称', '客户名', '客户', '客户公司', '客户单位', '客户全称', 'customer', 'customer name', 'client', 'client name', 'account', 'account name'];
/** The contact words a person column was recognised by before. */
const CONTACT_WORDS_BEFORE = ['联系人', '联系人姓名', '对接人', '客户联系人', '主要联系人', 'contact', 'contact name', 'contact person', 'primary contact', 'main contact', 'key contact'];

describe('namelessLacks: the words it has always known', () => {
  it.each(CUSTOMER_WORDS_BEFORE)('a company column headed %s beside a 姓名 column is the account', (header) => {
    expect(namelessLacks([header, '姓名', '手机'], { company: 0, name: 1, mobile: 2 })).toBe('account');
  });

  it.each(CONTACT_WORDS_BEFORE)('a person column headed %s beside 公司名称 is the account\'s contact', (header) => {
    expect(namelessLacks(['公司名称', header, '手机'], { company: 0, name: 1, mobile: 2 })).toBe('account');
  });

  it('reads the words as the sheet types them: Account Name, CONTACT PERSON', () => {
    expect(namelessLacks(['Account Name', 'First Name', 'Last Name'], { company: 0, firstName: 1, lastName: 2 })).toBe('account');
    expect(namelessLacks(['Company', 'CONTACT PERSON', 'Phone'], { company: 0, name: 1, phone: 2 })).toBe('account');
  });

  it('a list of companies alone lacks the company; a company beside a plain 姓名 is a sheet of people', () => {
    expect(namelessLacks(['公司名称', '电话', '地址'], { company: 0, phone: 1 })).toBe('company');
    expect(namelessLacks(['姓名', '手机', '公司'], { name: 0, mobile: 1, company: 2 })).toBeUndefined();
    expect(namelessLacks(['First Name', 'Last Name', 'Company'], { firstName: 0, lastName: 1, company: 2 })).toBeUndefined();
  });
});

describe('namelessLacks: the synonyms of the fields that say the same', () => {
  it('a Taiwan B2B list (公司名稱 | 聯絡人): 聯絡人 is the 联系人 of the company, as the name field reads it', () => {
    expect(namelessLacks(['公司名稱', '統一編號', '聯絡人', '行動電話'], { company: 0, uscc: 1, name: 2, mobile: 3 })).toBe('account');
    expect(namelessLacks(['公司名称', '联络人姓名'], { company: 0, name: 1 })).toBe('account');
  });

  it('a SaaS export\'s Primary Contact Name beside Company Name is the contact', () => {
    expect(namelessLacks(['Company Name', 'Primary Contact Name', 'Email'], { company: 0, name: 1, email: 2 })).toBe('account');
  });

  it('Tally\'s Party Name, read as the company beside a person column as 客户名称 is, names the customer', () => {
    expect(namelessLacks(['Party Name', 'Name', 'Phone'], { company: 0, name: 1, phone: 2 })).toBe('account');
    expect(namelessLacks(['Cust Name', 'First Name'], { company: 0, firstName: 1 })).toBe('account');
  });

  it('declares every synonym of the name that says contact (联系人, 联络人, 对接人, Contact) a contact word', () => {
    const contact = new Set(FIELD_BY_ID.name.roleWords?.contact ?? []);
    const saysContact = FIELD_BY_ID.name.synonyms.filter((w) => /联系人|联络人|对接人|\bcontact\b/i.test(w));
    expect(saysContact.length).toBeGreaterThan(5);
    expect(saysContact.filter((w) => !contact.has(w))).toEqual([]);
  });

  it('declares role words only on the fields whose columns they head', () => {
    const declaring = FIELDS.filter((f) => f.roleWords !== undefined).map((f) => f.id);
    expect(declaring.sort()).toEqual(['company', 'name']);
  });
});

describe('a B2B sheet of Taiwan, end to end: the row of no company and no contact says so', () => {
  const plan = planOf([
    ['公司名稱', '聯絡人', '行動電話', '備註'],
    ['台灣精密機械股份有限公司', '林國華', '0912-345-678', '年底採購'],
    ['', '', '0921-555-888', '展會名片'],
  ], { phone: { defaultRegion: 'TW' } });

  it('warns 没有公司名称和联系人, not 没有姓名, of the row known only by its 行動電話', () => {
    const issue = plan.issues.find((i) => i.code === 'required.nameless');
    expect(issue?.sheetRow).toBe(3);
    expect(t('zh-CN', issue!.code, issue!.params)).toMatch(/^没有公司名称和联系人/);
    expect(t('en', issue!.code, issue!.params)).toMatch(/^No company or contact name/);
  });
});
