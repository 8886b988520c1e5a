/**
 * A message the issues column shows does not start with the cell's value: a phone +61 2 9876 5432
 * first would make the whole text start with +, and a CSV written for Excel would put the formula
 * guard's apostrophe before the message ('+61 2 … is a landline). The value is quoted instead.
 */
import { t } from '../../../shared';
import { FORMULA_TRIGGER } from '../../../cli/io/write-csv';
import { LANGS } from '../../../shared/i18n/define';
import { normalizeMessages } from '../../../shared/i18n/catalog/normalize';
import { validateMessages } from '../../../shared/i18n/catalog/validate';
import { dedupeMessages } from '../../../shared/i18n/catalog/dedupe';

describe('messages about a value quote it, in both languages', () => {
  it.each(LANGS)('a landline in the mobile column (%s)', (lang) => {
    const said = t(lang, 'phone.notMobile', { value: '+61 2 9876 5432' });
    expect(FORMULA_TRIGGER.test(said)).toBe(false);
    expect(said).toMatch(lang === 'en' ? /^"\+61 2 9876 5432" is a landline/ : /^“\+61 2 9876 5432”是座机/);
  });

  it('no message of a cell begins with its raw {value}', () => {
    for (const catalog of [normalizeMessages, validateMessages, dedupeMessages]) {
      for (const lang of LANGS) {
        const first = Object.entries(catalog[lang] as Record<string, string>).filter(([, template]) => template.startsWith('{value}'));
        expect(first.map(([key]) => key)).toEqual([]);
      }
    }
  });
});
