/**
 * 企业微信's 客户联系 export names the customer twice: 客户名称 is the WeChat nickname he chose
 * (Lily🌸, A阳光明媚, 张总), 备注名 the real name staff typed (林莉, 周阳). The 备注名 is the customer's
 * name; the nickname stays in its own column, as typed, and names him only where 备注名 is blank.
 * A contact's 所属客户 in a CRM's 联系人 tab (销售易, 纷享销客) is the company he works for.
 */
import { planOf } from './helpers';

const WECOM = ['客户名称', '备注名', '客户类型', '性别', '添加人', '添加人所属部门', '添加时间', '企业标签', '备注手机号', '备注企业名称'];
const field = (plan: ReturnType<typeof planOf>, header: string) => plan.columns.find((c) => c.header === header)?.field;

describe('企业微信 客户联系 export', () => {
  const plan = planOf([
    WECOM,
    ['Lily🌸', '林莉', '微信', '女', '黄婷', '门店运营组', '2024-09-01 10:22:31', '意向客户,美容', '13760001234', '莉莉美容工作室'],
    ['A阳光明媚', '周阳', '微信', '男', '黄婷', '门店运营组', '2024-10-12 19:02:11', '已成交', '13988887777', '阳光贸易'],
    ['Lily🌸', '林莉', '微信', '女', '孙浩', '大客户组', '2024-11-20 14:00:00', '已成交,VIP', '137-6000-1234', '莉莉美容工作室'],
    ['张总', '', '企业微信', '男', '孙浩', '大客户组', '2024-03-03 09:00:00', '', '13500001111', ''],
    ['。', '', '微信', '未知', '黄婷', '门店运营组', '2024-11-30 23:59:59', '', '', ''],
  ]);

  it('reads 备注名 as the name and 客户名称 as the WeChat nickname', () => {
    expect(field(plan, '备注名')).toBe('name');
    expect(field(plan, '客户名称')).toBe('nickname');
  });

  it('keeps the nickname as typed', () => {
    const col = plan.columns.find((c) => c.header === '客户名称')!.col;
    expect(plan.edits.filter((e) => e.col === col)).toEqual([]);
  });

  it('finds the customer added twice by his real name and phone, and says the names are the same', () => {
    expect(plan.duplicates.groups.map((g) => g.rows)).toEqual([[2, 4]]);
    expect(plan.duplicates.groups[0].reasons.map((r) => r.code)).toContain('dedupe.reason.name.exact');
  });

  it('a contact with no 备注名 is called by his nickname and lacks no name; the junk row "。" does', () => {
    const missing = plan.issues.filter((i) => i.code === 'required.missing' && i.field === 'name').map((i) => i.sheetRow);
    expect(missing).toEqual([6]);
  });
});

describe('a 客户名称 beside a 备注名 elsewhere is still the customer', () => {
  it('without the export\'s other columns (添加人, 添加时间, 备注手机号) 客户名称 stays the name', () => {
    const plan = planOf([
      ['客户名称', '备注名', '手机'],
      ['深圳海涛科技有限公司', '老客户介绍', '13500001111'],
      ['阳光贸易有限公司', '', '13988887777'],
    ]);
    expect(field(plan, '客户名称')).not.toBe('nickname');
    expect(field(plan, '备注名')).not.toBe('name');
  });
});

describe('销售易 联系人 tab', () => {
  it('reads 所属客户 as the contact\'s company', () => {
    const plan = planOf([
      ['姓名', '所属客户', '职务', '手机', '邮箱', '联系人所有人'],
      ['周建国', '北京华夏建工集团有限公司', '采购总监', '13901012345', 'zhoujg@hxjg.com', '张敏'],
      ['吴丽', '天津海纳食品有限公司', '总经理', '13820223344', 'wuli@hainafood.cn', '李强'],
    ]);
    expect(field(plan, '所属客户')).toBe('company');
    expect(field(plan, '姓名')).toBe('name');
  });
});
