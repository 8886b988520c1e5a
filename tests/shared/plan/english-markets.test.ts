/**
 * Sheets of small businesses in the English-speaking markets besides the United States, handed over
 * with no region or currency set: an Irish accountant's clients (+353 and € beside 087 123 4567), a
 * South African studio's (two +27 numbers among national ones, rand amounts), a Québec bakery's
 * customers (514 and 418 area codes, a Province column). Each is read as its own country's, never as
 * New Zealand's or China's because its national numbers happen to be valid there, or nowhere.
 */
import type { Plan } from '../../../shared';
import { guessRegion, unplacedNumbers } from '../../../shared/plan/sheet-locale';
import { after, planOf as plan } from './helpers';

const GUESS = { guess: { region: true, currency: true } };
const planOf = (rows: string[][], input: object = { language: 'en' }): Plan => plan(rows, input, GUESS);
const notes = (p: Plan) => p.problems.map((x) => [x.code, x.params]);
const codes = (p: Plan) => p.problems.map((x) => x.code);
const issuesOf = (p: Plan) => p.issues.map((i) => i.code);

const IRELAND = [
  ['Client Name', 'Business', 'Mobile', 'Phone', 'Email', 'County', 'Date of Birth', 'Last Contact', 'Annual Fee (€)'],
  ['Siobhán Ní Bhriain', 'Ní Bhriain Design Ltd', '087 123 4567', '(01) 234 5678', 'siobhan@nibhriain.ie', 'Dublin', '03/12/1984', '10/11/2026', '€2,450.00'],
  ['Siobhan Ni Bhriain', 'Ni Bhriain Design', '+353 87 123 4567', '+353 1 234 5678', 'SIOBHAN@NIBHRIAIN.IE', 'Co. Dublin', '03/12/1984', '10/11/2026', '€2,450.00'],
  ['Pádraig O\'Neill', 'O\'Neill Farm Supplies', '086 555 1234', '(021) 455 6677', 'padraig@oneillfarm.ie', 'Co. Cork', '05/12/1965', '01/06/2026', '€12,500.00'],
  ['Mary Byrne', '', '085 777 8899', '', 'mary.byrne@eircom.net', 'Galway', '07/12/1971', '28/11/2026', '€850'],
  ['Seán Kelly', 'Kelly Plumbing & Heating', '083 222 3344', '(061) 123 456', 'sean@kellyplumbing.ie', 'Limerick', '10/12/1979', '01/10/2025', '€3,200'],
  ['John Kelly', 'Kelly Plumbing & Heating', '083 222 3345', '(061) 123 456', 'john@kellyplumbing.ie', 'Limerick', '06/12/1981', '01/10/2025', '€0'],
];

describe('an Irish sheet with two +353 numbers and euro amounts', () => {
  const p = planOf(IRELAND);

  it('is read as Ireland\'s, not New Zealand\'s (087 123 4567 is a valid number in both)', () => {
    expect(notes(p)).toContainEqual(['locale.region', { region: 'IE', numbers: expect.any(Number) }]);
  });

  it('keeps the mobiles as mobiles and the Dublin landline valid', () => {
    expect(issuesOf(p)).not.toContain('phone.notMobile');
    expect(issuesOf(p)).not.toContain('phone.invalid');
    // Typed with +353, they keep it (nothing to rewrite): the sheet's national numbers alone are also
    // New Zealand's, and a run on the written file would read them as such (rerun-same-answers.test.ts);
    // so the column's national ones get it too, one form for the column (h62).
    expect(after(p, 3, 'Mobile')).toBeNull();
    expect(after(p, 3, 'Phone')).toBeNull();
    expect(after(p, 2, 'Phone')).toEqual({ kind: 'text', value: '+353 1 234 5678' });
  });

  it('finds the client typed twice by her one mobile, written two ways', () => {
    const group = p.duplicates.groups.find((g) => g.rows.includes(2))!;
    expect(group.rows).toEqual([2, 3]);
    expect(group.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['dedupe.reason.mobile.same', 'dedupe.reason.landline.same']));
  });
});

