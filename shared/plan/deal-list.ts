/**
 * A CRM's deals export (HubSpot Deals, Salesforce Opportunities, 销售易 / 纷享销客 商机): one row per
 * deal, the company on each of its deals. Read as an order list (order-list.ts) whose customer is the
 * company: only a won deal (Closed won, 赢单) is a purchase; a lost one (Closed lost, 输单) is none and
 * churns no one; an open one (Contract sent, 谈判审核) is no purchase yet, and a follow-up for its owner
 * by its close date. A closed deal, won or lost, is chased by no one (tester h69: Closed Lost deals
 * reminded of a Next Step Date left in them). The words are data: DEAL_HEADERS tell the sheet,
 * WON_STAGES and LOST_STAGES the stage.
 */
import type { Cell } from '../table/cell';
import type { FieldId } from '../schema/fields';
import type { CustomerRecord } from '../table/records';
import { foldHeader } from '../schema/fold-header';

/** Headers only a deals export has: the deal's name or stage (a customer list's 阶段 or Stage is its own). */
export const DEAL_HEADERS: readonly string[] = [
  'deal name', 'deal stage', 'opportunity name', 'opportunity stage',
  // Pipedrive's persons-with-deals export: Deal - Title (folded as Deal Title).
  'deal title',
  '商机名称', '商机阶段', '商机主题', '商机标题',
];

/** A deal won: a purchase (HubSpot Closed won, Salesforce Closed Won, 销售易 / 纷享销客 赢单). */
export const WON_STAGES: readonly string[] = ['closed won', 'closed - won', 'won', 'deal won', '赢单', '已赢单', '成交', '已成交'];

/** A deal lost: no purchase, and no end of a customer who has won deals (HubSpot Closed lost, 输单, 丢单). */
export const LOST_STAGES: readonly string[] = ['closed lost', 'closed - lost', 'lost', 'deal lost', '输单', '已输单', '丢单', '已丢单',
  // A team's own word for a deal given up (流失, 已流失), and 纷享销客's 无效 商机: closed, nothing to buy.
  '流失', '已流失', '无效'];

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

/** A record without its follow-up plans: a closed deal's Next Step Date or 下次跟进 is no call to make. */
function withoutPlans(r: CustomerRecord): CustomerRecord {
  if (r.fields.nextFollowUp === undefined && r.extra?.nextFollowUp === undefined) return r;
  const { nextFollowUp: _plan, ...fields } = r.fields;
  if (r.extra?.nextFollowUp === undefined) return { ...r, fields };
  const { nextFollowUp: _plans, ...extra } = r.extra;
  return { ...r, fields, extra };
}

/**
 * The deal rows as the reminders and the order list read them (the sheet's cells stay as typed): a
 * won deal's close date is the day of its purchase (where no purchase-date column says); a closed
 * deal, won or lost, plans no follow-up, whatever its Next Step Date still says. An open deal is
 * followed up by its next activity (Next Step Date, 下次跟进) or by its close date when that comes
 * first and has not passed (Contoso's contract sent, to close on 12-20, its next call on 12-03: the
 * call; closing on 12-05 before a call on 12-07: the close). A close date passed beside a next step
 * is one the rep has not moved: the step he booked since is the plan, overdue or ahead (Northwind,
 * to close on 2025-01-03, its next call on 2026-12-22: no follow-up 700 days overdue, the call on its
 * day). With no next step, the close date is the follow-up.
 */
export function dealRows(records: readonly CustomerRecord[], fieldCols: Partial<Record<FieldId, number>>, today: string): CustomerRecord[] {
  return records.map((r) => {
    const outcome = dealOutcome(r.fields[STAGE_FIELD]);
    const close = r.fields.closeDate;
    const closeDay = fieldCols.closeDate === undefined ? null : day(close);
    if (outcome !== 'open') {
      const closed = withoutPlans(r);
      if (outcome === 'won' && closeDay !== null && fieldCols.lastPurchase === undefined) return { ...closed, fields: { ...closed.fields, lastPurchase: close as Cell } };
      return closed;
    }
    if (close === undefined || closeDay === null) return r;
    const next = day(r.fields.nextFollowUp);
    if (next === null || (closeDay >= today && closeDay < next)) return { ...r, fields: { ...r.fields, nextFollowUp: close } };
    return r;
  });
}

/**
 * The companies of a deals export as the reminders read them: one with no open deal has nothing in
 * the pipeline to chase, so its contact dates (`staleFields`) are left out of the stale rule's view
 * (a won customer's birthday and his deals' contract ends are still reminded; a key customer going
 * quiet is the dormant rule's, which reads the classes). `rowsOf[i]` are the sheet rows of `customers[i]`.
 */
export function chasedCompanies(customers: readonly CustomerRecord[], rowsOf: readonly (readonly number[])[], deals: readonly CustomerRecord[], staleFields: readonly FieldId[]): CustomerRecord[] {
  const open = new Set(deals.filter((r) => dealOutcome(r.fields[STAGE_FIELD]) === 'open').map((r) => r.sheetRow));
  return customers.map((c, i) => {
    if ((rowsOf[i] ?? [c.sheetRow]).some((row) => open.has(row))) return c;
    const fields = { ...c.fields };
    for (const f of staleFields) delete fields[f];
    return { ...c, fields };
  });
}
