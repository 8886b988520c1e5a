/** Keys written twice in a settings file: JSON.parse silently keeps only the last. */
import { duplicateKeys } from '../../../shared/settings/duplicate-keys';

describe('duplicateKeys', () => {
  it('finds a section written twice, with its path', () => {
    const text = '{\n  "remind": { "birthday": { "daysAhead": 3 } },\n  "language": "zh-CN",\n  "remind": { "stale": { "days": 90 } }\n}';
    expect(duplicateKeys(text)).toEqual(['remind']);
  });

  it('finds a key twice inside a nested object, and not the same key in two objects', () => {
    expect(duplicateKeys('{"classify": {"tier": {"preset": "tierByAmount"}, "tier": null}, "remind": {"tier": 1}}')).toEqual(['classify.tier']);
    expect(duplicateKeys('{"a": {"x": 1}, "b": {"x": 2}, "c": [{"x": 1}, {"x": 2}]}')).toEqual([]);
  });

  it('reads keys and values with quotes and escapes in them as the strings they are', () => {
    expect(duplicateKeys('{"headers": {"overrides": {"手机\\"号": "mobile", "a:b": "ignore", "手机\\"号": "phone"}}}')).toEqual(['headers.overrides.手机"号']);
    expect(duplicateKeys('{"k": "{\\"k\\": 1}", "v": ["k", "k"]}')).toEqual([]);
  });
});
