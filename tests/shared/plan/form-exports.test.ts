/**
 * Form and survey exports in a whole run (the tester's Qualtrics, SurveyMonkey, Typeform, Gravity
 * Forms, Wufoo, Google Forms, 腾讯问卷 and Mailchimp files): a row is one response, and what the form
 * records about answering it (when, from which IP address and page) is no fact about the customer.
 */
import type { Plan } from '../../../shared';
import { planOf } from './helpers';

const fieldOf = (plan: Plan, header: string) => plan.columns.find((c) => c.header === header)?.field;
const fieldsOf = (plan: Plan) => Object.fromEntries(plan.columns.filter((c) => c.header !== '').map((c) => [c.header, c.field]));

describe('the tester\'s Qualtrics feedback survey: three header rows', () => {
  // Qualtrics writes its column names, then the questions, then {"ImportId": …} under each.
  const importIds = ['startDate', 'endDate', 'status', 'ipAddress', 'progress', 'duration', 'finished', 'recordedDate', '_recordId', 'recipientLastName', 'recipientFirstName',
    'recipientEmail', 'externalDataReference', 'locationLatitude', 'locationLongitude', 'distributionChannel', 'userLanguage', 'QID1_TEXT', 'QID2_TEXT', 'QID3_TEXT', 'QID4_1', 'QID4_2', 'QID5_TEXT'];
  const plan = planOf([
    ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId', 'RecipientLastName', 'RecipientFirstName',
      'RecipientEmail', 'ExternalReference', 'LocationLatitude', 'LocationLongitude', 'DistributionChannel', 'UserLanguage', 'Q1', 'Q2', 'Q3', 'Q4_1', 'Q4_2', 'Q5'],
    ['Start Date', 'End Date', 'Response Type', 'IP Address', 'Progress', 'Duration (in seconds)', 'Finished', 'Recorded Date', 'Response ID', 'Recipient Last Name', 'Recipient First Name',
      'Recipient Email', 'External Data Reference', 'Location Latitude', 'Location Longitude', 'Distribution Channel', 'User Language', 'What is your full name?', 'What is your phone number?',
      'What is your email?', 'How satisfied are you with... - Service', 'How satisfied are you with... - Price', 'Any other comments?'],
    importIds.map((id) => `{"ImportId": "${id}"}`),
    ['2024-11-12 22:53:47', '2024-11-12 22:53:47', 'IP Address', '91.14.238.199', '100', '295', 'True', '2024-11-12 22:53:47', 'R_3bfdLPhM0d1ha6g', '', '', '', '', '36.1223', '-111.8066',
      'anonymous', 'EN', 'Elizabeth Jones', '917-984-6380', 'elizabeth.jones3@gmail.com', 'Very satisfied', 'Satisfied', ''],
    ['2024-11-05 00:55:00', '2024-11-05 00:55:00', 'IP Address', '50.110.84.224', '100', '210', 'True', '2024-11-05 00:55:00', 'R_jkg043gf5gMjaLN', '', '', '', '', '32.4893', '-113.4434',
      'anonymous', 'EN', 'Elizabeth Davis', '212-539-4937', 'elizabeth.davis1@gmail.com', 'Neutral', 'Dissatisfied', ''],
    ['2024-10-27 09:30:44', '2024-10-27 09:30:44', 'IP Address', '64.94.246.121', '100', '761', 'True', '2024-10-27 09:30:44', 'R_fbia6LMa08NLM19', '', '', '', '', '30.1362', '-117.8973',
      'anonymous', 'EN', 'Mary Jones', '415-838-3219', 'mary.jones2@gmail.com', 'Very satisfied', 'Dissatisfied', 'Great staff'],
  ], { phone: { defaultRegion: 'US' } });

  it('reads Start Date and End Date as when the survey was answered: no contract, none "expired"', () => {
    expect(fieldOf(plan, 'Start Date')).toBeNull();
    expect(fieldOf(plan, 'End Date')).toBeNull();
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract' || r.kind === 'contractExpired')).toEqual([]);
  });

  it('never reads the IP address as the customer\'s address', () => {
    expect(fieldOf(plan, 'IP Address')).toBeNull();
    expect(plan.columns.some((c) => c.field === 'address')).toBe(false);
  });

  it('reads the questions for name, phone and e-mail', () => {
    expect(fieldOf(plan, 'What is your full name?')).toBe('name');
    expect(fieldOf(plan, 'What is your phone number?')).toBe('phone');
    expect(fieldOf(plan, 'What is your email?')).toBe('email');
  });

  it('takes the {"ImportId": …} row for no respondent, and says so', () => {
    expect(plan.headerRow).toBe(2);
    expect(plan.stats.rows).toBe(3);
    expect(plan.problems).toContainEqual(expect.objectContaining({ code: 'sheet.sectionRows', params: expect.objectContaining({ rows: '3' }) }));
  });
});

