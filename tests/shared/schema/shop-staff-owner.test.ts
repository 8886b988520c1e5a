/**
 * A shop's own staff words: a 眼镜店's 店员 who sold the frames and follows the customer up, beside the
 * 验光师 who tested his eyes (tester h72 #9: both unread, every reminder went to 未分配). 店员 holds the
 * customer as a 导购 or 营业员 does; the 验光师, a 发型师, a 美甲师 serve him: his carer beside a 店员,
 * and his owner where the sheet names no one else. Staff are called as shops call them: 小美, 阿杰, and
 * the doubled nicknames 丽丽 and 婷婷; 刘医生 and 钱验光师 by their title.
 */
import { mapHeaders } from '../../../shared/schema/header-map';
import { holdsStaffNames } from '../../../shared/schema/staff-names';
import { DEFAULT_SETTINGS } from '../../../shared/settings/defaults';
import { text, type Cell } from '../../../shared/table/cell';

const column = (...values: string[]): Cell[] => values.map((v) => text(v));
const fieldOf = (headers: string[], header: string, sample: Record<string, Cell[]>) =>
  mapHeaders(headers, DEFAULT_SETTINGS, headers.map((h) => sample[h] ?? [])).find((m) => m.header === header)?.field ?? null;

const CLERKS = column('小美', '阿杰', '丽丽', '小美', '婷婷', '阿杰');
const OPTOMETRISTS = column('刘医生', '钱验光师', '刘医生', '钱验光师', '刘医生');

describe('a shop\'s 店员 holds the customer, its 验光师 serves him', () => {
  const OPTICAL = ['会员卡号', '姓名', '电话', '生日', '验光日期', '右眼(OD)', '左眼(OS)', '镜架', '消费金额', '复查日期', '验光师', '店员', '备注'];

  it('a 眼镜店: 店员 is the owner, 验光师 the carer', () => {
    const sample = { 验光师: OPTOMETRISTS, 店员: CLERKS };
    expect(fieldOf(OPTICAL, '店员', sample)).toBe('owner');
    expect(fieldOf(OPTICAL, '验光师', sample)).toBe('carer');
  });

  it.each([
    ['a 眼镜店 with no 店员 column: its 验光师', ['姓名', '手机', '复查日期', '验光师'], '验光师', OPTOMETRISTS],
    ['a 理发店\'s 发型师', ['顾客', '手机', '上次到店', '发型师'], '发型师', column('Tony', 'Kevin', '阿杰', 'Tony', 'Kevin')],
    ['a 美甲店\'s 美甲师', ['顾客', '手机', '储值余额', '美甲师'], '美甲师', column('小雅', '婷婷', '小雅', '丽丽')],
    ['a 服装店\'s 店员 alone', ['会员', '手机', '生日', '店员'], '店员', CLERKS],
  ])('%s holds the customer where no rep\'s column does', (_what, headers, header, values) => {
    expect(fieldOf(headers, header, { [header]: values })).toBe('owner');
  });

  it('a 负责人 beside the 验光师 holds the customer, the 验光师 serves him', () => {
    const headers = ['姓名', '手机', '负责人', '验光师'];
    const sample = { 负责人: column('王店长', '王店长', '李经理'), 验光师: OPTOMETRISTS };
    expect(fieldOf(headers, '负责人', sample)).toBe('owner');
    expect(fieldOf(headers, '验光师', sample)).toBe('carer');
  });

  it('a 老师 column of a shop\'s nicknames (丽丽, 婷婷 among 小美 and 阿杰) names its staff', () => {
    expect(holdsStaffNames(CLERKS)).toBe(true);
    expect(holdsStaffNames(column('钱验光师', '刘医生', '钱验光师'))).toBe(true);
    // Doubled words that are no one's name (how often a customer comes) stay what they are.
    expect(holdsStaffNames(column('常常', '天天', '常常', '天天'))).toBe(false);
  });
});
