/** Which owner headers name service staff (co-carers, never a 撞单) and which a rep who holds the customer. */
import { isServiceRoleHeader } from '../../../shared/schema/service-roles';

describe('isServiceRoleHeader', () => {
  it.each<[string, boolean, string]>([
    ['服务顾问', true, 'a 4S dealer\'s service advisor'],
    ['承办律师', true, 'a law firm\'s lawyer on the case: a client\'s two cases, two lawyers'],
    ['主办律师', true, 'the lead lawyer of a case, a 协办 beside him'],
    ['Attorney', true, 'an English firm\'s attorney'],
    ['管家', true, 'a 物业\'s building steward: one owner\'s flats in two buildings'],
    ['物业管家', true, 'the same, with the trade'],
    ['专属管家', false, 'a bank\'s or a club\'s account manager holds the client'],
    ['客户管家', false, 'an account manager under another name'],
    ['法律顾问', false, 'a legal adviser sells the retainer: a rep'],
    ['销售顾问', false, 'a sales rep'],
  ])('%s → %s (%s)', (header, expected) => {
    expect(isServiceRoleHeader(header)).toBe(expected);
  });
});
