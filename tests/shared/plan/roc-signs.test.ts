/**
 * A two-digit year written first (72-7-7, 24.3.5) may be a 民國 year only in a sheet that gives some
 * reason to think it is Taiwanese: Traditional headers or names, 09xx mobiles, NT$, 民國 typed in a
 * cell. A 河南 花店's, a 杭州 药房's or a 农资 dealer's sheet of 138 mobiles and 元 reads it in its
 * century like any date (tester h76 #11), and where the 民國 reading is offered its message says 民国.
 */
import { t, type Plan } from '../../../shared';
import { after, planOf } from './helpers';

const doubts = (p: Plan) => p.issues.filter((i) => i.code.startsWith('date.twoDigit') || i.code === 'date.rocYear').map((i) => [i.sheetRow, i.code]);

describe('a mainland shop\'s sheet reads yy-m-d in its century, with no 民國 year offered', () => {
  it.each([
    ['a 花店 member list\'s birthday', ['会员姓名', '手机号码', '会员生日', '累计消费'], ['陈思远', '13812345678', '72-7-7', '3680元'], '会员生日', '1972-07-07'],
    ['a 药房 member\'s birth date', ['姓名', '手机', '出生日期', '慢病用药'], ['赵桂英', '13958001234', '51-3-18', '二甲双胍'], '出生日期', '1951-03-18'],
    ['a 农资 dealer\'s last purchase', ['客户姓名', '电话', '上次进货', '本年进货额'], ['王二', '13703941234', '24.3.5', '9000'], '上次进货', '2024-03-05'],
    ['a 农资 dealer\'s last purchase typed with dashes', ['客户姓名', '电话', '上次进货', '本年进货额'], ['张大棚', '+86 137 0394 5678', '24-11-14', '220000'], '上次进货', '2024-11-14'],
  ])('%s: %s', (_what, header, row, column, iso) => {
    const p = planOf([header, row as string[]]);
    expect(after(p, 2, column as string)).toEqual({ kind: 'date', value: iso });
    expect(doubts(p)).toEqual([]);
  });

  it('keeps a birthday whose century is in doubt as typed, as before, naming the other century (no 民國)', () => {
    // 20-5-8: a child of four, or a man of 104. The doubt is the century, nothing else.
    const p = planOf([['姓名', '手机', '生日'], ['刘晓', '13812345678', '20-5-8']]);
    expect(after(p, 2, '生日')).toBeNull();
    expect(p.issues.filter((i) => i.sheetRow === 2).map((i) => [i.code, i.params?.other])).toEqual([['date.twoDigitYearYoung', 1920]]);
  });
});

describe('a sheet that shows Taiwan still offers the 民國 reading, and says 民国', () => {
  it.each([
    ['Traditional headers', ['會員姓名', '手機號碼', '會員生日'], ['陳思遠', '13812345678', '72-7-7']],
    ['a 09xx mobile', ['姓名', '手机', '生日'], ['林志明', '0912-345-678', '72-7-7']],
    ['NT$ amounts', ['姓名', '手机', '生日', '消费'], ['林志明', '13812345678', '72-7-7', 'NT$3,680']],
    ['民國 typed in a note', ['姓名', '手机', '生日', '备注'], ['林志明', '13812345678', '72-7-7', '民國72年生']],
  ])('%s', (_what, header, row) => {
    const p = planOf([header, row]);
    const issue = p.issues.find((i) => i.sheetRow === 2 && i.code.startsWith('date.'))!;
    expect([issue.code, issue.params]).toEqual(['date.twoDigitYearKeptRoc', { value: '72-7-7', year: 1972, other: 1983 }]);
    expect(t('zh-CN', issue.code, issue.params)).toBe('“72-7-7”的年份只有两位，可能是 1972 年；如果是民国纪年，则是 1983 年：单元格保持原样，按月日照常提醒（不计年龄）；请改为四位年份。');
    expect(t('en', issue.code, issue.params)).toContain("1983 if it is written in Taiwan's Minguo (ROC) years");
  });

  it('a business date in doubt says, in both languages, that its cell was kept as typed, as a birthday\'s does', () => {
    for (const code of ['date.twoDigitYear', 'date.twoDigitYearRoc'] as const) {
      const params = { value: '26.12.9', year: 2026, roc: 1937 };
      expect(t('zh-CN', code, params)).toContain('单元格保持原样');
      expect(t('en', code, params)).toContain('the cell kept as typed');
    }
  });
});