describe('the tester\'s SurveyMonkey export: a two-row header, the respondent\'s columns named on the upper row only', () => {
  const plan = planOf([
    ['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1', 'Please provide your contact information:',
      '', '', '', '', '', '', '', '', '', 'How likely are you to recommend us to a friend?', 'Which services did you use? (select all)', '', '', ''],
    ['', '', '', '', '', '', '', '', '', 'Name', 'Company', 'Address', 'Address 2', 'City/Town', 'State/Province', 'ZIP/Postal Code', 'Country', 'Email Address', 'Phone Number',
      'Response', 'Haircut', 'Color', 'Styling', 'Other (please specify)'],
    ['11400761218', '431234567', '11/14/2024 7:33:22 AM', '11/14/2024 7:33:22 AM', '48.136.227.4', '', '', '', '', 'Elizabeth Williams', '', '636 Elm St', '', 'Austin', 'TX', '78701',
      'United States', 'elizabeth3@gmail.com', '(213) 225-1735', '1', '', '', 'Styling', ''],
    ['11400651156', '431234567', '10/7/2024 1:37:23 AM', '10/7/2024 1:37:23 AM', '51.185.188.248', '', '', '', '', 'Thomas Moore', 'Acme', '677 Elm St', '', 'Austin', 'TX', '78701',
      'United States', 'thomas46@gmail.com', '(718) 786-1404', '7', 'Haircut', '', '', ''],
  ]);

  it('reads the group header\'s two rows as one: A–I keep their names from the upper row', () => {
    expect(plan.headerRow).toBe(2);
    expect(plan.columns.slice(0, 9).map((c) => c.header)).toEqual(['Respondent ID', 'Collector ID', 'Start Date', 'End Date', 'IP Address', 'Email Address', 'First Name', 'Last Name', 'Custom Data 1']);
    expect(fieldOf(plan, 'Name')).toBe('name');
    expect(fieldOf(plan, 'Phone Number')).toBe('phone');
  });

  it('reads neither the response\'s dates as a contract nor its IP address as an address', () => {
    expect(fieldOf(plan, 'Start Date')).toBeNull();
    expect(fieldOf(plan, 'End Date')).toBeNull();
    expect(fieldOf(plan, 'IP Address')).toBeNull();
    expect(plan.reminders.reminders.filter((r) => r.kind === 'contract' || r.kind === 'contractExpired')).toEqual([]);
  });

  it('no longer warns of data under a blank header', () => {
    expect(plan.problems.some((p) => p.code === 'sheet.blankHeaders')).toBe(false);
  });
});

describe('the tester\'s Typeform responses', () => {
  const plan = planOf([
    ['#', 'What\'s your name?', 'And your email, {{field:xyz}}?', 'Phone number', 'Which days suit you?', 'Date of birth', 'Do you agree to receive marketing emails?', 'Start Date (UTC)',
      'Submit Date (UTC)', 'Network ID', 'Tags'],
    ['4fordiagdmgfpif27r556cc9kau64azp', 'Barbara Johnson', 'barbara.johnson@outlook.com', '+17188229505', 'Friday, Saturday, Sunday', '1990-03-15', '0', '2024-10-17 13:44:20',
      '2024-10-17 13:44:20', '5fb269a997', ''],
    ['zy0of6kom1h8f2d4reyg7ocvl8yd7qkn', 'Susan Davis', 'susan.davis@outlook.com', '+17183582284', 'Friday, Saturday, Sunday', '1990-03-15', '0', '2024-10-02 02:55:20',
      '2024-10-02 02:55:20', 'f5c016d76b', ''],
  ]);

  it('reads "What\'s your name?" as the name', () => {
    expect(fieldOf(plan, 'What\'s your name?')).toBe('name');
  });

  it('reads Start Date (UTC) as when the form was opened, not as a contract start', () => {
    expect(fieldOf(plan, 'Start Date (UTC)')).toBeNull();
    expect(plan.columns.some((c) => c.field === 'contractStart' || c.field === 'contractEnd')).toBe(false);
  });
});

