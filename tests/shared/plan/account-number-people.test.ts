/**
 * A trade account's number (月结账号, Acct #, 客户编码) is the account's, not a person's. A courier's monthly
 * account list types 恒通电子's 刘经理 twice (two reps, two spellings of the company, one phone) and lists
 * the account's finance contact 赵会计 under the same 月结账号 with his own landline: the number joins the
 * three into one ACCOUNT, and only person evidence (a phone, an e-mail, a name) makes two rows one person.
 * So 刘经理's two rows are a likely duplicate, merged with --merge; 赵会计 is another contact of the
 * account, in no duplicate group, linked to it in the account's one contract reminder (tester h74:
 * once 月结账号 was read as the customer id, the three became one review group and --merge merged nothing).
 */
import { run, resolveSettings, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

type Accept = ('exact' | 'likely' | 'review')[];

function planOf(rows: string[][], input: object = {}, merge: Accept = []): Plan {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, ...(merge.length > 0 ? { merge } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

// TODAY is 2024-12-01: 恒通's contract ends within 30 days.
const COURIER = [
  ['客户名称', '联系人', '联系电话', '月结账号', '本年运费', '合同到期日', '业务员', '最近拜访'],
  ['北京华达电子有限公司', '曹婷婷', '18861731625', 'YJ880000', '209536', '2025-08-07', '马超', '2024-10-25'],
  ['北京恒通电子科技有限公司', '刘经理', '13911118888', 'YJ990001', '420000', '2024-12-31', '马超', '2024-11-15'],
  ['恒通电子科技（北京）有限公司', '刘建', '139-1111-8888', 'YJ990001', '', '2024年12月31日', '宋佳', '2024-10-10'],
  ['北京恒通电子科技有限公司', '赵会计', '010-88886666', 'YJ990001', '', '2024-12-31', '马超', '2024-11-15'],
  ['北京瑞源食品有限公司', '钱芳', '13700002222', 'YJ990002', '36000', '2024-12-05', '宋佳', '2024-06-01'],
];

// A wholesaler's trade accounts: Marco Rossi typed twice under Acct # NG-02001 (once as M. Rossi), and the
// account's payables clerk, who gives only the business's main line.
const WHOLESALE = [
  ['Acct #', 'Business Name', 'Buyer', 'Mobile', 'Office Phone', 'Email', 'Contract End', 'Sales Rep'],
  ['NG-01034', "Marsh's Grill", 'Mia Marsh', '312-555-4034', '', 'orders@marshgrill.com', '2025-06-30', 'Priya Shah'],
  ['NG-02001', 'Blue Harbor Seafood Co', 'Marco Rossi', '(312) 555-9001', '', 'marco@blueharbor.com', '2024-12-20', 'Gary Holt'],
  ['NG-02001', 'BLUE HARBOR SEAFOOD CO.', 'M. Rossi', '312.555.9001', '', 'Marco@BlueHarbor.com', '2024-12-20', 'Gary Holt'],
  ['NG-02001', 'Blue Harbor Seafood Co', 'Dennis Park', '', '(312) 555-9000', '', '2024-12-20', 'Gary Holt'],
];
const EN = { language: 'en', phone: { defaultRegion: 'US' } };

const groups = (plan: Plan) => plan.duplicates.groups.map((g) => [g.rows, g.confidence]);
const contracts = (plan: Plan) =>
  plan.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => [r.sheetRow, r.owner, r.alsoRows ?? []]);

describe('one account number, three rows: one person typed twice and another contact', () => {
  it('reads 月结账号 as the account\'s number and groups only 刘经理\'s two rows, likely', () => {
    const plan = planOf(COURIER);
    expect(plan.columns.find((c) => c.header === '月结账号')?.field).toBe('customerId');
    expect(groups(plan)).toEqual([[[3, 4], 'likely']]);
  });

  it('says the two reps of 刘经理 are a 撞单, and leaves 赵会计 out of it', () => {
    const g = planOf(COURIER).duplicates.groups[0];
    expect(g.ownerConflict?.owners).toEqual(expect.arrayContaining(['马超', '宋佳']));
    expect(g.rows).not.toContain(5);
  });

  it('merges 刘建 into 刘经理 with --merge and keeps 赵会计 in the sheet', () => {
    const plan = planOf(COURIER, {}, ['exact', 'likely']);
    expect(plan.merge?.removeRows).toEqual([4]);
    expect(plan.merge?.archive.map((a) => a.sheetRow)).toEqual([4]);
  });

  it('reminds the account\'s contract once, naming 赵会计\'s row as the account\'s other contact', () => {
    for (const merge of [[], ['exact', 'likely']] as Accept[]) {
      const hengtong = contracts(planOf(COURIER, {}, merge)).filter(([row]) => [3, 4, 5].includes(row as number));
      expect(hengtong).toHaveLength(1);
      expect(hengtong[0][2]).toContain(5);
    }
  });

  it('does the same for an English trade account: the buyer typed twice merged, the payables clerk kept', () => {
    const plan = planOf(WHOLESALE, EN);
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[3, 4]]);
    expect(plan.duplicates.groups[0].confidence).not.toBe('review');
    expect(planOf(WHOLESALE, EN, ['exact', 'likely']).merge?.removeRows).toEqual([4]);
  });
});

describe('an account number alone never makes two people one', () => {
  it('two people under one 客户编码, each by his own landline, are contacts shown together and never merged', () => {
    const plan = planOf([
      ['客户编码', '公司名称', '联系人', '座机', '负责人'],
      ['KH001', '上海申达精工机械有限公司', '周立新', '021-58881234', '王磊'],
      ['KH001', '上海申达精工机械有限公司', '唐军', '021-58885678', '王磊'],
    ], {}, ['exact', 'likely', 'review']);
    expect(plan.merge?.removeRows ?? []).toEqual([]);
  });
});
