/**
 * Another rep's follow-up on a row a merge folds away: chosen (each rep's newest plan, never the kept
 * row's rep's), written into the merged-values note, and read back from it in either language.
 */
import { followUpItem, followUpItems, otherRepsPlans } from '../../../shared/dedupe/open-follow-ups';
import type { Cell } from '../../../shared/table/cell';
import type { Row } from '../../../shared/table/table';

// 客户名称 | 跟进人 | 最近联系 | 下次跟进
const row = (sheetRow: number, owner: string, lastContact: string, plan: Cell | string): Row => ({
  sheetRow,
  cells: [
    { kind: 'text', value: '深圳市鹏程电子有限公司' },
    owner === '' ? { kind: 'empty' } : { kind: 'text', value: owner },
    { kind: 'date', value: lastContact },
    typeof plan === 'string' ? (plan === '' ? { kind: 'empty' } : { kind: 'date', value: plan }) : plan,
  ],
});
const madeOf = (r: Row) => (r.cells[2].kind === 'date' ? r.cells[2].value : '');
const notKept = (kept: string) => (r: Row) => r.cells[1].kind === 'text' && r.cells[1].value !== kept;

describe('otherRepsPlans: what a merge carries over of other reps\' follow-ups', () => {
  it.each([
    ['another rep\'s plan', [row(4, '阿杰', '2024-11-20', '2024-12-03')], [{ owner: '阿杰', day: '2024-12-03', row: 4 }]],
    ['his newest plan only: set at his later call (11-28), though the day is earlier', [row(4, '阿杰', '2024-11-20', '2024-12-10'), row(6, '阿杰', '2024-11-28', '2024-12-05')], [{ owner: '阿杰', day: '2024-12-05', row: 6 }]],
    ['one plan per rep, in row order', [row(6, '王磊', '2024-11-20', '2024-12-08'), row(4, '阿杰', '2024-11-20', '2024-12-03')], [{ owner: '阿杰', day: '2024-12-03', row: 4 }, { owner: '王磊', day: '2024-12-08', row: 6 }]],
    ['none from the kept row\'s rep (his newest plan is the cell\'s)', [row(4, '小美', '2024-11-20', '2024-12-03')], []],
    ['none from a row without an owner (his group\'s rep\'s)', [row(4, '', '2024-11-20', '2024-12-03')], []],
    ['none from a blank or a formula\'s day', [row(4, '阿杰', '2024-11-20', ''), row(5, '李娜', '2024-11-20', { kind: 'date', value: '2024-12-03', formula: '=C5+14' })], []],
  ])('%s', (_why, others, expected) => {
    expect(otherRepsPlans(others, 3, 1, notKept('小美'), madeOf)).toEqual(expected);
  });
});

describe('followUpItem / followUpItems: the note item, read back', () => {
  const plan = { owner: '阿杰', day: '2024-12-03', row: 4 };
  it.each([
    ['zh-CN', '2024-12-01', '阿杰 的待办跟进：2024-12-03（2024-12-01 原第4行）'],
    ['zh-CN', undefined, '阿杰 的待办跟进：2024-12-03（第4行）'],
    ['en', '2024-12-01', 'open follow-up of 阿杰: 2024-12-03 (row 4 as of 2024-12-01)'],
    ['en', null, 'open follow-up of 阿杰: 2024-12-03 (row 4)'],
  ] as const)('%s, merged on %s: %s', (lang, on, text) => {
    expect(followUpItem(lang, plan, on)).toBe(text);
    expect(followUpItems(text)).toEqual([{ owner: '阿杰', day: '2024-12-03' }]);
  });

  it.each([
    ['among the other items of a note, each rep\'s', '共管负责人：王磊/刘洋；阿杰 的待办跟进：2024-12-03（2024-12-01 原第4行）；下次跟进: 2024-12-20（2024-12-01 原第4行）；Megan Ortiz 的待办跟进：2024-12-05（第7行）', [{ owner: '阿杰', day: '2024-12-03' }, { owner: 'Megan Ortiz', day: '2024-12-05' }]],
    ['an English note merged week after week', 'open follow-up of Megan Ortiz: 2024-12-03 (row 4 as of 2024-11-25); Next Follow-up: 2024-12-20 (row 4 as of 2024-11-25)', [{ owner: 'Megan Ortiz', day: '2024-12-03' }]],
    ['not a value item of the follow-up column', '下次跟进: 2024-12-03（2024-12-01 原第4行）', []],
    ['not the user\'s own words', '阿杰说下周再跟进', []],
  ])('%s', (_why, note, expected) => {
    expect(followUpItems(note)).toEqual(expected);
  });
});
