/**
 * A client of Hong Kong, Singapore or Malaysia has two names: his Chinese name and his romanised or
 * English one (陈伟明 is Tan Wei Meng in Hokkien; 陳大文 is CHAN Tai Man, and Peter Chan at work).
 * Typed once under each, with the same mobile, birthday and mailbox, he is one customer, likely; not
 * "different names" for review (testers h75 #14, h74 #4). His other name is read from brackets in the
 * name cell and from a 中文名 / Chinese Name / English Name column beside the name, which stays his.
 * A note in brackets (李娜 (VIP)) is no name.
 */
import { run, resolveSettings, type Plan } from '../../../shared';
import { reasonTexts } from '../../../shared/dedupe/reason-text';
import { gridOf, TODAY } from './helpers';

const MALAYSIA = [
  ['Name', 'Phone', 'Email', 'Birthday', 'Salesperson'],
  ['陈伟明 (Tan Wei Meng)', '+60 12-888 1234', 'tanweimeng@gmail.com', '1978-12-08', 'Ah Seng'],
  ['林美玲', '+60 16-201 5001', 'meiling.lim@yahoo.com.my', '1966-02-02', '美玲'],
  ['Tan Wei Meng', '012-888 1234', 'tan.wei.meng@gmail.com', '1978-12-08', '美玲'],
  ['Ahmad bin Ismail', '+60 13-777 0001', 'ahmad.ismail@yahoo.com.my', '1980-05-01', 'Ahmad'],
];

const HONG_KONG = [
  ['Client Name', '中文名', 'Mobile', 'Email', 'DOB', 'Account Manager'],
  ['CHAN Tai Man', '陳大文', '9123 4567', 'taiman.chan@yahoo.com.hk', '1978-12-05', 'Karen Yip'],
  ['WONG Mei Ling', '黃美玲', '9876 5432', 'meiling.wong@gmail.com', '1985-03-14', 'Jason Lo'],
  ['Peter Chan', '陳大文', '+852 9123-4567', 'TaiMan.Chan@yahoo.com.hk', '1978-12-05', 'Jason Lo'],
  // Her daughter on the family's mobile: another name in both columns, another birthday.
  ['WONG Ka Yan', '黃嘉欣', '9876 5432', '', '2012-07-30', 'Jason Lo'],
];

/** The same Chinese sheet, the romanised name in brackets after the 姓名. */
const CHINESE = [
  ['姓名', '手机', '邮箱', '生日', '销售'],
  ['陈伟明（Tan Wei Meng）', '+60 12-888 1234', 'tanweimeng@gmail.com', '1978-12-08', '阿成'],
  ['李娜 (VIP)', '13812345678', 'lina@qq.com', '1990-01-02', '阿成'],
  ['Tan Wei Meng', '+60 12 888 1234', 'tan.wei.meng@gmail.com', '1978-12-08', '美玲'],
];

function planOf(rows: string[][], input: object): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const groupOf = (plan: Plan, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));

describe('one client under his Chinese and his romanised name', () => {
  it('finds 陈伟明 (Tan Wei Meng) and Tan Wei Meng likely, without "different names"', () => {
    const plan = planOf(MALAYSIA, { language: 'en', phone: { defaultRegion: 'MY' } });
    const g = groupOf(plan, 2)!;
    expect([g.rows, g.confidence]).toEqual([[2, 4], 'likely']);
    expect(reasonTexts('en', g.reasons).join('; ')).not.toMatch(/different names/);
  });

  it('reads a 中文名 column beside Client Name as his second name: CHAN Tai Man and Peter Chan, both 陳大文, are likely', () => {
    const plan = planOf(HONG_KONG, { language: 'en', phone: { defaultRegion: 'HK' } });
    const col = plan.columns.find((c) => c.header === '中文名')!;
    expect([col.field, col.extra]).toEqual(['name', true]);
    expect(plan.columns.find((c) => c.header === 'Client Name')?.field).toBe('name');
    const g = groupOf(plan, 2)!;
    expect([g.rows, g.confidence]).toEqual([[2, 4], 'likely']);
    // A mother and her daughter on one mobile stay two people.
    expect(groupOf(plan, 3)?.confidence ?? 'none').not.toBe('likely');
    expect(groupOf(plan, 3)?.rows ?? []).not.toContain(2);
  });

  it('reads the romanised name in brackets in a Chinese sheet, and no note in brackets as a name', () => {
    const plan = planOf(CHINESE, { phone: { defaultRegion: 'MY' } });
    const g = groupOf(plan, 2)!;
    expect([g.rows, g.confidence]).toEqual([[2, 4], 'likely']);
    expect(groupOf(plan, 3)).toBeUndefined();
  });
});
