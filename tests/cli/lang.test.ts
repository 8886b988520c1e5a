import { localeLang, localeNamesLanguage, pickLang, sheetLang, sheetWordsLang } from '../../cli/lang';
import { gridOf } from './helpers';

describe('localeLang', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN', 'mainland Chinese locale'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh-CN', 'any Chinese locale reads Chinese messages'],
    [{ LANG: 'en_US.UTF-8' }, 'en', 'English'],
    [{ LANG: 'C' }, 'en', 'the C locale'],
    [{}, 'en', 'no locale at all'],
    [{ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh-CN', 'LC_ALL overrides LANG'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en', 'LC_ALL overrides LANG the other way too'],
    [{ LC_ALL: '', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US' }, 'zh-CN', 'an empty LC_ALL does not count'],
  ])('%j → %s (%s)', (env, expected, _why) => {
    expect(localeLang(env)).toBe(expected);
  });
});

describe('pickLang', () => {
  const zhEnv = { LANG: 'zh_CN.UTF-8' };
  it.each([
    ['en', { language: 'zh-CN' }, zhEnv, 'en', '--lang wins'],
    [undefined, { language: 'en' }, zhEnv, 'en', 'then the settings file'],
    [undefined, { language: 'fr' }, zhEnv, 'zh-CN', 'an unsupported setting is ignored here (the settings check reports it)'],
    [undefined, undefined, zhEnv, 'zh-CN', 'then the locale'],
    [undefined, ['en'], {}, 'en', 'a settings file that is not an object'],
  ] as const)('%s / %j / %j → %s (%s)', (flag, config, env, expected, _why) => {
    expect(pickLang(flag, config, env)).toBe(expected);
  });
});

describe('localeNamesLanguage', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, true],
    [{ LANG: 'en_US.UTF-8' }, true],
    [{ LANG: 'C.UTF-8' }, false],
    [{ LANG: 'C' }, false],
    [{ LC_ALL: 'POSIX' }, false],
    [{}, false],
  ])('%j → %s', (env, expected) => {
    expect(localeNamesLanguage(env)).toBe(expected);
  });
});

describe('sheetLang: a run nothing else chose a language for speaks the sheet\'s', () => {
  it.each([
    [[['华东区客户名单'], ['姓名', '手机']], 'zh-CN'],
    [[['Name', 'Phone'], ['张伟', '13812345678']], 'zh-CN'],
    [[['First Name', 'Phone'], ['Ann', '(646) 743-7902']], 'en'],
  ] as const)('%j → %s', (rows, lang) => {
    expect(sheetLang(gridOf(rows.map((r) => [...r])))).toBe(lang);
  });
});

describe('sheetWordsLang: a sheet of no words names no language', () => {
  it.each<[string[][], 'zh-CN' | 'en' | undefined, string]>([
    [[], undefined, 'an empty workbook'],
    [[['', ''], ['', '']], undefined, 'rows left blank'],
    [[['13812345678', '56000'], ['2024-10-01', '12,000']], undefined, 'numbers and dates alone'],
    [[['2024年客户名单']], 'zh-CN', 'a Chinese title'],
    [[['Customer list 2024']], 'en', 'an English title'],
  ])('%j → %s (%s)', (rows, lang) => {
    expect(sheetWordsLang(gridOf(rows))).toBe(lang);
  });
});
