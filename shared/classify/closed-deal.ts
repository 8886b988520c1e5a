/**
 * A deal closed on a day the sheet names (an estate agent's Closing Date passed, a 结单日期 gone by):
 * the customer bought or sold, so he is an existing one where no purchase column lets the rules judge
 * him (tester h71: an agent's book was all Unknown, a client with "Closed 11/20" too). Not a row whose
 * status says the deal was lost or he left (standing ended), nor one still being followed up on an
 * open stage (跟进中, In progress: a close date there is the day expected, slipped), nor a closing to
 * come or due today.
 */
import { cellText, isBlank } from '../table/cell';
import { foldValue } from './fold-value';
import { cellDay } from './cell-day';
import type { CustomerRecord } from '../table/records';

/** Stages of a deal still open: a past close date beside one is the day it was expected, not closed. */
const OPEN_STAGES: ReadonlySet<string> = new Set(['open', 'in progress', 'negotiation', 'negotiating', 'proposal', 'pending', 'following up', 'qualified',
  '跟进中', '洽谈中', '谈判中', '报价中', '待签约', '未成交']);

/** The row's close date when it is before `todayDay` (a closing today may still fall through) and nothing says the deal is open; else null. */
export function closedDealDay(record: CustomerRecord, todayDay: number): number | null {
  const day = cellDay(record.fields.closeDate);
  if (day === null || day >= todayDay) return null;
  for (const field of ['status', 'dealStatus'] as const) {
    const cell = record.fields[field];
    if (cell && !isBlank(cell) && OPEN_STAGES.has(foldValue(cellText(cell)))) return null;
  }
  return day;
}