describe('the tester\'s Gravity Forms and Wufoo entries: a field of several inputs, a column per input', () => {
  const gravity = planOf([
    ['Entry Id', 'Entry Date', 'Name (First)', 'Name (Last)', 'Email', 'Phone', 'Address (Street Address)', 'Address (City)', 'Address (State / Province)', 'Address (ZIP / Postal Code)',
      'User IP', 'Source Url', 'Created By (User Id)'],
    ['100', '2024-11-01 23:58:49', 'Karen', 'Taylor', 'karen@taylor.net', '(212) 720-8711', '400 Cedar Ln', 'Portland', 'Oregon', '97201', '77.56.137.91', 'https://example.com/contact/', '1'],
    ['101', '2024-11-10 05:21:26', 'Patricia', 'Davis', 'patricia@davis.net', '(718) 834-4810', '970 Cedar Ln', 'Portland', 'Oregon', '97201', '38.169.189.97', 'https://example.com/contact/', '1'],
  ], { phone: { defaultRegion: 'US' } });
  const wufoo = planOf([
    ['Entry Id', 'Name - First', 'Name - Last', 'Email', 'Phone Number', 'Address - Street Address', 'Address - City', 'Address - State / Province / Region', 'Address - Postal / Zip Code',
      'Date Created', 'Created By', 'Last Updated', 'Updated By', 'IP Address', 'Last Page Accessed', 'Completion Status'],
    ['1', 'Ann', 'Lee', 'ann@lee.net', '(212) 555-0101', '1 Main St', 'New York', 'NY', '10001', '2024-11-03 14:22:05', 'public', '', '', '66.249.66.1', '1', '1'],
    ['2', 'Bob', 'Ray', 'bob@ray.net', '(212) 555-0102', '2 Main St', 'New York', 'NY', '10001', '2024-11-04 10:02:05', 'public', '', '', '66.249.66.2', '1', '1'],
  ], { phone: { defaultRegion: 'US' } });

  it('reads each input as its own field (Gravity Forms: in brackets)', () => {
    expect(fieldsOf(gravity)).toMatchObject({
      'Name (First)': 'firstName', 'Name (Last)': 'lastName', 'Address (Street Address)': 'address', 'Address (City)': 'city',
      'Address (State / Province)': 'province', 'Address (ZIP / Postal Code)': 'postcode',
    });
  });

  it('reads each input as its own field (Wufoo: after a dash)', () => {
    expect(fieldsOf(wufoo)).toMatchObject({
      'Name - First': 'firstName', 'Name - Last': 'lastName', 'Address - Street Address': 'address', 'Address - City': 'city',
      'Address - State / Province / Region': 'province', 'Address - Postal / Zip Code': 'postcode',
    });
  });

  it('reads neither the page the form was sent from as the customer\'s website nor the IP address as his address', () => {
    expect(fieldOf(gravity, 'Source Url')).toBeNull();
    expect(fieldOf(gravity, 'User IP')).toBeNull();
    expect(fieldOf(wufoo, 'IP Address')).toBeNull();
  });
});

describe('the tester\'s Google Forms sign-up: a question names the name', () => {
  const plan = planOf([
    ['Timestamp', 'Email Address', 'What is your name?', 'Phone number', 'What is your email address?', 'Date of birth', 'Which classes are you interested in?', 'How did you hear about us?'],
    ['9/17/2024 3:59:51', 'lisa.thomas33@gmail.com', 'Lisa Thomas', '452-818-1885', 'lisa.thomas33@gmail.com', '', 'Pilates, Yoga Basics, Meditation', 'Flyer'],
    ['9/21/2024 20:09:06', 'lisa.brown41@gmail.com', 'Lisa Brown', '452-929-3611', 'lisa.brown41@gmail.com', '', 'Pilates, Meditation', 'Flyer'],
  ], { phone: { defaultRegion: 'US' } });

  it('reads "What is your name?" as the name', () => {
    expect(fieldOf(plan, 'What is your name?')).toBe('name');
  });
});

