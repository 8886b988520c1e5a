/**
 * Word lists for English (US) sample sheets: common first names with their nicknames, surnames
 * roughly by US census frequency with the misspellings people make, cities with their states,
 * ZIP prefixes and area codes, and company naming parts.
 */

/** [formal first name, gender, nicknames] */
export const FIRST_NAMES: readonly (readonly [string, 'm' | 'f', readonly string[]])[] = [
  ['Robert', 'm', ['Bob', 'Rob', 'Bobby']], ['William', 'm', ['Bill', 'Will', 'Billy']], ['James', 'm', ['Jim', 'Jimmy']],
  ['Michael', 'm', ['Mike']], ['John', 'm', ['Jack', 'Johnny']], ['David', 'm', ['Dave']], ['Richard', 'm', ['Rick', 'Rich', 'Dick']],
  ['Thomas', 'm', ['Tom', 'Tommy']], ['Christopher', 'm', ['Chris']], ['Daniel', 'm', ['Dan', 'Danny']], ['Matthew', 'm', ['Matt']],
  ['Anthony', 'm', ['Tony']], ['Joseph', 'm', ['Joe']], ['Steven', 'm', ['Steve']], ['Andrew', 'm', ['Andy', 'Drew']],
  ['Joshua', 'm', ['Josh']], ['Benjamin', 'm', ['Ben']], ['Alexander', 'm', ['Alex']], ['Nicholas', 'm', ['Nick']],
  ['Edward', 'm', ['Ed', 'Ted']], ['Charles', 'm', ['Charlie', 'Chuck']], ['Kenneth', 'm', ['Ken']], ['Timothy', 'm', ['Tim']],
  ['Gregory', 'm', ['Greg']], ['Jonathan', 'm', ['Jon']], ['Kevin', 'm', []], ['Brian', 'm', []], ['Jason', 'm', []],
  ['Ryan', 'm', []], ['Eric', 'm', []], ['Mark', 'm', []], ['Paul', 'm', []], ['Carlos', 'm', []], ['Luis', 'm', []],
  ['Elizabeth', 'f', ['Liz', 'Beth', 'Betty']], ['Jennifer', 'f', ['Jen', 'Jenny']], ['Katherine', 'f', ['Kate', 'Katie', 'Kathy']],
  ['Margaret', 'f', ['Peggy', 'Maggie', 'Meg']], ['Patricia', 'f', ['Pat', 'Patty', 'Trish']], ['Susan', 'f', ['Sue', 'Susie']],
  ['Jessica', 'f', ['Jess']], ['Barbara', 'f', ['Barb']], ['Deborah', 'f', ['Deb', 'Debbie']], ['Rebecca', 'f', ['Becky']],
  ['Samantha', 'f', ['Sam']], ['Christina', 'f', ['Tina', 'Chris']], ['Victoria', 'f', ['Vicky', 'Tori']], ['Amanda', 'f', ['Mandy']],
  ['Stephanie', 'f', ['Steph']], ['Kimberly', 'f', ['Kim']], ['Alexandra', 'f', ['Alex', 'Lexi']], ['Sarah', 'f', []],
  ['Karen', 'f', []], ['Nancy', 'f', []], ['Lisa', 'f', []], ['Emily', 'f', []], ['Ashley', 'f', []], ['Michelle', 'f', []],
  ['Laura', 'f', []], ['Maria', 'f', []], ['Olivia', 'f', ['Liv']], ['Emma', 'f', []], ['Priya', 'f', []], ['Fatima', 'f', []],
];

/** [surname, weight] */
export const LAST_NAMES: readonly (readonly [string, number])[] = [
  ['Smith', 10], ['Johnson', 8], ['Williams', 7], ['Brown', 7], ['Jones', 6], ['Garcia', 6], ['Miller', 6], ['Davis', 6],
  ['Rodriguez', 5], ['Martinez', 5], ['Hernandez', 4], ['Lopez', 4], ['Gonzalez', 4], ['Wilson', 4], ['Anderson', 4],
  ['Thomas', 4], ['Taylor', 4], ['Moore', 3], ['Jackson', 3], ['Martin', 3], ['Lee', 3], ['Perez', 3], ['Thompson', 3],
  ['White', 3], ['Harris', 3], ['Sanchez', 3], ['Clark', 3], ['Ramirez', 2], ['Lewis', 2], ['Robinson', 2], ['Walker', 2],
  ['Young', 2], ['Allen', 2], ['King', 2], ['Wright', 2], ['Scott', 2], ['Torres', 2], ['Nguyen', 2], ['Hill', 2],
  ['Flores', 2], ['Green', 2], ['Adams', 2], ['Nelson', 2], ['Baker', 2], ['Hall', 2], ['Rivera', 2], ['Campbell', 2],
  ['Mitchell', 2], ['Carter', 2], ['Roberts', 2], ["O'Brien", 1], ['McDonald', 1], ["O'Connor", 1], ['DeLuca', 1],
  ['Van der Berg', 0.5], ['Patel', 2], ['Singh', 1], ['Kim', 1.5], ['Park', 1],
];

