/**
 * What is wrong with a setting's value, said as what was found and what to write: the usual slips
 * of someone writing JSON by hand (a number in quotes, 45天 with its unit, 14.5 days, "yes" for true,
 * "60,30,7" for a list) are each named as such. A message that only repeats what the value must be
 * ("a list of different day counts") leaves the user to find the difference himself.
 */
import { settingsError, type SettingsError } from '../classify/settings-error';

/** The kind of value a setting takes, for what a wrong one is said to be. */
export type Want = 'boolean' | 'wholeDays' | 'dayList';

/** A number written as a JSON number would be: 7, 0.5, -3. */
const NUMBER_TEXT = /^\s*-?\d+(?:\.\d+)?\s*$/;

/** The value as the user wrote it, shortened. */
export function shownValue(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/**
 * The slip `value` is for a setting of kind `want` at `path`, or null when it is none of the usual
 * ones (a number out of range, a list of other things): the caller then says what the value must be.
 */
export function misfit(value: unknown, want: Want, path: string): SettingsError | null {
  switch (want) {
    case 'boolean':
      if (typeof value !== 'string') return null;
      return settingsError('settings.misfit.quotedBoolean', path, { text: value, example: String(meantBoolean(value)) });
    case 'wholeDays':
      return daysMisfit(value, path);
    case 'dayList':
      return dayListMisfit(value, path);
  }
}

/** "yes", "是", "on", "1", "true" mean true; anything else is taken to mean false only when it says so. */
function meantBoolean(text: string): boolean {
  return !/^\s*(?:false|no|n|off|0|否|不|关|关闭|不要)\s*$/i.test(text);
}

function daysMisfit(value: unknown, path: string): SettingsError | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Number.isInteger(value)) return null;
    return settingsError('settings.misfit.fraction', path, { value: shownValue(value), example: Math.max(0, Math.floor(value)) });
  }
  if (typeof value !== 'string') return null;
  if (NUMBER_TEXT.test(value)) return settingsError('settings.misfit.quotedNumber', path, { text: value, example: String(Number(value)) });
  // 45天, 30 days, 两周 has no digits to offer: the caller's words say what it takes.
  const digits = /\d+/.exec(value);
  return digits ? settingsError('settings.misfit.textNumber', path, { text: value, example: String(Number(digits[0])) }) : null;
}

function dayListMisfit(value: unknown, path: string): SettingsError | null {
  if (typeof value === 'string') {
    const numbers = value.match(/\d+/g);
    return numbers ? settingsError('settings.misfit.textList', path, { text: value, example: listText(numbers.map(Number)) }) : null;
  }
  if (!Array.isArray(value)) return null;
  const quoted = value.find((x): x is string => typeof x === 'string' && NUMBER_TEXT.test(x));
  if (quoted !== undefined) {
    const fixed = value.map((x) => (typeof x === 'string' && NUMBER_TEXT.test(x) ? Number(x) : x));
    return settingsError('settings.misfit.quotedItem', path, { text: quoted, example: listText(fixed) });
  }
  const twice = value.find((x, i) => typeof x === 'number' && value.indexOf(x) !== i);
  if (twice !== undefined) return settingsError('settings.misfit.repeatedItem', path, { item: shownValue(twice), example: listText([...new Set(value)]) });
  return null;
}

const listText = (items: readonly unknown[]) => `[${items.map((x) => shownValue(x)).join(', ')}]`;
