/**
 * Scaling decimal text by a power of ten by moving the point in the string, so that 1.2万 is
 * exactly 12000 (1.2 * 10000 in floating point is 12000.000000000002).
 */

/**
 * `digits` (like 1234.50, no sign, no separators) times 10^exp, as decimal text; a negative exp
 * moves the point left (3千 in a column of 万元 is 0.3).
 */
export function shiftDecimal(digits: string, exp: number): string {
  if (exp < 0) {
    const [int, frac = ''] = digits.split('.');
    const padded = int.padStart(-exp + 1, '0');
    const cut = padded.length + exp;
    const i = padded.slice(0, cut).replace(/^0+(?=\d)/, '') || '0';
    const f = (padded.slice(cut) + frac).replace(/0+$/, '');
    return f ? `${i}.${f}` : i;
  }
  const [int, frac = ''] = digits.split('.');
  const whole = exp <= frac.length ? int + frac.slice(0, exp) : int + frac + '0'.repeat(exp - frac.length);
  const rest = exp <= frac.length ? frac.slice(exp) : '';
  const i = whole.replace(/^0+(?=\d)/, '') || '0';
  const f = rest.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

/** Sums money without float drift (0.1 + 0.2): in units of the smallest decimal written. */
export function sumExactly(values: readonly number[]): number {
  const scale = decimalScale(values);
  return values.reduce((s, v) => s + Math.round(v * scale), 0) / scale;
}

/** 10 to the most decimals any of `values` is written with (at most 6): the unit `sumExactly` adds in. */
export function decimalScale(values: Iterable<number>): number {
  let places = 0;
  for (const v of values) places = Math.max(places, (String(v).split('.')[1] ?? '').length);
  return 10 ** Math.min(6, places);
}
