/**
 * An e-mail column of captions over mailto: links (点击发邮件, "Send mail"), as a host reads it: the
 * text a cell shows and its link. The core reads the address from the link; hosts only hand it over.
 */
import { run, resolveSettings, type Cell, type Grid, type Plan } from '../../../shared';
import { TODAY } from './helpers';

const linked = (caption: string, link: string): Cell => ({ kind: 'text', value: caption, link });
const t = (value: string): Cell => ({ kind: 'text', value });

function planOf(rows: Cell[][]): Plan {
  const grid: Grid = { sheetName: '客户', firstRow: 1, firstCol: 1, cells: rows };
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('default settings');
  const out = run(grid, { settings: settings.settings, today: TODAY });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const plan = planOf([
  [t('姓名'), t('手机'), t('邮箱'), t('公司')],
  [t('张伟'), t('13812345678'), linked('点击发邮件', 'mailto:ZhangWei%40163.COM?subject=%E7%BB%AD%E7%BA%A6'), t('星辰科技')],
  [t('张伟'), t('13912345678'), t('zhangwei@163.com'), t('星辰科技')],
  // A caption over a mailto: link outside the e-mail column is that column's value.
  [linked('李娜', 'mailto:lina@qq.com'), t('13700001111'), linked('发邮件', 'mailto:lina@qq.com'), t('云海贸易')],
  // A cell showing an address is read as shown, whatever its link says.
  [t('王芳'), t('13600002222'), linked('wangfang@126.com', 'mailto:other@126.com'), t('云海贸易')],
  // A link that holds no address leaves the caption, which is then no e-mail.
  [t('赵磊'), t('13500003333'), linked('发邮件', 'mailto:'), t('云海贸易')],
]);
const emailCol = plan.columns.find((c) => c.header === '邮箱')!.col;
const issuesAt = (row: number) => plan.issues.filter((i) => i.sheetRow === row && i.col === emailCol).map((i) => i.code);

describe('an e-mail cell showing a caption over a mailto: link', () => {
  it('is read as the link\'s address: decoded, without its ?subject, and matched against another row\'s address', () => {
    expect(issuesAt(2)).toEqual([]);
    expect(issuesAt(4)).toEqual([]);
    const group = plan.duplicates.groups.find((g) => g.rows.includes(2));
    expect(group?.rows).toEqual([2, 3]);
    expect(JSON.stringify(group?.reasons)).toMatch(/email/i);
  });

  it('says what it corrects as a change of the address, not of the caption', () => {
    const edit = plan.edits.find((e) => e.sheetRow === 2 && e.col === emailCol);
    expect(edit?.before).toEqual({ kind: 'text', value: 'ZhangWei@163.COM' });
    expect(edit?.after).toEqual({ kind: 'text', value: 'zhangwei@163.com' });
  });

  it('reads a caption that shows an address as shown, and a link without an address as its caption', () => {
    expect(plan.edits.filter((e) => e.sheetRow === 5 && e.col === emailCol)).toEqual([]);
    expect(issuesAt(5)).toEqual([]);
    expect(issuesAt(6).length).toBeGreaterThan(0);
  });

  it('reads a name over a mailto: link as the name', () => {
    const nameCol = plan.columns.find((c) => c.header === '姓名')!.col;
    expect(plan.edits.filter((e) => e.sheetRow === 4 && e.col === nameCol)).toEqual([]);
    expect(plan.issues.filter((i) => i.sheetRow === 4 && i.col === nameCol)).toEqual([]);
  });
});
