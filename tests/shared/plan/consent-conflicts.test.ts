/**
 * A supporter typed twice, who said yes to e-mail on one row and no on the other: the merge keeps the
 * kept row's value and files the other among the merged values, which must not pass in silence (tester
 * h75: a donor's Opt-in Email N under the kept row's Y). The run warns, in both languages, that a
 * refusal stands and is the safe value (GDPR), for the merge it made and for the one it proposes.
 */
import { DEFAULT_SETTINGS, run, t, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

const DONORS = [
  ['Supporter ID', 'First Name', 'Surname', 'Postcode', 'Email', 'Phone', 'Relationship Manager', 'Opt-in Email'],
  ['SUP00541', 'Patrick', "O'Brien", 'CF10 1BH', 'patrick.obrien@btinternet.com', '029 2087 1042', 'Helen Price', 'Y'],
  ['SUP00542', 'PATRICK', 'OBRIEN', 'cf101bh', 'patrick.obrien@btinternet.com', '029 2087 1042', 'Owen Davies', 'N'],
  ['SUP00543', 'Margaret', "O'Brien", 'CF10 1BH', 'margaret.obrien@gmail.com', '029 2087 1042', 'Helen Price', 'Y'],
  ['SUP00544', 'Grace', 'Patel', 'CF10 1AA', 'grace.patel@btinternet.com', '07700 900123', 'Helen Price', 'N'],
];

const WECHAT = [
  ['客户名称', '手机', '微信号', '是否同意推送', '负责人'],
  ['王芳', '13900001111', 'wangfang88', '是', '小杨'],
  ['王芳', '139 0000 1111', 'wangfang88', '否', '阿芳'],
  ['李娜', '13900002222', 'lina_2', '是', '小杨'],
];

function planOf(rows: string[][], language: 'zh-CN' | 'en', merge?: ('exact' | 'likely')[]): Plan {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, language }, today: TODAY, ...(merge ? { merge } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

const conflicts = (plan: Plan, lang: 'zh-CN' | 'en') => plan.problems.filter((p) => p.code.startsWith('dedupe.consentConflict')).map((p) => t(lang, p.code as never, p.params));

describe('a consent the merged rows disagree on', () => {
  it('warns after a merge that the refusal is the safe value, naming the rows and the kept value', () => {
    const plan = planOf(DONORS, 'en', ['exact', 'likely']);
    expect(plan.merge?.removeRows).toEqual([3]);
    expect(conflicts(plan, 'en')).toEqual([
      'Consent conflict in G1: rows 2 and 3, merged into row 2, disagree on "Opt-in Email": row 3 says N, row 2 Y, and the kept row holds Y. A refusal stands until the customer consents again (GDPR), so the safe value is the refusal, N: check before mailing this customer.',
    ]);
    expect(plan.problems.find((p) => p.code === 'dedupe.consentConflict.merged')?.severity).toBe('warning');
  });

  it('warns of the merge a group proposes, in Chinese, with 是 / 否', () => {
    const plan = planOf(WECHAT, 'zh-CN');
    expect(plan.merge).toBeFalsy();
    expect(conflicts(plan, 'zh-CN')).toEqual([
      expect.stringMatching(/^G1 的同意状态冲突：第 2 行和第 3 行（尚未合并）的“是否同意推送”不一致：第 3 行为 否，第 2 行为 是；合并到第 2 行后将保留 是。.*稳妥的取值是拒绝（否）/),
    ]);
  });

  it('says nothing where the rows agree, or a row says nothing', () => {
    const agreed = DONORS.map((r, i) => (i === 2 ? [...r.slice(0, 7), 'Y'] : r));
    expect(conflicts(planOf(agreed, 'en', ['exact', 'likely']), 'en')).toEqual([]);
    const blank = DONORS.map((r, i) => (i === 2 ? [...r.slice(0, 7), ''] : r));
    expect(conflicts(planOf(blank, 'en', ['exact', 'likely']), 'en')).toEqual([]);
  });

  it('reads an opt-out column the other way round: its yes is the refusal', () => {
    const optOut = DONORS.map((r, i) => [...r.slice(0, 7), i === 0 ? 'Email Opt Out' : i === 2 ? 'Yes' : 'No']);
    expect(conflicts(planOf(optOut, 'en', ['exact', 'likely']), 'en')).toEqual([
      expect.stringContaining('disagree on "Email Opt Out": row 3 says Yes, row 2 No, and the kept row holds No.'),
    ]);
  });
});
