/**
 * Taiwan, Hong Kong and Macau sheets head their columns in traditional characters, and with words of
 * their own (身分證字號, 行動電話, 統一編號, 下次追蹤日): each is the field its simplified twin names.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { matchHeader } from '../../../shared/schema/header-match';
import { foldHeader } from '../../../shared/schema/fold-header';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import type { FieldId } from '../../../shared/schema/fields';

const fieldsOf = (headers: string[]): (FieldId | null)[] => mapHeaders(headers, DEFAULT_SETTINGS).map((m) => m.field);

describe('foldHeader writes traditional characters simplified', () => {
  it.each([
    ['電話', '电话', 'phone'],
    ['行動電話', '行动电话', 'Taiwan\'s mobile'],
    ['身分證字號', '身分证字号', 'character by character: 身分 stays 身分'],
    ['聯絡人', '联络人', 'the contact'],
    ['學費(HKD)', '学费', 'the currency in brackets goes as before'],
    ['衞生署編號', '卫生署编号', 'a Hong Kong variant (衞) goes through its standard form'],
    ['客户名称', '客户名称', 'simplified stays'],
  ])('%j → %j (%s)', (header, key) => {
    expect(foldHeader(header).key).toBe(key);
  });
});

describe('matchHeader: a traditional header is its simplified twin', () => {
  it.each([
    ['電話', 'phone'],
    ['手機', 'mobile'],
    ['公司名稱', 'company'],
    ['客戶名稱', 'name'],
    ['會員編號', 'customerId'],
    ['消費金額', 'amount'],
    ['業務員', 'owner'],
    ['負責人', 'owner'],
    ['跟進人', 'owner'],
    ['證件號碼', 'idCard'],
    ['電郵', 'email'],
    ['備註', 'notes'],
  ])('%j → %s', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });
});

describe('matchHeader: Taiwan\'s and Hong Kong\'s own header words', () => {
  it.each([
    ['身分證字號', 'idCard', 'Taiwan writes 身分, not 身份'],
    ['行動電話', 'mobile', 'Taiwan\'s mobile'],
    ['手提電話', 'mobile', 'Hong Kong\'s mobile'],
    ['市話', 'phone', 'a landline'],
    ['住宅電話', 'phone', 'Hong Kong\'s home phone'],
    ['聯絡人', 'name', '聯絡 is Taiwan\'s 联系'],
    ['聯絡電話', 'phone', 'the contact\'s phone'],
    ['統一編號', 'uscc', 'a company\'s 8-digit business number'],
    ['統編', 'uscc', 'its short form'],
    ['業務', 'owner', 'the salesman'],
    ['負責業務', 'owner', 'the salesman in charge'],
    ['最後聯絡日', 'lastContact', 'a day, 日, after the words'],
    ['下次追蹤日', 'nextFollowUp', '追蹤 is Taiwan\'s 跟进'],
    ['最後消費日', 'lastPurchase', 'Macau'],
    ['消費(澳門元)', 'amount', 'the currency in brackets'],
    ['導師', 'owner', 'a tutoring centre\'s tutor holds the student'],
    // A Hong Kong office says colleague, 同事, for its staff: the colleague in charge holds the client.
    ['負責同事', 'owner', 'the colleague in charge'],
    ['跟進同事', 'owner', 'the colleague following the client up'],
    ['负责同事', 'owner', 'the same, simplified'],
    ['營業員', 'owner', 'a Hong Kong shop\'s or broker\'s salesman'],
    ['客戶主任', 'owner', 'Hong Kong\'s account executive'],
  ])('%j → %s (%s)', (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it.each([['業務類型'], ['業務範圍'], ['消費日期(澳門)'], ['手提包款式'], ['負責同事電話'], ['營業員編號']])('%j names no owner, amount or mobile', (header) => {
    expect(['owner', 'amount', 'mobile']).not.toContain(matchHeader(header)?.field);
  });
});

describe('mapHeaders on Taiwan, Hong Kong and Macau header rows', () => {
  it.each([
    [
      'a Taiwan B2B sheet (tw_b2b)',
      ['公司名稱', '統一編號', '聯絡人', '職稱', '電話', '傳真', '地址', '負責業務', '最後聯絡日', '下次追蹤日', 'Email'],
      ['company', 'uscc', 'name', 'title', 'phone', null, 'address', 'owner', 'lastContact', 'nextFollowUp', 'email'],
    ],
    [
      'a Taiwan insurance agent\'s policies',
      ['客戶姓名', '身分證字號', '行動電話', '市話', '生日', '保單號碼', '保單到期日', '業務員', '備註'],
      ['name', 'idCard', 'mobile', 'phone', 'birthday', 'orderId', 'contractEnd', 'owner', 'notes'],
    ],
    [
      // Its English Name is the member's other name, compared for duplicates (fields.ts: a second name).
      'a Hong Kong beauty salon',
      ['會員編號', '姓名', 'English Name', '電話', '生日', '電郵', '套票到期', '消費金額', '美容師', '備註'],
      ['customerId', 'name', 'name', 'phone', 'birthday', 'email', 'contractEnd', 'amount', 'owner', 'notes'],
    ],
    [
      'a Hong Kong trading firm, its clients kept by 負責同事',
      ['客戶名稱', '公司', '手提電話', '電郵', '消費(HK$)', '最後聯絡日', '負責同事', '負責同事電話'],
      ['name', 'company', 'mobile', 'email', 'amount', 'lastContact', 'owner', null],
    ],
    [
      'a Macau shop',
      ['客戶名稱', '電話', '出生日期', '證件號碼', '消費(澳門元)', '最後消費日', '跟進人'],
      ['name', 'phone', 'birthday', 'idCard', 'amount', 'lastPurchase', 'owner'],
    ],
    ['a Taiwan shop (tw_retail.csv)', ['姓名', '手機', 'Tel', '生日', 'Email'], ['name', 'mobile', 'phone', 'birthday', 'email']],
  ])('%s', (_, headers, expected) => {
    expect(fieldsOf(headers)).toEqual(expected);
  });
});
