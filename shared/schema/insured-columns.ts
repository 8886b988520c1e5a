/**
 * An insurance agent's (保险代理人) sheet names two people on a row: the policyholder (投保人,
 * Policyholder), who buys and pays and is the customer, and the insured (被保险人, Insured), whom the
 * policy covers, with how they are related (关系 本人 / 配偶 / 子女 / 父母, Relationship Self / Spouse /
 * Child). The insured and the relation are read as the policy's, never as the customer's: a father's
 * two policies for his two children are two policies (dedupe/accounts.ts keeps them apart by the
 * insured), and a reminder says whose policy falls due. They never join two policyholders: only the
 * policyholder's own phone, ID or name do.
 */
import type { ColumnMapping } from '../plan/types';
import { foldHeader } from './fold-header';

/** What an insured column holds of the policy's insured person. */
export type InsuredPart = 'name' | 'relation';

const keys = (heads: readonly string[]) => new Set(heads.map((h) => foldHeader(h).key));

/** Headers naming the policyholder (the customer the name column reads): only beside one are the insured read so. */
const POLICYHOLDER_KEYS = keys(['投保人', '投保人姓名', '投保人名称', '要保人', 'policyholder', 'policy holder', 'policyholder name', 'policy owner', 'proposer',
  'named insured', 'first named insured', 'primary named insured']);

/** Headers of the insured person (被保险人) and of his relation to the policyholder (关系). */
const INSURED_KEYS: ReadonlyMap<string, InsuredPart> = new Map([
  ...[...keys(['被保险人', '被保人', '被保险人姓名', '被保人姓名', '受保人', '受保人姓名', 'insured', 'insured name', 'insured person', 'life insured', 'insured life', 'life assured'])].map((k) => [k, 'name'] as const),
  ...[...keys(['关系', '与投保人关系', '投保人与被保险人关系', '与被保险人关系', '被保险人关系', '被保人关系', '与投保人的关系', '亲属关系', 'relationship', 'relation', 'relationship to policyholder', 'relationship to insured', 'relation to policyholder'])].map((k) => [k, 'relation'] as const),
]);

/** The header words of the insured person's name, for the stages that read the policy by header (dedupe/accounts.ts). */
export const INSURED_NAME_HEADS: readonly string[] = ['被保险人', '被保人', '被保险人姓名', '被保人姓名', '受保人', '受保人姓名', 'insured', 'insured name', 'insured person', 'life insured', 'insured life', 'life assured'];

/**
 * The column of the insured's name beside a policyholder's name column, by the sheet's headers (`fieldCols.name`
 * the policyholder's): what a policy's reminder names him by (remind/name-contract.ts); undefined when none.
 */
export function insuredNameCol(headers: readonly unknown[], nameCol: number | undefined, isRead: (col: number) => boolean): number | undefined {
  const header = nameCol === undefined ? undefined : headers[nameCol];
  if (typeof header !== 'string' || !POLICYHOLDER_KEYS.has(foldHeader(header).key)) return undefined;
  const col = headers.findIndex((h, c) => typeof h === 'string' && !isRead(c) && INSURED_KEYS.get(foldHeader(h).key) === 'name');
  return col < 0 ? undefined : col;
}

/**
 * `columns` with each column of the insured (its name, its relation) marked `insured`, where the name
 * column is the policyholder's and no field reads the column; unchanged otherwise. A bare 关系 is read
 * so only beside an insured column: elsewhere it may be a CRM's 客户关系 (良好, 一般).
 */
export function withInsuredColumns(columns: ColumnMapping[]): ColumnMapping[] {
  const holder = columns.some((c) => c.field === 'name' && !c.extra && POLICYHOLDER_KEYS.has(foldHeader(c.header).key));
  if (!holder) return columns;
  const parts = new Map<number, InsuredPart>();
  for (const c of columns) {
    if (c.field !== null || c.run || c.person !== undefined || c.child !== undefined || c.source === 'override') continue;
    const part = INSURED_KEYS.get(foldHeader(c.header).key);
    if (part !== undefined) parts.set(c.col, part);
  }
  if (![...parts.values()].includes('name')) return columns;
  return columns.map((c) => (parts.has(c.col) ? { ...c, insured: parts.get(c.col)! } : c));
}
