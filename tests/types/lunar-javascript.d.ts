/**
 * The part of 6tail's lunar-javascript (https://github.com/6tail/lunar-javascript, no typings of its
 * own) the lunar tests use: an astronomical Chinese calendar (new moons and solar terms computed in
 * Beijing time) that our table is checked against. A leap month is a negative month number there.
 */
declare module 'lunar-javascript' {
  export interface LunarMonth {
    getYear(): number;
    /** 1–12; negative for the leap month (-6: 闰六月). */
    getMonth(): number;
    getDayCount(): number;
    isLeap(): boolean;
  }
  export interface LunarYear {
    getLeapMonth(): number;
    /** The months of this lunar year in order, the leap month after the month it repeats. */
    getMonthsInYear(): LunarMonth[];
  }
  export const LunarYear: { fromYear(year: number): LunarYear };
  export interface Solar {
    toYmd(): string;
    getLunar(): Lunar;
  }
  export interface Lunar {
    getYear(): number;
    getMonth(): number;
    getDay(): number;
    getSolar(): Solar;
  }
  export const Lunar: { fromYmd(year: number, month: number, day: number): Lunar };
  export const Solar: { fromYmd(year: number, month: number, day: number): Solar };
}
