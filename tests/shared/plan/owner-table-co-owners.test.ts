/**
 * The report's owner table counts a customer under each rep who holds him, the reps his reminders go
 * to: those his owner cell names (王磊/刘洋) and those an earlier merge noted in his 合并记录
 * (共管负责人：王磊/刘洋/陈静). The lines then add up to more than the customers; the table says how many
 * customers it holds, each once. An order list reads the note the same way, for its reminders too.
 */
import { DEFAULT_SETTINGS, run, t, type Plan } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

const owners = (plan: Plan) => plan.report.sections.find((s) => s.id === 'owner')!;
const lines = (plan: Plan) => owners(plan).series.map((s) => [s.label, s.count]);
const blocks = (plan: Plan) => plan.reminders.groups.map((g) => [g.owner, g.reminders.map((r) => r.sheetRow)]);

describe('a customer list merged last week, 陈志远 held by 王磊/刘洋 in his cell and 陈静 in the note', () => {
  const HEADER = ['姓名', '手机', '公司', '负责人', '生日', '整理问题', '重复组', '重复依据', '合并记录'];
  const KEPT = ['陈志远', '13711112222', '广州粤海贸易有限公司', '王磊/刘洋', '1980-12-05', '', '', '', '共管负责人：王磊/刘洋/陈静；负责人: 王磊/陈静（2024-11-25 原第3行）'];
  const OTHER = ['林晓', '13922223333', '深圳前海物流有限公司', '李娜', '1990-12-03', '', '', '', ''];

  it('counts him under 王磊, 刘洋 and 陈静, whom his reminders go to, and once in the total', () => {
    const plan = planOf([HEADER, KEPT, OTHER]);
    expect(blocks(plan)).toEqual([['刘洋', [2]], ['李娜', [3]], ['王磊', [2]], ['陈静', [2]]]);
    expect(lines(plan)).toEqual([['刘洋', 1], ['李娜', 1], ['王磊', 1], ['陈静', 1]]);
    expect(owners(plan).customers).toBe(2);
    expect(plan.report.sections.find((s) => s.id === 'customers')!.series[0].count).toBe(2);
  });

  it('says where 陈静 comes from, in zh-CN and en', () => {
    const zh = owners(planOf([HEADER, KEPT, OTHER])).note!;
    expect(zh.code).toBe('report.note.sharedOwnersNoted');
    expect(zh.params).toEqual({ count: 1, noted: 1, example: '王磊/刘洋/陈静' });
    expect(t('zh-CN', zh.code, zh.params)).toBe('1 位客户由多位负责人共同负责，每位负责人各计一次，与提醒一致；其中 1 位的负责人单元格只写了其中几位，其余见合并记录的“共管负责人”或其重复录入的另一行（如 王磊/刘洋/陈静）。表下的合计每位客户只计一次。');
    const en = owners(planOf([HEADER, KEPT, OTHER], { language: 'en' })).note!;
    expect(t('en', en.code, en.params)).toBe('1 customer is shared by several owners and counted for each of them, as in their reminders; for 1 of them the owner cell names only some: the others are the co-owners a merge listed in "Merged values" (co-owners: …) or the reps of his row typed twice, such as 王磊/刘洋/陈静. The total under the table counts each customer once.');
  });

  it('counts him as his owner cell says once the customer is handed to a rep the note does not name', () => {
    const handed = KEPT.map((v, i) => (i === 3 ? '张伟' : v));
    const plan = planOf([HEADER, handed, OTHER]);
    expect(lines(plan)).toEqual([['张伟', 1], ['李娜', 1]]);
    expect(owners(plan).customers).toBeUndefined();
    expect(owners(plan).note).toBeUndefined();
  });
});

describe('the same owner table before the merge, on the merge\'s own run and on the run after it', () => {
  // 陈志远 typed twice: 王磊 shares him with 刘洋 on one row, with 陈静 on the other.
  const HEADER = ['姓名', '手机', '公司', '负责人', '累计金额'];
  const SHEET = [
    HEADER,
    ['陈志远', '13711112222', '广州粤海贸易有限公司', '王磊/刘洋', '58000'],
    ['林晓', '13922223333', '深圳前海物流有限公司', '李娜', '12000'],
    ['陈志远', '137 1111 2222', '广州粤海贸易有限公司', '王磊/陈静', ''],
  ];
  // What the --merge run wrote: the kept row as typed, 陈静 in its note.
  const MERGED = [
    [...HEADER, '整理问题', '重复组', '重复依据', '合并记录'],
    ['陈志远', '13711112222', '广州粤海贸易有限公司', '王磊/刘洋', '58000', '', '', '', '共管负责人：王磊/刘洋/陈静；负责人: 王磊/陈静（2024-12-01 原第4行）'],
    ['林晓', '13922223333', '深圳前海物流有限公司', '李娜', '12000', '', '', '', ''],
  ];
  const table = (plan: Plan) => owners(plan).series.map((s) => [s.label, s.count, s.spend]);
  const expected = [['刘洋', 1, 58000], ['李娜', 1, 12000], ['王磊', 1, 58000], ['陈静', 1, 58000]];

  it('counts 陈志远 and his spending under each of the three reps in the preview, the merge and the rerun', () => {
    const preview = planOf(SHEET);
    const merged = run(gridOf(SHEET), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
    if (!merged.ok) throw new Error(merged.problem.code);
    expect(merged.plan.merge?.coOwners).toEqual([{ sheetRow: 2, owners: '王磊/刘洋/陈静' }]);
    const rerun = planOf(MERGED);
    for (const plan of [preview, merged.plan, rerun]) {
      expect(table(plan)).toEqual(expected);
      expect(owners(plan).customers).toBe(2);
      expect(owners(plan).spendTotal).toBe(70000);
    }
  });
});

describe('an order list (销售流水) merged last week: order DD20241104 was typed by 王磊/刘洋 and by 王磊/陈静', () => {
  const HEADER = ['订单号', '下单日期', '客户姓名', '手机', '商品', '金额', '销售', '下次跟进', '整理问题', '重复组', '重复依据', '合并记录'];
  const SHEET = [
    HEADER,
    ['DD20241101', '2024-10-05', '陈志远', '13711112222', '净水器', '3999', '王磊/刘洋', '', '', '', '', ''],
    ['DD20241102', '2024-11-02', '林晓', '13922223333', '净水器', '3999', '李娜', '2024-12-01', '', '', '', ''],
    ['DD20241104', '2024-11-20', '陈志远', '13711112222', '滤芯', '398', '王磊/刘洋', '2024-12-01', '', '', '', '共管负责人：王磊/刘洋/陈静；销售: 王磊/陈静（2024-11-25 原第5行）'],
  ];

  it('reminds 陈静 of his follow-up too, and counts him under each of the three reps', () => {
    const plan = planOf(SHEET);
    expect(plan.orderList).toEqual({ rows: 3, orders: 3, customers: 2 });
    expect(blocks(plan)).toEqual([['刘洋', [4]], ['李娜', [3]], ['王磊', [4]], ['陈静', [4]]]);
    expect(lines(plan)).toEqual([['刘洋', 1], ['李娜', 1], ['王磊', 1], ['陈静', 1]]);
    expect(owners(plan).customers).toBe(2);
  });
});
