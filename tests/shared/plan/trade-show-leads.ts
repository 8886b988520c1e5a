/**
 * A US trade-show lead list (tester h59, 08_en_trade_show_leads.csv): +1 and (404) numbers, two to a
 * cell or beside an address, one +86 attendee and one bare 139… mobile, MM/DD/YYYY dates of which
 * only 11/18–11/30 show their order.
 */
export const TRADE_SHOW = [
  ['Lead #', 'Name', 'Title', 'Company', 'Phone / Email', 'Phone', 'WeChat ID', 'Show', 'Date Scanned', 'Owner', 'Follow-up Date', 'Notes'],
  ['1', 'Mr. John Smith (CEO)', 'CEO', 'Acme Tools Inc. 艾克美工具', '+1 415-555-0134 / john@acmetools.com', '', '', 'NHS 2026 Las Vegas', '11/18/2026', 'Amy', '11/25/2026', 'wants catalog'],
  ['2', 'Dr. Li Wei', 'Director', 'Shenzhen Lightway 深圳光途', 'liwei@lightway.cn', '+86 138 2345 6789; +86 755 8888 1234', 'liwei_lightway', 'NHS 2026 Las Vegas', '11/18/2026', 'Ben', '12/02/2026', ''],
  ['3', 'Sarah  O\'Connor ', 'Buyer', ' Home Depot ', '', '(404) 555-0101\n(404) 555-0199', '', 'NHS 2026 Las Vegas', '11/19/2026', 'Amy', '12/01/2026', 'two phones in one cell'],
  ['4', 'john smith', '', 'Acme Tools', 'john@acmetools.com', '415.555.0134', '', 'booth visit day 2', '11/19/2026', 'Ben', '12/03/2026', 'same John'],
  ['5', 'Ms. Maria Garcia', 'VP Purchasing', 'Garcia Hardware LLC', 'maria@garciahw.com, +1 305 555 0177', '', '', 'NHS 2026 Las Vegas', '11/20/2026', '', '', 'email & phone'],
  ['6', 'Mr. Wang (王总)', 'GM', 'Ningbo Ocean Trading 宁波海洋', '', '13905741111', 'wang_ocean', 'NHS 2026 Las Vegas', '11/20/2026', 'Amy', '11/30/2026', ''],
  ['7', 'Tom Baker', 'Owner', 'Baker\'s Supply', 'tom@bakerssupply.com', '555-0123', '', 'NHS 2026 Las Vegas', '11/20/2026', 'Ben', '', 'phone without area code'],
];
