/**
 * Two mailboxes of one user name but for a generation suffix name a father and his son. Most pairs
 * of mailboxes a big sheet compares end in no suffix at all (zhangwei88@163.com, li.na@qq.com) and are
 * told so by their last letter alone: these are the writings that last letter must still let through.
 */
import type { EmailKey } from '../../../../shared/dedupe/keys/email';
import { twoGenerations } from '../../../../shared/dedupe/keys/generation-mail';

const key = (address: string): EmailKey => {
  const [local, domain] = address.split('@');
  return { written: address, address, folded: address, local, domain };
};

describe('twoGenerations: which user names end in a generation suffix', () => {
  it.each([
    ['tom.reed@comcast.net', 'tom.reed.jr@comcast.net', true, 'the son writes .jr after the name'],
    ['tom.reeves@comcast.net', 'tom.reeves.jr_@comcast.net', true, 'a separator typed after the suffix still ends it'],
    ['tomreeves@aol.com', 'tomreeves.j.r@aol.com', true, 'jr split by a dot is still jr once the dots go'],
    ['bill.turner.2nd@gmail.com', 'bill.turner@gmail.com', true, '2nd, the father first'],
    ['bill.turner.sr@gmail.com', 'bill.turner.iv@gmail.com', true, 'two suffixes, two generations'],
    ['zhangwei88@163.com', 'zhangwei@163.com', false, 'digits are no suffix'],
    ['li.na@qq.com', 'li.na.x@qq.com', false, 'x ends no suffix'],
    ['tom.reed.jr@comcast.net', 'tomreedjr@comcast.net', false, 'one suffix on both: the same son'],
  ])('%s / %s → %s (%s)', (a, b, expected) => {
    expect(twoGenerations(key(a), key(b))).toBe(expected);
    expect(twoGenerations(key(b), key(a))).toBe(expected);
  });
});
