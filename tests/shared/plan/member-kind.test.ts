/**
 * 会员类型 names a shop's member ladder in one POS (普通会员, 金卡, 钻石卡, VIP2) and the kind of member in
 * another (个人会员 / 企业会员, 学生会员, 年卡). Only a ladder is a value tier; a column of kinds stays as
 * typed, unread, so the user is not asked to define 个人 and 企业 as tiers.
 */
import { planOf } from './helpers';
import { mapHeaders } from '../../../shared/schema/header-map';
import { resolveSettings } from '../../../shared';
import type { Cell } from '../../../shared';

const settings = () => {
  const s = resolveSettings({});
  if (!s.ok) throw new Error('settings');
  return s.settings;
};
const column = (values: string[]): Cell[] => values.map((value) => ({ kind: 'text', value }));
const fieldOfMemberType = (values: string[]) =>
  mapHeaders(['会员姓名', '手机号', '会员类型', '累计消费'], settings(), [[], [], column(values), []])[2].field;

describe('会员类型 holding the kind of member', () => {
  it('is no tier when it says 个人会员 / 企业会员', () => {
    expect(fieldOfMemberType(['个人会员', '企业会员', '个人会员', '个人会员', '企业会员'])).toBeNull();
  });

  it('is no tier when kinds are as many as levels (the tester\'s 个人 / 企业 / 学生 beside 金卡 / 普通会员 / 钻石卡)', () => {
    expect(fieldOfMemberType(['个人会员', '企业会员', '学生会员', '金卡', '普通会员', '钻石卡'])).toBeNull();
  });

  it('is no tier when it names how long the card runs (年卡, 季卡, 次卡)', () => {
    expect(fieldOfMemberType(['年卡', '季卡', '次卡', '年卡会员', '储值卡'])).toBeNull();
  });

  it('is still the tier when it names levels (普通会员, 金卡, 钻石卡, VIP2)', () => {
    expect(fieldOfMemberType(['普通会员', '金卡会员', '钻石卡', 'VIP2', '银卡'])).toBe('tier');
    expect(fieldOfMemberType(['普通会员', '黄金会员', '白金会员', '个人会员'])).toBe('tier');
  });

  it('is still the tier when the header is all there is to read', () => {
    expect(mapHeaders(['姓名', '手机', '会员类型'], settings())[2].field).toBe('tier');
  });

  it('leaves the shop\'s sheet without a tier comparison that asks to define 个人会员', () => {
    const plan = planOf([
      ['会员姓名', '手机号', '会员类型', '首次购买时间', '最近购买时间', '累计消费'],
      ['张伟', '13800001111', '个人会员', '2024-03-01', '2024-11-20', '3200'],
      ['李娜', '13800002222', '企业会员', '2023-05-10', '2024-06-01', '12800'],
      ['王芳', '13800003333', '学生会员', '2024-01-15', '2024-10-11', '560'],
      ['刘洋', '13800004444', '金卡', '2022-08-08', '2024-11-30', '25600'],
      ['陈静', '13800005555', '普通会员', '2024-02-02', '2024-02-02', '99'],
      ['杨磊', '13800006666', '钻石卡', '2021-12-12', '2024-11-01', '88000'],
    ]);
    expect(plan.columns.find((c) => c.header === '会员类型')?.field).toBeNull();
    const tier = plan.classification.whatIf.dimensions.find((d) => d.dimension === 'tier');
    expect(tier?.unrecognized ?? 0).toBe(0);
    // Nothing lost: the column's cells are not written.
    expect(plan.edits.filter((e) => e.col === 2)).toEqual([]);
  });
});
