/**
 * The day a membership, a course package or a contract falls due for renewal, however the sheet heads
 * it: a Taiwanese 合約到期日 beside a mainland 合同到期 in one sheet, an English school's Expiry, a gym's
 * Renewal Date, Membership Expires, Renews On or Next Renewal. Each is read as the contract end the
 * reminders use, and the reminder names what ends in the sheet's own word.
 */
import { planOf } from '../plan/helpers';

type Plan = ReturnType<typeof planOf>;
const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)?.field ?? null;
const contractReminders = (plan: Plan) =>
  plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.sheetRow, r.due]);

describe('renewal and expiry headers are the contract end the reminders read', () => {
  // Today is 2024-12-01: each row falls due in 7 days or tomorrow.
  it('a sheet typed by two offices: 合約到期日 (Traditional) and 合同到期 each remind in their own word', () => {
    const plan = planOf([
      ['客戶名稱', '聯絡人', '手機', '合約到期日', '合同到期', '負責人'],
      ['永豐貿易有限公司', '陳大文', '0912-345-678', '2024/12/08', '', '林志明'],
      ['大同電器行', '王小明', '0922-111-222', '', '2024-12-02', '林志明'],
    ]);
    expect([fieldOf(plan, '合約到期日'), fieldOf(plan, '合同到期')]).toEqual(['contractEnd', 'contractEnd']);
    expect(contractReminders(plan)).toEqual([[3, '2024-12-02'], [2, '2024-12-08']]);
  });

  it.each([
    ['Expiry'],
    ['Renewal Date'],
    ['Membership Expires'],
    ['Renews On'],
    ['Renewal Due On'],
    ['Next Renewal'],
    ['Next Renewal Date'],
    ['Membership Renews'],
  ])('an English membership list\'s %s', (header) => {
    const plan = planOf([
      ['Member Name', 'Email', 'Phone', header, 'Coach'],
      ['James Smith', 'james.smith@example.com', '(617) 555-0142', '2024-12-08', 'Tom Baker'],
      ['Amy Chen', 'amy.chen@example.com', '(617) 555-0199', '2024-12-02', 'Tom Baker'],
    ]);
    expect(fieldOf(plan, header)).toBe('contractEnd');
    expect(contractReminders(plan)).toEqual([[3, '2024-12-02'], [2, '2024-12-08']]);
  });
});

describe('what is said of a renewal but is no day', () => {
  it.each([['Auto Renew'], ['Auto-Renewal'], ['Auto Renews'], ['Renewal Amount'], ['Renewal Status']])('%s is no contract end', (header) => {
    const plan = planOf([
      ['Member Name', 'Email', 'Phone', header, 'Coach'],
      ['James Smith', 'james.smith@example.com', '(617) 555-0142', header.startsWith('Auto') ? 'TRUE' : header === 'Renewal Amount' ? '$49.00' : 'Pending', 'Tom Baker'],
    ]);
    expect(fieldOf(plan, header)).not.toBe('contractEnd');
  });

  it('自动续费 (是 / 否) is no contract end; Auto-Renewal Date is the day', () => {
    const zh = planOf([['姓名', '手机', '自动续费', '会员到期'], ['王芳', '13812345678', '是', '2024-12-08']]);
    expect(fieldOf(zh, '自动续费')).not.toBe('contractEnd');
    expect(contractReminders(zh)).toEqual([[2, '2024-12-08']]);
    const en = planOf([['Member Name', 'Email', 'Auto-Renewal Date'], ['James Smith', 'james.smith@example.com', '2024-12-08']]);
    expect(fieldOf(en, 'Auto-Renewal Date')).toBe('contractEnd');
  });
});
