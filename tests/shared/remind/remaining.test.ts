/**
 * What a remaining-count cell (剩余课时, 剩余次数, Lessons Remaining) says is left: a number, a formula's
 * saved result, or a count typed with its unit. Nothing else is a count, and no count is guessed.
 */
import { countLeft } from '../../../shared/remind/rules/remaining';
import type { Cell } from '../../../shared';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('countLeft', () => {
  it.each<[string, Cell, number | null]>([
    ['a number', { kind: 'number', value: 8 }, 8],
    ['a formula\'s saved result (=J2-K2)', { kind: 'number', value: 2, formula: '=J2-K2' }, 2],
    ['a saved 0: the package ran out', { kind: 'number', value: 0, formula: '=J5-K5' }, 0],
    ['a lesson taken on credit', { kind: 'number', value: -1 }, -1],
    ['half a lesson left (1.5课时)', text('1.5课时'), 1.5],
    ['a count with its unit (2节)', text('2节'), 2],
    ['full-width digits (３次)', text('３次'), 3],
    ['a minus sign typed as −', text('−2'), -2],
    ['an English count (3 lessons)', text('3 lessons'), 3],
    ['a formula Excel saved no result of', { kind: 'empty', formula: '=J4-K4' }, null],
    ['an error (#REF!)', { kind: 'error', value: '#REF!' }, null],
    ['a word, no count (已用完)', text('已用完'), null],
    ['a blank cell', { kind: 'empty' }, null],
    ['money, no count (¥300)', text('¥300'), null],
  ])('%s', (_why, cell, expected) => {
    expect(countLeft(cell)).toBe(expected);
  });
});
