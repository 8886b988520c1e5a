/** A lunar month and day as written in Chinese: 正月初一, 三月十五, 冬月廿三, 腊月三十. */

const MONTHS = ['正', '二', '三', '四', '五', '六', '七', '八', '九', '十', '冬', '腊'];
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function lunarDayText(day: number): string {
  if (day <= 10) return `初${DIGITS[day]}`;
  if (day < 20) return `十${DIGITS[day - 10]}`;
  if (day === 20) return '二十';
  if (day < 30) return `廿${DIGITS[day - 20]}`;
  return '三十';
}

/** A lunar month's name: 正月, 三月, 冬月, 腊月. */
export function lunarMonthText(month: number): string {
  return `${MONTHS[month - 1]}月`;
}

export function lunarText(month: number, day: number): string {
  return `${lunarMonthText(month)}${lunarDayText(day)}`;
}
