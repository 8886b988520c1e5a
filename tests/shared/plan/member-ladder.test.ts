/**
 * A store's member ladder (会员等级 普通会员 / 银卡 / 金卡 / 钻石卡, Membership Level Silver / Gold / Platinum)
 * is the store's own, earned by its points and rules: it is kept as typed, never compared with the
 * value tier the amounts give (no "35 of 49 customers would change class") nor taken for it. A shop
 * whose settings define its own tier levels (classify.tier as a list) has made that ladder its tier,
 * and has it compared.
 */
import type { Plan } from '../../../shared';
import { planOf } from './helpers';

const whatIfTier = (plan: Plan) => plan.classification.whatIf.dimensions.find((d) => d.dimension === 'tier')!;
const tierOf = (plan: Plan) => plan.classification.rows.map((r) => r.labels.tier);

describe('a 母婴店 member list with its 会员等级', () => {
  const SHEET = [
    ['妈妈姓名', '手机号', '会员等级', '累计消费', '所属导购', '最近消费'],
    ['窦丽', '13907316688', '钻石卡', '52800', '小周', '2026-08-01'],
    ['胡思雨', '13874112233', '金卡', '8600', '小吴', '2026-11-20'],
    ['柏雪', '15116334455', '银卡', '2300', '小周', '2026-10-02'],
    ['王佳', '18673125566', '普通会员', '120000', '小吴', '2026-11-30'],
    ['林晓', '13548967788', '钻石卡', '', '小周', '2026-09-15'],
  ];

  it('compares no member level with the value tier: nothing "would change class"', () => {
    const plan = planOf(SHEET);
    expect(whatIfTier(plan)).toMatchObject({ compared: 0, changed: 0 });
    expect(plan.classification.whatIf.rowsChanged).toBe(0);
  });

  it('classes by what each spent; a member with no amount is not made high by her 钻石卡', () => {
    expect(tierOf(planOf(SHEET))).toEqual(['medium', 'low', 'low', 'high', 'unknown']);
  });

  it('an English Membership Level is the store\'s own ladder too', () => {
    const plan = planOf([
      ['Name', 'Mobile', 'Membership Level', 'Total Spent', 'Last Purchase'],
      ['Emma Lewis', '+44 7700 900123', 'Platinum', '3200', '2026-11-02'],
      ['Oliver Hughes', '+44 7700 900456', 'Silver', '150000', '2026-10-12'],
    ]);
    expect(whatIfTier(plan)).toMatchObject({ compared: 0, changed: 0 });
  });

  it('a grade named for the customer (客户等级 A / B / C) is still compared', () => {
    const plan = planOf([
      ['客户名称', '手机', '客户等级', '累计金额', '最近购买'],
      ['杭州明远纺织', '13857100001', 'C', '260000', '2026-11-20'],
      ['宁波海丰贸易', '13968002222', 'A', '3000', '2026-10-08'],
    ]);
    expect(whatIfTier(plan)).toMatchObject({ compared: 2, changed: 2 });
  });
});
