/** A landlord's rent ledger (租客台账): one row per lease; the tenant is the customer, the lease his contract. */
import { planOf } from './helpers';

// The tester's ledger, its dates moved to fall around helpers' TODAY (2024-12-01): 李小龙 rents two
// flats for his staff, one lease ending this month; 王丽丽's lease ended last month.
const LEDGER = [
  ['租客', '电话', '身份证号', '房号', '租期开始', '租期结束', '月租金', '押金', '缴费日', '管家', '备注'],
  ['李小龙', '13812340001', '', 'A栋1201', '2024-01-01', '2024-12-20', '4500', '9000', '每月1号', '张姐', ''],
  ['李小龙', '13812340001', '', 'A栋1202', '2024-09-01', '2025-08-31', '4200', '8400', '每月1号', '张姐', '两套都是他租的 给员工住'],
  ['王丽丽', '13998765432', '', 'B栋0803', '2023-11-15', '2024-11-14', '3800', '3800', '每月15号', '张姐', ''],
];

describe('a rent ledger', () => {
  const plan = planOf(LEDGER);

  it('reads the tenant as the customer, the lease as his contract and his 管家 as who holds him', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['name', 'phone', 'idCard', null, 'contractStart', 'contractEnd', null, null, null, 'owner', 'notes']);
    expect(plan.reminders.reminders.map((r) => r.owner)).not.toContain('');
  });

  it('reminds of a lease ending and of one ended', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind.startsWith('contract')).map((r) => [r.kind, r.sheetRow, r.customer, r.due])).toEqual([
      ['contractExpired', 4, '王丽丽', '2024-11-14'],
      ['contract', 2, '李小龙', '2024-12-20'],
    ]);
  });

  it('one tenant\'s two leases are no duplicates to fold', () => {
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review']]);
  });

  it('an English ledger: Tenant, Lease Start, Lease End', () => {
    const en = planOf([
      ['Tenant', 'Phone', 'Unit', 'Lease Start', 'Lease End', 'Monthly Rent'],
      ['Grace Lee', '(415) 555-0101', '12B', '01/01/2024', '12/20/2024', '2400'],
    ], { phone: { defaultRegion: 'US' } });
    expect(en.columns.map((c) => c.field)).toEqual(['name', 'phone', null, 'contractStart', 'contractEnd', null]);
    expect(en.reminders.reminders.map((r) => [r.kind, r.customer, r.due])).toEqual([['contract', 'Grace Lee', '2024-12-20']]);
  });
});
