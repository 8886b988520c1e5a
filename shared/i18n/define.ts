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
  return fill(parseTemplate(template), params);
}

/** A placeholder of a parsed template: its name, its text as written, and its words for one and other counts. */
interface Slot {
  name: string;
  whole: string;
  one?: string;
  other?: string;
}

/** A template taken apart once: literal texts and placeholders, in order. */
export type ParsedTemplate = readonly (string | Slot)[];

/** Splits a template at its placeholders, as `format` finds them (left to right, none overlapping). */
export function parseTemplate(template: string): ParsedTemplate {
  const parts: (string | Slot)[] = [];
  const re = new RegExp(PLACEHOLDER.source, 'g');
  let at = 0;
  for (let m = re.exec(template); m !== null; m = re.exec(template)) {
    if (m.index > at) parts.push(template.slice(at, m.index));
    parts.push({ name: m[1], whole: m[0], one: m[2], other: m[3] });
    at = m.index + m[0].length;
  }
  if (at < template.length) parts.push(template.slice(at));
  return parts;
}

/**
 * A parsed template with its parameters: the same text as `format`, without a regular expression
 * or a callback per message (reasons and reminders render one or more per row).
 */
export function fill(parts: ParsedTemplate, params: Params = {}): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if (!Object.prototype.hasOwnProperty.call(params, part.name)) out += part.whole;
    else {
      const value = params[part.name];
      if (part.one === undefined || part.other === undefined) out += String(value);
      // English has one singular, 1; every other count (0 included) is plural.
      else out += (Number(value) === 1 ? part.one : part.other).replace(/#/g, String(value));
    }
  }
  return out;
}
