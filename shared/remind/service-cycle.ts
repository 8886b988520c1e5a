/**
 * What falls due by a recurring service, done each cycle by the business itself: a vet's vaccine and
 * 驱虫, a garage's service and yearly inspection (年检, 年审, MOT), a clinic's check-up, a boiler's
 * service. A customer with one due ahead is in that cycle, not gone quiet (stale.ts), nor gone
 * (classify's `@serviceDue`: a 4S owner whose 保养到期 is next year is no 流失客户). A card or a
 * membership that runs (会员卡, 保险) is no such service: it runs whether he comes or not.
 */
import type { Cell } from '../table/cell';
import type { CustomerRecord } from '../table/records';
import { cellDay } from '../classify/cell-day';
import { monthEndDay } from './rules/month-end';

const SERVICE_WORDS = /疫苗|免疫|驱虫|体内驱虫|体外驱虫|保养|年检|年审|审车|检测|体检|复查|洗牙|洁牙|vaccin|jab|booster|worm|flea|service|servicing|inspection|\bmot\b|check-?up|recall/iu;

export function isServiceCycle(label: string | undefined): boolean {
  return label !== undefined && SERVICE_WORDS.test(label);
}

/**
 * What a sheet's due columns say falls due (remind/due-label.ts): the main contract-end column's word
 * (保险, 疫苗; undefined for a contract's own) and each further one's, in `record.extra.contractEnd` order.
 */
export interface DueLabels {
  main?: string;
  extra?: readonly (string | undefined)[];
}

/** A recurring service of the row falling due after today: the day, its cell as typed, and what falls due (保养). */
export interface ServiceDue {
  day: number;
  cell: Cell;
  what: string;
}

/**
 * The soonest day after today on which a recurring service of the row falls due (保养到期 2027-10-27
 * beside 保险到期, 疫苗到期 next spring), or null: the one fact the stale reminder and the classes read
 * of a customer in the business's service cycle. A due written as a month (2027年3月) falls due on its last day.
 */
export function serviceDueAhead(record: CustomerRecord, labels: DueLabels, todayDay: number): ServiceDue | null {
  let best: ServiceDue | null = null;
  const consider = (cell: Cell | undefined, what: string | undefined) => {
    if (cell === undefined || what === undefined || !isServiceCycle(what)) return;
    const day = cellDay(cell) ?? monthEndDay(cell);
    if (day !== null && day > todayDay && (best === null || day < best.day)) best = { day, cell, what };
  };
  consider(record.fields.contractEnd, labels.main);
  const extra = record.extra?.contractEnd ?? [];
  for (let k = 0; k < extra.length; k++) consider(extra[k], labels.extra?.[k]);
  return best;
}
