/** Which status or remark says a renewal is done (renewal-status.ts), and which only names one still to make. */
import { renewalStated } from '../../../shared/remind/renewal-status';
import { rec } from '../classify/helpers';

describe('a renewal the row says is done', () => {
  it.each<[string, string | null, string]>([
    ['已续保', '已续保', 'a 4S 续保状态'],
    ['續保成功', '續保成功', 'traditional characters, said as typed'],
    ['已出单', '已出单', 'the new policy issued'],
    ['已续约（2025年）', '已续约（2025年）', 'with a note in brackets'],
    ['VIP，已续费', '已续费', 'one tag of several'],
    ['Renewed', 'Renewed', 'an agent\'s status'],
    ['Auto-renew', 'Auto-renew', 'renews by itself'],
    ['Bound', 'Bound', 'the new policy bound'],
    ['未续保', null, 'not renewed yet'],
    ['不续保', null, 'will not renew: no renewal done'],
    ['待续约', null, 'a renewal to make'],
    ['续保中', null, 'being renewed'],
    ['续保', null, 'the task, not its outcome'],
    ['Not renewed', null, 'English negation'],
    ['Renewal pending', null, 'still to make'],
    ['已续保的客户说明年可能换车，要再问问', null, 'a sentence, not a status'],
  ])('状态 %s → %s (%s)', (status, expected) => {
    expect(renewalStated(rec(2, { status }))).toBe(expected);
  });

  it.each<[string, string | null, string]>([
    ['已续保', '已续保', 'the remark is the word'],
    ['已续保，客户很满意', '已续保', 'its first part'],
    ['客户很满意，已续保', null, 'a later part of a free remark says nothing'],
    ['差点没续保', null, 'a story'],
  ])('备注 %s → %s (%s)', (notes, expected) => {
    expect(renewalStated(rec(2, { notes }))).toBe(expected);
  });
});
