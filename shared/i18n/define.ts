/**
 * Typed message catalogs: every catalog is written once in English and once in Chinese, and a key
 * missing from either language is a compile error (`defineMessages` checks both directions).
 * Placeholders are `{name}` and are filled from a message's parameters; `{name|one|other}` is the
 * words that agree with the number `name` (`in {days|# day|# days}`, `{days|tomorrow|in # days}`),
 * `#` standing for the number: English says "in 1 day", where Chinese needs no such form (还有 1 天).
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

/** A placeholder, plain or with its words for one and for other counts. */
export const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/;

export function format(template: string, params: Params = {}): string {
  return template.replace(new RegExp(PLACEHOLDER.source, 'g'), (whole, name: string, one?: string, other?: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (one === undefined || other === undefined) return String(value);
    // English has one singular, 1; every other count (0 included) is plural.
    return (Number(value) === 1 ? one : other).replace(/#/g, String(value));
  });
}
