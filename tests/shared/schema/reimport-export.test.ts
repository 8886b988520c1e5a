/** Which app's own export a header row is, when that app imports its CSV back (Google Contacts, Outlook, Mailchimp, Shopify, HubSpot). */
import { reimportExport } from '../../../shared';

describe('reimportExport', () => {
  it.each<[string, string, string | null]>([
    ['Google Contacts, legacy', 'Name,Given Name,Family Name,Birthday,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value', 'Google Contacts'],
    ['Google Contacts, 2024', 'First Name,Last Name,Organization Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value', 'Google Contacts'],
    ['Outlook', 'First Name,Middle Name,Last Name,E-mail Address,E-mail Display Name,E-mail 2 Address,Business Street,Home Street,Mobile Phone,Categories', 'Outlook'],
    ['Outlook, Chinese', '名,姓,电子邮件地址,电子邮件显示名称,移动电话,商务地址 街道,类别', 'Outlook'],
    ['Mailchimp', 'Email Address,First Name,Last Name,Phone Number,MEMBER_RATING,OPTIN_TIME,CONFIRM_TIME,LEID,EUID,TAGS', 'Mailchimp'],
    ['Shopify customers', 'Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Zip,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags', 'Shopify'],
    ['Shopify customers, before 2023', 'First Name,Last Name,Email,Company,Address1,City,Zip,Phone,Accepts Marketing,Total Spent,Total Orders,Tags,Note,Tax Exempt', 'Shopify'],
    ['HubSpot contacts', 'Record ID,First Name,Last Name,Email,Phone Number,Contact owner,Lifecycle Stage,Lead Status,Create Date', 'HubSpot'],
    ['a sheet of the user\'s own', 'Client Name,Company,Mobile,Email,City,Country,Renewal Date,Account Manager,Last Call,Notes', null],
    ['a Chinese sheet', '客户名称,联系人,手机,邮箱,签约日期,负责人,备注', null],
    ['one column named alike is not enough', 'Name,Phone,Labels,Notes', null],
    ['a Record ID alone is no HubSpot export', 'Record ID,Name,Phone,Email', null],
  ])('%s', (_, header, expected) => {
    expect(reimportExport(header.split(','))).toBe(expected);
  });
});
