/**
 * A Google Contacts export cleaned into a CSV goes back into Google: several values of one field in
 * one cell (labels, phones, e-mails) stay apart by Google's " ::: ", the only separator it reads.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { readCsv } from '../../cli/io/read-csv';
import { cellText } from '../../shared';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** Google's 2024 export: 陈静 twice (her e-mail), 李强 with two mobiles, 王芳 with two addresses. */
const EXPORT = [
  'First Name,Last Name,Organization Name,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value',
  '芳,王,星辰科技有限公司,* myContacts ::: VIP,Work,wangfang@xingchen-tech.cn ::: Wang.Fang@Gmail.com,Mobile,+86 138 1234 5678',
  '强,李,浦发贸易,* myContacts ::: 老客户,Work,liqiang1979@163.com,Mobile,13901234567 ::: 139 1111 2222',
  '静,陈,蓝海国际物流,* myContacts ::: 老客户 ::: VIP,Work,chenjing@lanhai.com.cn,Mobile,15012345678',
  '静,陈,,* myContacts ::: 供应商,Work,chenjing@lanhai.com.cn,,',
].join('\r\n');

async function cleaned(...flags: string[]): Promise<Record<string, string>[]> {
  writeFileSync(path.join(dir, 'contacts.csv'), EXPORT);
  const code = await main(['clean', 'contacts.csv', '--out', 'out.csv', '--today', '2026-12-02', '--lang', 'zh-CN', '--quiet', ...flags], captureIo(dir));
  expect(code).toBe(0);
  const grid = readCsv(readFileSync(path.join(dir, 'out.csv')), 'out.csv');
  const [head, ...rows] = grid.cells.map((row) => row.map(cellText));
  return rows.map((row) => Object.fromEntries(head.map((h, i) => [h, row[i] ?? ''])));
}

describe('a Google Contacts export cleaned to CSV', () => {
  it('unites the labels of a merged contact with " ::: ", * myContacts once', async () => {
    const rows = await cleaned('--merge');
    const chen = rows.filter((r) => r['First Name'] === '静');
    expect(chen).toHaveLength(1);
    expect(chen[0].Labels).toBe('* myContacts ::: 老客户 ::: VIP ::: 供应商');
  }, 30_000);

  it('keeps " ::: " between the cleaned numbers and addresses of one cell', async () => {
    const rows = await cleaned();
    expect(rows.find((r) => r['First Name'] === '强')!['Phone 1 - Value']).toBe('13901234567 ::: 13911112222');
    expect(rows.find((r) => r['First Name'] === '芳')!['E-mail 1 - Value']).toBe('wangfang@xingchen-tech.cn ::: wang.fang@gmail.com');
  }, 30_000);
});
