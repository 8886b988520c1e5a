/**
 * A sheet with no name column under the defaults is told why a name matters, not that "the settings
 * make it required" when no settings were given (tester h73 #26). A requiredFields the user wrote is
 * still said as his settings' requirement.
 */
import { t } from '../../../shared/i18n';
import { planOf } from './helpers';

const SHEET = [
  ['会员卡号', '手机', '最近消费', '消费金额'],
  ['VIP0012', '13811112222', '2024-11-02', '2680'],
  ['VIP1001', '13700001111', '2024-10-01', '1280'],
];
const noColumn = (plan: ReturnType<typeof planOf>) => plan.problems.filter((p) => p.code.startsWith('required.noColumn'));

describe('a sheet with no name column', () => {
  it('under the defaults says a customer sheet needs one, never that the settings ask it', () => {
    const [problem] = noColumn(planOf(SHEET));
    expect(problem.code).toBe('required.noColumnDefault');
    const en = t('en', problem.code, problem.params);
    expect(en).toBe('The sheet has no Name column: each customer is known by a name, so rows are reached only by their other details. Add the column, or map one to it in the settings (headers.overrides).');
    expect(en).not.toContain('settings make');
    expect(t('zh-CN', problem.code, problem.params)).toBe('表中没有“姓名”列：客户通常凭姓名辨认，现在只能凭其他信息识别各行。请添加该列，或在设置中把某一列对应到它（headers.overrides）。');
  });

  it('under a requiredFields the user wrote says his settings make it required', () => {
    const [problem] = noColumn(planOf(SHEET, { validation: { requiredFields: ['name'] } }));
    expect(problem.code).toBe('required.noColumn');
  });
});
