/**
 * The countries a sheet's country column names (Shopify's Country and Country Code, HubSpot's
 * Country/Region, Salesforce's Mailing Country, Xero's POCountry, 国家), by the region whose phone
 * numbers and postcodes a row of it holds. Data, lower case, accents kept as typed (the reader folds
 * them away on both sides: México and Mexico are one key).
 *
 * Any two-letter code libphonenumber knows (MX, ES, NL…) is read as itself without being listed; the
 * lists hold the names and the other codes: alpha-3 (MEX), the common English names and the names a
 * platform's picklist writes (Korea, Republic of; Viet Nam), the country's own name where customers
 * type it (España, Deutschland), and the Chinese name a 国家 column holds.
 */
import { isSupportedCountry } from 'libphonenumber-js/max';
import { isPlaceholder } from '../normalize/placeholder';
import { officialProvince } from '../normalize/province';

/**
 * The countries customer lists name most, written every common way. Their alpha-3 codes are here
 * too: SAP, Salesforce and government forms write them (MEX, ESP, NLD).
 */
const COMMON: Readonly<Record<string, readonly string[]>> = {
  CN: ['cn', 'chn', 'china', 'prc', 'people\'s republic of china', 'china mainland', 'mainland china', '中国', '中国大陆', '大陆', '中华人民共和国', '中國'],
  US: ['us', 'usa', 'u.s.', 'u.s.a.', 'united states', 'united states of america', 'america', '美国', '美國'],
  CA: ['ca', 'can', 'canada', '加拿大'],
  GB: ['gb', 'gbr', 'uk', 'u.k.', 'united kingdom', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland', 'united kingdom of great britain and northern ireland', '英国', '英國'],
  IE: ['ie', 'irl', 'ireland', 'republic of ireland', 'éire', '爱尔兰'],
  AU: ['au', 'aus', 'australia', '澳大利亚', '澳洲'],
  NZ: ['nz', 'nzl', 'new zealand', 'aotearoa', 'aotearoa new zealand', '新西兰'],
  SG: ['sg', 'sgp', 'singapore', '新加坡'],
  // Written in simplified and in traditional characters alike (中國香港, 香港特別行政區, 澳門): a Taiwan or
  // Hong Kong sheet names its customers' places so.
  HK: ['hk', 'hkg', 'hong kong', 'hong kong sar', 'hong kong sar china', 'hong kong, china', '香港', '中国香港', '中国香港特别行政区', '香港特别行政区', '中國香港', '香港特別行政區', '中國香港特別行政區', '香港特区', '香港特區'],
  MO: ['mo', 'mac', 'macau', 'macao', 'macao sar china', 'macau sar', '澳门', '中国澳门', '中国澳门特别行政区', '澳门特别行政区', '澳門', '中國澳門', '澳門特別行政區', '中國澳門特別行政區'],
  // 台湾省 is how a mainland form names Taiwan: no province of China's numbering plan.
  TW: ['tw', 'twn', 'taiwan', 'taiwan, province of china', '台湾', '中国台湾', '台灣', '臺灣', '台湾省', '台灣省', '臺灣省', '中國台灣', '中國臺灣', '中华民国', '中華民國'],
  JP: ['jp', 'jpn', 'japan', '日本'],
  KR: ['kr', 'kor', 'korea', 'south korea', 'republic of korea', 'korea, republic of', 'korea (south)', '韩国', '大韩民国', '한국', '대한민국'],
  MY: ['my', 'mys', 'malaysia', '马来西亚'],
  IN: ['in', 'ind', 'india', '印度'],
  DE: ['de', 'deu', 'germany', 'deutschland', '德国'],
  FR: ['fr', 'fra', 'france', '法国'],
  MX: ['mx', 'mex', 'mexico', 'méxico', '墨西哥'],
  ES: ['es', 'esp', 'spain', 'españa', '西班牙'],
  IT: ['it', 'ita', 'italy', 'italia', '意大利'],
  NL: ['nl', 'nld', 'netherlands', 'the netherlands', 'holland', 'nederland', 'netherlands (kingdom of the)', '荷兰'],
  BE: ['be', 'bel', 'belgium', 'belgië', 'belgique', '比利时'],
  CH: ['ch', 'che', 'switzerland', 'schweiz', 'suisse', 'svizzera', '瑞士'],
  AT: ['at', 'aut', 'austria', 'österreich', '奥地利'],
  SE: ['se', 'swe', 'sweden', 'sverige', '瑞典'],
  NO: ['no', 'nor', 'norway', 'norge', '挪威'],
  DK: ['dk', 'dnk', 'denmark', 'danmark', '丹麦'],
  FI: ['fi', 'fin', 'finland', 'suomi', '芬兰'],
  PL: ['pl', 'pol', 'poland', 'polska', '波兰'],
  PT: ['pt', 'prt', 'portugal', '葡萄牙'],
  GR: ['gr', 'grc', 'greece', 'hellas', '希腊'],
  CZ: ['cz', 'cze', 'czechia', 'czech republic', 'česko', '捷克'],
  HU: ['hu', 'hun', 'hungary', 'magyarország', '匈牙利'],
  RO: ['ro', 'rou', 'romania', 'românia', '罗马尼亚'],
  BG: ['bg', 'bgr', 'bulgaria', '保加利亚'],
  HR: ['hr', 'hrv', 'croatia', 'hrvatska', '克罗地亚'],
  SK: ['sk', 'svk', 'slovakia', 'slovensko', '斯洛伐克'],
  SI: ['si', 'svn', 'slovenia', 'slovenija', '斯洛文尼亚'],
  LU: ['lu', 'lux', 'luxembourg', '卢森堡'],
  IS: ['is', 'isl', 'iceland', 'ísland', '冰岛'],
  EE: ['ee', 'est', 'estonia', '爱沙尼亚'],
  LV: ['lv', 'lva', 'latvia', '拉脱维亚'],
  LT: ['lt', 'ltu', 'lithuania', '立陶宛'],
  UA: ['ua', 'ukr', 'ukraine', '乌克兰'],
  RU: ['ru', 'rus', 'russia', 'russian federation', 'россия', '俄罗斯'],
  TR: ['tr', 'tur', 'turkey', 'türkiye', 'turkiye', '土耳其'],
  IL: ['il', 'isr', 'israel', '以色列'],
  AE: ['ae', 'are', 'uae', 'u.a.e.', 'united arab emirates', '阿联酋', '阿拉伯联合酋长国'],
  SA: ['sa', 'sau', 'saudi arabia', 'ksa', 'kingdom of saudi arabia', '沙特阿拉伯', '沙特'],
  QA: ['qa', 'qat', 'qatar', '卡塔尔'],
  KW: ['kw', 'kwt', 'kuwait', '科威特'],
  OM: ['om', 'omn', 'oman', '阿曼'],
  BH: ['bh', 'bhr', 'bahrain', '巴林'],
  EG: ['eg', 'egy', 'egypt', '埃及'],
  ZA: ['za', 'zaf', 'south africa', '南非'],
  NG: ['ng', 'nga', 'nigeria', '尼日利亚'],
  KE: ['ke', 'ken', 'kenya', '肯尼亚'],
  GH: ['gh', 'gha', 'ghana', '加纳'],
  MA: ['ma', 'mar', 'morocco', 'maroc', '摩洛哥'],
  BR: ['br', 'bra', 'brazil', 'brasil', '巴西'],
  AR: ['ar', 'arg', 'argentina', '阿根廷'],
  CL: ['cl', 'chl', 'chile', '智利'],
  CO: ['co', 'col', 'colombia', '哥伦比亚'],
  PE: ['pe', 'per', 'peru', 'perú', '秘鲁'],
  VE: ['ve', 'ven', 'venezuela', 'venezuela, bolivarian republic of', '委内瑞拉'],
  EC: ['ec', 'ecu', 'ecuador', '厄瓜多尔'],
  UY: ['uy', 'ury', 'uruguay', '乌拉圭'],
  PR: ['pr', 'pri', 'puerto rico', '波多黎各'],
  CR: ['cr', 'cri', 'costa rica', '哥斯达黎加'],
  PA: ['pa', 'pan', 'panama', 'panamá', '巴拿马'],
  DO: ['do', 'dom', 'dominican republic', 'república dominicana', '多米尼加', '多米尼加共和国'],
  JM: ['jm', 'jam', 'jamaica', '牙买加'],
  TH: ['th', 'tha', 'thailand', '泰国'],
  VN: ['vn', 'vnm', 'vietnam', 'viet nam', 'việt nam', '越南'],
  ID: ['id', 'idn', 'indonesia', '印度尼西亚', '印尼'],
  PH: ['ph', 'phl', 'philippines', 'the philippines', '菲律宾'],
  PK: ['pk', 'pak', 'pakistan', '巴基斯坦'],
  BD: ['bd', 'bgd', 'bangladesh', '孟加拉国', '孟加拉'],
  LK: ['lk', 'lka', 'sri lanka', '斯里兰卡'],
  NP: ['np', 'npl', 'nepal', '尼泊尔'],
  KH: ['kh', 'khm', 'cambodia', '柬埔寨'],
  MM: ['mm', 'mmr', 'myanmar', 'burma', 'myanmar (burma)', '缅甸'],
  LA: ['la', 'lao', 'laos', 'lao people\'s democratic republic', '老挝'],
  MN: ['mn', 'mng', 'mongolia', '蒙古', '蒙古国'],
  KZ: ['kz', 'kaz', 'kazakhstan', '哈萨克斯坦'],
  IR: ['ir', 'irn', 'iran', 'iran, islamic republic of', '伊朗'],
  IQ: ['iq', 'irq', 'iraq', '伊拉克'],
  JO: ['jo', 'jor', 'jordan', '约旦'],
  LB: ['lb', 'lbn', 'lebanon', '黎巴嫩'],
  CY: ['cy', 'cyp', 'cyprus', '塞浦路斯'],
  MT: ['mt', 'mlt', 'malta', '马耳他'],
  RS: ['rs', 'srb', 'serbia', '塞尔维亚'],
  BN: ['bn', 'brn', 'brunei', 'brunei darussalam', '文莱'],
  FJ: ['fj', 'fji', 'fiji', '斐济'],
};

/**
 * Every other region libphonenumber reads numbers for, by its English name as the Unicode CLDR
 * writes it (and the forms picklists use), and its Chinese name: a customer in Kenya or Jamaica is
 * rarer, not less real. Generated once from CLDR's names (Intl.DisplayNames, en and zh-Hans) for
 * libphonenumber-js's getCountries(), then kept here as data.
 */
const OTHER: Readonly<Record<string, readonly string[]>> = {
  AC: ['ascension island', '阿森松岛'],
  AD: ['andorra', '安道尔'],
  AF: ['afghanistan', '阿富汗'],
  AG: ['antigua & barbuda', 'antigua and barbuda', '安提瓜和巴布达'],
  AI: ['anguilla', '安圭拉'],
  AL: ['albania', '阿尔巴尼亚'],
  AM: ['armenia', '亚美尼亚'],
  AO: ['angola', '安哥拉'],
  AS: ['american samoa', '美属萨摩亚'],
  AW: ['aruba', '阿鲁巴'],
  AX: ['åland islands', '奥兰群岛'],
  AZ: ['azerbaijan', '阿塞拜疆'],
  BA: ['bosnia & herzegovina', 'bosnia and herzegovina', '波斯尼亚和黑塞哥维那'],
  BB: ['barbados', '巴巴多斯'],
  BF: ['burkina faso', '布基纳法索'],
  BI: ['burundi', '布隆迪'],
  BJ: ['benin', '贝宁'],
  BL: ['st. barthélemy', 'saint barthélemy', 'st barthélemy', '圣巴泰勒米'],
  BM: ['bermuda', '百慕大'],
  BO: ['bolivia', 'bolivia, plurinational state of', '玻利维亚'],
  BQ: ['caribbean netherlands', '荷属加勒比区'],
  BS: ['bahamas', 'the bahamas', '巴哈马'],
  BT: ['bhutan', '不丹'],
  BW: ['botswana', '博茨瓦纳'],
  BY: ['belarus', '白俄罗斯'],
  BZ: ['belize', '伯利兹'],
  CC: ['cocos (keeling) islands', '科科斯（基林）群岛'],
  CD: ['congo (kinshasa)', 'congo-kinshasa', 'democratic republic of the congo', 'dr congo', 'drc', '刚果（金）'],
  CF: ['central african republic', '中非共和国'],
  CG: ['congo (brazzaville)', 'congo-brazzaville', 'republic of the congo', '刚果（布）'],
  CI: ['côte d\'ivoire', 'ivory coast', 'cote d\'ivoire', '科特迪瓦'],
  CK: ['cook islands', '库克群岛'],
  CM: ['cameroon', '喀麦隆'],
  CU: ['cuba', '古巴'],
  CV: ['cape verde', 'cabo verde', '佛得角'],
  CW: ['curaçao', '库拉索'],
  CX: ['christmas island', '圣诞岛'],
  DJ: ['djibouti', '吉布提'],
  DM: ['dominica', '多米尼克'],
  DZ: ['algeria', '阿尔及利亚'],
  EH: ['western sahara', '西撒哈拉'],
  ER: ['eritrea', '厄立特里亚'],
  ET: ['ethiopia', '埃塞俄比亚'],
  FK: ['falkland islands', '福克兰群岛'],
  FM: ['micronesia', 'micronesia, federated states of', '密克罗尼西亚'],
  FO: ['faroe islands', '法罗群岛'],
  GA: ['gabon', '加蓬'],
  GD: ['grenada', '格林纳达'],
  GE: ['georgia', '格鲁吉亚'],
  GF: ['french guiana', '法属圭亚那'],
  GG: ['guernsey', '根西岛'],
  GI: ['gibraltar', '直布罗陀'],
  GL: ['greenland', '格陵兰'],
  GM: ['gambia', 'the gambia', '冈比亚'],
  GN: ['guinea', '几内亚'],
  GP: ['guadeloupe', '瓜德罗普'],
  GQ: ['equatorial guinea', '赤道几内亚'],
  GT: ['guatemala', '危地马拉'],
  GU: ['guam', '关岛'],
  GW: ['guinea-bissau', '几内亚比绍'],
  GY: ['guyana', '圭亚那'],
  HN: ['honduras', '洪都拉斯'],
  HT: ['haiti', '海地'],
  IM: ['isle of man', '马恩岛'],
  IO: ['british indian ocean territory', '英属印度洋领地'],
  JE: ['jersey', '泽西岛'],
  KG: ['kyrgyzstan', '吉尔吉斯斯坦'],
  KI: ['kiribati', '基里巴斯'],
  KM: ['comoros', '科摩罗'],
  KN: ['st. kitts & nevis', 'st. kitts and nevis', 'saint kitts & nevis', 'st kitts & nevis', '圣基茨和尼维斯'],
  KP: ['north korea', 'democratic people\'s republic of korea', '朝鲜'],
  KY: ['cayman islands', '开曼群岛'],
  LC: ['st. lucia', 'saint lucia', 'st lucia', '圣卢西亚'],
  LI: ['liechtenstein', '列支敦士登'],
  LR: ['liberia', '利比里亚'],
  LS: ['lesotho', '莱索托'],
  LY: ['libya', '利比亚'],
  MC: ['monaco', '摩纳哥'],
  MD: ['moldova', 'moldova, republic of', '摩尔多瓦'],
  ME: ['montenegro', '黑山'],
  MF: ['st. martin', 'saint martin', 'st martin', '法属圣马丁'],
  MG: ['madagascar', '马达加斯加'],
  MH: ['marshall islands', '马绍尔群岛'],
  MK: ['north macedonia', 'macedonia', '北马其顿'],
  ML: ['mali', '马里'],
  MP: ['northern mariana islands', '北马里亚纳群岛'],
  MQ: ['martinique', '马提尼克'],
  MR: ['mauritania', '毛里塔尼亚'],
  MS: ['montserrat', '蒙特塞拉特'],
  MU: ['mauritius', '毛里求斯'],
  MV: ['maldives', '马尔代夫'],
  MW: ['malawi', '马拉维'],
  MZ: ['mozambique', '莫桑比克'],
  NA: ['namibia', '纳米比亚'],
  NC: ['new caledonia', '新喀里多尼亚'],
  NE: ['niger', '尼日尔'],
  NF: ['norfolk island', '诺福克岛'],
  NI: ['nicaragua', '尼加拉瓜'],
  NR: ['nauru', '瑙鲁'],
  NU: ['niue', '纽埃'],
  PF: ['french polynesia', '法属波利尼西亚'],
  PG: ['papua new guinea', '巴布亚新几内亚'],
  PM: ['st. pierre & miquelon', 'st. pierre and miquelon', 'saint pierre & miquelon', 'st pierre & miquelon', '圣皮埃尔和密克隆群岛'],
  PS: ['palestinian territories', 'palestine', 'state of palestine', '巴勒斯坦领土'],
  PW: ['palau', '帕劳'],
  PY: ['paraguay', '巴拉圭'],
  RE: ['réunion', '留尼汪'],
  RW: ['rwanda', '卢旺达'],
  SB: ['solomon islands', '所罗门群岛'],
  SC: ['seychelles', '塞舌尔'],
  SD: ['sudan', '苏丹'],
  SH: ['st. helena', 'saint helena', 'st helena', '圣赫勒拿'],
  SJ: ['svalbard & jan mayen', 'svalbard and jan mayen', '斯瓦尔巴和扬马延'],
  SL: ['sierra leone', '塞拉利昂'],
  SM: ['san marino', '圣马力诺'],
  SN: ['senegal', '塞内加尔'],
  SO: ['somalia', '索马里'],
  SR: ['suriname', '苏里南'],
  SS: ['south sudan', '南苏丹'],
  ST: ['são tomé & príncipe', 'são tomé and príncipe', '圣多美和普林西比'],
  SV: ['el salvador', '萨尔瓦多'],
  SX: ['sint maarten', '荷属圣马丁'],
  SY: ['syria', 'syrian arab republic', '叙利亚'],
  SZ: ['eswatini', 'swaziland', '斯威士兰'],
  TA: ['tristan da cunha', '特里斯坦-达库尼亚群岛'],
  TC: ['turks & caicos islands', 'turks and caicos islands', '特克斯和凯科斯群岛'],
  TD: ['chad', '乍得'],
  TG: ['togo', '多哥'],
  TJ: ['tajikistan', '塔吉克斯坦'],
  TK: ['tokelau', '托克劳'],
  TL: ['timor-leste', 'east timor', '东帝汶'],
  TM: ['turkmenistan', '土库曼斯坦'],
  TN: ['tunisia', '突尼斯'],
  TO: ['tonga', '汤加'],
  TT: ['trinidad & tobago', 'trinidad and tobago', '特立尼达和多巴哥'],
  TV: ['tuvalu', '图瓦卢'],
  TZ: ['tanzania', 'tanzania, united republic of', '坦桑尼亚'],
  UG: ['uganda', '乌干达'],
  UZ: ['uzbekistan', '乌兹别克斯坦'],
  VA: ['vatican city', 'vatican', 'holy see', '梵蒂冈'],
  VC: ['st. vincent & grenadines', 'st. vincent and grenadines', 'saint vincent & grenadines', 'st vincent & grenadines', '圣文森特和格林纳丁斯'],
  VG: ['british virgin islands', '英属维尔京群岛'],
  VI: ['u.s. virgin islands', 'us virgin islands', '美属维尔京群岛'],
  VU: ['vanuatu', '瓦努阿图'],
  WF: ['wallis & futuna', 'wallis and futuna', '瓦利斯和富图纳'],
  WS: ['samoa', '萨摩亚'],
  XK: ['kosovo', '科索沃'],
  YE: ['yemen', '也门'],
  YT: ['mayotte', '马约特'],
  ZM: ['zambia', '赞比亚'],
  ZW: ['zimbabwe', '津巴布韦'],
};

/**
 * A country text as looked up: lower case, accents and spacing folded, a curly apostrophe straight,
 * a leading "the" dropped (The Netherlands), full-width letters as ASCII (ＵＳ).
 */
export function countryKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`]/g, '\'')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^the /, '');
}

/** Every region's names and codes as listed, the common countries first. */
export const COUNTRY_NAMES: readonly (readonly [string, readonly string[]])[] = [...Object.entries(COMMON), ...Object.entries(OTHER)];

/** Country name or code (as countryKey writes it) → region. */
export const COUNTRY_REGION: ReadonlyMap<string, string> = new Map(
  COUNTRY_NAMES.flatMap(([region, names]) => names.map((n) => [countryKey(n), region] as [string, string])),
);

/**
 * The region of a place no rules are known for: a country cell that names something, but no country
 * the run can read numbers for (Europe, Narnia, Untied States). ISO 3166's own code for an unknown region.
 */
export const UNKNOWN_REGION = 'ZZ';

/**
 * The region a country cell names: its ISO 3166-1 alpha-2 code; null when the cell names no country
 * (blank, N/A, 未知); UNKNOWN_REGION when it names a place the run cannot read numbers for.
 */
export function countryRegion(text: string): string | null {
  const key = countryKey(text);
  if (key === '' || isPlaceholder(key)) return null;
  // U.S.A / United States. / U.K: the dots a name is typed with are no part of it.
  const named = COUNTRY_REGION.get(key) ?? COUNTRY_REGION.get(key.replace(/\./g, '').trim());
  if (named !== undefined) return named;
  // A province typed where the country goes (广东, 浙江省) is in China: no place unknown.
  if (/^\p{Script=Han}{2,}$/u.test(key) && officialProvince(key, false) !== null) return 'CN';
  const code = key.toUpperCase();
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code) ? code : UNKNOWN_REGION;
}
