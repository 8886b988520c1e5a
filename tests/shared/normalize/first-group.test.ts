/**
 * A Chinese landline in another country's grouping (07523 456789, a London mobile) is said, and the
 * cleaner asks the other countries only when the number's first group could be theirs: no country
 * writes a first group of more than LONGEST_FIRST_GROUP digits. These hold that bound to
 * libphonenumber's own national formats, and the cleaner's answers on both sides of it.
 */
import metadata from 'libphonenumber-js/metadata.max.json';
import { cleanCell } from '../../../shared/normalize';
import { LONGEST_FIRST_GROUP } from '../../../shared/normalize/phone';
import type { Cell } from '../../../shared/table/cell';
import { ctxFor } from './context';

const text = (value: string): Cell => ({ kind: 'text', value });

/** The most characters a pattern of the metadata matches (its quantifiers are all bounded). */
function longest(src: string): number {
  let i = 0;
  const alternatives = (): number => {
    let best = sequence();
    while (src[i] === '|') {
      i++;
      best = Math.max(best, sequence());
    }
    return best;
  };
  const sequence = (): number => {
    let total = 0;
    while (i < src.length && src[i] !== '|' && src[i] !== ')') total += repeated(atom());
    return total;
  };
  const atom = (): number => {
    if (src[i] === '(') {
      i += src[i + 1] === '?' ? 3 : 1;
      const inner = alternatives();
      i++;
      return inner;
    }
    if (src[i] === '[') {
      while (src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    } else if (src[i] === '\\') i++;
    i++;
    return 1;
  };
  const repeated = (one: number): number => {
    if (src[i] === '{') {
      const end = src.indexOf('}', i);
      const [low, high = low] = src.slice(i + 1, end).split(',');
      i = end + 1;
      return high === '' ? Infinity : one * Number(high);
    }
    if (src[i] === '*' || src[i] === '+') {
      i++;
      return Infinity;
    }
    if (src[i] === '?') i++;
    return one;
  };
  return alternatives();
}

/** The longest text each capture group of a format's pattern matches, in order. */
function groupLengths(pattern: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '(' && pattern[i + 1] !== '?') {
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        if (pattern[j] === '\\') j++;
        else if (pattern[j] === '(') depth++;
        else if (pattern[j] === ')' && --depth === 0) break;
      }
      out.push(longest(pattern.slice(i + 1, j)));
    }
  }
  return out;
}

/** The longest run of digits a national format can begin with (after any bracket) before a separator, with or without its trunk prefix rule. */
function longestFirstGroup(): { digits: number; where: string } {
  let best = { digits: 0, where: '' };
  const countries = (metadata as unknown as { countries: Record<string, unknown[]> }).countries;
  for (const [country, data] of Object.entries(countries)) {
    const formats = (data[4] || []) as [string, string, unknown, string?][];
    const countryRule = data[6] as string | undefined;
    for (const [pattern, format, , rule] of formats) {
      const groups = groupLengths(pattern);
      for (const prefixRule of [rule || countryRule, undefined]) {
        const written = prefixRule ? format.replace('$1', prefixRule) : format;
        let k = 0;
        while (k < written.length && !/\d/.test(written[k]) && !(written[k] === '$' && /\d/.test(written[k + 1] ?? ''))) k++;
        let digits = 0;
        for (;;) {
          if (/\d/.test(written[k] ?? '')) {
            digits++;
            k++;
          } else if (written[k] === '$' && /\d/.test(written[k + 1] ?? '')) {
            digits += groups[Number(written[k + 1]) - 1];
            k += 2;
          } else break;
        }
        // A group the format writes with nothing after it (Bolivia's 8 digits in one) is no first group: FIRST_GROUP wants a separator.
        if (!/[\s().-]/.test(written[k] ?? '')) continue;
        if (digits > best.digits) best = { digits, where: `${country} ${pattern} → ${written}` };
      }
    }
  }
  return best;
}

describe('the first group of a number as a country writes it', () => {
  it('is never longer than LONGEST_FIRST_GROUP digits in any national format libphonenumber knows', () => {
    const { digits, where } = longestFirstGroup();
    expect({ digits, where }).toEqual({ digits: LONGEST_FIRST_GROUP, where: expect.any(String) });
  });

  it('of six digits is still looked for abroad: a British mobile typed 07523 456789 is said, not made a Huizhou landline', () => {
    const r = cleanCell(text('07523 456789'), ctxFor('phone'));
    expect(r.cell).toEqual(text('07523 456789'));
    expect(r.findings.map((f) => f.code)).toEqual(['phone.writtenAbroad']);
  });

  it.each([
    ['075566453513-728', '0755-66453513-728'],
    ['075566453513 分机728', '0755-66453513-728'],
    ['02546825943 ext.560', '025-46825943-560'],
  ])('of more digits is the Chinese landline typed without its hyphen: %s is written %s, nothing said', (raw, written) => {
    const r = cleanCell(text(raw), ctxFor('phone'));
    expect(r.cell).toEqual(text(written));
    expect(r.findings).toEqual([]);
  });
});
