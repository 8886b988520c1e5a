/**
 * A time-of-day cell (09:30): a serial below 1 under a format that shows hours but no date. Kept as
 * the number with its format, so an .xlsx gets it back as a time; a CSV gets the time as text.
 */

/**
 * Hours, minutes or seconds shown, and no year or day (text in quotes, escaped characters such as
 * `\d` and [$-F400]-style codes aside; [h] is elapsed hours).
 */
export function isTimeOnlyFormat(format: string | undefined): boolean {
  if (!format) return false;
  const codes = format.replace(/"[^"]*"|\\./g, '').replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[hs]/i.test(codes) && !/[yd]/i.test(codes);
}

/** 'hh:mm', or 'hh:mm:ss' when there are seconds, in 24-hour time; null for a value that is no time of day. */
export function timeOfDayText(serial: number, format: string | undefined): string | null {
  if (!isTimeOnlyFormat(format) || !(serial >= 0 && serial < 1)) return null;
  const total = Math.min(Math.round(serial * 86400), 86399);
  const pad = (n: number) => String(n).padStart(2, '0');
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  return `${pad(h)}:${pad(m)}` + (s > 0 ? `:${pad(s)}` : '');
}
