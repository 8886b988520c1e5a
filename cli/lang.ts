/** Which language the command line speaks: --lang, else the settings file, else the locale (LC_ALL, LC_MESSAGES, LANG). */
import type { Lang } from '../shared';

export function isLang(value: unknown): value is Lang {
  return value === 'zh-CN' || value === 'en';
}

/** POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG; the first one set decides. */
export function localeLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  return /^zh/i.test(locale) ? 'zh-CN' : 'en';
}

export function pickLang(flag: Lang | undefined, config: unknown, env: Readonly<Record<string, string | undefined>>): Lang {
  if (flag) return flag;
  const fromConfig = config && typeof config === 'object' ? (config as { language?: unknown }).language : undefined;
  return isLang(fromConfig) ? fromConfig : localeLang(env);
}
