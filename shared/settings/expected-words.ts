/**
 * What a setting must be, in the words of each language: the schema says `object | null`, `>= 1`
 * or an enum list, which a user reading Chinese should not have to translate ("应为 object"). The
 * two code patterns (/^[A-Z]{3}$/, /^[A-Z]{2}$/) are said by codes.ts, which knows the codes that
 * exist: "capitals" alone sent users to RMB and UK.
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

/** `expected` of a schema violation (schema.ts checkSchema) as English and Chinese words. */
export function expectedWords(expected: string): { en: string; zh: string } {
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
