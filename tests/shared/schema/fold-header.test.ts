import fc from 'fast-check';
import { foldHeader } from '../../../shared/schema/fold-header';

describe('foldHeader', () => {
  it.each([
    ['*姓名', '姓名', 'required marker'],
    ['*手机号码（必填）：', '手机号码', 'marker, full-width note and colon'],
    ['金额(元)', '金额', 'unit in brackets'],
    ['消费金额（万元）', '消费金额', 'full-width brackets (NFKC)'],
    ['客户等级【A/B/C】', '客户等级', 'CJK lenticular brackets'],
    ['手机(必填', '手机', 'bracket never closed'],
    ['(备注)', '备注', 'a header that is only a note keeps it'],
    ['Amount (USD)', 'amount', 'English unit'],
    ['Phone #', 'phoneno', 'a trailing number sign reads as No. (Customer # is Customer No)'],
    ['Customer #', 'customerno', 'so Customer # is the customer number, not the name'],
    ['E-Mail', 'email', 'hyphen inside e-mail'],
    ['e_mail', 'email', 'underscore'],
    ['E mail', 'email', 'space inside e-mail'],
    ['Email Address', 'emailaddress', 'words run together'],
    ['电话1', '电话', 'numbering of repeated columns'],
    ['Phone 2', 'phone', 'numbering after a space'],
    ['Address1', 'address', 'numbering glued to the word'],
    ['2、您的手机号码：', '您的手机号码', '问卷星 question numbering'],
    ['1. Name', 'name', 'numbered English question'],
    ['Q3) Email', 'email', 'Q-numbered question'],
    ['一、基本信息', '基本信息', 'Chinese numeral'],
    ['ＱＱ号', 'qq号', 'full-width Latin letters'],
    ['\uFEFF姓名', '姓名', 'BOM from a CSV export (PITFALLS C2)'],
    ['手机\n(必填)', '手机', 'line break inside the header cell'],
    ['FirstName', 'firstname', 'camelCase API name'],
    ['MobilePhone', 'mobilephone', 'PascalCase API name'],
    ['Phone__c', 'phone', 'Salesforce custom field suffix'],
    ['Emails', 'email', 'plural'],
    ['Address', 'address', 'double s is not a plural'],
    ['2024', '2024', 'a header that is only a number stays'],
    ['   ', '', 'blank'],
  ])('%j → %j (%s)', (input, key) => {
    expect(foldHeader(input).key).toBe(key);
  });

  it.each([
    ['qq号', ['qq', '号'], 'Han and Latin runs are separate words'],
    ['客户Email', ['客户', 'email'], 'Latin word after Han'],
    ['Mailing Zip/Postal Code', ['mailing', 'zip', 'postal', 'code'], 'slash separates words'],
    ['Contact owner', ['contact', 'owner'], 'case folded'],
  ])('%j splits into words %j (%s)', (input, words) => {
    expect(foldHeader(input).words).toEqual(words);
  });

  it('is idempotent on its own key', () => {
    for (const h of ['*手机号码（必填）：', 'Mobile Phone #2', 'E-Mail', '客户Email', '2、您的生日：']) {
      const once = foldHeader(h).key;
      expect(foldHeader(once).key).toBe(once);
    }
  });
});

describe('foldHeader on any text', () => {
  it('never throws and leaves only letters, digits and marks in the key', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const { key, words } = foldHeader(s);
        expect(key).toMatch(/^[\p{L}\p{N}\p{M}]*$/u);
        expect(words.join('')).toBe(key);
      }),
      { seed: 20240305, numRuns: 500 },
    );
  });
});
