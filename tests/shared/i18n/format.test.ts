import { format, type Params } from '../../../shared/i18n/define';

describe('format: placeholders, and words that agree with a number', () => {
  it.each<[string, Params, string, string]>([
    ['Turns {age} on {date}', { age: 54, date: '2026-12-02' }, 'Turns 54 on 2026-12-02', 'plain placeholders'],
    ['in {days|# day|# days}', { days: 1 }, 'in 1 day', 'one: the singular'],
    ['in {days|# day|# days}', { days: 4 }, 'in 4 days', 'other: the plural'],
    ['in {days|# day|# days}', { days: 0 }, 'in 0 days', 'zero is plural in English'],
    ['{days|tomorrow|in # days}', { days: 1 }, 'tomorrow', 'a word instead of the number'],
    ['{days|tomorrow|in # days}', { days: 3 }, 'in 3 days', ''],
    ['{days|# day|# days}', {}, '{days|# day|# days}', 'a missing parameter shows the placeholder, as a plain one does'],
  ])('%j with %j → %j (%s)', (template, params, expected) => {
    expect(format(template, params)).toBe(expected);
  });
});
