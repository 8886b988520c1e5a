/**
 * A settings mistake is said as what was found and what to write instead, in zh-CN and en: a number
 * in quotes is a quoted number (not "must be a list of different day counts" of a list whose counts
 * differ), a text where a list goes is a text, 45天 is a number with a unit, 14.5 is no whole number,
 * "yes" is no true; a field id nobody has (phone_number, region) comes with the one that was meant;
 * a notDuplicates mark of one row is said to need two. No stray spaces in the Chinese sentences.
 */
import { messageText, resolveSettings, type Lang } from '../../../shared';

function said(input: unknown, lang: Lang): string[] {
  const r = resolveSettings(input);
  if (r.ok) return [];
  return r.errors.map((e) => messageText(lang, e.code, e.params));
}

describe('what was found, said for each mistake (en)', () => {
  it.each<[string, unknown, string]>([
    ['a day count in quotes inside the steps', { remind: { contract: { steps: [60, 30, '7'] } } },
      'remind.contract.steps holds "7" in quotes, which JSON reads as text. Write the list with numbers only: [60, 30, 7].'],
    ['the steps as one text', { remind: { contract: { steps: '60,30,7' } } },
      'remind.contract.steps is the text "60,30,7", not a list. Write the values in square brackets, without quotes: [60, 30, 7].'],
    ['a step twice', { remind: { contract: { steps: [60, 30, 7, 7] } } },
      'remind.contract.steps names 7 more than once; each day count goes in once: [60, 30, 7].'],
    ['days with a unit', { remind: { stale: { days: '45天' } } },
      'remind.stale.days is the text "45天", but it takes a number alone (no unit, no quotes). Write 45.'],
    ['days in quotes', { remind: { stale: { days: '45' } } },
      'remind.stale.days is "45", a number in quotes, which JSON reads as text. Write it without the quotes: 45.'],
    ['half a day', { remind: { birthday: { daysAhead: 14.5 } } },
      'remind.birthday.daysAhead is 14.5, but it counts whole days. Write a whole number, such as 14.'],
    ['yes for a switch', { remind: { birthday: { enabled: 'yes' } } },
      'remind.birthday.enabled is "yes" in quotes; it takes true or false without quotes. Write true.'],
    ['a number out of range', { remind: { stale: { days: 0 } } },
      'days at remind.stale.days is 0, but it must be a whole number of days from 1 to 36500. Correct it, or remove it to use the default.'],
    ['a negative weight', { dedupe: { weights: { company: -1 } } },
      'In the duplicate-finding settings (dedupe), weights.company is -1, below 0: a weight takes 0 or more (0 switches it off).'],
    ['dormant before active', { classify: { activity: { preset: 'activityByRecency', activeDays: 180, dormantDays: 90 } } },
      'Preset "activityByRecency": dormantDays at classify.activity.dormantDays is 90, less than activeDays (180). A customer turns dormant after the active days are over, so dormantDays takes at least activeDays (e.g. activeDays 90, dormantDays 365).'],
    ['a required field by a name it does not have', { validation: { requiredFields: ['name', 'phone_number'] } },
      'Settings: "validation.requiredFields[1]" is "phone_number", which is no field id: did you mean "phone" (Phone)? Correct it in the settings (or the --config file) and run again.'],
    ['an override to a field by a header word', { headers: { overrides: { Region: 'region' } } },
      'Settings: "headers.overrides.Region" is "region", which is no field id: did you mean "province" (Province)? Correct it in the settings (or the --config file) and run again.'],
    ['a notDuplicates mark of one row', { notDuplicates: [['fp1c5a61d346f283']] },
      'Settings: "notDuplicates[0]" holds one fingerprint ("fp1c5a61d346f283"): a mark says which rows are not duplicates of each other, so it names two or more. Add the other rows\' fingerprints from the group\'s "fingerprints" in the JSON report (--json), or remove the mark.'],
  ])('%s', (_why, input, expected) => {
    expect(said(input, 'en')).toEqual([expected]);
  });
});

describe('the same in Chinese, without stray spaces', () => {
  it.each<[string, unknown, string]>([
    ['a day count in quotes inside the steps', { remind: { contract: { steps: [60, 30, '7'] } } },
      'remind.contract.steps 中的 "7" 带了引号，JSON 会把它当作文字。请列表中只写数字：[60, 30, 7]。'],
    ['the steps as one text', { remind: { contract: { steps: '60,30,7' } } },
      'remind.contract.steps 的值是文字 "60,30,7"，不是列表。请把各个值写在方括号里，不加引号：[60, 30, 7]。'],
    ['days with a unit', { remind: { stale: { days: '45天' } } },
      'remind.stale.days 的值是文字 "45天"，这里只能写数字（不带单位，不加引号）。请写成 45。'],
    ['half a day', { remind: { birthday: { daysAhead: 14.5 } } },
      'remind.birthday.daysAhead 的值是 14.5，但这里按整天计数。请写整数，例如 14。'],
    ['yes for a switch', { remind: { birthday: { enabled: 'yes' } } },
      'remind.birthday.enabled 的值是带引号的 "yes"；这里只能写不带引号的 true 或 false。请写成 true。'],
    ['a number out of range', { remind: { stale: { days: 0 } } },
      'remind.stale.days 处的 days 为 0，应为整数天数（1 到 36500）。请改正，或删除它以使用默认值。'],
    ['dormant before active', { classify: { activity: { preset: 'activityByRecency', activeDays: 180, dormantDays: 90 } } },
      '预设“activityByRecency”：classify.activity.dormantDays 处的 dormantDays 为 90，小于 activeDays（180）。客户在活跃期结束后才转为休眠，所以 dormantDays 不能小于 activeDays（例如 activeDays 90，dormantDays 365）。'],
    ['a required field by a name it does not have', { validation: { requiredFields: ['name', 'phone_number'] } },
      '设置项“validation.requiredFields[1]”的值是 "phone_number"，不是字段 ID：是不是要写 "phone"（电话）？请在设置（或 --config 文件）中改正后重试。'],
    ['a notDuplicates mark of one row', { notDuplicates: [['fp1c5a61d346f283']] },
      '设置项“notDuplicates[0]”只写了一个指纹（"fp1c5a61d346f283"）：标记说明哪些行彼此不是重复，所以至少要写两个。请从 JSON 报告（--json）中该组的 "fingerprints" 补上其他行的指纹，或删除这个标记。'],
  ])('%s', (_why, input, expected) => {
    expect(said(input, 'zh-CN')).toEqual([expected]);
  });

  it('a value the settings expect is said without a space before it (必须是 互不相同 …, 必须是 不小于 …)', () => {
    const all = [
      { remind: { contract: { steps: [30, 30, 7, 1, 2, 3, 4, 5, 6, 8, 9] } } },
      { remind: { birthday: { feb29: 'mar01' } } },
      { classify: { lifecycle: { preset: 'lifecycleByPurchase', churnDays: -1 } } },
      { classify: { tier: { preset: 'tierByRfm', thresholds: [20] } } },
    ].flatMap((input) => said(input, 'zh-CN'));
    expect(all.length).toBeGreaterThan(0);
    for (const text of all) expect(text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/);
  });
});
