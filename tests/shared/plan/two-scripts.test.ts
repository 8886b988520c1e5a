/**
 * One sheet kept by colleagues in Hong Kong or Taiwan and on the mainland: the same rep and the same
 * company written in traditional and in simplified characters are one rep and one company, while
 * every cell keeps what was typed.
 */
import { cellText } from '../../../shared';
import { planOf } from './helpers';

// 王偉 was entered twice, once by each office: same e-mail, same birthday, same rep, same company.
const SHEET = [
  ['客户姓名', '手機', '電子郵件', '生日', '公司', '負責人', '最後聯繫'],
  ['王偉', '0912 345 678', 'wangwei@tpe-trade.com.tw', '1980-12-02', '台北貿易有限公司', '陳經理', '2024-11-01'],
  ['王伟', '', 'wangwei@tpe-trade.com.tw', '1980-12-02', '台北贸易有限公司', '陈经理', '2024-10-01'],
  ['陳麗華', '13912345678', '', '1981-12-03', '廣州電器', '陳經理', '2024-11-01'],
  ['陈丽华', '139 1234 5678', '', '1981-12-03', '广州电器', '陈经理', '2024-10-01'],
  ['李明', '13800001111', 'liming@example.cn', '1985-12-05', '深圳科技', '陈经理', '2024-09-01'],
];

describe('traditional and simplified writings of one rep and one company', () => {
  const plan = planOf(SHEET);
  const groups = plan.duplicates.groups;

  it('finds each customer typed twice, as the same company, with no 撞单', () => {
    expect(groups.map((g) => g.rows)).toEqual([[2, 3], [4, 5]]);
    for (const g of groups) {
      expect(g.ownerConflict).toBeUndefined();
      expect(g.conflicts.map((c) => c.field)).not.toContain('owner');
      expect(g.conflicts.map((c) => c.field)).not.toContain('company');
      expect(g.conflicts.map((c) => c.field)).not.toContain('name');
    }
  });

  it('says the companies are the same, not different and not a homophone typo', () => {
    const reasons = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!.values.map(cellText);
    expect(reasons[0]).toContain('公司相同');
    expect(reasons[2]).toContain('公司相同');
    expect(reasons.join('\n')).not.toMatch(/公司名称不同|公司名称同音|撞单/);
  });

  it('says 王偉 and 王伟 are the same name, not a homophone', () => {
    const reasons = plan.addedColumns.find((c) => c.id === 'duplicateReasons')!.values.map(cellText);
    expect(reasons[0]).toContain('姓名相同');
    expect(reasons.join('\n')).not.toContain('姓名同音');
  });

  it('gives the rep one reminder digest (named as most of his reminders write him) and one count in the report', () => {
    // Three birthdays: each pair (not merged yet) is one customer, reminded once though its rows write
    // the rep 陳經理 and 陈经理 (on the row a merge keeps, 陳經理); the digest is named as most of
    // his reminders write him.
    expect(plan.reminders.groups.map((g) => [g.owner, g.reminders.length])).toEqual([['陳經理', 3]]);
    expect(plan.reminders.reminders.filter((r) => r.alsoRows).map((r) => [r.sheetRow, r.alsoRows])).toEqual([[2, [3]], [4, [5]]]);
    const owners = plan.report.sections.find((s) => s.id === 'owner')!.series;
    expect(owners.map((s) => s.count)).toEqual([3]); // three customers, one rep
  });

  it('keeps every owner and company as typed', () => {
    expect(plan.edits.filter((e) => e.field === 'company' || e.field === 'owner')).toEqual([]);
  });
});
