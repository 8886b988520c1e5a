/**
 * The columns of the user's a run left unread, as the plan lists them for every host (the terminal's
 * 未识别的列 line, the Report sheet under a few-columns warning, an add-in's task pane): by index and
 * header. The run's own columns of an earlier run, a column the settings say to ignore and a part of a
 * phone number (区号 beside 电话) are no column left unread; a sheet read whole lists none.
 */
import { columnsLeftUnread, resolveSettings, run, type ColumnMapping, type Plan } from '../../../shared';
import { readCsv } from '../../../cli/io/read-csv';

const planOfCsv = (lines: string[], input: object = {}): Plan => {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(readCsv(new TextEncoder().encode(lines.join('\n')), 'c.csv'), { settings: settings.settings, today: '2024-06-01' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};

describe('the plan\'s columns left unread', () => {
  it.each<[string, string[], { col: number; header: string; readFor?: 'balance' | 'owed' }[] | undefined]>([
    // A balance is no spending, but a merge reads it (held-elsewhere.ts): the hosts say what for.
    ['a salon\'s 卡内金额 (a balance, no spending, read for the merge)', ['会员姓名,手机,卡内金额,最近到店', '张丽,13812345678,1200,2024-05-01'], [{ col: 2, header: '卡内金额', readFor: 'balance' }]],
    ['a part of a phone (区号 beside 电话) is read with its number', ['公司名称,联系人,区号,电话,卡内金额', '星辰科技,张伟,010,6438 1234,1200'], [{ col: 4, header: '卡内金额', readFor: 'balance' }]],
    ['the columns an earlier run added are the run\'s own', ['会员姓名,手机,卡内金额,整理问题,重复组,重复依据,客户类型,分类依据', '张丽,13812345678,1200,,,,,'], [{ col: 2, header: '卡内金额', readFor: 'balance' }]],
    // Money owed is no spending either, yet a merge adds two accounts' debts and warns of one left on an
    // archived row (dedupe/owed.ts): read for that, with its unit in brackets or without (tester h68's 物业).
    ['a 物业 company\'s 欠费(元) (money owed, read for the merge)', ['楼栋,房号,业主,联系电话,物业费到期,欠费(元)', '3栋,1201,陈静,13912345678,2026-12-20,1200'],
      [{ col: 0, header: '楼栋' }, { col: 1, header: '房号' }, { col: 5, header: '欠费(元)', readFor: 'owed' }]],
    ['an English Balance Due, and no date of the debt (Due Date is the contract end, Days Overdue a count)', ['Name,Mobile,Balance Due,Days Overdue', 'Ann Lee,+1 415 555 0100,85.00,12'],
      [{ col: 2, header: 'Balance Due', readFor: 'owed' }, { col: 3, header: 'Days Overdue' }]],
    ['an English sheet, its header as typed but trimmed', ['Name,Mobile, Misc 1 ,Misc 2', 'Ann Lee,+1 415 555 0100,x,y'], [{ col: 2, header: 'Misc 1' }, { col: 3, header: 'Misc 2' }]],
    ['a sheet read whole lists none', ['Name,Mobile', 'Ann Lee,+1 415 555 0100'], undefined],
  ])('%s', (_, lines, expected) => {
    expect(planOfCsv(lines).unreadColumns).toEqual(expected);
  });

  it('leaves out a column the settings say to ignore: the user chose it', () => {
    expect(planOfCsv(['会员姓名,手机,卡内金额', '张丽,13812345678,1200'], { headers: { overrides: { 卡内金额: 'ignore' } } }).unreadColumns).toBeUndefined();
  });

  it('is the rule the few-columns warning counts by: a Turkish list, most of its columns unread', () => {
    const plan = planOfCsv([
      'Soyadı;Adı;Şirket;Sabit Hat;Cep;Email;Şehir;Posta Kodu;Doğum Tarihi;Ciro',
      'Yılmaz;Mehmet;Yılmaz Ltd. Şti.;+90 212 123 45 67;+90 532 123 45 67;mehmet@yilmaz.com.tr;İstanbul;34000;03.12.1971;12.450,00 ₺',
    ]);
    const warning = plan.problems.find((p) => p.code === 'headers.fewRead');
    expect(plan.unreadColumns?.slice(0, 3)).toEqual([{ col: 0, header: 'Soyadı' }, { col: 1, header: 'Adı' }, { col: 2, header: 'Şirket' }]);
    expect(warning?.params).toMatchObject({ unread: plan.unreadColumns!.length, example: 'Soyadı' });
  });
});

describe('columnsLeftUnread', () => {
  const column = (col: number, header: string, more: Partial<ColumnMapping> = {}): ColumnMapping => ({ col, header, field: null, confidence: 0, source: 'none', write: 'text', ...more });
  it.each<[string, ColumnMapping, boolean]>([
    ['a header no field reads', column(0, '备用'), true],
    ['a column read as a field', column(0, '手机', { field: 'mobile', confidence: 1, source: 'auto' }), false],
    ['a column an earlier run added', column(0, '整理问题', { run: true }), false],
    ['a column the settings ignore', column(0, '卡内金额', { source: 'override' }), false],
    ['a part of a phone', column(0, 'PhoneArea', { partOf: 1 }), false],
    ['a column without a header', column(0, '  '), false],
  ])('%s', (_, c, unread) => {
    expect(columnsLeftUnread([c]).length).toBe(unread ? 1 : 0);
  });
});
