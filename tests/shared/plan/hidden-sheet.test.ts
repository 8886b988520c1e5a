/**
 * A hidden customer tab the run leaves uncleaned (a departed rep's 陈静(离职)): the reminders `--sheet`
 * on it would raise, and which of them cannot wait for someone to think of running it.
 */
import { hiddenSheetReminders, isUrgent, resolveSettings } from '../../../shared';
import { gridOf } from './helpers';

describe('a reminder that cannot wait: a date due within 7 days, or overdue', () => {
  it.each([
    ['contract', 4, true, 'a contract ending in four days'],
    ['contract', 7, true, 'the ladder\'s 7-day step'],
    ['contract', 20, false, 'a contract ending in three weeks can wait for the weekly run'],
    ['contractExpired', -3, true, 'a contract that ended three days ago'],
    ['followUp', -2, true, 'a follow-up missed two days ago'],
    ['followUp', 0, true, 'a follow-up due today'],
    ['birthday', 6, true, 'a birthday this week'],
    ['birthday', 12, false, 'a birthday in twelve days'],
    ['stale', -200, false, 'a record untouched for long is a state, not a date coming up'],
    ['highValueDormant', -30, false, 'a dormant VIP is a state too'],
  ] as const)('%s, %i days left: %s (%s)', (kind, daysLeft, urgent, _why) => {
    expect(isUrgent({ kind, daysLeft })).toBe(urgent);
  });
});

describe("陈静(离职)'s hidden tab, read on 2026-12-01 with the workbook's settings", () => {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const grid = gridOf([
    ['客户名称', '联系人', '手机', '客户状态', '合同到期', '下次回访'],
    ['合肥徽商百货', '许徽', '13903030301', '已签约', '2026-12-05', ''],
    ['杭州明远纺织有限公司', '周明', '13901010103', '已签约', '2027-06-30', ''],
    ['南京金陵家居', '金岭', '13903030303', '已签约', '2026-12-20', '2026-11-25'],
  ], '陈静(离职)');
  const read = hiddenSheetReminders(grid, { settings: settings.settings, today: '2026-12-01', customerTabs: 3 })!;

  it('holds the reminders --sheet on it raises: 许徽\'s contract in 4 days, 金岭\'s in 19 and his follow-up missed on 11-25', () => {
    expect(read.sheet).toBe('陈静(离职)');
    expect(read.reminders.map((r) => [r.kind, r.sheetRow, r.daysLeft]).sort()).toEqual([['contract', 2, 4], ['contract', 4, 19], ['followUp', 4, -6]].sort());
  });

  it('of which the contract ending in 4 days and the missed follow-up cannot wait', () => {
    expect(read.urgent.map((r) => [r.kind, r.sheetRow]).sort()).toEqual([['contract', 2], ['followUp', 4]].sort());
  });

  it('no one owns them: the tab is a departed rep\'s', () => {
    expect(read.reminders.map((r) => r.owner)).toEqual(read.reminders.map(() => ''));
  });

  it('is null for a hidden sheet that holds no customer table', () => {
    expect(hiddenSheetReminders(gridOf([['已签约'], ['跟进中'], ['已流失']], '下拉选项'), { settings: settings.settings, today: '2026-12-01' })).toBeNull();
  });
});
