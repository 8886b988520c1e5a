/**
 * Two staff columns: the rep who sold the membership or the car (会籍顾问, 销售顾问, 客户经理, 业务员)
 * holds the customer; the trainer, the service adviser, the technician or the doctor serves him. The
 * rep is the owner, whichever column comes first; the service staff hold the customer only where no
 * rep column says who does.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { text, type Cell } from '../../../shared/table/cell';

const ownerOf = (headers: string[], sample?: Cell[][]): string[] =>
  mapHeaders(headers, DEFAULT_SETTINGS, sample).filter((m) => m.field === 'owner').map((m) => m.header);
const column = (...values: string[]): Cell[] => values.map((v) => (v === '' ? { kind: 'empty' } : text(v)));

describe('the sales rep is the owner, before the service staff beside him', () => {
  it("a gym: 会籍顾问 (every row) before 私教教练 (only the personal-training members)", () => {
    const headers = ['会籍卡号', '姓名', '手机', '会籍到期', '生日', '私教教练', '会籍顾问'];
    const sample = [column('000118', '000119', '000120'), column('郑凯', '何倩', '马丽娜'), column('13800000001', '13800000002', '13800000003'),
      column('2026-11-20', '2026-12-05', '2027-03-01'), column('1990-12-03', '1988-05-01', '1992-07-07'), column('李教练', '', '张教练'), column('王磊', '刘洋', '刘洋')];
    expect(ownerOf(headers, sample)).toEqual(['会籍顾问']);
  });

  it('a 4S dealer: 销售顾问 before 服务顾问, whichever comes first', () => {
    expect(ownerOf(['车主', '手机', '车牌号', '服务顾问', '销售顾问'])).toEqual(['销售顾问']);
    expect(ownerOf(['车主', '手机', '车牌号', '销售顾问', '服务顾问'])).toEqual(['销售顾问']);
  });

  it.each([
    ['客户经理', '技师'],
    ['业务员', '主治医生'],
    ['会籍顾问', '教练'],
    ['销售顾问', '私人教练'],
    ['Sales Rep', 'Personal Trainer'],
  ])('%s before %s', (rep, staff) => {
    expect(ownerOf(['姓名', '手机', staff, rep])).toEqual([rep]);
  });

  it.each(['私教教练', '教练', '服务顾问', '技师', '主治医生', 'Trainer'])('%s alone still holds the customer', (staff) => {
    expect(ownerOf(['姓名', '手机', staff])).toEqual([staff]);
  });
});
