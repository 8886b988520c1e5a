/** Which two rows of one customer name the same thing by their fields (one-thing.ts): the car, the flat, the contract. */
import { fieldsNameOneThing } from '../../../shared/dedupe/one-thing';
import { records, type RowSpec } from './helpers';

const one = (a: RowSpec, b: RowSpec) => {
  const [x, y] = records([a, b]);
  return fieldsNameOneThing(x, y);
};

describe('fieldsNameOneThing', () => {
  it.each<[string, RowSpec, RowSpec, boolean]>([
    ['one VIN, the copy typed in lower case with a dash', { vin: 'LVGBE40K8KP123456' }, { vin: 'lvgbe40k8-kp123456' }, true],
    ['two VINs, whatever the plates say (a car sold on with its plate)', { vin: 'LVGBE40K8KP123456', plate: '粤B12345' }, { vin: 'LFV2A21K5M4012345', plate: '粤B12345' }, false],
    ['one plate with and without its dot, no VIN', { plate: '粤B12345' }, { plate: '粤b·12345' }, true],
    ['未上牌 names no car', { plate: '未上牌' }, { plate: '未上牌' }, false],
    ['one flat: 3号楼502 and 3-502', { listing: '绿地海珀', listingUnit: '3号楼502' }, { listing: '绿地海珀', listingUnit: '3-502' }, true],
    ['an estate without its unit says less: no proof of one flat', { listing: '绿地海珀' }, { listing: '绿地海珀', listingUnit: '3-502' }, false],
    ['one policy number, brackets and width aside', { orderId: '(2024)PDAA4403' }, { orderId: '（2024）pdaa4403' }, true],
    ['two contract numbers', { orderId: 'HT-2024-001' }, { orderId: 'HT-2024-007' }, false],
    ['a placeholder is no number', { orderId: '无' }, { orderId: '无' }, false],
    ['rows naming nothing', { name: '张伟' }, { name: '张伟' }, false],
  ])('%s', (_why, a, b, expected) => {
    expect(one(a, b)).toBe(expected);
  });
});
