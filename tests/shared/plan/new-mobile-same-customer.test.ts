/**
 * A customer who changed his phone and was typed again with the new mobile: the two mobiles weigh
 * against (−3 where one whole name at one company, −6 otherwise), but his name, his company and his
 * e-mail or birthday still find him, so the rep sees one customer, not two. Pins the weights the
 * quality bench was measured with: lowered further, colleagues of one name would be merged.
 */
import { planOf } from './helpers';

const SHEET = [
  ['姓名', '公司', '手机', '邮箱', '生日', '负责人'],
  ['周杰', '成都天府物流', '13911110001', 'zhoujie@tfwl.cn', '1985-03-12', '王芳'],
  ['周杰', '成都天府物流有限公司', '15866667777', 'zhoujie@tfwl.cn', '', '王芳'],
  ['何平', '重庆山城火锅', '13500001111', '', '1979-08-21', '赵磊'],
  ['何平', '重庆山城火锅', '13600002222', '', '1979-08-21', '赵磊'],
  ['孙伟', '深圳华强电子', '13800005555', '', '', '王芳'],
  ['孙伟', '深圳华强电子', '13800006666', '', '', '王芳'],
  ['李强', '深圳华强电子', '13700007777', '', '', '王芳'],
  ['王磊', '深圳华强电子', '13700008888', '', '', '王芳'],
];

describe('one customer typed again with his new mobile', () => {
  const plan = planOf(SHEET);
  const groupOf = (row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));

  it('with the same e-mail or birthday at his company, is likely one customer', () => {
    expect(groupOf(2)).toMatchObject({ rows: [2, 3], confidence: 'likely' });
    expect(groupOf(4)).toMatchObject({ rows: [4, 5], confidence: 'likely' });
  });

  it('with only his name and company, is offered for review, the two mobiles said', () => {
    expect(groupOf(6)).toMatchObject({ rows: [6, 7], confidence: 'review' });
    expect(groupOf(6)!.reasons.map((r) => r.code)).toContain('dedupe.reason.mobile.differ');
  });

  it('colleagues of two names at one company stay apart', () => {
    expect(groupOf(8)).toBeUndefined();
    expect(groupOf(9)).toBeUndefined();
  });
});