const SOUTH_AFRICA = [
  ['Name', 'Surname', 'Company', 'Cell', 'Tel', 'Email', 'City', 'Province', 'Postal Code', 'Birthday', 'Amount'],
  ['Thabo', 'Mokoena', 'Mokoena Media (Pty) Ltd', '082 123 4567', '011 234 5678', 'thabo@mokoenamedia.co.za', 'Johannesburg', 'Gauteng', '2196', '03/12/1984', 'R 1 500,00'],
  ['Thabo', 'Mokoena', 'Mokoena Media', '+27 82 123 4567', '+27 11 234 5678', 'THABO@MOKOENAMEDIA.CO.ZA', 'Johannesburg', 'GP', '2196', '03/12/1984', 'R1 500,00'],
  ['Annelie', 'van der Merwe', 'Van der Merwe Wines', '083 555 1212', '021 876 5432', 'annelie@vdmwines.co.za', 'Stellenbosch', 'Western Cape', '7600', '05/12/1979', 'R 125 000,00'],
  ['Sipho', 'Dlamini', '', '072 987 6543', '', 'sipho.dlamini@gmail.com', 'Durban', 'KwaZulu-Natal', '4001', '10/12/1990', 'R 8 750,50'],
  ['Johan', 'Botha', 'Botha Boerdery', '0825551234', '012 345 6789', 'johan@bothaboer.co.za', 'Pretoria', 'Gauteng', '2', '07/12/1966', 'R 45 000'],
  ['Naledi', 'Khumalo', 'Khumalo Consulting', '061 234 5678', '', 'naledi@khumalo.co.za', 'Cape Town', 'WC', '8001', '25/12/1992', 'R 2 350,75'],
];

describe('a South African sheet with two +27 numbers among ten', () => {
  const p = planOf(SOUTH_AFRICA);

  it('is read as South Africa\'s, in rand, and says so', () => {
    expect(codes(p)).toEqual(expect.arrayContaining(['locale.region', 'locale.currency']));
    expect(notes(p)).toContainEqual(['locale.region', { region: 'ZA', numbers: expect.any(Number) }]);
    expect(notes(p)).toContainEqual(['locale.currency', { currency: 'ZAR' }]);
  });

  it('holds its numbers and four-digit postcodes to South Africa\'s rules, not China\'s', () => {
    expect(issuesOf(p)).not.toContain('phone.invalid');
    expect(issuesOf(p)).not.toContain('postcode.invalid');
    expect(after(p, 6, 'Cell')).toEqual({ kind: 'text', value: '082 555 1234' });
    // Pretoria's 0002, after a spreadsheet took its zeros.
    expect(after(p, 6, 'Postal Code')).toEqual({ kind: 'text', value: '0002' });
  });

  it('reads the rand amounts, their spaces and decimal comma', () => {
    // Each keeps its R in its format (currency-format.ts): the sheet still says it is in rand, and by its
    // en-ZA locale tag that it writes a decimal comma (the phones place no region; the rand does).
    expect([2, 4, 5, 6].map((r) => after(p, r, 'Amount'))).toEqual([[1500, '.00'], [125000, '.00'], [8750.5, '.00'], [45000, '']].map(([value, cents]) => ({ kind: 'number', value, format: `[$-1C09]"R "#,##0${cents}` })));
  });

  it('reads the day-first birthdays as the region writes them, so their reminders are not lost', () => {
    expect(issuesOf(p)).not.toContain('date.ambiguous');
    expect(codes(p)).toContain('dates.regionDayFirst');
  });
});

describe('a South African list with no +27 number and no rand amount', () => {
  const NO_CODE = [
    ['Name', 'Cell', 'Email'],
    ['Thabo Mokoena', '082 123 4567', 'thabo@mokoenamedia.co.za'],
    ['Annelie van der Merwe', '083 555 1212', 'annelie@vdmwines.co.za'],
    ['Sipho Dlamini', '072 987 6543', 'sipho.dlamini@gmail.com'],
    ['Naledi Khumalo', '061 234 5678', 'naledi@khumalo.co.za'],
  ];

  it('is read as South African: its cell numbers are written in South Africa\'s own format (082 123 4567), which no other region writes them in', () => {
    const p = planOf(NO_CODE);
    expect(notes(p)).toContainEqual(['locale.region', { region: 'ZA', numbers: 4 }]);
    expect(issuesOf(p).filter((c) => c.startsWith('phone.'))).toEqual([]);
  });
});

