/** Which status or remark says a renewal is done (renewal-status.ts), and which only names one still to make. */
import { renewalStated, renewedFor } from '../../../shared/remind/renewal-status';
import { formatIso, fromDayNumber, isoDayNumber } from '../../../shared/table/civil-date';
import { civil, rec } from '../classify/helpers';

const TODAY = civil('2026-12-03');

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
    expect(renewalStated(rec(2, { status }), TODAY)?.text ?? null).toBe(expected);
  });

  it.each<[string, string | null, string]>([
    ['已续保', '已续保', 'the remark is the word'],
    ['已续保，客户很满意', '已续保', 'its first part'],
    ['客户很满意，已续保', null, 'a later part of a free remark says nothing'],
    ['差点没续保', null, 'a story'],
  ])('备注 %s → %s (%s)', (notes, expected) => {
    expect(renewalStated(rec(2, { notes }), TODAY)?.text ?? null).toBe(expected);
  });
});

describe('the day a renewal word names, and whether the term ending is the one renewed', () => {
  it.each<[string, string | null | 'none', string]>([
    ['已续保 2026-11-20', '2026-11-20', 'a full date after the word'],
    ['已续保（11.25）', '2026-11-25', 'a month and day in brackets: this year\'s, before today'],
    ['已出单 12.20', '2025-12-20', 'a month and day after today: last year\'s'],
    ['Renewed 11/20/2026', '2026-11-20', 'an American date, its slashes no list'],
    ['已续保（平安）', null, 'a note, no day'],
    ['已续保 2026.11', null, 'a month, no day'],
    ['Renewed 03/05/2026', null, 'a day that may be March or May'],
    ['已续约意向', 'none', 'an intention to renew'],
    ['Bound for Shanghai', 'none', 'no status at all'],
  ])('%s → %s (%s)', (status, expected) => {
    const read = renewalStated(rec(2, { status }), TODAY);
    const shown = read === null ? 'none' : read.day === null ? null : formatIso(fromDayNumber(read.day));
    expect(shown).toBe(expected);
  });

  const end = isoDayNumber('2026-12-10')!;
  const today = isoDayNumber('2026-12-03')!;
  it.each<[string, boolean, string]>([
    ['已续保 2026-11-20', true, 'renewed three weeks before the end: this term'],
    ['已续保 2026-08-20', true, 'renewed four months before'],
    ['已续保 2025-11-20', false, 'a year before: the term before'],
    ['已续保', false, 'no day: no term told'],
  ])('%s for the policy ending 2026-12-10 → %s (%s)', (status, expected) => {
    expect(renewedFor(renewalStated(rec(2, { status }), TODAY)!, end, today)).toBe(expected);
  });
});
