/**
 * A sheet whose headers the run mostly cannot read (a Turkish or Polish list, a CRM's own field
 * names): "1 of 10 columns" and "no reminders are due" said quietly read as "nothing to do". When
 * fewer than a third of the columns are read, the run says so plainly, how many it left and how to
 * map them (headers.overrides), in the terminal, the report and the JSON (all three print the plan's
 * problems). The unread headers themselves are listed once, beside it (the terminal's and the Report
 * sheet's "未识别的列" line, the JSON's columns), not again inside the warning.
 */
import { t } from '../../../shared';
import { planOf } from './helpers';

const TURKISH = ['Soyadı', 'Adı', 'Şirket', 'Sabit Hat', 'Cep', 'Email', 'Şehir', 'Posta Kodu', 'Doğum Tarihi', 'Ciro'];

describe('a sheet with fewer than a third of its columns read', () => {
  const plan = planOf([
    TURKISH,
    ['Yılmaz', 'Mehmet', 'Yılmaz Ltd. Şti.', '+90 212 123 45 67', '+90 532 123 45 67', 'mehmet@yilmaz.com.tr', 'İstanbul', '34000', '03.12.1971', '12.450,00 ₺'],
    ['Demir', 'Ayşe', 'Demir A.Ş.', '+90 312 876 54 32', '+90 533 765 43 21', 'ayse@demir.com.tr', 'Ankara', '06000', '24.12.1965', '48.900,50 ₺'],
  ]);
  const said = plan.problems.filter((p) => p.code === 'headers.fewRead');

  it('is told once, with how many were read and left, and an override to copy (the unread headers are listed once, apart)', () => {
    expect(said).toEqual([{
      code: 'headers.fewRead',
      severity: 'warning',
      params: { sheet: '客户', read: 1, total: 10, unread: 9, example: 'Soyadı' },
    }]);
  });

  it('says it in English and in Chinese, pointing at the list of columns not read instead of repeating it', () => {
    expect(t('en', 'headers.fewRead', said[0].params)).toBe(
      'Only 1 of 10 columns of "客户" were recognised: the other 9, listed as not read, ' +
      'are not cleaned, checked, compared for duplicates or used for reminders and the report. If they hold customer data, ' +
      'map each header to its field in a settings file and run again with -c settings.json: ' +
      '{ "headers": { "overrides": { "Soyadı": "<field>" } } } (fields such as name, firstName, lastName, mobile, phone, email, company, city, birthday, amount, owner, contractEnd, nextFollowUp).');
    expect(t('zh-CN', 'headers.fewRead', said[0].params)).toBe(
      '“客户”共 10 列，只识别了 1 列：其余 9 列（见“未识别的列”）' +
      '的值不会被整理、检查、查重，也不会用于提醒和报告。如果这些列是客户资料，请在设置文件中把每个表头对应到字段，再用 -c settings.json 重新运行：' +
      '{ "headers": { "overrides": { "Soyadı": "<field>" } } }（字段如 name、firstName、lastName、mobile、phone、email、company、city、birthday、amount、owner、contractEnd、nextFollowUp）。');
  });
});

describe('a sheet with a third of its columns or more read', () => {
  it('is not told: a few columns of the sheet\'s own (信用额度, 备用) are usual', () => {
    const plan = planOf([
      ['姓名', '手机', '邮箱', '信用额度', 'Campo 1', 'Campo 2', 'Campo 3', 'Campo 4', 'Campo 5'],
      ['张伟', '13812345678', 'zw@example.cn', '5000', 'a', 'b', 'c', 'd', 'e'],
    ]);
    expect(plan.problems.filter((p) => p.code === 'headers.fewRead')).toEqual([]);
  });
});
