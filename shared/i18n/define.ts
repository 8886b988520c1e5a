/**
 * Typed message catalogs: every catalog is written once in English and once in Chinese, and a key
 * missing from either language is a compile error (`defineMessages` checks both directions).
 * Placeholders are `{name}` and are filled from a message's parameters.
 */

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export type Catalog<K extends string> = { en: Record<K, string>; 'zh-CN': Record<K, string> };

export function defineMessages<const E extends Record<string, string>>(
  en: E,
  zh: { [K in keyof E]: string },
): Catalog<Extract<keyof E, string>> {
  return { en, 'zh-CN': zh } as Catalog<Extract<keyof E, string>>;
}

export type Params = Readonly<Record<string, string | number>>;

export function format(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