describe('the tester\'s 腾讯问卷 answers: where the respondent\'s network is', () => {
  const plan = planOf([
    ['编号', '开始答题时间', '结束答题时间', '答题时长', '昵称', '地理位置国家和地区', '地理位置省', '地理位置市', '自定义字段', '1.您的称呼', '2.联系电话', '3.您的孩子几年级？', '4.想了解的课程(多选)', '5.方便联系的时间'],
    ['1', '2024-11-01 19:46:37', '2024-11-01 19:46:37', '4分50秒', '', '中国', '浙江', '杭州', '', '郭娜', '17787253819', '一年级', '编程', '工作日晚上'],
    ['2', '2024-11-01 18:12:50', '2024-11-01 18:12:50', '5分41秒', '', '中国', '浙江', '杭州', '', '高女士', '13828547379', '三年级', '编程', '随时'],
  ]);

  it('reads no 地理位置 column as the customer\'s province, city or country', () => {
    expect(fieldOf(plan, '地理位置国家和地区')).toBeNull();
    expect(fieldOf(plan, '地理位置省')).toBeNull();
    expect(fieldOf(plan, '地理位置市')).toBeNull();
  });
});

describe('the tester\'s Mailchimp audience export', () => {
  const plan = planOf([
    ['Email Address', 'First Name', 'Last Name', 'Address', 'Phone Number', 'Birthday', 'MEMBER_RATING', 'OPTIN_TIME', 'OPTIN_IP', 'CONFIRM_TIME', 'CONFIRM_IP', 'LATITUDE', 'LONGITUDE',
      'GMTOFF', 'DSTOFF', 'TIMEZONE', 'CC', 'REGION', 'LAST_CHANGED', 'LEID', 'EUID', 'NOTES', 'TAGS'],
    ['slopez874@gmail.com', 'Susan', 'Lopez', '', '', '', '2', '2024-07-27 02:56:29', '44.192.85.83', '2024-07-27 02:56:29', '50.199.217.136', '34.3803656', '-76.3607876',
      '-5', '-5', 'America/Chicago', 'US', 'IL', '2024-07-27 02:56:29', '425879939', '451e0f1a36', '', '"Customer"'],
    ['bmiller603@gmail.com', 'Barbara', 'Miller', '3679 Main St  Springfield IL 62704 US', '', '05/21', '3', '2024-10-23 15:38:32', '86.206.175.170', '2024-10-23 15:38:32', '94.47.247.221',
      '33.3150786', '-117.7631912', '-5', '-5', 'America/Los_Angeles', 'US', 'CA', '2024-10-23 15:38:32', '945763128', '170fbe7d5d', '', '"Customer"'],
  ]);

  it('reads MEMBER_RATING (opens and clicks, 1–5 stars) as no tier', () => {
    expect(fieldOf(plan, 'MEMBER_RATING')).toBeNull();
  });

  it('reads the geo-IP REGION and CC as no province or country, and the confirmation and change times as no date of the customer\'s (OPTIN_TIME, his signup, is when he was created)', () => {
    expect(fieldOf(plan, 'REGION')).toBeNull();
    expect(fieldOf(plan, 'CC')).toBeNull();
    expect(fieldOf(plan, 'OPTIN_TIME')).toBe('createdAt');
    for (const h of ['CONFIRM_TIME', 'LAST_CHANGED', 'LATITUDE', 'LONGITUDE', 'GMTOFF', 'DSTOFF', 'TIMEZONE', 'OPTIN_IP', 'CONFIRM_IP']) expect([h, fieldOf(plan, h)]).toEqual([h, null]);
  });
});