describe('an English sheet whose national numbers are valid in no region the run could tell', () => {
  // A Ghanaian customer list with no +233 number and no cedi amount to say where it is from.
  const NO_CLUE = [
    ['Name', 'Cell', 'Email'],
    ['Kwame Mensah', '024 123 4567', 'kwame@mensahfarms.com.gh'],
    ['Ama Owusu', '054 987 6543', 'ama.owusu@gmail.com'],
    ['Kofi Boateng', '020 555 1212', 'kofi@boatengltd.com.gh'],
    ['Efua Asante', '027 234 5678', 'efua@asante.com.gh'],
  ];

  it('says so once, and how to set the region, instead of only flagging each number', () => {
    const p = planOf(NO_CLUE);
    expect(notes(p)).toContainEqual(['locale.regionUnknown', { numbers: 4, of: 4, region: 'CN', regions: 'ZA,IE' }]);
    expect(issuesOf(p).filter((c) => c === 'phone.invalid')).toHaveLength(4);
  });

  it('but a Chinese sheet\'s mistyped numbers are only flagged one by one', () => {
    const p = planOf([['姓名', '手机'], ...NO_CLUE.slice(1).map((r) => ['张伟', r[1]])], {});
    expect(codes(p)).not.toContain('locale.regionUnknown');
  });

  it('counts only the numbers that are valid nowhere', () => {
    expect(unplacedNumbers(['13812345678', '010-62345678', '021 6543 2109'], 'CN')).toBeNull();
    expect(unplacedNumbers(['082 123 4567', '083 555 1212', '072 987 6543', '+27 61 234 5678'], 'CN')).toEqual({ numbers: 3, of: 3 });
  });
});

describe('guessRegion: calling codes below three numbers still count', () => {
  it.each<[string, string[], string | null]>([
    ['Ireland: two +353 numbers beside national ones New Zealand would also take',
      ['087 123 4567', '+353 87 123 4567', '086 555 1234', '085 777 8899', '083 222 3344', '(01) 234 5678', '+353 1 234 5678'], 'IE'],
    ['South Africa: a country no usual candidate is', ['082 123 4567', '+27 82 123 4567', '083 555 1212', '072 987 6543', '061 234 5678'], 'ZA'],
    ['Kenya, from one +254 number: 0712 345678 is also a Queensland landline',
      ['0712 345678', '0722 123456', '0733 987654', '0701 555666', '+254 712 345678'], 'KE'],
    ['a Chinese sheet with one Japanese customer stays Chinese', ['13812345678', '13987654321', '010-62345678', '0755-88880000', '+81 3-1234-5678'], null],
  ])('%s → %s', (_, phones, region) => {
    expect(guessRegion(phones, { englishHeaders: true })?.region ?? null).toBe(region);
  });
});

describe('a Canadian sheet (Québec and Ontario area codes, a Province column)', () => {
  const QUEBEC = [
    ['First Name', 'Last Name', 'Phone', 'Email', 'City', 'Province', 'Postal Code', 'Birthday', 'Last Purchase', 'Total Spent'],
    ['Marie-Claude', 'Tremblay', '(514) 555-0123', 'mc@videotron.ca', 'Montréal', 'QC', 'h2x1y4', '03/12/1982', '20/11/2026', '$1,250.00'],
    ['Jean', 'Côté', '(418) 555-0144', 'jean@cote.ca', 'Québec', 'QC', 'G1R 4P5', '05/12/1975', '15/10/2026', '$12,500.00'],
    ['Sarah', 'Thompson', '(416) 555-0177', 'sarah@rogers.com', 'Toronto', 'ON', 'M5V 2T6', '01/12/1990', '01/09/2026', '$3,400.00'],
    ['Luc', 'Gagné', '450 555 0166', 'luc@hotmail.com', 'Laval', 'QC', 'H7N 2K5', '06/12/1979', '30/06/2026', '$5,600'],
    ['Nathalie', 'Roy', '(514) 555-0133', 'nroy@roy.ca', 'Montréal', 'QC', 'H3B 2Y5', '02/12/1970', '30/11/2026', '$22,000'],
  ];

  it('is read as Canada\'s, in Canadian dollars, its postal codes held to Canada Post\'s shape', () => {
    const p = planOf(QUEBEC);
    expect(notes(p)).toContainEqual(['locale.region', { region: 'CA', numbers: 5 }]);
    expect(notes(p)).toContainEqual(['locale.currency', { currency: 'CAD' }]);
    expect(issuesOf(p)).not.toContain('postcode.invalidUs');
    expect(after(p, 2, 'Postal Code')).toEqual({ kind: 'text', value: 'H2X 1Y4' });
  });

  it('reads its dates in the order the sheet itself shows (20/11/2026: day first), not the US order', () => {
    const p = planOf(QUEBEC);
    expect(issuesOf(p)).not.toContain('date.ambiguous');
    expect(codes(p)).toContain('dates.columnDayFirst');
    expect(codes(p)).not.toContain('dates.regionMonthFirst');
  });

  it('leaves dates no date of the sheet settles flagged: Canada writes both orders', () => {
    const p = planOf(QUEBEC.map((r) => r.slice(0, 8)));
    expect(notes(p)).toContainEqual(['locale.region', { region: 'CA', numbers: 5 }]);
    expect(issuesOf(p).filter((c) => c === 'date.ambiguous')).toHaveLength(5);
  });

  it('while a sheet of US area codes stays a US one', () => {
    const p = planOf([['Name', 'Phone'], ['Ann Lee', '(212) 555-0100'], ['Bob Ray', '(415) 555-0132'], ['Cy Dunn', '(646) 743-7902']]);
    expect(notes(p)).toContainEqual(['locale.region', { region: 'US', numbers: 3 }]);
  });
});

