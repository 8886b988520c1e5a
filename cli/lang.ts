/** Which language the command line speaks: --lang, else the settings file, else the locale (LC_ALL, LC_MESSAGES, LANG). */
import type { Grid, Lang } from '../shared';

export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en';
}

/** POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG; the first one set decides. */
export function localeLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

export function pickLang(flag: Lang | undefined, config: unknown, env: Readonly<Record<string, string | undefined>>): Lang {
  return flag ?? configLang(config) ?? localeLang(env);
}

/** The language the settings file names, if it names one we speak. */
function configLang(config: unknown): Lang | undefined {
  const value = config && typeof config === 'object' ? (config as { language?: unknown }).language : undefined;
  return isLang(value) ? value : undefined;
}

/**
 * Nothing chose the language: no --lang, none in the settings file, and a locale that names none (a
 * server's C locale). The sheet's own words then decide (sheetLang), once it is read.
 */
export function langLeftOpen(flag: Lang | undefined, config: unknown, env: Readonly<Record<string, string | undefined>>): boolean {
  return flag === undefined && configLang(config) === undefined && !localeNamesLanguage(env);
}

/** The locale names a language (zh_CN.UTF-8, en_US …); C, POSIX and no locale at all name none. */
export function localeNamesLanguage(env: Readonly<Record<string, string | undefined>>): boolean {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return locale !== '' && !/^(?:C|POSIX)(?:[.@]|$)/i.test(locale);
}

/** Rows looked at for the sheet's own language: a title and the header are enough. */
const LANG_ROWS = 10;

/**
 * The language of a sheet's own words, for a run nothing else chose one for (a server's C locale):
 * Chinese when its first rows hold Chinese characters, so a Chinese sheet gets 整理问题, not
 * "Sheet Keeper issues", and its summary in Chinese.
 */
export function sheetLang(grid: Grid): Lang {
  return sheetWordsLang(grid) ?? 'en';
}

/**
 * The language a sheet's own words name: Chinese when its first rows hold Chinese characters, English
 * when they hold other letters, none when they hold no words at all (an empty workbook, rows left
 * blank, numbers alone), whose refusal is then said in both, as the reading line is.
 */
export function sheetWordsLang(grid: Grid): Lang | undefined {
  let letters = false;
  for (const row of grid.cells.slice(0, LANG_ROWS)) {
    for (const cell of row) {
      if (cell.kind !== 'text') continue;
      if (/\p{Script=Han}/u.test(cell.value)) return 'zh-CN';
      letters ||= /\p{L}/u.test(cell.value);
    }
  }
  return letters ? 'en' : undefined;
}
