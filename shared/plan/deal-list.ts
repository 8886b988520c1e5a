/**
 * A CRM's deals export (HubSpot Deals, Salesforce Opportunities, 销售易 / 纷享销客 商机): one row per
 * deal, the company on each of its deals. Read as an order list (order-list.ts) whose customer is the
 * company: only a won deal (Closed won, 赢单) is a purchase; a lost one (Closed lost, 输单) is none and
 * churns no one; an open one (Contract sent, 谈判审核) is no purchase yet, and a follow-up for its owner
 * by its close date. The words are data: DEAL_HEADERS tell the sheet, WON_STAGES and LOST_STAGES the stage.
 */
import type { Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import { foldHeader } from '../schema/fold-header';

/** Headers only a deals export has: the deal's name or stage (a customer list's 阶段 or Stage is its own). */
export const DEAL_HEADERS: readonly string[] = [
  'deal name', 'deal stage', 'opportunity name', 'opportunity stage',
  '商机名称', '商机阶段', '商机主题', '商机标题',
];

/** A deal won: a purchase (HubSpot Closed won, Salesforce Closed Won, 销售易 / 纷享销客 赢单). */
export const WON_STAGES: readonly string[] = ['closed won', 'closed - won', 'won', 'deal won', '赢单', '已赢单', '成交', '已成交'];

/** A deal lost: no purchase, and no end of a customer who has won deals (HubSpot Closed lost, 输单, 丢单). */
export const LOST_STAGES: readonly string[] = ['closed lost', 'closed - lost', 'lost', 'deal lost', '输单', '已输单', '丢单', '已丢单'];

const keys = (words: readonly string[]) => new Set(words.map((w) => foldHeader(w).key));
const DEAL_KEYS = keys(DEAL_HEADERS);
const WON_KEYS = keys(WON_STAGES);
const LOST_KEYS = keys(LOST_STAGES);

/** The sheet's headers name a deal's name or stage. */
export function isDealList(headers: readonly unknown[]): boolean {
  return headers.some((h) => typeof h === 'string' && h.trim() !== '' && DEAL_KEYS.has(foldHeader(h).key));
}

export type DealOutcome = 'won' | 'lost' | 'open';

/** A deal's outcome by its stage cell; a deal without a stage is open. */
export function dealOutcome(stage: Cell | undefined): DealOutcome {
  if (stage === undefined || stage.kind !== 'text') return 'open';
  const key = foldHeader(stage.value).key;
  return WON_KEYS.has(key) ? 'won' : LOST_KEYS.has(key) ? 'lost' : 'open';
}

/** The field a deal's stage is read from. */
export const STAGE_FIELD: FieldId = 'status';

const day = (c: Cell | undefined): string | null => (c !== undefined && c.kind === 'date' ? c.value.slice(0, 10) : null);

/**
 * The deal rows as the order list reads them: a won deal's close date is the day of its purchase
 * (where no purchase-date column says), an open deal's the day to follow it up by, when it comes
 * before the next activity the CRM has (Contoso's contract sent, to close on 12-20, its next call on
 * 12-03: the call). A lost deal's close date is neither.
 */
export function dealRows(records: readonly CustomerRecord[], fieldCols: Partial<Record<FieldId, number>>): CustomerRecord[] {
  if (fieldCols.closeDate === undefined) return [...records];
  return records.map((r) => {
    const close = r.fields.closeDate;
    const closeDay = day(close);
    if (close === undefined || closeDay === null) return r;
    const outcome = dealOutcome(r.fields[STAGE_FIELD]);
    if (outcome === 'won' && fieldCols.lastPurchase === undefined) return { ...r, fields: { ...r.fields, lastPurchase: close } };
    if (outcome === 'open') {
      const next = day(r.fields.nextFollowUp);
      if (next === null || closeDay < next) return { ...r, fields: { ...r.fields, nextFollowUp: close } };
    }
    return r;
  });
}
