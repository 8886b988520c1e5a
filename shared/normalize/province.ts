/**
 * Chinese provinces (省份 column of a Chinese sheet): a province written short or long (广东, 广东省;
 * 北京, 北京市; 广西, 广西自治区; 粤, 内蒙, Guangdong) is written the way its column writes most of
 * its provinces (provinceForm): a dealer list of 浙江 / 江苏 keeps its short names and has its odd
 * 浙江省 written 浙江, a CRM export of 浙江省 keeps its full names and has its odd 粤 written 广东省.
 * A column that writes its regions in Latin letters (Google Contacts' Address 1 - Region: Guangdong
 * beside CA, NY, Ontario, and an English formatted address) keeps every cell as written.
 * The report, the rules and the duplicate finder read one province either way (officialProvince).
 * Anything else (广东省深圳市, a typo) is only tidied. Sheets of other regions keep their states as written.
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

/** Short names by official name (浙江省 → 浙江, 广西壮族自治区 → 广西). */
const SHORT: ReadonlyMap<string, string> = new Map(Object.entries(OFFICIAL).map(([short, official]) => [official, short]));

/**
 * Other ways a province is written: its one-character abbreviation (简称: 粤, 沪, 京, as on number
 * plates), a short name cut after its people (内蒙, 广西壮族), and its name in pinyin or English
 * (Guangdong, Inner Mongolia, Hong Kong), folded to lower case without spaces.
 */
const OTHER_NAMES: Readonly<Record<string, string>> = {
  京: '北京', 津: '天津', 沪: '上海', 渝: '重庆', 冀: '河北', 晋: '山西', 辽: '辽宁', 吉: '吉林', 黑: '黑龙江', 苏: '江苏',
  浙: '浙江', 皖: '安徽', 闽: '福建', 赣: '江西', 鲁: '山东', 豫: '河南', 鄂: '湖北', 湘: '湖南', 粤: '广东', 琼: '海南',
  川: '四川', 蜀: '四川', 黔: '贵州', 贵: '贵州', 滇: '云南', 云: '云南', 陕: '陕西', 秦: '陕西', 甘: '甘肃', 陇: '甘肃',
  青: '青海', 台: '台湾', 蒙: '内蒙古', 桂: '广西', 藏: '西藏', 宁: '宁夏', 新: '新疆', 港: '香港', 澳: '澳门',
  内蒙: '内蒙古', 广西壮族: '广西', 宁夏回族: '宁夏', 新疆维吾尔: '新疆',
  beijing: '北京', tianjin: '天津', shanghai: '上海', chongqing: '重庆', hebei: '河北', shanxi: '山西', liaoning: '辽宁',
  jilin: '吉林', heilongjiang: '黑龙江', jiangsu: '江苏', zhejiang: '浙江', anhui: '安徽', fujian: '福建', jiangxi: '江西',
  shandong: '山东', henan: '河南', hubei: '湖北', hunan: '湖南', guangdong: '广东', hainan: '海南', sichuan: '四川',
  guizhou: '贵州', yunnan: '云南', shaanxi: '陕西', gansu: '甘肃', qinghai: '青海', taiwan: '台湾', neimenggu: '内蒙古',
  innermongolia: '内蒙古', guangxi: '广西', xizang: '西藏', tibet: '西藏', ningxia: '宁夏', xinjiang: '新疆',
  hongkong: '香港', xianggang: '香港', macau: '澳门', macao: '澳门', aomen: '澳门',
};

/** Pinyin or English names with what may follow them (Guangdong Province, Beijing Shi, Xinjiang Uygur Autonomous Region). */
const LATIN_SUFFIX = /(?:province|sheng|shi|city|municipality|(?:zhuang|hui|uygur|uyghur)?(?:autonomousregion|zizhiqu)|sar|specialadministrativeregion)$/;

/** What may follow the short name in a province cell: 省, 市, 自治区 with or without its people, 特别行政区. */
const SUFFIX = /(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|特区)$/u;

