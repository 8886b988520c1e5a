/**
 * Sheets with more than one column of what falls due: a 4S dealer's 保险到期 beside 年检到期 and
 * 保养到期, a gym's 会员卡到期 beside 私教课到期. Each due column is reminded in its own words; the
 * contract end stays the policy's.
 */
import { gridOf, planOf } from './helpers';
import { run, resolveSettings } from '../../../shared';
import { countsByKind } from '../../../shared/remind/reminder-text';

// Around helpers' TODAY, 2024-12-01.
const DEALER = [
  ['车主', '手机', '车牌号', '保险到期', '年检到期', '保养到期', '销售顾问'],
  ['张伟', '13812345678', '京A12345', '2024-12-10', '2024-12-20', '2025-03-01', '李娜'],
  ['王芳', '13900001111', '京B54321', '2025-05-01', '2024-12-05', '2024-12-05', '李娜'],
  ['刘洋', '13600003333', '沪C11111', '', '2024-12-25', '', '王磊'],
];

describe("a car dealer's sheet: 保险到期, 年检到期 and 保养到期", () => {
  const plan = planOf(DEALER);

  it('reads the policy end as the contract end, and the inspection and the service as further due columns', () => {
    expect(plan.columns.slice(3, 6).map((c) => [c.header, c.field, c.extra ?? false])).toEqual([
      ['保险到期', 'contractEnd', false],
      ['年检到期', 'contractEnd', true],
      ['保养到期', 'contractEnd', true],
    ]);
  });

  it('reminds of each in its own words, two on one day when they are two things', () => {
    const dues = plan.reminders.reminders.map((r) => [r.sheetRow, r.due, r.reason.params.what]);
    expect(dues).toEqual([
      [3, '2024-12-05', '年检'],
      [3, '2024-12-05', '保养'],
      [2, '2024-12-10', '保险'],
      [2, '2024-12-20', '年检'],
      [4, '2024-12-25', '年检'],
    ]);
    expect(new Set(plan.reminders.reminders.map((r) => r.key)).size).toBe(5);
  });

  it('counts them by what falls due, in the summary and the report', () => {
    expect(countsByKind('zh-CN', plan.reminders.reminders, ['contract', 'contractExpired']).map((k) => [k.label, k.count])).toEqual([
      ['年检即将到期', 3],
      ['保养即将到期', 1],
      ['保险即将到期', 1],
    ]);
    const section = plan.report.sections.find((s) => s.id === 'reminders')!;
    const labels = section.series.filter((s) => s.count > 0).map((s) => [s.label, s.count]);
    expect(labels).toEqual(expect.arrayContaining([['年检即将到期', 3], ['保养即将到期', 1], ['保险即将到期', 1]]));
  });
});

describe('one due column alone', () => {
  it('a 年检到期 column is reminded as the inspection it is', () => {
    const plan = planOf([
      ['姓名', '年检到期', '手机'],
      ['张三', '2024-12-05', '13800000001'],
    ]);
    expect(plan.reminders.reminders.map((r) => [r.due, r.reason.params.what])).toEqual([['2024-12-05', '年检']]);
  });

  it('a document that expires is a due of its own, said as the document expiring, never as a contract (身份证到期, 护照到期)', () => {
    const plan = planOf([
      ['姓名', '手机', '身份证到期', '护照到期'],
      ['张三', '13800000001', '2024-12-05', '2024-12-06'],
    ]);
    expect(plan.columns.map((c) => c.field)).toEqual(['name', 'mobile', 'contractEnd', 'contractEnd']);
    expect(plan.reminders.reminders.map((r) => [r.due, r.reason.code, r.reason.params.what])).toEqual([
      ['2024-12-05', 'remind.reason.documentExpiring', '身份证'],
      ['2024-12-06', 'remind.reason.documentExpiring', '护照'],
    ]);
  });
});

