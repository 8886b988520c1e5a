/**
 * A key customer (a top-tier spender, or a VIP by the rule or by the sheet's own mark) silent for more
 * than a year is lost, and lost is where the shop's most valuable customers must be won back: he gets
 * one 挽回 reminder (kind `winBack`), to his owner, with a key that stays the same from run to run, so
 * a weekly digest raises him once, not every week. Before, the dormancy reminder stopped at 365 days
 * and nothing followed: a jeweller's ¥386,000 VIP, a print firm's ¥180,000 A类 account and a tea
 * seller's VIP were nowhere in the reminders (tester h74 #7).
 */
import { run, resolveSettings, type Plan } from '../../../shared';
import { gridOf } from './helpers';

function planOn(rows: string[][], today: string, input: object = {}): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error(JSON.stringify(settings.errors));
  const out = run(gridOf(rows), { settings: settings.settings, today });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const winBacks = (plan: Plan) => plan.reminders.reminders.filter((r) => r.kind === 'winBack');

describe('a jeweller\'s members, no last-contact column', () => {
  const sheet = [
    ['会员卡号', '姓名', '手机号码', '累计消费', '最近购买', '专属顾问', '是否VIP', '备注'],
    ['VIP30001', '黄美玲', '13600012233', '386000', '2023-05-01', '林店长', '是', ''],
    ['VIP30002', '侯国庆', '13600014455', '3200', '2023-02-10', 'Anna', '否', ''],
    ['VIP30003', '普洱大叔', '13800013800', '56000', '2022-12-12', '小周', '是', ''],
    ['VIP30004', '郑国庆', '13600018899', '260000', '2023-03-02', '林店长', '否', '黑名单：退货纠纷'],
    ['VIP30005', '林小红', '13600010011', '158000', '2024-10-15', 'Anna', '否', ''],
  ];
  const plan = planOn(sheet, '2024-12-01');

  it('reminds each lost key customer once, to his owner, to win him back', () => {
    expect(winBacks(plan).map((r) => [r.sheetRow, r.owner]).sort()).toEqual([[2, '林店长'], [4, '小周']]);
  });

  it('says whom and since when, in both languages\' codes', () => {
    const r = winBacks(plan).find((x) => x.sheetRow === 2)!;
    expect(r.reason.code).toBe('remind.reason.winBack');
    expect(r.reason.params).toMatchObject({ label: 'vip', date: '2023-05-01', since: '2024-05-01' });
    expect(r.due).toBe('2024-05-01');
  });

  it('leaves out a lost customer of little value, one blacklisted, and one still active', () => {
    const rows = winBacks(plan).map((r) => r.sheetRow);
    expect(rows).not.toContain(3);
    expect(rows).not.toContain(5);
    expect(rows).not.toContain(6);
  });

  it('is the same reminder a week later (same key and due day): a digest raises it once', () => {
    const later = planOn(sheet, '2024-12-08');
    expect(winBacks(later).map((r) => [r.key, r.due])).toEqual(winBacks(plan).map((r) => [r.key, r.due]));
  });

  it('is counted under its own kind', () => {
    expect(plan.reminders.counts.winBack).toBe(2);
  });
});

describe('a CRM export with a last follow-up column', () => {
  const plan = planOn([
    ['客户名称', '客户级别', '联系人', '联系人手机', '负责人', '最后跟进时间', '成交金额'],
    ['杭州宏图教育科技有限公司', 'A类', '蔡晓', '13711112222', '钉-邓超', '2023-06-30', '180000'],
    ['苏州华丰机械有限公司', 'C类', '张立', '13500135000', '钉-吴敏', '2023-01-20', '8000'],
  ], '2024-12-01');

  it('lists the lost key account as one to win back, not as a stale record counted among the lost', () => {
    const mine = plan.reminders.reminders.filter((r) => r.sheetRow === 2).map((r) => r.kind);
    expect(mine).toEqual(['winBack']);
    expect(plan.reminders.lost.count).toBe(1);
  });
});

describe('a backlog of key customers lost long ago', () => {
  // Run on an old sheet for the first time: the one lost this year is a call to make; the one lost in
  // 2022 is counted among the lost, not listed with this week's calls.
  const sheet = [
    ['姓名', '手机', '累计消费', '最近购买', '负责人'],
    ['黄美玲', '13600012233', '386000', '2023-05-01', '林店长'],
    ['周大福', '13600015566', '420000', '2021-03-15', '林店长'],
  ];

  it('lists only the customer who turned lost within remind.highValueDormant.winBackWithinDays (a year)', () => {
    expect(winBacks(planOn(sheet, '2024-12-01')).map((r) => r.sheetRow)).toEqual([2]);
  });

  it('lists every one with winBackWithinDays null', () => {
    const plan = planOn(sheet, '2024-12-01', { remind: { highValueDormant: { winBackWithinDays: null } } });
    expect(winBacks(plan).map((r) => r.sheetRow).sort()).toEqual([2, 3]);
  });
});

describe('settings', () => {
  it('remind.highValueDormant.winBack false turns it off', () => {
    const plan = planOn([
      ['姓名', '手机', '累计消费', '最近购买', '负责人'],
      ['黄美玲', '13600012233', '386000', '2023-05-01', '林店长'],
    ], '2024-12-01', { remind: { highValueDormant: { winBack: false } } });
    expect(winBacks(plan)).toEqual([]);
  });
});
