/**
 * A booking cancelled (已退单, 退订, 取消订单, Cancelled booking) ends the deal, as 退学 or 解约 does
 * (tester h71 finding 16: a wedding's 备注 已退单，定金不退 stayed 现有客户 / 活跃, and its 尾款 would be
 * chased). A cancelled appointment (取消预约) is no deal ended: he is to be booked again.
 */
import { readStandingText } from '../../../shared/remind/standing';
import { remarkSays } from '../../../shared/remind/remark-words';
import { planOf } from '../plan/helpers';

describe('words of a booking cancelled', () => {
  it.each<[string, string | null]>([
    ['已退单', 'ended'], ['退单', 'ended'], ['已退订', 'ended'], ['取消订单', 'ended'], ['订单已取消', 'ended'],
    ['Cancelled booking', 'ended'], ['Booking cancelled', 'ended'], ['Booking canceled - deposit kept', 'ended'],
    ['取消预约', null], ['预约改期', null], ['Booking confirmed', null],
  ])('status %j → %s', (status, expected) => {
    expect(readStandingText(status)).toBe(expected);
  });

  it.each<[string, string | null]>([
    ['已退单，定金不退', 'left'],
    ['退订（男方家里有事）', 'left'],
    ['Cancelled booking, deposit not refunded', 'left'],
    ['差点退单，已安抚', null],
    ['客户取消了预约，改天再约', null],
  ])('remark %j → %s', (remark, expected) => {
    expect(remarkSays({ kind: 'text', value: remark })).toBe(expected);
  });
});

describe('a wedding planner\'s book (today 2024-12-01)', () => {
  const plan = planOf([
    ['新郎', '联系电话', '婚期', '合同金额', '尾款到期日', '策划师', '备注'],
    ['赵一鸣', '13812345678', '2024-12-20', '68800', '2024-12-06', '小周', '尾款未付'],
    ['周子豪', '13912345678', '2025-05-01', '88800', '2024-12-08', '阿杰', '已退单，定金不退'],
    ['陈浩然', '13712345678', '2025-03-15', '58800', '2025-02-15', 'Lily', ''],
  ]);
  const balanceRows = plan.reminders.reminders.filter((r) => r.kind === 'contract' || r.kind === 'contractExpired').map((r) => r.sheetRow);

  it('chases no balance of the cancelled booking, still the others\'', () => {
    expect(balanceRows).toContain(2);
    expect(balanceRows).not.toContain(3);
  });

  it('classes the couple who cancelled as churned, and says why on the remark', () => {
    expect(plan.classification.rows.find((r) => r.sheetRow === 3)?.labels.lifecycle).toBe('churned');
    expect(plan.issues.find((i) => i.sheetRow === 3 && i.field === 'notes')?.code).toBe('rule.noteSaysLeft');
  });
});