describe('two columns of one renewal', () => {
  it('a 合同到期日 and a 续约日期 of one day are one reminder; of two days, the later one, the contract as renewed', () => {
    const plan = planOf([
      ['客户', '电话', '合同到期日', '续约日期'],
      ['张伟', '13812345678', '2024-12-20', '2024-12-20'],
      ['王芳', '13900001111', '2024-12-20', '2024-12-27'],
    ]);
    expect(plan.reminders.reminders.map((r) => [r.sheetRow, r.due])).toEqual([
      [2, '2024-12-20'],
      [3, '2024-12-27'],
    ]);
  });
});

describe('a renewed contract is reminded by its latest end (h45)', () => {
  const at = (rows: string[][], today: string) => {
    const settings = resolveSettings({});
    if (!settings.ok) throw new Error('settings');
    const out = run(gridOf(rows), { settings: settings.settings, today });
    if (!out.ok) throw new Error(out.problem.code);
    return out.plan.reminders.reminders.map((r) => [r.sheetRow, r.kind, r.due]);
  };

  it('the old end beside a 续约后到期日 of next year reminds nothing, before or after it passes', () => {
    const sheet = [
      ['客户姓名', '手机号', '负责人', '合同到期日', '续约后到期日'],
      ['杜洋杰', '13997366946', '张三', '2024-12-15', '2025-12-15'],
      ['孙海燕', '13919375836', '张三', '2024-11-30', '2025-11-29'],
      ['尹敏明', '13915032582', '张三', '2024-12-15', ''],
    ];
    expect(at(sheet, '2024-12-02')).toEqual([[4, 'contract', '2024-12-15']]);
    expect(at(sheet, '2024-12-20')).toEqual([[4, 'contractExpired', '2024-12-15']]);
  });

  it('a Contract End the day before its Renewal Date is one renewal: one reminder a day, not "today" and "tomorrow"', () => {
    const sheet = [
      ['Name', 'Phone', 'Owner', 'Contract End', 'Renewal Date'],
      ['Olivia Stone', '(415) 555-0101', 'Amy Lee', '2024-12-31', '2025-01-01'],
      ['Noah Price', '(415) 555-0103', 'Amy Lee', '2024-12-15', '2025-12-15'],
    ];
    expect(at(sheet, '2024-12-31')).toEqual([[2, 'contract', '2025-01-01']]);
    expect(at(sheet, '2025-01-01')).toEqual([[2, 'contract', '2025-01-01']]);
  });

  it('a 续约日期 holding the day the renewal was signed, before the end, is no contract that ended', () => {
    const sheet = [
      ['客户姓名', '手机号', '负责人', '合同到期日', '续约日期'],
      ['许文博', '13866660001', '张三', '2024-12-15', '2024-11-20'],
    ];
    expect(at(sheet, '2024-12-02')).toEqual([[2, 'contract', '2024-12-15']]);
  });

  it('a 续保日期 renews the policy of the 保险到期 beside it; the 年检 stays its own', () => {
    const sheet = [
      ['车主', '手机', '保险到期', '续保日期', '年检到期'],
      ['张伟', '13812345678', '2024-12-10', '2025-12-10', '2024-12-20'],
    ];
    expect(at(sheet, '2024-12-02')).toEqual([[2, 'contract', '2024-12-20']]);
  });

  it('a renewal typed as a new row of the customer silences the old row; two leases of two shops stay two', () => {
    const sheet = [
      ['客户姓名', '手机号', '公司名称', '负责人', '合同到期日', '最近联系'],
      ['金涛', '13982380586', '王氏贸易有限公司', '张三', '2024-12-15', '2024-11-20'],
      ['金涛', '13982380586', '王氏贸易有限公司', '张三', '2025-12-15', '2024-11-28'],
      ['李娜', '13900001111', '李记餐饮有限公司', '张三', '2024-12-20', '2024-11-20'],
      ['李娜', '13900001111', '李记餐饮有限公司', '张三', '2025-06-30', '2024-11-28'],
    ];
    expect(at(sheet, '2024-12-02')).toEqual([[4, 'contract', '2024-12-20']]);
  });
});
