/**
 * Which columns hold money the customer owes (dedupe/owed.ts): the amount, under the words a Chinese
 * ledger, a clinic and an English invoice list write it with; not the day it falls due, how long it
 * is overdue, or whether he owes at all; nor a balance the shop holds for him.
 */
import { isOwed } from '../../../shared/dedupe/owed';

describe('a column of money owed', () => {
  it.each(['欠费', '欠款（元）', '应收款', '应收余额', '未付金额', '尾款', 'Balance Due', 'Amount Due', 'Outstanding', 'Outstanding Balance', 'Owed'])('%s is one', (header) => {
    expect(isOwed(header)).toBe(true);
  });

  it.each(['Due Date', '欠费日期', '欠款天数', 'Days Overdue', '是否欠费', '储值余额', 'Store Credit Balance', '累计消费', 'Total Spent'])('%s is none', (header) => {
    expect(isOwed(header)).toBe(false);
  });
});
