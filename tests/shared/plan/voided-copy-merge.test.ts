/**
 * A restaurant typed twice, the older card voided by its rep in the remark (备注 作废) and the newer one
 * in use (h59 07: the voided row had been kept and the live one archived). A merge keeps the record in
 * use, never takes the copy's 作废 into it, and the customer keeps his reminders.
 */
import { run, resolveSettings, type Plan } from '../../../shared';
import { cellText } from '../../../shared/table/cell';
import { gridOf, TODAY } from './helpers';

function merged(rows: string[][]): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, merge: ['exact', 'likely', 'review'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const HEADER = ['姓名', '手机', '公司', '生日', '负责人', '下次跟进', '消费金额', '备注'];

describe('a duplicate whose older row the sheet voids (备注 作废), merged (today 2024-12-01)', () => {
  const plan = merged([
    HEADER,
    ['何婷', '13600004444', '长沙何记', '1995-12-12', '王磊', '', '2000', '作废'],
    ['何婷', '13600004444', '长沙何记湘菜馆', '1995-12-12', '王磊', '2024-11-28', '2500', ''],
  ]);

  it('keeps the row in use and archives the voided one', () => {
    expect(plan.merge?.removeRows).toEqual([2]);
  });

  it('does not write the copy\'s 作废 into the kept row\'s remark: it stays in the archive and 合并记录', () => {
    expect(plan.merge?.edits.filter((e) => e.field === 'notes')).toEqual([]);
    expect(cellText(plan.merge!.archive[0].cells[7])).toBe('作废');
  });

  it('still reminds the rep of the customer\'s follow-up', () => {
    expect(plan.reminders.reminders.map((r) => `${r.owner}|${r.kind}|${r.sheetRow}`)).toContainEqual(expect.stringMatching(/^王磊\|\w+\|3$/));
  });
});
