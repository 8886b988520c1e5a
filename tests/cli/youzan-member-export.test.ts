/**
 * 有赞's 客户 export, as a shop downloads it (tests/fixtures/youzan-members.csv: 24 members of a
 * Hangzhou baby-goods chain): every column a customer's is read into its field, 成为会员时间 as the day he
 * joined (created, no purchase) and 所属导购 as the shop assistant who keeps him; the shop's own
 * figures (客单价, 积分, 储值余额, 归属门店) and the WeChat nickname beside his name stay as typed. The
 * classes and reminders read what he bought and when, not when he joined.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, fixture, tempDir } from './helpers';

interface Report {
  columns: { header: string; field: string | null }[];
  rows: { row: number; issues: { header: string | null; code: string }[]; changes: { header: string; after: string | null }[]; labels: Record<string, string> }[];
  reminders: { owner: string; kind: string; row: number; customer: string; due: string }[];
  groups: unknown[];
}

let report: Report;
let summary: string;
let cleanup: () => void;
beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = tempDir());
  const io = captureIo(dir);
  const code = await main(['clean', fixture('youzan-members.csv'), '--today', '2024-12-01', '--out', 'out.xlsx', '--json', 'out.json', '--lang', 'zh-CN', '--quiet'], io);
  expect([code, io.err]).toEqual([0, '']);
  summary = io.out;
  report = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as Report;
});
afterAll(() => cleanup());

const row = (name: string) => report.rows.find((r) => r.row === rowOf(name))!;
const NAMES = readFileSync(fixture('youzan-members.csv'), 'utf8').split('\n').slice(1).map((line) => line.split(',')[0]);
const rowOf = (name: string) => NAMES.indexOf(name) + 2;

describe('有赞 客户 export', () => {
  it('reads each column into its field, 成为会员时间 the day he joined and 所属导购 his owner', () => {
    expect(Object.fromEntries(report.columns.map((c) => [c.header, c.field]))).toEqual({
      客户姓名: 'name', 微信昵称: null, 手机号: 'mobile', 性别: 'gender', 生日: 'birthday', 所在地区: 'province',
      会员等级: 'tier', 成为会员时间: 'createdAt', 最近消费时间: 'lastPurchase', '累计消费金额(元)': 'amount', 消费次数: 'orders',
      '客单价(元)': null, 积分: null, '储值余额(元)': null, 标签: 'tags', 所属导购: 'owner', 归属门店: null, 来源渠道: 'source',
    });
    expect(summary).toContain('未识别的列（原样保留；可在设置 headers.overrides 中指定）：“微信昵称”，“客单价(元)”，“积分”，“归属门店”\n');
    // A balance is named apart, with what it is read for (cli/unread-columns.ts balanceColumnsLine).
    expect(summary).toContain('余额列（不计入消费；合并重复客户时，归档行上的余额会单独提醒）：“储值余额(元)”\n');
  });

  it('finds nothing wrong in a clean export, and no member twice', () => {
    expect(report.rows.flatMap((r) => r.issues)).toEqual([]);
    expect(report.groups).toEqual([]);
  });

  it('classes members by what they bought and when: amounts win over the 会员等级', () => {
    // ¥156,300, last bought 2024-05-10: high value, dormant; his 钻石会员 agrees.
    expect(row('刘建国').labels).toMatchObject({ lifecycle: 'existing', activity: 'dormant', tier: 'high' });
    // 黄金会员 by the shop's ladder, ¥23,580 by the amounts' tiers: medium.
    expect(row('张敏').labels).toMatchObject({ lifecycle: 'existing', activity: 'active', tier: 'medium' });
    // Last bought 2023-06-30, over a year ago.
    expect(row('孙浩').labels).toMatchObject({ lifecycle: 'churned', activity: 'lost' });
  });

  it('takes no join day for a purchase: a member who joined and never bought is potential, his activity unknown', () => {
    for (const name of ['赵倩', '秦岚']) expect(row(name).labels).toMatchObject({ lifecycle: 'potential', activity: 'unknown' });
  });

  it('reminds each shop assistant of her members: birthdays this week, a high-value member gone quiet', () => {
    expect(report.reminders.map((r) => [r.owner, r.kind, r.customer, r.due]).sort()).toEqual([
      ['周杰', 'birthday', '朱琳', '2024-12-03'],
      ['李婷', 'birthday', '李娜', '2024-12-08'],
      ['王丽', 'birthday', '陈晓燕', '2024-12-05'],
      ['王丽', 'highValueDormant', '刘建国', '2024-08-09'],
    ]);
  });
});
