/**
 * A 口腔 or 医美 clinic's patient list names both the 咨询师 who sells the treatment plan and follows the
 * patient up and the 主治医生 who treats him. The 咨询师 owns the patient: his 复诊 reminders go to her,
 * name the doctor (何静（主治医生 李医生）), and two 咨询师 of one patient typed twice are a 撞单. The
 * doctor is read, never listed as unread (tester h70 #5: the reminders went to 李医生 and 王医生, the
 * 咨询师 was left unread and 黄伟's 撞单 between 小美 and 小丽 was not seen).
 */
import { reminderText, resolveSettings, run, type Grid, type Plan, type Cell } from '../../../shared';

const TODAY = '2026-12-04';

function planOf(rows: string[][], language: 'zh-CN' | 'en' = 'zh-CN'): Plan {
  const settings = resolveSettings({ language });
  if (!settings.ok) throw new Error('settings');
  const grid: Grid = { sheetName: '患者', firstRow: 1, firstCol: 1, cells: rows.map((r) => r.map((v): Cell => (v === '' ? { kind: 'empty' } : { kind: 'text', value: v }))) };
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const CLINIC = [
  ['顾客姓名', '性别', '手机号码', '首诊日期', '治疗项目', '主治医生', '咨询师', '复诊日期', '消费金额', '备注'],
  ['何静', '女', '13812340001', '2026-10-12', '种植牙', '李医生', '小美', '2026-12-04', '15800', ''],
  ['曹阳', '男', '13812340002', '2026-11-01', '补牙', '王医生', '小丽', '2026-12-01', '2600', ''],
  ['黄伟', '男', '13812340003', '2025-05-06', '正畸', '李医生', '小美', '', '68000', '老板'],
  ['严琳', '女', '13812340004', '2026-11-20', '美白', '李医生', '小美', '2026-12-20', '3800', ''],
  ['黄伟', '男', '138 1234 0003', '2025-05-06', '正畸', '李医生', '小丽', '2026-11-25', '68000', '小丽接手'],
];

describe('a clinic\'s 咨询师 owns the patient, its 主治医生 treats him', () => {
  const plan = planOf(CLINIC);

  it('reads 咨询师 as the owner and 主治医生 as the carer; neither is left unread', () => {
    expect(plan.columns.find((c) => c.header === '咨询师')?.field).toBe('owner');
    expect(plan.columns.find((c) => c.header === '主治医生')?.field).toBe('carer');
    expect((plan.unreadColumns ?? []).map((c) => c.header)).not.toContain('咨询师');
    expect((plan.unreadColumns ?? []).map((c) => c.header)).not.toContain('主治医生');
  });

  it('gives the 复诊 reminders to the 咨询师, naming the doctor', () => {
    const followUps = plan.reminders.reminders.filter((r) => r.kind === 'followUp').map((r) => `${r.owner}|${r.customer}`).sort();
    expect(followUps).toEqual(['小丽|曹阳（主治医生 王医生）', '小丽|黄伟（主治医生 李医生）', '小美|何静（主治医生 李医生）']);
  });

  it('says the doctor in English too', () => {
    const en = planOf(CLINIC, 'en');
    expect(en.reminders.reminders.find((r) => r.customer.startsWith('何静'))?.customer).toBe('何静 (主治医生 李医生)');
  });

  it('sees 黄伟 typed twice by 小美 and 小丽 as a 撞单', () => {
    const group = plan.duplicates.groups.find((g) => g.rows.includes(4) && g.rows.includes(6));
    expect(group?.ownerConflict?.owners.slice().sort()).toEqual(['小丽', '小美']);
    const reminder = plan.reminders.reminders.find((r) => r.customer.startsWith('黄伟'));
    expect(reminderText('zh-CN', reminder!)).toContain('撞单');
  });

  it('a clinic without a 咨询师 still reminds the doctor, who owns the patient', () => {
    const doctors = planOf(CLINIC.map((r) => r.filter((_, i) => i !== 6)));
    expect(doctors.columns.find((c) => c.header === '主治医生')?.field).toBe('owner');
    expect(doctors.reminders.reminders.find((r) => r.customer === '何静')?.owner).toBe('李医生');
  });
});
