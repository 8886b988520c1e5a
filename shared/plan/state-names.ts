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
