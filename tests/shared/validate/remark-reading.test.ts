/**
 * A run reads each remark text once for the six remark rules (RunMemos.remarks): a vet's 备注 column
 * says 已故 on many rows. The text alone does not decide what it says: on a row that names a pet (宠物名)
 * a bare 已故 is the pet's, on one without it is the owner's. Whatever rows came first, each row is read
 * with its own pet cell.
 */
import type { Plan } from '../../../shared';
import { planOf } from '../plan/helpers';

const HEADER = ['主人', '手机', '宠物名', '疫苗到期', '备注'];
const noteCode = (plan: Plan, row: number) => plan.issues.find((i) => i.sheetRow === row && i.field === 'notes')?.code;

/** `n` rows of owners, every `petEvery`th without a pet's name, all of whose remarks say 已故. */
function vetRows(n: number, petEvery: number): string[][] {
  const rows = [HEADER];
  for (let i = 0; i < n; i++) {
    const pet = i % petEvery === 0 ? '' : ['旺财', '豆豆', '咪咪', 'Lucky'][i % 4];
    rows.push([`王芳${i}`, `137${String(12340000 + i).padStart(8, '0')}`, pet, '2024-12-07', '已故']);
  }
  return rows;
}

describe('a remark read again on every row of a run', () => {
  it('is the pet\'s on a row naming a pet and the owner\'s on a row that names none, in either order', () => {
    for (const petEvery of [2, 3]) {
      const rows = vetRows(2600, petEvery);
      const plan = planOf(rows);
      for (let i = 0; i < rows.length - 1; i++) {
        const sheetRow = i + 2;
        expect([sheetRow, noteCode(plan, sheetRow)]).toEqual([sheetRow, rows[i + 1][2] === '' ? 'rule.noteSaysDoNotContact' : 'rule.noteSaysSubjectGone']);
      }
    }
  });

  it('reads a remark the same however many rows repeat it (a paused student, a blacklisted guest)', () => {
    const rows = [['姓名', '手机', '备注']];
    for (let i = 0; i < 2500; i++) rows.push([`李娜${i}`, `139${String(10000000 + i)}`, i % 2 === 0 ? '休学' : '黑名单：损坏家具未赔偿']);
    const plan = planOf(rows);
    expect(noteCode(plan, 2)).toBe('rule.noteSaysPaused');
    expect(noteCode(plan, 3)).toBe('rule.noteSaysDoNotContact');
    expect(noteCode(plan, 2500)).toBe('rule.noteSaysPaused');
    expect(noteCode(plan, 2501)).toBe('rule.noteSaysDoNotContact');
  });
});
