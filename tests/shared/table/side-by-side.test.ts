/**
 * Two tables side by side on one sheet (老客户 in A:F, a blank column G, 新客户 in H:M under the same
 * header): the run refuses, naming the columns of the second table and how to fix it, instead of
 * reading the right table's 手机 and 合同到期日 as the left rows' (h59 finding 1).
 */
import { run, resolveSettings } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf, TODAY } from '../plan/helpers';

const HEADER = ['姓名', '手机', '公司', '生日', '负责人', '合同到期日'];
const TWO_TABLES = [
  ['老客户', '', '', '', '', '', '', '新客户（11月）', '', '', '', '', ''],
  [...HEADER, '', ...HEADER],
  ['刘德明', '13811112222', '北京华德商贸', '1980-12-05', '王磊', '2024-12-08', '', '吴芳', '15855556666', '合肥吴氏家居', '1992-12-03', '陈静', '2025-11-30'],
  ['黄小英', '13922223333', '广州英华服饰', '1990-03-01', '王磊', '2025-06-30', '', '郑凯', '15966667777', '福州凯达电器', '1985-01-15', '陈静', '2024-12-15'],
  ['周文', '13744445555', '成都周记火锅', '1988-12-10', '刘洋', '', '', '', '', '', '', '', ''],
];

function outcome(rows: string[][]) {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  return run(gridOf(rows), { settings: settings.settings, today: TODAY });
}

describe('two tables side by side', () => {
  it('are refused, naming the second table’s columns, so no stranger’s phone joins another customer’s row', () => {
    const out = outcome(TWO_TABLES);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problem).toMatchObject({ code: 'sheet.sideBySide', severity: 'error', params: { first: 'A:F', second: 'H:M' } });
    const zh = t('zh-CN', out.problem.code, out.problem.params);
    expect(zh).toContain('H:M');
    expect(zh).toContain('另一个工作表');
    const en = t('en', out.problem.code, out.problem.params);
    expect(en).toContain('H:M');
    expect(en).toMatch(/another sheet/);
  });

  it('one table with an empty column inside it (a spacer between 联系方式 and 业务 columns) is still read', () => {
    const out = outcome([
      ['姓名', '手机', '', '负责人', '合同到期日'],
      ['刘德明', '13811112222', '', '王磊', '2024-12-08'],
      ['黄小英', '13922223333', '', '王磊', '2025-06-30'],
    ]);
    expect(out.ok).toBe(true);
  });
});
