/**
 * A salon's 储值余额 (Store credit) is no field's, but the run reads it: a merge warns of a balance left
 * on an archived card (shared/plan/held-elsewhere.ts). The summary no longer calls it unread
 * (未识别的列); it names it with what it is read for, and that it is not counted as spending.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

// A 美容院's 会员表: 储值余额 beside 累计消费, and 备注 no field reads.
const SALON = [
  '会员卡号,姓名,手机,累计消费,储值余额,最近到店,美容师,备用',
  '00012,何丽娟,13511112222,9800,1200,2024-11-20,小美,',
  '00013,罗婷,13622223333,12000,0,2024-06-01,小美,老客介绍',
  '00015,谢雨桐,13733334444,2600,300,2024-11-01,阿芳,',
].join('\r\n');

const SPA = [
  'Member ID,Name,Mobile,Lifetime Spend,Store Credit,Last Visit',
  'M1002,Olivia Bennett,0412 555 301,2480,150,2024-11-28',
  'M1003,Hannah Wright,0413 555 302,390,0,2024-08-14',
].join('\r\n');

const summary = async (file: string, text: string, lang: string) => {
  writeFileSync(path.join(dir, file), text);
  const io = captureIo(dir);
  const code = await main(['clean', file, '--lang', lang, '--today', '2024-12-01', '--out', 'out.csv'], io);
  expect(code).toBe(0);
  return io.out.split('\n');
};

describe('the summary of a salon\'s 会员表 with a 储值余额', () => {
  it('names 储值余额 with what it is read for, not among the unread columns', async () => {
    const lines = await summary('会员表.csv', SALON, 'zh-CN');
    expect(lines.find((l) => l.includes('未识别的列'))).toBe('  未识别的列（原样保留；可在设置 headers.overrides 中指定）：“备用”');
    expect(lines).toContain('  余额列（不计入消费；合并重复客户时，归档行上的余额会单独提醒）：“储值余额”');
  });

  it('says so in English of an English spa\'s Store Credit, and lists no unread column when no other is', async () => {
    const lines = await summary('members.csv', SPA, 'en');
    expect(lines.filter((l) => l.includes('Not read'))).toEqual([]);
    expect(lines).toContain('  Balance (not counted as spending; a merge warns of a balance left on an archived row): "Store Credit"');
  });
});

// A 物业 company's 业主台账: 欠费(元) is money the owner owes, read by a merge (dedupe/owed.ts), its unit
// in brackets or not (tester h68: the summary listed it as unread while the merge warned of it).
const WUYE = [
  '楼栋,房号,业主,联系电话,物业费到期,欠费(元),管家',
  '3栋,1201,陈静,13912345678,2026-12-20,1200,何丽',
  '5栋,0302,戴志,13822223333,2027-03-31,0,罗斌',
].join('\r\n');

const LANDLORD = [
  'Tenant,Mobile,Lease End,Arrears,Negotiator',
  'Priya Shah,07700 900123,2027-03-31,450.00,Tom Hale',
  'Owen Price,07700 900456,2027-06-30,0.00,Tom Hale',
].join('\r\n');

const ZH_OWED = '  欠费列（不计入消费；合并时只有客户编号不同的两个账户才相加，同一客户录了两次则保留行的金额不变，归档行上金额不同会单独提醒）：';
const EN_OWED = '  Money owed (not counted as spending; a merge adds it only across two accounts with different customer IDs; of a customer typed twice the kept row keeps its amount, and a different amount on an archived row is warned of): ';

describe('the summary of a sheet with money owed', () => {
  it('names 欠费(元) with what it is read for, not among the unread columns', async () => {
    const lines = await summary('业主台账.csv', WUYE, 'zh-CN');
    expect(lines.find((l) => l.includes('未识别的列'))).toBe('  未识别的列（原样保留；可在设置 headers.overrides 中指定）：“楼栋”，“房号”');
    expect(lines).toContain('  欠费列（不计入消费；合并时只有客户编号不同的两个账户才相加，同一客户录了两次则保留行的金额不变，归档行上金额不同会单独提醒）：“欠费(元)”');
  });

  it('says so in English of a letting agent\'s Arrears', async () => {
    const lines = await summary('tenants.csv', LANDLORD, 'en');
    expect(lines.filter((l) => l.includes('Not read'))).toEqual([]);
    expect(lines).toContain('  Money owed (not counted as spending; a merge adds it only across two accounts with different customer IDs; of a customer typed twice the kept row keeps its amount, and a different amount on an archived row is warned of): "Arrears"');
  });
});

// A Xero customer list: its bare Balance beside a Due Date is what the customer owes (h71: the en summary
// called it a balance held, the zh one of 婚庆 尾款 promised that a merge adds, and neither said the same).
const XERO = [
  'Customer;Phone;Email;Balance;Terms;Due Date;Sales Rep',
  'Müller GmbH;+49 30 1000000;info@mueller.de;1.234,50;Net 30;01.01.2027;Anna Vogel',
  'Alpenblick Hotel AG;+43 512 123456;buchhaltung@alpenblick.at;12.480,00;Net 30;20.11.2026;Jonas Roth',
].join('\r\n');

describe('the summary of a collection list, in both languages alike', () => {
  it.each([['zh-CN', ZH_OWED + '“Balance”'], ['en', EN_OWED + '"Balance"']] as const)('%s names its Balance as money owed, with what a merge does with it', async (lang, line) => {
    const lines = await summary('customers.csv', XERO, lang);
    expect(lines).toContain(line);
  });
});

