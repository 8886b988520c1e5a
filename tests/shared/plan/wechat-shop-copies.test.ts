/**
 * A WeChat tea shop's buyer typed twice by two assistants: one 微信号 (wxid_lj88 / WXID_LJ88), one
 * address, once written as the parcel's label with the recipient and her mobile (…龙井路8号 王阿姨收
 * 13500001111) and once bare. The recipient and her number are no part of the place: the two addresses
 * are one, which with the WeChat ID makes the pair likely, merged by --merge (tester h74 #5: review
 * 0.85 with only 微信号相同). Two buyers of one street with their own doors stay apart.
 */
import { run, resolveSettings, type Plan } from '../../../shared';
import { reasonTexts } from '../../../shared/dedupe/reason-text';
import { addressKey } from '../../../shared/dedupe/keys/address';
import { gridOf, TODAY } from './helpers';

const TEA_SHOP = [
  ['昵称', '微信号', '手机', '收货地址', '首次下单', '累计金额', '跟进人'],
  ['龙井阿姨', 'wxid_lj88', '', '浙江省杭州市西湖区龙井路8号 王阿姨收 13500001111', '2023-04-01', '￥8,800', '阿芳'],
  ['茶友老李', 'li_tea_66', '13912345678', '杭州市上城区清河坊街12号', '2024-02-11', '2,300', '阿芳'],
  ['王阿姨', 'WXID_LJ88', '13500001111', '杭州西湖区龙井路8号', '2023-04-01', '8800', '小杨'],
];

function planOf(rows: string[][], merge: ('exact' | 'likely')[] = []): Plan {
  const settings = resolveSettings({});
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, ...(merge.length > 0 ? { merge } : {}) });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('a shipping address written with its recipient', () => {
  it('compares as the place alone', () => {
    expect(addressKey('浙江省杭州市西湖区龙井路8号 王阿姨收 13500001111')).toEqual(addressKey('杭州西湖区龙井路8号'));
    expect(addressKey('收货人：王芳 13812345678 北京市朝阳区建国路88号')).toEqual(addressKey('北京市朝阳区建国路88号'));
    // Another door of the street is another place still.
    expect(addressKey('杭州西湖区龙井路18号 李姐收 13600001111')).not.toEqual(addressKey('杭州西湖区龙井路8号'));
  });

  it('makes one WeChat buyer typed twice likely, merged by --merge, saying both reasons', () => {
    const plan = planOf(TEA_SHOP, ['exact', 'likely']);
    const g = plan.duplicates.groups[0];
    expect([g.rows, g.confidence]).toEqual([[2, 4], 'likely']);
    const said = reasonTexts('zh-CN', g.reasons).join('；');
    expect(said).toContain('微信号相同');
    expect(said).toMatch(/地址/);
    // The row with her mobile is the fuller one, kept; the other leaves the sheet.
    expect(plan.merge!.removeRows).toEqual([g.rows.find((r) => r !== g.survivor)]);
  });
});
