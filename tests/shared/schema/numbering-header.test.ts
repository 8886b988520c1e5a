/** What a column of numbers says it numbers, by its header: the rows, the customers as typed, or nothing its header tells. */
import { numberingHeader } from '../../../shared/schema/numbering-header';

describe('a numbering column\'s header', () => {
  it.each<[string, ReturnType<typeof numberingHeader>]>([
    ['序号', 'rows'],
    ['序 号', 'rows'],
    ['编号：', 'rows'],
    ['No.', 'rows'],
    ['NO', 'rows'],
    ['#', 'rows'],
    ['＃', 'rows'],
    ['S/N', 'rows'],
    ['Record No.', 'rows'],
    ['Record #', 'rows'],
    ['客户编号', 'register'],
    ['客户编号（自动生成）', 'register'],
    ['客戶編號', 'register'],
    ['Customer No.', 'register'],
    ['Customer #', 'register'],
    ['Client Number', 'register'],
    // An account's number: a card, a platform or a clinic gives it, not the sheet.
    ['会员卡号', undefined],
    ['卡号', undefined],
    ['账号', undefined],
    ['客户ID', undefined],
    ['会员编号', undefined],
    ['病历号', undefined],
    ['Customer ID', undefined],
    ['Account', undefined],
    ['Account No.', undefined],
    ['Record ID', undefined],
    ['客户姓名', undefined],
  ])('%s → %s', (header, kind) => {
    expect(numberingHeader(header)).toBe(kind);
  });
});
