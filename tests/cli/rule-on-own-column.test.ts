/**
 * A 批发档口's boss runs his own rule on 欠款, a column no field reads: the run classes his customers
 * by it, says why with the column's name and amount, and leaves 欠款 as typed; a rule naming a column
 * his sheet does not have stops the run with the header he may have meant, and nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const LEDGER = [
  '店名,老板,手机,跟单,欠款,账期到期',
  '广州阳光服装店,吴勇,18674178688,阿珍,"¥14,900",2026-10-09',
  '广州美美批发部,马桂芳,13549036918,阿珍,0,2026-11-27',
  '佛山童趣童装,黄志强,13712345670,小刘,1.2万,2026-12-20',
  '东莞丽人服饰,陈丽,13600001234,老黄,,',
].join('\r\n');

/** The settings file as the boss writes it. */
const onDebt = (field: string) => JSON.stringify({
  classify: {
    custom: [
      {
        id: 'debt',
        label: { 'zh-CN': '欠款客户', en: 'Owes' },
        levels: [{ id: 'owes', label: { 'zh-CN': '欠款客户', en: 'Owes' }, when: { field, op: 'gt', value: 0 } }],
      },
    ],
  },
}, null, 2);

const clean = async (settings: string, lang = 'zh-CN') => {
  writeFileSync(path.join(dir, '客户欠款.csv'), LEDGER);
  writeFileSync(path.join(dir, 'settings.json'), settings);
  const io = captureIo(dir);
  const code = await main(['clean', '客户欠款.csv', '--config', 'settings.json', '--lang', lang, '--quiet', '--today', '2026-12-04', '--out', 'out.csv', '--json', 'out.json'], io);
  return { code, io };
};

describe('clean with a rule on 欠款', () => {
  it('classes by 欠款 as typed and says so by the column: 欠款 ¥14,900 > 0', async () => {
    const { code } = await clean(onDebt('欠款'));
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as { rows: { labels: { custom: Record<string, string | null> } }[] };
    expect(report.rows.map((r) => r.labels.custom.debt)).toEqual(['owes', null, 'owes', null]);
    const out = readFileSync(path.join(dir, 'out.csv'), 'utf8');
    expect(out).toContain('欠款 ¥14,900 > 0');
    expect(out).toContain('欠款 1.2万 > 0');
  });

  it('writes 欠款, money owed the reminders read, as the numbers it shows (¥14,900 keeps its ¥), while the rule reads it as typed', async () => {
    await clean(onDebt('欠款'));
    const out = readFileSync(path.join(dir, 'out.csv'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(out[0].split(',').slice(0, 6)).toEqual(['店名', '老板', '手机', '跟单', '欠款', '账期到期']);
    expect(out[1]).toContain(',¥14900,');
    expect(out[2]).toContain(',阿珍,0,');
    expect(out[3]).toContain(',小刘,12000,');
  });

  it('a column the sheet lacks stops the run with the header it may mean, and writes nothing', async () => {
    const { code, io } = await clean(onDebt('欠款金额'));
    expect(code).toBe(1);
    expect(io.err).toBe('classify.custom[0].levels[0].when.field 处的字段“欠款金额”不存在，本表也没有表头为“欠款金额”的列：你是指“欠款”列吗？规则中写字段 ID，或照抄本表某一列的表头。\n');
    expect(existsSync(path.join(dir, 'out.csv'))).toBe(false);
    expect(existsSync(path.join(dir, 'out.json'))).toBe(false);
  });

  it('a name like no header (debt, as the tester wrote it) lists the columns no field reads, 欠款 among them', async () => {
    const { code, io } = await clean(onDebt('debt'));
    expect(code).toBe(1);
    expect(io.err).toContain('字段“debt”不存在，本表也没有表头为“debt”的列。');
    expect(io.err).toContain('未识别的列有：“欠款”。');  // 老板 is read: a store's contact person
  });

  it('in English too', async () => {
    const { code, io } = await clean(onDebt('欠款金额'), 'en');
    expect(code).toBe(1);
    expect(io.err).toContain('Unknown field "欠款金额" at classify.custom[0].levels[0].when.field, and no column of this sheet is headed so: did you mean the column "欠款"?');
  });
});
