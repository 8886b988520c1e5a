/**
 * A B2B account under a contract that still runs on today is a customer, however long since its last
 * order (a Salesforce export: Account Name, Last Order Date, Contract End): not churned, its activity at
 * most dormant, and its reason says the contract runs. A contract that has ended changes nothing.
 */
import { classify, type ClassifiedRow } from '../../../shared/classify/classify';
import { DEFAULT_CLASSIFY_SETTINGS } from '../../../shared/classify/settings';
import { reasonText } from '../../../shared/classify/reason';
import { civil, d, rec } from './helpers';

const TODAY = civil('2024-12-01');

const SHEET = [
  rec(2, { company: 'Acme Industrial Supply', name: 'John Carter', owner: 'Sarah Lee', amount: 12500000, lastPurchase: d('2024-10-02'), contractEnd: d('2024-12-15') }),
  rec(3, { company: 'Summit Foods LLC', name: 'Priya Patel', owner: 'Sarah Lee', amount: 850000, lastPurchase: d('2023-02-14'), contractEnd: d('2025-06-30') }),
  rec(4, { company: 'Bluewater Marine Inc.', name: 'Tom Nguyen', owner: 'Mike Chen', amount: 3400000, lastPurchase: d('2023-01-05'), contractEnd: d('2024-03-31') }),
  rec(5, { company: 'Northwind Traders', name: 'Ann Dodsworth', owner: 'Mike Chen', lastPurchase: d('2023-03-01'), contractEnd: d('2024-12-01') }),
  rec(6, { company: 'Contoso Pharmaceuticals', name: 'Kevin Liu', owner: 'Sarah Lee', lastPurchase: d('2023-05-10') }),
];

const result = classify(SHEET, DEFAULT_CLASSIFY_SETTINGS, TODAY);
const byRow = new Map(result.rows.map((r) => [r.sheetRow, r]));
const row = (n: number) => byRow.get(n) as ClassifiedRow;
const reasons = (n: number, dim: string, lang: 'zh-CN' | 'en') => row(n).reasons.filter((r) => r.dimension === dim).map((r) => reasonText(lang, r));

describe('an account whose contract still runs', () => {
  it('is an existing customer, not churned, though its last order was 656 days ago', () => {
    expect(row(3).labels.lifecycle).toBe('existing');
    expect(reasons(3, 'lifecycle', 'en')).toEqual(['contract runs to 2025-06-30']);
    expect(reasons(3, 'lifecycle', 'zh-CN')).toEqual(['合同有效至 2025-06-30']);
  });

  it('is dormant, not lost: a customer under contract has not gone', () => {
    expect(row(3).labels.activity).toBe('dormant');
    expect(reasons(3, 'activity', 'en').join(' ')).toContain('contract runs to 2025-06-30');
    expect(reasons(3, 'activity', 'zh-CN').join(' ')).toContain('合同有效至 2025-06-30');
  });

  it('runs on the day it ends', () => {
    expect(row(5).labels.lifecycle).toBe('existing');
    expect(row(5).labels.activity).toBe('dormant');
  });

  it('keeps the reason a recent order gives', () => {
    expect(row(2).labels.lifecycle).toBe('existing');
    expect(reasons(2, 'lifecycle', 'en').join(' ')).not.toContain('contract');
  });
});

describe('an account whose contract has ended, or that has none', () => {
  it('is churned and lost by its last order, as before', () => {
    for (const n of [4, 6]) {
      expect(row(n).labels.lifecycle).toBe('churned');
      expect(row(n).labels.activity).toBe('lost');
    }
  });
});

describe('a contact list with contract ends and no orders', () => {
  it('is no sheet of purchases: the lifecycle stays undecided, not potential', () => {
    const list = classify([
      rec(2, { company: 'Fabrikam Inc.', name: 'Laura Kim', contractEnd: d('2025-03-31') }),
      rec(3, { company: 'Tailspin Toys', name: 'Omar Haddad', contractEnd: d('2024-01-31') }),
    ], DEFAULT_CLASSIFY_SETTINGS, TODAY);
    expect(list.rows.map((r) => r.labels.lifecycle)).toEqual(['unknown', 'unknown']);
    expect(list.rows.map((r) => r.labels.activity)).toEqual(['unknown', 'unknown']);
  });
});

describe("a 4S dealer's owner, his car bought once and its insurance still running", () => {
  it("is gone when never seen since: 保险到期 is the car's policy, not a contract with the dealer", () => {
    const owners = classify([
      rec(2, { name: '孙浩', phone: '15012345678', firstPurchase: d('2022-12-15'), contractEnd: d('2024-12-14'), owner: '王磊' }),
    ], DEFAULT_CLASSIFY_SETTINGS, TODAY);
    expect(owners.rows[0].labels).toMatchObject({ lifecycle: 'churned', activity: 'lost' });
  });
});

describe('an account under contract whose last order date cannot be read', () => {
  it('keeps the reason that says so: the contract changes nothing a churn did not', () => {
    const rows = classify([
      rec(2, { company: '厦门立途汽车零部件集团有限公司', name: '唐蕾', lastPurchase: '2024/4/31', lastContact: d('2024-11-18'), amount: 58150, orders: 1, contractEnd: d('2027-11-12') }),
    ], DEFAULT_CLASSIFY_SETTINGS, TODAY).rows;
    expect(rows[0].labels.lifecycle).toBe('existing');
    expect(rows[0].reasons.filter((r) => r.dimension === 'lifecycle').map((r) => reasonText('zh-CN', r)).join('；')).not.toContain('合同有效至');
  });
});

describe('an account that signed a contract still running and has bought nothing yet', () => {
  // A Salesforce export beside a 合同台账: Fabrikam signed in November, its first order still to come;
  // 杭州云栖 signed a 年框 to 2025-12-31 and has no 下单 yet. Contoso never signed and never bought.
  const rows = classify([
    rec(2, { company: 'Acme Industrial Supply', name: 'John Carter', amount: 12500000, lastPurchase: d('2024-10-02'), contractEnd: d('2024-12-15') }),
    rec(3, { company: 'Fabrikam Inc.', name: 'Laura Kim', contractEnd: d('2025-10-31') }),
    rec(4, { company: '杭州云栖数据科技有限公司', name: '郑晓明', orders: 0, amount: 0, contractEnd: d('2025-12-31') }),
    rec(5, { company: 'Contoso Pharmaceuticals', name: 'Kevin Liu' }),
    rec(6, { company: 'Tailspin Toys', name: 'Omar Haddad', contractEnd: d('2024-01-31') }),
  ], DEFAULT_CLASSIFY_SETTINGS, TODAY).rows;
  const of = (n: number) => rows.find((r) => r.sheetRow === n)!;
  const said = (n: number, lang: 'zh-CN' | 'en') => of(n).reasons.filter((r) => r.dimension === 'lifecycle').map((r) => reasonText(lang, r));

  it('is an existing customer, not potential: a signed, running contract makes a customer', () => {
    expect([3, 4].map((n) => of(n).labels.lifecycle)).toEqual(['existing', 'existing']);
  });

  it('says so in both languages, naming the contract end', () => {
    expect(said(3, 'en')).toEqual(['contract runs to 2025-10-31, no purchase on record yet: a signed customer']);
    expect(said(4, 'zh-CN')).toEqual(['合同有效至 2025-12-31，尚无购买记录：已签约即是客户']);
  });

  it('leaves one who never signed, or whose contract ended, potential as before', () => {
    expect([5, 6].map((n) => of(n).labels.lifecycle)).toEqual(['potential', 'potential']);
  });
});
