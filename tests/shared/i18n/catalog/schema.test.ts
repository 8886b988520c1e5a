import { schemaMessages } from '../../../../shared/i18n/catalog/schema';

// {count|# group|# groups} is the placeholder count with its words for one and other (i18n/define.ts).
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]))].sort();

describe('schema messages', () => {
  const keys = Object.keys(schemaMessages.en) as (keyof typeof schemaMessages.en)[];

  it.each(keys)('%s uses the same placeholders in both languages', (key) => {
    expect(placeholders(schemaMessages['zh-CN'][key])).toEqual(placeholders(schemaMessages.en[key]));
  });

  it.each(keys)('%s names the sheet', (key) => {
    expect(placeholders(schemaMessages.en[key])).toContain('sheet');
  });

  it.each(keys)('%s is written in Chinese in the zh-CN catalog', (key) => {
    expect(schemaMessages['zh-CN'][key]).toMatch(/\p{Script=Han}{4,}/u);
  });
});
