/** Which remarks (备注, 跟进记录, Notes) say the customer is lost (standing.ts noteSaysLeft), read by their latest entry. */
import { noteSaysLeft } from '../../../shared/remind/standing';
import { planOf } from '../plan/helpers';

const said = (value: string) => noteSaysLeft({ kind: 'text', value }) !== null;

describe('a remark that says the customer is lost', () => {
  it.each<[string, boolean, string]>([
    ['去别家了', true, 'bought from another shop'],
    ['客户说已经在别家买了', true, 'inside a rep\'s sentence'],
    ['不需要了', true, 'needs it no more'],
    ['客户说别再打了，很烦', true, 'asked not to be called again'],
    ['went with a competitor', true, 'an English rep\'s note'],
    ['Not interested, do not call', true, 'two clauses, both lost'],
    ['Do not call.', true, 'a clause of its own'],
    ['没去别家，还在比价', false, 'denied'],
    ['不是不需要，预算下月批', false, 'a double negation: he still needs it'],
    ['暂时不需要了，明年再联系', false, 'for now only'],
    ['怕他去别家了，抓紧报价', false, 'a fear, not a fact'],
    ['不需要发票', false, 'not 不需要了'],
    ['Not interested in the add-on, renewing basic', false, 'one product, not the customer'],
    ['Do not call before 10am', false, 'how to reach him'],
    ['Never went with a competitor', false, 'denied in English'],
    ['3/1 不需要了；5/6 又来问价', false, 'the latest entry wins: he came back'],
    ['5/6 又来问价；8/1 不需要了', true, 'the latest entry says he is gone'],
    ['8/1 不需要了；5/6 又来问价', true, 'a log kept newest first: 8/1 is the latest'],
    ['2024-03-01 不需要了\n2024-05-06 又来问价', false, 'one entry per line, with years'],
    ['退学，费用已退', true, 'a leaving word first, as before'],
    ['差点退学，已挽回', false, 'a leaving word inside a longer part, as before'],
  ])('%j → %s (%s)', (remark, expected) => {
    expect(said(remark)).toBe(expected);
  });
});

describe('a remark log in a whole run (today 2024-12-01)', () => {
  const staleRows = (plan: ReturnType<typeof planOf>) => plan.reminders.reminders.filter((r) => r.kind === 'stale').map((r) => r.sheetRow);

  it('reminds nobody long unseen who went elsewhere, and still the one who came back', () => {
    const plan = planOf([
      ['客户姓名', '手机', '最近联系', '跟进记录', '负责人'],
      ['张伟', '13812345678', '2024-03-01', '3/1 客户说已经在别家买了', '李娜'],
      ['王芳', '13912345678', '2024-03-01', '没去别家，还在比价', '李娜'],
      ['孙丽', '13312345678', '2024-03-01', '3/1 不需要了；5/6 又来问价', '李娜'],
      ['周强', '13212345678', '2024-03-01', '5/6 又来问价；8/1 不需要了', '李娜'],
    ]);
    expect(staleRows(plan)).toEqual([3, 4]);
    expect(plan.issues.filter((i) => i.code === 'rule.noteSaysLeft').map((i) => i.sheetRow).sort()).toEqual([2, 5]);
  });

  it('reads an English rep\'s notes the same way', () => {
    const plan = planOf([
      ['Name', 'Phone', 'Last Contact', 'Notes', 'Owner'],
      ['John Smith', '(646) 743-7902', '2024-03-01', 'went with a competitor', 'Amy'],
      ['Mary Jones', '(646) 743-7903', '2024-03-01', 'not interested, do not call', 'Amy'],
      ['Tom Brown', '(646) 743-7904', '2024-03-01', 'Do not call before 10am', 'Amy'],
    ], { phone: { defaultRegion: 'US' } });
    expect(staleRows(plan)).toEqual([4]);
  });
});