describe('a Chinese team\'s sheet with a few foreign customers stays Chinese', () => {
  const BEIJING = [
    ['公司名称', '联系人', '联系电话', '合同金额', '最近联系'],
    ...['王', '李', '张', '刘', '陈', '杨', '赵', '黄'].map((s, i) => [`北京${s}氏科技有限公司`, `${s}经理`, `010-${7138 + i * 111}-${6785 + i}`, i % 2 ? '600000' : '20000', '2026-01-15']),
    ['首尔贸易株式会社', '金经理', '+82 10-1234-5678', '80000', '2026-02-15'],
    ['北京周氏科技有限公司', '周经理', '13812345678', '150000', '2026-03-15'],
  ];

  it('one +82 beside Beijing landlines (010-7138-6785 is also a valid Korean mobile) is one Korean customer, not a Korean sheet', () => {
    const p = plan(BEIJING, {}, GUESS);
    expect(codes(p)).not.toContain('locale.region');
    expect(issuesOf(p)).not.toContain('phone.invalid');
    expect(p.classification.rows.filter((r) => r.labels.tier === 'high').length).toBe(5);
  });

  it('three overseas $ amounts among plain yuan ones keep the yuan and its tiers; the $ ones are said to be another currency', () => {
    const rows = [['客户名称', '手机', '成交金额'], ...Array.from({ length: 30 }, (_, i) => [`客户${i + 1}`, `1381234${String(1000 + i)}`, String(5_000 + i * 10_000)])];
    rows.push(['Acme Inc', '+1 212 555 0100', '$8,000'], ['Globex', '+1 212 555 0101', '$25,000'], ['Initech', '+1 212 555 0102', '$40,000']);
    const p = plan(rows, {}, GUESS);
    expect(codes(p)).not.toContain('classify.currencyTiers');
    expect(p.classification.rows.filter((r) => r.labels.tier === 'high').length).toBe(20);
  });
});

describe('a Québec shop\'s amounts written two ways in one column', () => {
  // The owner types 1 250,00 $ as Québec does; an English-speaking colleague typed $3,400.00.
  const p = planOf([
    ['Customer Name', 'Company', 'Phone', 'Email', 'Total Spent', 'Last Purchase Date', 'Sales Rep'],
    ['Marie Tremblay', 'Boulangerie Tremblay', '(514) 555-0134', 'marie@tremblay.ca', '1 250,00 $', '2024-10-14', 'Luc Gagnon'],
    ['Jean Roy', 'Roy Plomberie', '(514) 555-0178', 'jean@royplomberie.ca', '$3,400.00', '2024-09-02', 'Luc Gagnon'],
    ['Sophie Gagnon', 'Café Gagnon', '(438) 555-0121', 'sophie@cafegagnon.ca', '12 800,50 $', '2024-11-20', 'Julie Côté'],
    ['Paul Martin', 'Martin Auto', '(416) 555-0190', 'paul@martinauto.ca', '$950.00', '2024-07-30', 'Julie Côté'],
    ['Anne Lavoie', 'Lavoie Fleurs', '(514) 555-0166', 'anne@lavoie.ca', '1,250', '2024-06-01', 'Julie Côté'],
  ]);

  it('reads each cell by its own decimal mark: 1 250,00 $ is 1250, beside $3,400.00, and 1,250 stays a thousand', () => {
    expect(p.issues.filter((i) => i.code === 'amount.invalid')).toEqual([]);
    expect([2, 3, 4, 5, 6].map((row) => after(p, row, 'Total Spent'))).toEqual([
      // Each keeps its $ where it was typed, in its format (currency-format.ts).
      { kind: 'number', value: 1250, format: '#,##0.00" $"' }, { kind: 'number', value: 3400, format: '"$"#,##0.00' },
      { kind: 'number', value: 12800.5, format: '#,##0.00" $"' }, { kind: 'number', value: 950, format: '"$"#,##0.00' }, { kind: 'number', value: 1250 },
    ]);
  });
});
