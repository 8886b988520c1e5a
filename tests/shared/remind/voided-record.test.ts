/**
 * A record the team voided (纷享销客's 生命状态 作废; 客户状态 已作废, 废弃, 无效客户; an English CRM's
 * Status Void or Invalid) is nobody to remind: no follow-up, no birthday, no stale record, as a
 * blacklisted or 已注销 customer gets none. The row stays in the sheet, its cells as they were.
 */
import { planOf } from '../plan/helpers';

const remindedRows = (plan: ReturnType<typeof planOf>) => [...new Set(plan.reminders.reminders.map((r) => r.sheetRow))].sort((a, b) => a - b);

describe('a voided record gets no reminder', () => {
  // 纷享销客 / 钉钉 CRM 客户 export (today 2024-12-01): every row is overdue for its follow-up and has a
  // birthday tomorrow; 杭州星辰贸易's record is 作废 in its 生命状态, whatever its 跟进状态 says.
  const FXXK = [
    ['客户编号', '客户名称', '跟进状态', '成交状态', '负责人', '电话', '生日', '最后跟进时间', '下次跟进时间', '锁定状态', '生命状态'],
    ['KH20230001', '杭州星辰科技有限公司', '跟进中', '已成交', '王芳', '0571-88886666', '1980-12-02', '2024-11-25 14:30', '2024-11-28 10:00', '未锁定', '正常'],
    ['KH20240016', '杭州星辰贸易有限公司', '跟进中', '未成交', '赵强', '0571-88880000', '1982-12-02', '2024-11-20 10:00', '2024-11-28 10:00', '已锁定', '作废'],
    ['KH20250004', '北京国平茶业有限公司', '跟进中', '未成交', '王芳', '010-12345678', '1975-12-02', '2024-11-30 18:00', '2024-11-28 09:00', '未锁定', '正常'],
  ];
  const plan = planOf(FXXK);

  it('reads 生命状态 as the record\'s status', () => {
    expect(plan.columns.find((c) => c.header === '生命状态')?.field).toBe('recordStatus');
  });

  it('reminds the records in force and not the voided one', () => {
    expect(remindedRows(plan)).toEqual([2, 4]);
  });

  it('keeps the voided row in the sheet, its cells unwritten', () => {
    expect(plan.classification.rows.map((r) => r.sheetRow)).toEqual([2, 3, 4]);
    expect(plan.edits.filter((e) => e.sheetRow === 3 && e.col === 10)).toEqual([]);
  });

  it('hears 作废 / 已作废 / 废弃 / 无效客户 in a 客户状态 column too', () => {
    const zh = planOf([
      ['姓名', '手机', '客户状态', '负责人', '下次跟进'],
      ['王建国', '13812345678', '已作废', '王芳', '2024-11-28'],
      ['李强', '13911112222', '废弃', '王芳', '2024-11-28'],
      ['赵敏', '13700001111', '无效客户', '李明', '2024-11-28'],
      ['陈国平', '15900002222', '作废（重复录入）', '李明', '2024-11-28'],
      ['周涛', '13600003333', '潜在客户', '李明', '2024-11-28'],
    ]);
    expect(remindedRows(zh)).toEqual([6]);
  });

  it('hears Void and Invalid in an English Status column', () => {
    const en = planOf([
      ['Name', 'Phone', 'Status', 'Owner', 'Next Follow-up'],
      ['Sarah Mitchell', '(617) 555-0142', 'Void', 'Jane Cooper', '2024-11-28'],
      ['David Kim', '(617) 555-0199', 'Invalid', 'Tom Baker', '2024-11-28'],
      ['Laura Chen', '(415) 555-0123', 'Working - Contacted', 'Tom Baker', '2024-11-28'],
    ]);
    expect(remindedRows(en)).toEqual([4]);
  });
});
