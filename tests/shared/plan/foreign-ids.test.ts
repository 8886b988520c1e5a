/**
 * Identity numbers of Singapore (NRIC), Malaysia (IC No., MyKad), Taiwan (身分證字號), Hong Kong and
 * Macau (HKID, 證件號碼), and Taiwan's company numbers (統一編號): each column is read as the ID or
 * the company's code, and none of its numbers is called a broken Chinese resident ID or credit code.
 */
import { matchHeader } from '../../../shared/schema/header-match';
import { planOf } from './helpers';

const issuesOf = (plan: ReturnType<typeof planOf>, prefix: string) => plan.issues.filter((i) => i.code.startsWith(prefix)).map((i) => i.code);

describe('their headers', () => {
  it.each([['NRIC'], ['NRIC No.'], ['IC'], ['IC No.'], ['I/C No'], ['IC Number'], ['MyKad'], ['MyKad No.'], ['HKID'], ['身分證字號'], ['身分證']])('%j names the ID number', (header) => {
    expect(matchHeader(header)?.field).toBe('idCard');
  });

  it.each([['IC Card Balance'], ['Topic'], ['Music']])('%j does not: IC alone only as the whole header', (header) => {
    expect(matchHeader(header)?.field).not.toBe('idCard');
  });
});

describe('identity numbers of other places', () => {
  it.each([
    [
      'a Singapore shop',
      [
        ['Customer Name', 'NRIC', 'Mobile', 'DOB'],
        ['Tan Wei Ming', 'S1234567D', '+65 9123 4567', '1980-12-02'],
        ['Lim Mei Ling', 'T0123456G', '8123 4567', '2001-12-05'],
        ['Ahmad bin Ali', 'S7654321A', '9876 5432', '1976-12-20'],
      ],
      { phone: { defaultRegion: 'SG' } },
    ],
    [
      'a Malaysian shop, in its Chinese sheet\'s default region',
      [
        ['Nama / 姓名', '电话 Phone', 'IC No.', '生日'],
        ['陈志强', '+60 12-345 6789', '800101-14-5678', '1980-01-01'],
        ['林美华', '+60 12-345 6780', '851205-10-1234', '1985-12-05'],
        ['Tan Ah Seng', '+60 11-1234 5678', '901201075555', '1990-12-01'],
      ],
      {},
    ],
    [
      'MyKad',
      [
        ['Name', 'MyKad', 'Phone'],
        ['Siti Nurhaliza', '790111-05-5588', '+60 13-222 3344'],
      ],
      {},
    ],
    [
      'a Taiwan insurance agent\'s 身分證字號 and a Hong Kong salon\'s HKID',
      [
        ['客戶姓名', '身分證字號', '行動電話'],
        ['林國華', 'A123456789', '0912-345-678'],
        ['陳美玲', 'F223456781', '0921-555-888'],
        ['何家明', 'A123456(7)', '+852 9123 4567'],
      ],
      {},
    ],
  ])('%s: read as the ID number, kept as typed, none flagged', (_, rows, settings) => {
    const plan = planOf(rows, settings);
    expect(plan.columns.find((c) => c.header === rows[0].find((h) => /nric|ic no|mykad|身分/i.test(h)))?.field).toBe('idCard');
    expect(issuesOf(plan, 'idCard.')).toEqual([]);
    expect(issuesOf(plan, 'birthday.')).toEqual([]);
    expect(plan.edits.filter((e) => e.field === 'idCard' && e.reason !== 'fix.spaces')).toEqual([]);
  });

  it('a Chinese resident ID beside them is still held to its check', () => {
    const plan = planOf([
      ['Name', 'IC No.'],
      ['王芳', '11010519491231002X'],
      ['陈静', '110105194912310021'],
    ]);
    expect(issuesOf(plan, 'idCard.')).toEqual(['idCard.checksum']);
  });
});

describe('Taiwan\'s 統一編號 in a B2B sheet', () => {
  it('is the company\'s code: its 8-digit numbers, leading zero and all, are no broken credit codes', () => {
    const plan = planOf([
      ['公司名稱', '統一編號', '聯絡人', '行動電話'],
      ['台灣精密機械股份有限公司', '04595252', '林國華', '0912-345-678'],
      ['永豐五金有限公司', '22099131', '陳先生', '0921-555-888'],
      ['臺灣精密機械股份有限公司', '04595252', '王小姐', '0933-111-222'],
    ], { phone: { defaultRegion: 'TW' } });
    expect(plan.columns[1].field).toBe('uscc');
    expect(issuesOf(plan, 'uscc.')).toEqual([]);
    expect(plan.edits.filter((e) => e.field === 'uscc')).toEqual([]);
  });
});
