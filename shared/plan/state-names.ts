/**
 * The states and provinces of the countries whose sheets come without phone numbers to tell where
 * they are from (FEBRL's Australian persons: suburb, postcode, state = vic). A sheet whose state
 * column holds these, and no Chinese province, is that country's: its postcodes and ID numbers are
 * not held to China's rules. Codes and names, lower case.
 */
const AU = ['nsw', 'vic', 'qld', 'wa', 'sa', 'tas', 'act', 'nt', 'new south wales', 'victoria', 'queensland', 'western australia', 'south australia', 'tasmania', 'australian capital territory', 'northern territory'];

const US = [
  'al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'dc', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'ky', 'la', 'me', 'md', 'ma', 'mi', 'mn', 'ms',
  'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy',
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'district of columbia', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan',
  'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york',
  'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island', 'south carolina', 'south dakota',
  'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'west virginia', 'wisconsin', 'wyoming',
];

const CA = [
  'ab', 'bc', 'mb', 'nb', 'nl', 'ns', 'nt', 'nu', 'on', 'pe', 'qc', 'sk', 'yt', 'alberta', 'british columbia', 'manitoba', 'new brunswick',
  'newfoundland and labrador', 'nova scotia', 'northwest territories', 'nunavut', 'ontario', 'prince edward island', 'quebec', 'québec',
  'saskatchewan', 'yukon',
];

/**
 * India's states and union territories, by name only: their two-letter codes (mh, ka, up) are
 * written on vehicles, rarely in a State column, and several are other countries' codes too.
 */
const IN = [
  'andhra pradesh', 'arunachal pradesh', 'assam', 'bihar', 'chhattisgarh', 'goa', 'gujarat', 'haryana', 'himachal pradesh', 'jharkhand',
  'karnataka', 'kerala', 'madhya pradesh', 'maharashtra', 'manipur', 'meghalaya', 'mizoram', 'nagaland', 'odisha', 'orissa', 'punjab',
  'rajasthan', 'sikkim', 'tamil nadu', 'telangana', 'tripura', 'uttar pradesh', 'uttarakhand', 'uttaranchal', 'west bengal', 'delhi',
  'nct of delhi', 'new delhi', 'jammu and kashmir', 'jammu & kashmir', 'ladakh', 'puducherry', 'pondicherry', 'chandigarh',
  'andaman and nicobar islands', 'dadra and nagar haveli and daman and diu', 'lakshadweep',
];

/** Region → its state and province names. A code two countries share (wa, nt) counts for both. */
export const STATE_NAMES: Readonly<Record<string, ReadonlySet<string>>> = {
  AU: new Set(AU),
  US: new Set(US),
  CA: new Set(CA),
  IN: new Set(IN),
};

/**
 * Country names and codes a sheet's country column holds (Xero's POCountry, Stripe's Address Country,
 * 国家), by region: lower case. Only the countries whose numbers and postcodes a run reads its own way.
 */
const COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  CN: ['cn', 'chn', 'china', 'prc', 'people\'s republic of china', '中国', '中国大陆', '大陆', '中华人民共和国'],
  US: ['us', 'usa', 'u.s.', 'u.s.a.', 'united states', 'united states of america', 'america', '美国'],
  CA: ['ca', 'can', 'canada', '加拿大'],
  GB: ['gb', 'gbr', 'uk', 'u.k.', 'united kingdom', 'great britain', 'britain', 'england', 'scotland', 'wales', 'northern ireland', '英国'],
  IE: ['ie', 'irl', 'ireland', '爱尔兰'],
  AU: ['au', 'aus', 'australia', '澳大利亚', '澳洲'],
  NZ: ['nz', 'nzl', 'new zealand', 'aotearoa', 'aotearoa new zealand', '新西兰'],
  SG: ['sg', 'sgp', 'singapore', '新加坡'],
  HK: ['hk', 'hkg', 'hong kong', 'hong kong sar', '香港', '中国香港'],
  MO: ['mo', 'mac', 'macau', 'macao', '澳门', '中国澳门'],
  TW: ['tw', 'twn', 'taiwan', '台湾', '中国台湾'],
  JP: ['jp', 'jpn', 'japan', '日本'],
  KR: ['kr', 'kor', 'korea', 'south korea', 'republic of korea', '韩国'],
  MY: ['my', 'mys', 'malaysia', '马来西亚'],
  IN: ['in', 'ind', 'india', '印度'],
  DE: ['de', 'deu', 'germany', 'deutschland', '德国'],
  FR: ['fr', 'fra', 'france', '法国'],
};

/** Country name or code (lower case) → region. */
export const COUNTRY_REGION: ReadonlyMap<string, string> = new Map(
  Object.entries(COUNTRIES).flatMap(([region, names]) => names.map((n) => [n, region] as [string, string])),
);
