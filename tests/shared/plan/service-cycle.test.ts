/**
 * A customer whose next recurring service is already due ahead (a vet's 疫苗到期 or 驱虫到期 in next
 * year, a garage's 保养到期 or 年检到期) is in the business's cycle, seen once a year: no record gone
 * stale, as a booked 下次保养 is not. A gym's running 会员卡到期 says nothing of a member who stopped
 * coming: he stays the one to call.
 */
import type { Plan } from '../../../shared';
import { planOf } from './helpers';

const staleRows = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'stale').map((r) => r.sheetRow);

// helpers' TODAY is 2024-12-01.
describe('a pet clinic\'s yearly vaccine', () => {
  const plan = planOf([
    ['主人姓名', '手机号', '宠物名', '最近就诊', '疫苗到期', '驱虫到期', '主治医生'],
    ['韩思', '13811112222', '旺财', '2024-02-03', '2025-10-24', '2025-10-25', '孙医生'],
    ['李娜', '13711112222', '豆豆', '2024-02-10', '2024-06-02', '', '林医生'],
    ['王强', '13611112222', '咪咪', '2024-03-01', '', '2025-02-01', '钱医生'],
  ]);

  it('holds no stale reminder for a pet whose vaccine or 驱虫 falls due ahead; reminds where the vaccine lapsed', () => {
    // 豆豆's vaccine lapsed six months ago: an overdue service is listed for a year
    // (remind.contract.serviceOverdueWithinDays), and that reminder says more than "no contact", which it stands in for (one-silence.ts).
    expect(staleRows(plan)).toEqual([]);
    expect(plan.reminders.reminders.filter((r) => r.sheetRow === 3).map((r) => [r.kind, r.reason.code])).toEqual([['contractExpired', 'remind.reason.serviceExpired']]);
  });
});

describe('a garage\'s 保养到期', () => {
  it('holds the stale reminder of an owner whose next service is due ahead', () => {
    const plan = planOf([
      ['车主', '手机', '车牌号', '最近保养', '保养到期', '服务顾问'],
      ['刘洋', '13900002222', '粤B12345', '2024-03-01', '2025-03-01', '周海涛'],
    ]);
    expect(staleRows(plan)).toEqual([]);
  });
});

describe('a gym\'s membership card', () => {
  it('still reminds of a member with a running card who stopped coming', () => {
    const plan = planOf([
      ['会员姓名', '手机', '最近签到', '会员卡到期', '会籍顾问'],
      ['赵敏', '13500003333', '2024-03-01', '2025-06-30', '小王'],
    ]);
    expect(staleRows(plan)).toEqual([2]);
  });
});
