/**
 * Chinese provinces (省份 column of a Chinese sheet): a province written short or long (广东, 广东省;
 * 北京, 北京市; 广西, 广西自治区) is written with its full official name, so the report's customers by
 * region count one 广东省, not 广东 and 广东省 apart. Anything else (广东省深圳市, Guangdong, a typo) is
 * only tidied. Sheets of other regions keep their states as written.
 */
import type { Cell } from '../table/cell';
import type { CleanContext, CleanResult } from './types';
import { changeText, keep } from './result';
import { tidyText } from './text';

/** Official names by short name: 23 provinces, 4 municipalities, 5 autonomous regions, 2 SARs. */
const OFFICIAL: Readonly<Record<string, string>> = {
  北京: '北京市', 天津: '天津市', 上海: '上海市', 重庆: '重庆市',
  河北: '河北省', 山西: '山西省', 辽宁: '辽宁省', 吉林: '吉林省', 黑龙江: '黑龙江省', 江苏: '江苏省', 浙江: '浙江省',
  安徽: '安徽省', 福建: '福建省', 江西: '江西省', 山东: '山东省', 河南: '河南省', 湖北: '湖北省', 湖南: '湖南省',
  广东: '广东省', 海南: '海南省', 四川: '四川省', 贵州: '贵州省', 云南: '云南省', 陕西: '陕西省', 甘肃: '甘肃省',
  青海: '青海省', 台湾: '台湾省',
  内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区',
  香港: '香港特别行政区', 澳门: '澳门特别行政区',
};

/** What may follow the short name in a province cell: 省, 市, 自治区 with or without its people, 特别行政区. */
const SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|特区)$/u;

/** The official name of a province written short or long, or null. */
export function officialProvince(text: string): string | null {
  const bare = text.replace(SUFFIX, '');
  const official = OFFICIAL[bare];
  // 山西市 is no province's name: only the short name or a suffix its own official name ends with.
  return official && (bare === text || official.endsWith(text.slice(bare.length))) ? official : null;
}

export function cleanProvince(cell: Cell, ctx: CleanContext): CleanResult {
  if (cell.kind !== 'text') return keep(cell);
  const tidy = tidyText(cell.value, false);
  const official = ctx.settings.phone.defaultRegion.toUpperCase() === 'CN' ? officialProvince(tidy) : null;
  if (official && official !== tidy) return changeText(cell, official, 'fix.province');
  return changeText(cell, tidy, 'fix.text');
}
