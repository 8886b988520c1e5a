/** Which company-like headers name the customer's own company, and which another party he deals with. */
import { namesOwnCompany } from '../../../shared/schema/own-company';

describe('namesOwnCompany', () => {
  it.each([
    ['公司名称', {}, true, 'the plain company column'],
    ['工作单位', {}, true, 'his employer'],
    ['所属客户', {}, true, 'a CRM contact tab\'s account'],
    ['Company Name', {}, true, 'an English export'],
    ['物流公司', {}, true, 'a freight broker\'s customer is a logistics firm'],
    ['学校名称', {}, true, 'a supplier\'s customer is the school'],
    ['学校名称', { pupils: true }, false, 'a pupil\'s school is no employer'],
    ['开户行', {}, false, 'his bank'],
    ['快递公司', {}, false, 'the courier his goods go by'],
    ['推荐单位', {}, false, 'who referred him'],
    ['物业公司', {}, false, 'his building\'s property manager'],
    ['我方公司', {}, false, 'our own entity'],
    ['Referring Organization', {}, false, 'who referred him, in English'],
    ['Courier Company', {}, false, 'the courier, in English'],
  ] as [string, { pupils?: boolean }, boolean, string][])('%s %j → %s (%s)', (header, context, own) => {
    expect(namesOwnCompany(header, context)).toBe(own);
  });
});
