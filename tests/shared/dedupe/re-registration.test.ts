/**
 * A rep's note that his row is the customer registered again makes it the copy (re-registration.ts): the
 * row it copies is kept. Notes that deny it, or only mention a duplicate elsewhere, say nothing of the kind.
 */
import { saysEnteredAgain } from '../../../shared/dedupe/re-registration';
import { rankMembers } from '../../../shared/dedupe/survivor';
import { records } from './helpers';

describe('a note saying the row was entered again', () => {
  it.each([
    '朋友介绍，和张婷那边重复登记了',
    '重复录入，以王芳那条为准',
    '又录了一遍',
    '客户之前已报备，这条重复报备',
    'Entered again by mistake, see Tom\'s row',
    'duplicate entry (already registered by Tom)',
    '與陳老師那邊重複登記',
  ])('says it: %s', (note) => {
    expect(saysEnteredAgain(note)).toBe(true);
  });

  it.each([
    '不是重复登记，是她妹妹',
    'not a duplicate of the Dallas account',
    '老客户，第二次出团',
    '重复购买的老客户',
    '',
  ])('does not: %s', (note) => {
    expect(saysEnteredAgain(note)).toBe(false);
  });

  it('makes the fuller row that says so give way to the one it copies', () => {
    const [first, second] = records([
      { name: '刘美华', mobile: '13612349876', owner: '张婷' },
      { name: '刘美华', mobile: '13612349876', birthday: '1975-08-09', owner: '李强', notes: '朋友介绍，和张婷那边重复登记了' },
    ]);
    expect(rankMembers([first, second], ['most-complete', 'most-recent']).map((r) => r.sheetRow)).toEqual([2, 3]);
  });
});
