/**
 * Whether a row's 是否公海 cell puts the customer in the public pool (公海): a CRM's export (纷享销客,
 * 销售易, 钉钉 CRM) keeps the last rep's name in 负责人 after the team released the customer, and the
 * mark says nobody holds him now. A yes (是, Y, TRUE, √), or the pool's own name (公海, 华南公海, 客户池);
 * a no (否, 私海, 已领取) or a blank leaves the row with its rep.
 */
import type { Cell } from './cell';
import { displayText } from '../text/fold';
import { toSimplified } from '../text/simplified';
import { isoDayNumber } from './civil-date';

const YES: ReadonlySet<string> = new Set(['是', '是的', '在', 'y', 'yes', 'true', '1', '✓', '✔', '√', '在公海', '已退回', '退回']);
/** A pool a CRM names (公海, 华南公海, 公海客户, 销售一部客户池), as owner-name.ts reads it in an owner cell. */
const NAMED_POOL = /公海|客户池|公共池/u;
/** 非公海, 不在公海: the pool's name after a no is a no. */
const NEGATED = /^(?:非|不在|不是|未进|未在)/u;

export function inPublicPool(cell: Cell | undefined): boolean {
  if (cell === undefined) return false;
  if (cell.kind === 'boolean') return cell.value;
  const text = toSimplified(displayText(cell)).trim().toLowerCase();
  if (text === '' || NEGATED.test(text)) return false;
  return YES.has(text) || NAMED_POOL.test(text);
}

/** What a pool customer's owner reads as for reminders, the report and the duplicate finder: the pool, nobody. */
export const POOL_OWNER: Cell = Object.freeze({ kind: 'text', value: '公海' }) as Cell;

const dayOf = (cell: Cell | undefined): number | null => (cell?.kind === 'date' ? isoDayNumber(cell.value) : null);

/**
 * Whether a row's 退回公海时间 puts the customer in the pool, in an export with no 是否公海 column to
 * say it (销售易's, 纷享销客's customer list): he went back on that day, and no 领取时间 after it says a
 * rep claimed him again.
 */
export function returnedToPool(returned: Cell | undefined, claimed: Cell | undefined): boolean {
  const back = dayOf(returned);
  if (back === null) return false;
  const claim = dayOf(claimed);
  return claim === null || back > claim;
}
