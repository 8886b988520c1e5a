import fc from 'fast-check';
import { definedLevels, statedClass, statedVip, vipMarkMemo } from '../../../shared/classify/existing-labels';
import { DIMENSION_LABELS } from '../../../shared/classify/labels';
import { rec } from './helpers';

// The classifier reads the stage or VIP mark a sheet states on every row, where a few texts repeat
// (是否VIP 是 / 否, 客户等级 VIP3, 客户类型 已签约): it passes memos so each distinct text is read once.
// The answers must be the same as reading every cell afresh.
const WORDS = ['已签约', '意向客户', 'Customer', 'Lead', '老客户', '已流失', 'VIP', '非VIP', 'svip', '是', '否', 'Y', 'no',
  'VIP3', '金卡会员', 'A', '普通', '高价值客户', 'VIP客户，老客户', '', '  ', '其他'];

describe('statedClass and statedVip with memos', () => {
  it('answer exactly as without them, over a whole sheet sharing the memos', () => {
    const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }));
    const row = fc.record({ customerType: word, dealStatus: word, status: word, tier: word, vip: word, tags: word });
    const tier = definedLevels([{ id: 'A', text: { 'zh-CN': 'A类', en: 'A' } }], DIMENSION_LABELS.tier);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 30 }), (rows) => {
        const records = rows.map((fields, i) => rec(i + 2, fields));
        const stages = new Map<string, string | null>();
        const marks = vipMarkMemo();
        for (const r of records) {
          expect(statedClass(r, 'lifecycle', stages)).toEqual(statedClass(r, 'lifecycle'));
          expect(statedClass(r, 'tier', new Map())).toEqual(statedClass(r, 'tier'));
          expect(statedVip(r, tier, marks)).toEqual(statedVip(r, tier));
        }
      }),
      { seed: 20241201 },
    );
  });

  it('read each distinct text once: a member list of 是 and 否 and its 客户等级 VIP3 / 普通', () => {
    const memo = vipMarkMemo();
    const stages = new Map<string, string | null>();
    const rows = [
      rec(2, { name: '王丽娟', vip: '是', tier: 'VIP3', customerType: '已签约' }),
      rec(3, { name: '陈志强', vip: '否', tier: '普通', customerType: '意向客户' }),
      rec(4, { name: 'Emily Chen', vip: '是', tier: 'VIP3', customerType: '已签约' }),
      rec(5, { name: '刘洋', vip: '否', tier: '普通', customerType: '意向客户' }),
    ];
    const vips = rows.map((r) => statedVip(r, undefined, memo)?.id ?? null);
    const classes = rows.map((r) => statedClass(r, 'lifecycle', stages)?.id ?? null);
    expect(vips).toEqual(['vip', 'regular', 'vip', 'regular']);
    expect(classes).toEqual(['existing', 'potential', 'existing', 'potential']);
    expect([...memo.flags.keys()]).toEqual(['是', '否']);
    expect([...stages.keys()]).toEqual(['已签约', '意向客户']);
  });
});
