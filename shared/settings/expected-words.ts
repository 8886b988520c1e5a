/**
 * What a setting must be, in the words of each language: the schema says `object | null`, `>= 1`,
 * `/^[A-Z]{2}$/` or an enum list, which a user reading Chinese should not have to translate
 * ("应为 object").
 */
const TYPE_WORDS: Readonly<Record<string, { en: string; zh: string }>> = {
  object: { en: 'an object in braces ({ … })', zh: '花括号里的对象（{ … }）' },
  array: { en: 'a list in square brackets ([ … ])', zh: '方括号里的列表（[ … ]）' },
  string: { en: 'text in double quotes', zh: '双引号里的文字' },
  number: { en: 'a number', zh: '数字' },
  integer: { en: 'a whole number', zh: '整数' },
  boolean: { en: 'true or false', zh: 'true 或 false' },
  null: { en: 'null', zh: 'null' },
};

const PATTERN_WORDS: Readonly<Record<string, { en: string; zh: string }>> = {
  '/^[A-Z]{2}$/': { en: 'CN, US, GB … (ISO 3166-1, capitals)', zh: 'CN、US、GB 等两位大写字母（ISO 3166-1）' },
  '/^[A-Z]{3}$/': { en: 'CNY, USD, HKD … (ISO 4217, capitals)', zh: 'CNY、USD、HKD 等三位大写字母（ISO 4217）' },
};

/** `expected` of a schema violation (schema.ts checkSchema) as English and Chinese words. */
export function expectedWords(expected: string): { en: string; zh: string } {
  const pattern = PATTERN_WORDS[expected];
  if (pattern) return pattern;
  const bound = /^([<>])= (-?[\d.]+)$/.exec(expected);
  if (bound) {
    return bound[1] === '>'
      ? { en: `a number of at least ${bound[2]}`, zh: `不小于 ${bound[2]} 的数` }
      : { en: `a number of at most ${bound[2]}`, zh: `不大于 ${bound[2]} 的数` };
  }
  const types = expected.split(' | ');
  if (types.every((t) => TYPE_WORDS[t])) {
    return { en: types.map((t) => TYPE_WORDS[t].en).join(' or '), zh: types.map((t) => TYPE_WORDS[t].zh).join('或') };
  }
  // An enum list: "national", "international", "e164".
  if (expected.startsWith('"') && expected.includes('", "')) return { en: `one of ${expected}`, zh: `以下之一：${expected.replace(/", "/g, '"、"')}` };
  return { en: expected, zh: expected };
}
