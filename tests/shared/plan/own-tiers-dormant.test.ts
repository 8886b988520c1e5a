/** The dormant high-value reminder on a sheet whose team tiers its customers A/B/C with levels of its own. */
import { planOf } from './helpers';
import { resolveSettings } from '../../../shared';

const SHEET = [
  ['客户名称', '手机', '累计金额', '最近购买'],
  // Six months without an order (today is 2024-12-01): dormant.
  ['华东精工机械有限公司', '13812345678', '1500000', '2024-06-01'],
  ['锦程物流有限公司', '13900001111', '300000', '2024-06-01'],
  ['新锐医药科技有限公司', '13700002222', '2000000', '2024-11-20'],
];
const level = (id: string, value: number | null) => ({
  id,
  label: { 'zh-CN': `${id}类`, en: id },
  when: value === null ? { field: 'amount', op: 'notEmpty' } : { field: 'amount', op: 'gte', value },
});
const ABC = { classify: { tier: [level('A', 1_000_000), level('B', 200_000), level('C', null), { id: 'unknown' }], vip: null } };
const dormantReminders = (input: object) => planOf(SHEET, input).reminders.reminders.filter((r) => r.kind === 'highValueDormant');

describe('own tier ids and the dormant high-value reminder', () => {
  it('reminds of the top tier (A) going quiet when the settings leave its tiers alone', () => {
    expect(dormantReminders(ABC).map((r) => r.customer)).toEqual(['华东精工机械有限公司']);
  });

  it('takes the default to mean the first level the tier rules define', () => {
    const resolved = resolveSettings(ABC);
    expect(resolved.ok && resolved.settings.remind.highValueDormant.tiers).toEqual(['A']);
  });

  it('keeps tiers the user wrote: A and B both', () => {
    expect(dormantReminders({ ...ABC, remind: { highValueDormant: { tiers: ['A', 'B'] } } }).map((r) => r.customer)).toEqual(['华东精工机械有限公司', '锦程物流有限公司']);
  });

  it('keeps high with the built-in tiers', () => {
    const resolved = resolveSettings({});
    expect(resolved.ok && resolved.settings.remind.highValueDormant.tiers).toEqual(['high']);
  });

  it('refuses a tiers list naming no level the tier rules give', () => {
    const resolved = resolveSettings({ ...ABC, remind: { highValueDormant: { tiers: ['high'] } } });
    expect(resolved.ok).toBe(false);
    expect(!resolved.ok && resolved.errors.map((e) => e.code)).toEqual(['remind.settings.unknownTier']);
  });
});