/** The official name of a province written short or long (`latin`: or in pinyin or English), or null. */
export function officialProvince(text: string, latin = true): string | null {
  const bare = text.replace(SUFFIX, '');
  const official = OFFICIAL[bare];
  // 山西市 is no province's name: only the short name or a suffix its own official name ends with.
  if (official) return bare === text || official.endsWith(text.slice(bare.length)) ? official : null;
  const other = OTHER_NAMES[bare] ?? (latin ? OTHER_NAMES[text.toLowerCase().replace(/[\s.'-]+/g, '').replace(LATIN_SUFFIX, '')] : undefined);
  return other ? OFFICIAL[other] : null;
}

/**
 * How a province column writes its provinces: by their short names (浙江), their full ones (浙江省),
 * or in Latin letters (Guangdong, CA, Ontario: an English address book's regions).
 */
export type ProvinceForm = 'short' | 'full' | 'latin';

/** How one cell is written, for the column's vote: its form, or only its script (粤, 华东: Chinese of no form). */
type Written = ProvinceForm | 'han';

/** Letters of the Latin script with what an English region is written with (Inner Mongolia, St. John's, Québec). */
const LATIN_WRITTEN = /^(?=.*\p{Script=Latin})[\p{Script=Latin}\p{M}\s.,'’()&-]+$/u;
const HAN = /\p{Script=Han}/u;

/**
 * How a cell is written, by the first test it passes (rules as data): a short name, a full name, Latin
 * letters, other Chinese. A cell of none (digits, 'N/A') takes no side.
 */
const WRITTEN_AS: readonly { as: Written; test: (tidy: string) => boolean }[] = [
  { as: 'short', test: (tidy) => OFFICIAL[tidy] !== undefined },
  { as: 'full', test: (tidy) => SHORT.has(tidy) },
  { as: 'latin', test: (tidy) => LATIN_WRITTEN.test(tidy) },
  { as: 'han', test: (tidy) => HAN.test(tidy) },
];

/**
 * The form most of a column's provinces are written in. A column whose cells are more often in Latin
 * letters than in Chinese is 'latin' (Guangdong beside CA and NY: the user's English address book).
 * Otherwise only cells that are a short name (浙江) or a full one (浙江省) exactly count; 粤,
 * Guangdong and a city name take no side. As many short as full, or none of either: full, the
 * official name.
 */
export function provinceForm(cells: Iterable<Cell>): ProvinceForm {
  const count: Record<Written, number> = { short: 0, full: 0, latin: 0, han: 0 };
  const seen = new Map<string, Written | null>();
  for (const cell of cells) {
    if (cell.kind !== 'text') continue;
    let form = seen.get(cell.value);
    if (form === undefined) {
      const tidy = tidyText(cell.value, false);
      seen.set(cell.value, (form = WRITTEN_AS.find((w) => w.test(tidy))?.as ?? null));
    }
    if (form !== null) count[form]++;
  }
  if (count.latin > count.short + count.full + count.han) return 'latin';
  return count.short > count.full ? 'short' : 'full';
}

export function cleanProvince(cell: Cell, ctx: CleanContext): CleanResult {
  if (cell.kind !== 'text') return keep(cell);
  const tidy = tidyText(cell.value, false);
  // Guangdong in a Chinese sheet is 广东省; an English sheet of Chinese customers keeps its pinyin, and
  // so does a column written in English (the address beside it is English too): only tidied.
  const official = ctx.settings.phone.defaultRegion.toUpperCase() === 'CN' && ctx.provinceForm !== 'latin' ? officialProvince(tidy, ctx.settings.language === 'zh-CN') : null;
  const written = official !== null && ctx.provinceForm === 'short' ? SHORT.get(official)! : official;
  if (written && written !== tidy) return changeText(cell, written, 'fix.province');
  return changeText(cell, tidy, 'fix.text');
}
