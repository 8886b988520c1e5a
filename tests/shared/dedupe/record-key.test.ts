/**
 * A sheet's record-key column (HubSpot's Record ID, a shop's 会员编号) is its customer-number column unless
 * that column is a register running down the rows (客户编号 KH0001, KH0002 …). A merge asks the same of the
 * column for the accounts its totals join, so it passes its own remembered answer instead of reading every
 * row again.
 */
import { recordKeyCol } from '../../../shared/dedupe/record-key';
import { table } from './helpers';

describe('recordKeyCol', () => {
  const crm = table(['customerId', 'name', 'mobile'], [
    { customerId: '51234001', name: '王建国', mobile: '13800138000' },
    { customerId: '51234118', name: '李娜', mobile: '13912345678' },
    { customerId: '51239002', name: '张伟', mobile: '13711112222' },
  ], ['Record ID', '姓名', '手机']);
  const register = table(['customerId', 'name', 'mobile'], [
    { customerId: 'KH0001', name: '王建国', mobile: '13800138000' },
    { customerId: 'KH0002', name: '李娜', mobile: '13912345678' },
    { customerId: 'KH0003', name: '王建国', mobile: '13800138000' },
  ], ['客户编号', '姓名', '手机']);

  it('is the customer-number column of a CRM export, and none of a register running down the rows', () => {
    expect(recordKeyCol(crm.table, crm.fieldCols)).toBe(0);
    expect(recordKeyCol(register.table, register.fieldCols)).toBeUndefined();
  });

  it("takes the caller's answer to whether the column is a register, asking it of that column only", () => {
    const asked: number[] = [];
    expect(recordKeyCol(crm.table, crm.fieldCols, (col) => (asked.push(col), true))).toBeUndefined();
    expect(recordKeyCol(register.table, register.fieldCols, (col) => (asked.push(col), false))).toBe(0);
    expect(asked).toEqual([0, 0]);
  });

  it('is none on a sheet without a customer-number column', () => {
    const plain = table(['name', 'mobile'], [{ name: '王建国', mobile: '13800138000' }]);
    expect(recordKeyCol(plain.table, plain.fieldCols, () => false)).toBeUndefined();
  });
});
