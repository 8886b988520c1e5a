/**
 * A --merge of a customer two reps hold (撞单) where the owner rule cannot decide (no 创建日期 for
 * first touch, or the reps' days tie) keeps the row the survivor rules chose, and with it that row's
 * rep. The summary says so, naming the group, the rep kept and the other(s), and the merged-values
 * note keeps the other rep's name: the customer is not silently handed to one of them (tester h68, 17).
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

// A 外贸 buyer met on Alibaba by Lily and at the Canton Fair by Tom; the sheet has no created date.
const B2B = [
  'Company 公司,Contact 联系人,WhatsApp,Email,Sales 业务员,Source 来源',
  'Al Noor Trading LLC,Ahmed Hassan,+971 50 123 4567,ahmed@alnoor.ae,Lily 李丽,Alibaba',
  'Sharma Imports,Priya Sharma,+91 98450 12345,priya@sharmaimports.in,Amy 艾敏,Alibaba',
  'AL NOOR TRADING L.L.C.,Ahmed Hassan,971501234567,AHMED@alnoor.ae,Tom 汤明,Canton Fair',
].join('\r\n');

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  writeFileSync(path.join(dir, 'leads.csv'), B2B);
});
afterEach(() => cleanup());

async function merged(lang: 'zh-CN' | 'en'): Promise<string> {
  const io = captureIo(dir, { LANG: lang === 'en' ? 'en_US.UTF-8' : 'zh_CN.UTF-8' });
  const code = await main(['clean', 'leads.csv', '--out', 'out.xlsx', '--today', '2026-12-04', '--lang', lang, '--merge'], io);
  expect(code).toBe(0);
  return io.out;
}

it('says in the summary which rep the merge kept the customer for, and whom it did not, in zh-CN and en', async () => {
  const zh = await merged('zh-CN');
  expect(zh).toMatch(/其中 1 组撞单没有归属规则能决定.*G1：保留 (Lily 李丽|Tom 汤明)，另有 (Tom 汤明|Lily 李丽).*dedupe\.ownerRule/);
  const en = await merged('en');
  expect(en).toMatch(/1 owner conflict no owner rule decided.*G1: kept for (Lily 李丽|Tom 汤明), also held by (Tom 汤明|Lily 李丽).*dedupe\.ownerRule/);
});

it('says nothing of it when the owner rule decided (a created date on each row)', async () => {
  const dated = B2B.split('\r\n').map((line, i) => `${line},${['Created 创建日期', '2026-03-05', '2026-04-01', '2026-07-20'][i]}`).join('\r\n');
  writeFileSync(path.join(dir, 'leads.csv'), dated);
  const zh = await merged('zh-CN');
  expect(zh).toContain('按先录入');
  expect(zh).not.toContain('没有归属规则能决定');
});
