/**
 * Whether the column read as the company is the customer's own company (his employer, or the
 * organisation he is), whose contacts are one account (remind/one-account.ts), or another party each
 * customer merely deals with: the bank he keeps his account at, the courier his goods go by, whoever
 * referred him, his building's 物业, our own entity that signed with him, a pupil's school. Twenty
 * strangers who share 中国银行 or 顺丰速运 are twenty customers, never one account's contacts.
 */
import { foldHeader } from './fold-header';

export interface OtherParty {
  id: string;
  /** Han words the folded header contains (快递公司, 推荐单位). */
  heads: readonly string[];
  /** Latin words of the folded header (Courier Company, Referring Organization). */
  words: readonly string[];
  /** Only in a sheet of pupils (a 家长 column): elsewhere a school is the customer (a supplier's list of 学校名称). */
  pupilsOnly?: true;
}

/**
 * The parties a company-like header may name instead of the customer's own company. A freight
 * broker's 物流公司 is its customer's own (header-match.ts reads it so outside order lists), and 签约公司
 * is the customer's as often as ours: neither is listed.
 */
export const OTHER_PARTIES: readonly OtherParty[] = [
  { id: 'bank', heads: ['开户', '银行'], words: ['bank'] },
  { id: 'insurer', heads: ['保险', '承保'], words: ['insurer', 'insurance', 'underwriter'] },
  { id: 'carrier', heads: ['快递', '承运', '托运', '配送', '货代'], words: ['carrier', 'courier'] },
  { id: 'referrer', heads: ['推荐', '介绍'], words: ['referrer', 'referring', 'referral', 'referred'] },
  { id: 'propertyManager', heads: ['物业'], words: ['hoa'] },
  { id: 'agency', heads: ['中介'], words: [] },
  { id: 'guarantor', heads: ['担保'], words: ['guarantor'] },
  { id: 'supplier', heads: ['供应商', '供货', '厂家', '厂商', '品牌'], words: ['supplier', 'vendor', 'manufacturer', 'brand'] },
  { id: 'ours', heads: ['我方', '我司', '本公司'], words: ['our'] },
  { id: 'school', heads: ['学校', '幼儿园', '就读'], words: ['school'], pupilsOnly: true },
];

/** `pupils`: the sheet's customers are children (a 家长 column: header-map.ts customersAreChildren). */
export function namesOwnCompany(header: string, context: { pupils?: boolean } = {}): boolean {
  const { key, words } = foldHeader(header);
  return !OTHER_PARTIES.some((p) =>
    (p.pupilsOnly !== true || context.pupils === true) && (p.heads.some((h) => key.includes(h)) || words.some((w) => p.words.includes(w))));
}
