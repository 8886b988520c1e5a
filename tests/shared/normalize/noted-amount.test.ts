/**
 * An amount with a note in brackets after it (a 农资 ledger's 3500(秋后还), a shop's 12000（含赠品）, a
 * tradie's 800 (paid cash)) is still that amount: the cell is kept as typed, note and all, and the rules
 * read the number (tester h76 #1: 李老汉's tier was 未知 because of 3500(秋后还)). A bracket holding a
 * number ((1500), (约3000)) is no note: it stays doubtful.
 */
import { cleanCell } from '../../../shared/normalize';
import { notedAmount } from '../../../shared/normalize/noted-amount';
import { owedAmount } from '../../../shared/dedupe/owed';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });

describe('notedAmount', () => {
  it.each<[string, { amount: string; note: string } | null]>([
    ['3500(秋后还)', { amount: '3500', note: '秋后还' }],
    ['3500（秋后还）', { amount: '3500', note: '秋后还' }],
    ['12,000 【含赠品】', { amount: '12,000', note: '含赠品' }],
    ['¥800（现金）', { amount: '¥800', note: '现金' }],
    ['800 (paid cash)', { amount: '800', note: 'paid cash' }],
    ['(1500)', null],
    ['3000(约3000)', null],
    ['秋后还', null],
    ['3500', null],
  ])('%s', (typed, expected) => {
    expect(notedAmount(typed)).toEqual(expected);
  });
});

describe('an amount column\'s cell with a note', () => {
  const ctx = ctxFor('amount');

  it.each<[string, number]>([
    ['3500(秋后还)', 3500],
    ['12,000（含赠品）', 12000],
    ['1.2万(两次)', 12000],
  ])('%s is kept as typed and read as %d', (typed, value) => {
    const r = cleanCell(text(typed), ctx);
    expect(r.cell).toEqual(text(typed));
    expect(r.read).toEqual(expect.objectContaining({ kind: 'number', value }));
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('still flags a bracket that holds a number', () => {
    const r = cleanCell(text('3000(约3000)'), ctx);
    expect(r.read).toBeUndefined();
    expect(r.findings.map((f) => f.code)).toContain('amount.invalid');
  });
});

describe('an owed cell as a dealer types it', () => {
  const money = { currency: 'CNY', decimal: '.' as const };
  it.each<[string, number | null]>([
    ['3500(秋后还)', 3500],
    ['欠 2,800 元', 2800],
    ['赊 600', 600],
    ['1500', 1500],
    ['已结清', null],
  ])('%s owes %p', (typed, owed) => {
    expect(owedAmount(text(typed), money)).toBe(owed);
  });
});
