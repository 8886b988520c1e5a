/**
 * A workbook keeps the other party its customer sheet names beside it: a letting agent's Landlords tab
 * next to Tenancies, whose Landlord column names them; a shop's 供应商 tab next to its 进货 column. Such
 * a tab is a list to look up, not one more customer sheet (tester h73 #25: the run added an "Across
 * sheets" sheet saying nobody was in both, and suggested --sheet for it). A second tab of customers (another
 * rep's, another year's) is still one.
 */
import { DEFAULT_SETTINGS, holdsPartyList, unreadColumnValues, type Cell } from '../../../shared';
import { num, text } from '../../../shared/table/cell';

const grid = (rows: (string | number)[][]): Cell[][] => rows.map((r) => r.map((v) => (typeof v === 'number' ? num(v) : text(v))));
const isPartyList = (customers: Cell[][], other: Cell[][]) => holdsPartyList(other, DEFAULT_SETTINGS, 1, unreadColumnValues(customers, DEFAULT_SETTINGS));

const TENANCIES = grid([
  ['Ref', 'Tenant Name', 'Mobile', 'Tenancy End', 'Negotiator', 'Landlord'],
  ['NL0028', 'Nora Yardley', '07327 361345', '2027-05-22', 'Priya Nair', 'Oakridge Property Ltd'],
  ['NL0035', 'Zoe Zamora', '07857 711434', '2027-07-29', 'Sam Hughes', 'Mrs L. Chen'],
  ['NL0042', 'Owen Price', '07700 900701', '2026-12-31', 'Sam Hughes', 'Mr G. Whitworth'],
  ['NL0047', 'Freya Lindqvist', '07700 900702', '2026-12-10', 'Priya Nair', 'Mr G. Whitworth'],
]);

describe('a list of the party a customer sheet names is no customer sheet', () => {
  it('a Landlords tab of the landlords the tenancies name', () => {
    const landlords = grid([['Landlord', 'Phone', 'Email', 'Properties'], ['Mr G. Whitworth', '07700 901001', 'g.whitworth@btinternet.com', 3], ['Oakridge Property Ltd', '0161 496 0700', 'lettings@oakridge.co.uk', 5]]);
    expect(isPartyList(TENANCIES, landlords)).toBe(true);
  });

  it('a 供应商 tab of the suppliers a shop\'s 进货 sheet names', () => {
    const shop = grid([['客户姓名', '手机', '最近进货', '供应商'], ['王建国', '13874561234', '2024-11-02', '长沙华联食品'], ['刘红', '13907315566', '2024-10-15', '湘潭永盛商贸'], ['陈志', '13975112233', '2024-09-01', '长沙华联食品']]);
    const suppliers = grid([['客户名称', '联系电话'], ['长沙华联食品', '0731-84567788'], ['湘潭永盛商贸', '0731-58821234']]);
    expect(isPartyList(shop, suppliers)).toBe(true);
  });

  it('another tab of tenants is a customer sheet still', () => {
    const lastYear = grid([['Tenant Name', 'Mobile', 'Tenancy End'], ['Owen Price', '07700 900701', '2025-12-31'], ['Hannah Cole', '07700 900777', '2025-08-31']]);
    expect(isPartyList(TENANCIES, lastYear)).toBe(false);
  });

  it('a landlords tab most of whose names the tenancies never name is a sheet of its own', () => {
    const landlords = grid([['Landlord', 'Phone'], ['Mr G. Whitworth', '07700 901001'], ['Dale Estates', '0161 496 0701'], ['K. Patel', '0161 496 0702']]);
    expect(isPartyList(TENANCIES, landlords)).toBe(false);
  });
});