describe('the tester\'s Microsoft Forms export: ID | Start time | Completion time | Email | Name', () => {
  const plan = planOf([
    ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', 'Full name', 'Phone number', 'Company', 'How satisfied are you with our service?'],
    ['1', '11/3/24 9:12:04', '11/3/24 9:14:51', 'anonymous', '', '', 'Rachel Green', '(212) 555-0142', 'Green Interiors', 'Very satisfied'],
    ['2', '11/3/24 10:02:33', '11/3/24 10:05:10', 'anonymous', '', '11/4/24 8:00:00', 'Ross Geller', '(212) 555-0187', 'NY Museum', 'Satisfied'],
    ['4', '11/4/24 14:20:11', '11/4/24 14:22:40', 'anonymous', '', '', 'Monica Bing', '(646) 555-0113', 'Javu Restaurant', 'Neutral'],
  ], { phone: { defaultRegion: 'US' } });

  it('reads the response number (ID: 1, 2, 4) as no customer id', () => {
    expect(fieldOf(plan, 'ID')).toBeNull();
    expect(plan.columns.some((c) => c.field === 'customerId')).toBe(false);
  });

  it('reads Completion time as when the customer came in, and Last modified time as no update of his record', () => {
    expect(fieldOf(plan, 'Completion time')).toBe('createdAt');
    expect(fieldOf(plan, 'Start time')).toBeNull();
    expect(fieldOf(plan, 'Last modified time')).toBeNull();
  });

  it('still reads the questions for the name, phone and company', () => {
    expect(fieldsOf(plan)).toMatchObject({ 'Full name': 'name', 'Phone number': 'phone', Company: 'company' });
  });
});

describe('the tester\'s Qualtrics export with its one header row: Status says how a response came in', () => {
  const plan = planOf([
    ['StartDate', 'EndDate', 'Status', 'IPAddress', 'Progress', 'Duration (in seconds)', 'Finished', 'RecordedDate', 'ResponseId', 'RecipientLastName', 'RecipientFirstName', 'RecipientEmail', 'ExternalReference', 'Q1'],
    ['2024-11-12 22:50:02', '2024-11-12 22:53:47', 'IP Address', '91.14.238.199', '100', '225', 'True', '2024-11-12 22:53:47', 'R_3bfdLPhM0d1ha6g', 'Jones', 'Elizabeth', 'elizabeth.jones3@gmail.com', 'CUST-1001', 'Very satisfied'],
    ['2024-11-05 00:51:00', '2024-11-05 00:55:00', 'Survey Preview', '50.110.84.224', '100', '240', 'True', '2024-11-05 00:55:00', 'R_jkg043gf5gMjaLN', 'Davis', 'Elizabeth', 'elizabeth.davis1@gmail.com', 'CUST-1002', 'Neutral'],
    ['2024-10-27 09:20:44', '2024-10-27 09:30:44', 'Spam', '64.94.246.121', '100', '600', 'True', '2024-10-27 09:30:44', 'R_fbia6LMa08NLM19', 'Jones', 'Mary', 'mary.jones2@gmail.com', 'CUST-1003', 'Satisfied'],
  ]);

  it('reads Status as no status of the customer\'s, and ExternalReference as his id', () => {
    expect(fieldOf(plan, 'Status')).toBeNull();
    expect(fieldOf(plan, 'ExternalReference')).toBe('customerId');
  });
});

describe('a team\'s own columns beside its Google Forms responses', () => {
  it('keeps a Status the team added (Contacted, Won) and a customer No. as the customer\'s', () => {
    const plan = planOf([
      ['Timestamp', 'Email Address', 'What is your name?', 'Phone number', 'Status', 'No'],
      ['9/17/2024 3:59:51', 'lisa.thomas33@gmail.com', 'Lisa Thomas', '452-818-1885', 'Contacted', 'C-1042'],
      ['9/21/2024 20:09:06', 'lisa.brown41@gmail.com', 'Lisa Brown', '452-929-3611', 'Won', 'C-1043'],
      ['9/22/2024 10:00:00', 'tom.reed@gmail.com', 'Tom Reed', '452-929-3612', 'Do not contact', 'C-1044'],
    ], { phone: { defaultRegion: 'US' } });
    expect(fieldOf(plan, 'Status')).toBe('status');
    expect(fieldOf(plan, 'No')).toBe('customerId');
  });

  it('keeps a job sheet\'s Completion Time from making it a form: its ID is the customer\'s', () => {
    const plan = planOf([
      ['ID', 'Customer Name', 'Phone', 'Start Date', 'End Date', 'Completion Time'],
      ['1', 'Ann Lee', '(212) 555-0101', '2024-01-01', '2024-12-31', '3 days'],
      ['2', 'Bob Ray', '(212) 555-0102', '2024-02-01', '2025-01-31', '2 days'],
      ['3', 'Cal Fox', '(212) 555-0103', '2024-03-01', '2025-02-28', '1 day'],
    ], { phone: { defaultRegion: 'US' } });
    expect(fieldsOf(plan)).toMatchObject({ ID: 'customerId', 'Start Date': 'contractStart', 'End Date': 'contractEnd' });
  });
});
