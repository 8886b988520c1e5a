/**
 * One desk's number typed three ways (0755-86001234 转 602, 0755-86001234-602, 0755 8600 1234 ext. 602)
 * is one number and one extension: written one way, and the same landline for the duplicate finder.
 * Another extension on that switchboard is a colleague's desk: said against, never one customer.
 */
import { cellText } from '../../../shared';
import { after, planOf } from './helpers';

const SHEET = [
  ['姓名', '公司', '电话', '负责人'],
  ['张海涛', '深圳海涛科技有限公司', '0755-86001234 转 602', '黄婷'],
  ['张海涛', '深圳海涛科技有限公司', '0755-86001234-602', '孙浩'],
  ['张海涛', '深圳海涛科技', '0755 8600 1234 ext. 602', '孙浩'],
  ['李明', '深圳海涛科技有限公司', '0755-86001234 转 603', '黄婷'],
  ['张伟', '广州南方物流', '020-38881234转8001', '黄婷'],
  ['张伟', '广州南方物流', '020 3888 1234 ext 8002', '孙浩'],
];

describe('extensions typed differently', () => {
  const plan = planOf(SHEET);
  const groupOf = (row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));

  it('are written one way, the extension kept', () => {
    for (const row of [2, 4]) expect(cellText(after(plan, row, '电话')!)).toBe('0755-86001234-602');
    expect(cellText(after(plan, 5, '电话')!)).toBe('0755-86001234-603');
  });

  it('one desk typed three ways is one customer’s landline', () => {
    const g = groupOf(2)!;
    expect(g.rows).toEqual([2, 3, 4]);
    expect(g.reasons.map((r) => r.code)).toContain('dedupe.reason.landline.same');
  });

  it('another extension of the switchboard is a colleague: not grouped with the desk, and said against a namesake', () => {
    expect(groupOf(5)).toBeUndefined();
    const namesakes = groupOf(6)!;
    expect(namesakes.confidence).toBe('review');
    expect(namesakes.reasons.filter((r) => r.evidence === 'against').map((r) => r.code)).toContain('dedupe.reason.landline.extension');
  });
});
