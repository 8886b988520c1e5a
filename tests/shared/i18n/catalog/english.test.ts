/** The English catalog reads in English: Chinese only where a message quotes what a Chinese sheet holds. */
import { classifyMessages } from '../../../../shared/i18n/catalog/classify';
import { coreMessages } from '../../../../shared/i18n/catalog/core';
import { dedupeMessages } from '../../../../shared/i18n/catalog/dedupe';
import { normalizeMessages } from '../../../../shared/i18n/catalog/normalize';
import { remindMessages } from '../../../../shared/i18n/catalog/remind';
import { reportMessages } from '../../../../shared/i18n/catalog/report';
import { schemaMessages } from '../../../../shared/i18n/catalog/schema';
import { titleMessages } from '../../../../shared/i18n/catalog/titles';
import { validateMessages } from '../../../../shared/i18n/catalog/validate';

/** English messages that may hold Chinese, each with what it quotes. */
const QUOTES_A_SHEET: Record<string, string> = {
  'fix.amount': 'the units 万 and 亿 typed in amounts',
  'fix.plate': 'a Chinese licence plate, before and after',
  'fix.province': 'a province name, before and after',
  'sheet.struckRows': 'the status word 作废 to write in a Chinese sheet',
  'fix.gender': 'the words typed for a gender, before and after',
  'date.lunarUnread': 'how to write a lunar date so that it is read',
  'sheet.noHeader': 'the Chinese headers it also reads',
  'title.phone.dead': 'the words typed for a dead number',
  'title.date.partialBirthday': 'a decade of birth as typed (80后)',
  'title.date.relative': 'relative dates as typed',
  'title.amount.approximate': 'approximate amounts as typed',
  'title.amount.perPeriod': 'an amount per year as typed',
  'title.amount.unitSuspicious': 'the unit 万',
  'title.cell.ditto': 'the word typed for "as above"',
  'rule.birthdayLunarOfIdCard': 'how a lunar birthday is written',
};

const catalogs = [classifyMessages, coreMessages, dedupeMessages, normalizeMessages, remindMessages, reportMessages, schemaMessages, titleMessages, validateMessages];
const english = catalogs.flatMap((c) => Object.entries(c.en as Record<string, string>));

describe('the English catalog', () => {
  it.each(english)('%s is English but for what it quotes of a sheet', (key, message) => {
    if (!(key in QUOTES_A_SHEET)) expect(message).not.toMatch(/\p{Script=Han}/u);
  });
});
