/**
 * How far along the sales funnel a stage before the sale stands (潜在客户 < 意向客户 < 方案报价 < 商务谈判;
 * Lead < Qualified < Proposal < Negotiation): the lifecycle calls them all potential, but a merge of a
 * customer's copies keeps the furthest (merged-stage.ts), as a rep who reached a negotiation with him
 * would not have him called a mere lead again. Words as data, in the lifecycle's folded form
 * (classify/existing-labels.ts: 意向客户 is 意向); a word not listed is the first step.
 */
import { foldValue } from '../classify/fold-value';
import { stripSuffixes } from '../classify/existing-labels';

/** Each step's words, the funnel's order (HubSpot's lifecycle stages, Salesforce's lead status and opportunity stages, a Chinese CRM's 销售阶段). */
export const FUNNEL_STEPS: readonly (readonly string[])[] = [
  // A name on a list: nobody has spoken with him yet.
  ['潜在', '潜客', '线索', '待开发', '未成交', 'prospect', 'prospects', 'potential', 'lead', 'leads', 'new lead', 'new leads', 'subscriber',
    'open - not contacted', 'cold lead', 'cold leads'],
  // Spoken with, interest shown.
  ['初步接触', '跟进中', '意向', '有意向', 'working - contacted', 'mql', 'marketing qualified lead', 'marketingqualifiedlead', 'warm lead', 'warm leads'],
  // A need confirmed: a real opportunity, or a trial running.
  ['商机', '需求确认', '试用', '试用中', 'sql', 'sales qualified lead', 'salesqualifiedlead', 'qualified', 'opportunity', 'opportunities',
    'hot lead', 'hot leads', 'trial'],
  // An offer made.
  ['方案报价', '已报价', '报价中', 'proposal'],
  // Negotiating, about to sign.
  ['洽谈中', '谈判中', '商务谈判', '待签约', 'negotiation'],
];

const STEP_OF: ReadonlyMap<string, number> = new Map(FUNNEL_STEPS.flatMap((words, step) => words.map((w) => [w, step] as const)));

/** The funnel step a stage's text names (0 when it names none of FUNNEL_STEPS). */
export function funnelStep(text: string): number {
  const folded = foldValue(text);
  return STEP_OF.get(folded) ?? STEP_OF.get(stripSuffixes(folded)) ?? 0;
}