/** East Asian names, often entered surname-first by one rep and given-name-first by another. */
export const ASIAN_GIVEN: readonly string[] = ['Wei', 'Jun', 'Ming', 'Hui', 'Yan', 'Lei', 'Xin', 'Jing', 'Hao', 'Ying'];
export const ASIAN_SURNAMES: readonly string[] = ['Zhang', 'Wang', 'Li', 'Chen', 'Liu', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Lin'];

/** Misspellings of surnames seen in CRM exports. */
export const SURNAME_TYPOS: Readonly<Record<string, readonly string[]>> = {
  Smith: ['Smyth', 'Smtih'], Johnson: ['Jonson', 'Johnsen'], Williams: ['Wiliams', 'Williams '], Thompson: ['Thomson', 'Thompsen'],
  Anderson: ['Andersen'], McDonald: ['MacDonald', 'Mcdonald'], "O'Brien": ['OBrien', 'O Brien'], "O'Connor": ['OConnor', "O'Conner"],
  Nguyen: ['Nguen'], Rodriguez: ['Rodriquez'], Martinez: ['Martines'], Hernandez: ['Hernandes'], Allen: ['Allan'],
  Clark: ['Clarke'], Scott: ['Scot'], Green: ['Greene'], Gonzalez: ['Gonzales'], DeLuca: ['Deluca', 'De Luca'],
  'Van der Berg': ['Vandenberg', 'van der Berg'],
};

export interface CityUs {
  city: string;
  state: string;
  stateName: string;
  /** First three ZIP digits. */
  zip3: string;
  areas: readonly string[];
  /** How people abbreviate the city. */
  aliases: readonly string[];
  weight: number;
}

export const CITIES_US: readonly CityUs[] = [
  { city: 'San Francisco', state: 'CA', stateName: 'California', zip3: '941', areas: ['415', '628'], aliases: ['SF', 'San Fran'], weight: 6 },
  { city: 'Los Angeles', state: 'CA', stateName: 'California', zip3: '900', areas: ['213', '310', '323'], aliases: ['LA'], weight: 6 },
  { city: 'San Diego', state: 'CA', stateName: 'California', zip3: '921', areas: ['619', '858'], aliases: [], weight: 3 },
  { city: 'Seattle', state: 'WA', stateName: 'Washington', zip3: '981', areas: ['206'], aliases: [], weight: 4 },
  { city: 'Portland', state: 'OR', stateName: 'Oregon', zip3: '972', areas: ['503', '971'], aliases: [], weight: 2 },
  { city: 'Denver', state: 'CO', stateName: 'Colorado', zip3: '802', areas: ['303', '720'], aliases: [], weight: 3 },
  { city: 'Austin', state: 'TX', stateName: 'Texas', zip3: '787', areas: ['512', '737'], aliases: [], weight: 3 },
  { city: 'Dallas', state: 'TX', stateName: 'Texas', zip3: '752', areas: ['214', '469', '972'], aliases: [], weight: 3 },
  { city: 'Houston', state: 'TX', stateName: 'Texas', zip3: '770', areas: ['713', '832'], aliases: [], weight: 3 },
  { city: 'Chicago', state: 'IL', stateName: 'Illinois', zip3: '606', areas: ['312', '773'], aliases: ['Chi-town'], weight: 5 },
  { city: 'Minneapolis', state: 'MN', stateName: 'Minnesota', zip3: '554', areas: ['612'], aliases: [], weight: 2 },
  { city: 'Boston', state: 'MA', stateName: 'Massachusetts', zip3: '021', areas: ['617', '857'], aliases: [], weight: 4 },
  { city: 'New York', state: 'NY', stateName: 'New York', zip3: '100', areas: ['212', '646', '917'], aliases: ['NYC', 'New York City'], weight: 7 },
  { city: 'Newark', state: 'NJ', stateName: 'New Jersey', zip3: '071', areas: ['973'], aliases: [], weight: 1 },
  { city: 'Philadelphia', state: 'PA', stateName: 'Pennsylvania', zip3: '191', areas: ['215', '267'], aliases: ['Philly'], weight: 3 },
  { city: 'Atlanta', state: 'GA', stateName: 'Georgia', zip3: '303', areas: ['404', '470'], aliases: [], weight: 3 },
  { city: 'Miami', state: 'FL', stateName: 'Florida', zip3: '331', areas: ['305', '786'], aliases: [], weight: 3 },
  { city: 'Nashville', state: 'TN', stateName: 'Tennessee', zip3: '372', areas: ['615'], aliases: [], weight: 2 },
  { city: 'Raleigh', state: 'NC', stateName: 'North Carolina', zip3: '276', areas: ['919'], aliases: [], weight: 2 },
  { city: 'Phoenix', state: 'AZ', stateName: 'Arizona', zip3: '850', areas: ['602', '480'], aliases: [], weight: 2 },
  { city: 'Salt Lake City', state: 'UT', stateName: 'Utah', zip3: '841', areas: ['801'], aliases: ['SLC'], weight: 1 },
  { city: 'Hartford', state: 'CT', stateName: 'Connecticut', zip3: '061', areas: ['860'], aliases: [], weight: 1 },
];

export const BRANDS_EN: readonly string[] = [
  'Acme', 'Summit', 'Pinnacle', 'Bluewater', 'Northwind', 'Redwood', 'Ironclad', 'Brightline', 'Cedar', 'Keystone',
  'Evergreen', 'Horizon', 'Silverline', 'Granite', 'Lakeshore', 'Meridian', 'Oakridge', 'Pioneer', 'Riverbend', 'Sterling',
  'Trident', 'Westfield', 'Harbor', 'Lumen', 'Apex', 'Beacon', 'Crescent', 'Falcon', 'Maple', 'Copperleaf',
];
export const COMPANY_WORDS_EN: readonly string[] = [
  'Software', 'Logistics', 'Analytics', 'Health', 'Dental', 'Foods', 'Builders', 'Marketing', 'Consulting', 'Energy',
  'Manufacturing', 'Realty', 'Insurance', 'Networks', 'Design', 'Supply', 'Labs', 'Media', 'Outfitters', 'Motors',
];
/** [legal suffix, weight]; '' for none. */
export const SUFFIXES_EN: readonly (readonly [string, number])[] = [
  ['Inc.', 30], ['LLC', 25], ['Corp.', 10], ['Co.', 5], ['Group', 5], ['Ltd.', 3], ['Partners', 3], ['', 10],
];

export const TITLES_EN: readonly string[] = [
  'CEO', 'Owner', 'Office Manager', 'Purchasing Manager', 'Buyer', 'Operations Director', 'VP Sales', 'Marketing Manager',
  'CFO', 'IT Director', 'Project Manager', 'Procurement Specialist', 'Founder', 'Account Manager', 'COO', 'Facilities Manager',
];

export const OWNERS_EN: readonly string[] = [
  'Megan Lee', 'Carlos Diaz', 'Priya Shah', 'Tom Becker', 'Aisha Khan', "Ryan O'Neill", 'Sofia Rossi', 'Jake Miller',
];

export const MAIL_DOMAINS_EN: readonly (readonly [string, number])[] = [
  ['gmail.com', 40], ['yahoo.com', 15], ['outlook.com', 12], ['hotmail.com', 8], ['icloud.com', 8], ['aol.com', 3], ['comcast.net', 3],
];
export const DOMAIN_TYPOS_EN: Readonly<Record<string, readonly string[]>> = {
  'gmail.com': ['gmial.com', 'gmai.com', 'gamil.com', 'gmail.co'],
  'yahoo.com': ['yahooo.com', 'yaho.com'],
  'outlook.com': ['outlok.com'],
  'hotmail.com': ['hotmial.com', 'hotmail.co'],
  'icloud.com': ['iclod.com'],
};

/** Stage → how the "type" reads in notes; the English sheet has no type column. */
export const NOTES_EN: readonly string[] = [
  'Met at trade show', 'Referred by existing client', 'Sent quote, waiting to hear back', 'Call back after the 15th',
  'Prefers email', 'Budget approved for Q1', 'Renewal in progress', 'Do not call before 10am', 'Asked for W-9',
  'Left voicemail', 'Price sensitive', 'Needs PO number on invoices', 'Said "call me next week"',
  'Spoke with assistant\nfollow up with decision maker', '-VIP-', '+1 referral from Acme',
];

export const NUMBER_WORDS: readonly string[] = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
