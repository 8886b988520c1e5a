/**
 * A register number the sheet gives each row as it is typed (客户编号 KH0001, KH0002 …) keeps being one
 * when a row was pasted twice with its number (KH0029 on two rows): a customer typed again under the next
 * number is one running total typed twice, not two accounts whose totals add up. The demo's 李秀英
 * (KH0014 and kh0015, ¥22,970 each) was counted as ¥45,940 while one pasted copy in the register made the
 * whole column read as account numbers.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { gridOf } from './helpers';

const REGISTER = [
  ['客户编号', '姓名', '手机', '累计金额', '购买次数', '负责人'],
  ['KH0001', '王芳', '13698765432', '1200', '2', '吴倩'],
  ['KH0002', '李娜', '13923456789', '800', '1', '吴倩'],
  ['KH0002', '李娜', '13923456789', '800', '1', '吴倩'],
  ['KH0003', '周强', '13712345678', '3600', '6', '赵磊'],
  ['KH0004', '李秀英', '15819522499', '22970', '3', '吴倩'],
  ['kh0005', '李秀英', '158 1952 2499', '22970', '3', '吴倩'],
  ['KH0006', '孙悦', '13511112222', '450', '1', '赵磊'],
  ['KH0007', '陈晨', '13633334444', '9800', '12', '赵磊'],
  ['KH0008', '刘洋', '13755556666', '300', '1', '吴倩'],
  ['KH0009', '黄磊', '13877778888', '6400', '8', '赵磊'],
  ['KH0010', '马丽', '13999990000', '1500', '2', '吴倩'],
  ['KH0011', '郭涛', '15011112222', '700', '1', '赵磊'],
];

function planOf(merge: ('exact' | 'likely')[]): Plan {
  const out = run(gridOf(REGISTER), { settings: { ...DEFAULT_SETTINGS, language: 'zh-CN' }, today: '2026-12-01', merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const spending = (plan: Plan) => plan.report.sections.find((s) => s.id === 'customers')!.spendTotal;
const ONCE_EACH = 1200 + 800 + 3600 + 22970 + 450 + 9800 + 300 + 6400 + 1500 + 700;

describe('a register with a pasted copy (KH0002 twice) still gives each row a number, not an account', () => {
  it('counts 李秀英 (KH0004, kh0005, ¥22,970 each) once in the report, before a merge', () => {
    expect(spending(planOf([]))).toBe(ONCE_EACH);
  });

  it('keeps her ¥22,970, not ¥45,940, when the merge folds her rows', () => {
    const plan = planOf(['exact', 'likely']);
    expect((plan.merge!.totals ?? []).filter((t) => t.how === 'sum')).toEqual([]);
    expect(spending(plan)).toBe(ONCE_EACH);
  });
});
