/** A reminder line is found again on the next run by what identifies it, its kind read by family (h61, 8). */
import { kindFamily, reminderKeys } from '../../../cli/io/reminder-rows';

const day = new Date('2026-12-08T00:00:00Z');

describe('the family of a reminder kind', () => {
  it.each([
    ['合同已到期', '合同即将到期'],
    ['Contract expired', 'Contract ending'],
    ['续约已逾期', '续约到期'],
    ['Renewal overdue', 'Renewal due'],
    ['年检已到期', '年检即将到期'],
    ['"保险" expired', '"保险" ending'],
    ['Policy expired', 'Policy ending'],
  ])('%s is the %s it was', (expired, soon) => {
    expect(kindFamily(expired)).toBe(soon);
    expect(kindFamily(soon)).toBe(soon);
  });

  it.each(['生日', '待跟进', 'Birthday', '长期未联系'])('%s is its own', (kind) => {
    expect(kindFamily(kind)).toBe(kind);
  });
});

describe('keys of a contract line before and after its day', () => {
  const soon = reminderKeys(['刘洋', '合同即将到期', '陈志远 · 广州恒通物流有限公司', 3, day]);
  const expired = reminderKeys(['刘洋', '合同已到期', '陈志远 · 广州恒通物流有限公司', 3, day]);

  it('share a key at the same level, after the exact ones', () => {
    expect(soon).toHaveLength(expired.length);
    expect(soon.slice(0, 3).some((k) => expired.slice(0, 3).includes(k))).toBe(false);
    expect(soon.slice(3)).toEqual(expired.slice(3));
  });

  it('share none with a birthday on that row and day', () => {
    const birthday = reminderKeys(['刘洋', '生日', '陈志远 · 广州恒通物流有限公司', 3, day]);
    expect(birthday.some((k) => soon.includes(k))).toBe(false);
  });
});
