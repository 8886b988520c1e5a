/**
 * The region a block heading names: a sales sheet kept as one block per region (【华东】 over its
 * customers, then 【华南】) and no region column of its own had no region at all, in the report's
 * table by region nor for a rule on the region. The heading's region is each row's under it, read as
 * its rep is (table/heading-owner.ts), never written into a cell. A heading that names a class or a
 * period (【重点客户】, 【2024年新客户】) names no region. Rules as data.
 */
import { officialProvince } from '../normalize/province';
// The bracketed title a rep's heading is read from (【张经理】): a region's 【华东】, 〖浙江〗, [EMEA] is the same shape.
import { BRACKETED } from './heading-owner';

/** An English sheet's heading that says it is a region: Region: South, Territory - West Coast. */
const SAID_REGION = /^(?:region|area|territory)\s*[:：-]\s*(\S.{0,18})$/iu;

/** China's sales regions (大区), as the sheets and the trade words of sniff-column.ts write them. */
const CN_REGIONS: ReadonlySet<string> = new Set(['华东', '华南', '华北', '华中', '西南', '西北', '东北', '华西', '东南']);
/** What may follow a region's name: 【华东区】, 【华南大区】, 【西南片区】. */
const CN_REGION_SUFFIX = /(?:大区|片区|地区|区域|区)$/u;
/** Big cities that head a block of their own; a province or 直辖市 (上海, 北京) is found by officialProvince. */
const CN_CITIES: ReadonlySet<string> = new Set([
  '深圳', '广州', '杭州', '南京', '苏州', '成都', '武汉', '西安', '青岛', '厦门', '宁波', '大连', '沈阳', '长沙', '郑州', '济南',
  '合肥', '福州', '昆明', '东莞', '佛山', '无锡', '长春', '哈尔滨', '石家庄', '南宁', '贵阳', '南昌', '太原', '温州', '珠海',
]);
/**
 * An English sheet's regions, lower case: compass points, coasts and the trade's continents
 * (EMEA, APAC), each alone or with Region/Area/Territory after it.
 */
const LATIN_REGIONS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'north east', 'north west', 'south east', 'south west',
  'northern', 'southern', 'eastern', 'western', 'midwest', 'mid-atlantic', 'midlands', 'west coast', 'east coast', 'gulf coast', 'pacific northwest',
  'emea', 'apac', 'latam', 'amer', 'americas', 'north america', 'south america', 'europe', 'asia', 'asia pacific', 'middle east', 'africa', 'anz', 'dach', 'nordics', 'benelux',
]);
const LATIN_REGION_SUFFIX = /\s+(?:region|area|territory)$/iu;

/** Whether `inner`, a heading's words, names a region, a province or a big city. */
function namesRegion(inner: string): boolean {
  const han = inner.replace(CN_REGION_SUFFIX, '');
  if (CN_REGIONS.has(han)) return true;
  // A province by its name, short or long (浙江, 广东省), never by its one-character 简称 (新, 云).
  if (/^\p{Script=Han}{2,}$/u.test(inner) && officialProvince(inner, false) !== null) return true;
  if (CN_CITIES.has(inner.replace(/市$/u, ''))) return true;
  return LATIN_REGIONS.has(inner.replace(LATIN_REGION_SUFFIX, '').toLowerCase());
}

/**
 * The region a heading row's lone text (NFKC, trimmed) names, as the sheet writes it (华东, 广东省,
 * EMEA, South), or null for a heading that names none (【重点客户】, 【张经理】).
 */
export function headingRegion(label: string): string | null {
  const found = BRACKETED.exec(label) ?? SAID_REGION.exec(label);
  // Unbracketed, only a region that says it is one: 华东区, 华南大区, East Region.
  if (!found && !CN_REGION_SUFFIX.test(label) && !LATIN_REGION_SUFFIX.test(label)) return null;
  const inner = found ? found[1].trim() : label;
  return namesRegion(inner) ? inner : null;
}
