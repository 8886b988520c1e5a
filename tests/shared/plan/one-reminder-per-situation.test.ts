/**
 * One customer, one situation, one reminder (tester h68/h69): a guest typed in by two front-desk staff, a
 * patient registered twice under two providers, a flat typed again by a second 管家 is one customer; his
 * birthday, recall or fee end reaches the carer of the row a merge keeps (the survivor) once, and that
 * reminder names the other carer, so no one is left out. His two cars stay two reminders; two people
 * who merely look alike stay two customers. And the kept row of a thing typed twice is his main
 * carer's (the one holding more of his rows, then the row typed first), the group's reasons saying why.
 */
import { DEFAULT_SETTINGS, run, t, reminderText, cellText, type Plan } from '../../../shared';
import { gridOf, TODAY } from './helpers';

const planWith = (rows: string[][], merge: ('exact' | 'likely')[] = [], input: object = {}): Plan => {
  const out = run(gridOf(rows), { settings: { ...DEFAULT_SETTINGS, ...input }, today: TODAY, merge });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};
const of = (p: Plan, customer: string, kind: string) =>
  p.reminders.reminders.filter((r) => r.customer.startsWith(customer) && r.kind === kind);
const groupWith = (p: Plan, row: number) => p.duplicates.groups.find((g) => g.rows.includes(row) && !g.records) ?? p.duplicates.groups.find((g) => g.rows.includes(row))!;
const ownerOfRow = (rows: string[][], sheetRow: number, header: string) => rows[sheetRow - 1][rows[0].indexOf(header)];

// A 民宿's guest list: 赵雅琪 stayed twice, each stay typed in by another 前台 (her phone with spaces the second time).
const HOTEL = [
  ['姓名', '手机', '生日', '入住日期', '退房日期', '房费', '前台', '备注'],
  ['赵雅琪', '13712345678', '1992-12-03', '2024-05-01', '2024-05-03', '680', '阿珍', ''],
  ['薛磊轩', '13800001111', '1988-12-05', '2024-08-02', '2024-08-04', '520', '小杨', ''],
  ['赵雅琪', '137 1234 5678', '1992-12-03', '2024-10-02', '2024-10-05', '880', '小杨', '回头客'],
];

describe('a guest typed in by two front-desk staff (民宿): one birthday, one reminder', () => {
  const plan = planWith(HOTEL);
  const g = groupWith(plan, 2);

  it('reminds her birthday once, to the 前台 of the row a merge keeps, naming the other 前台', () => {
    const [one, ...more] = of(plan, '赵雅琪', 'birthday');
    expect(more).toEqual([]);
    expect(one.sheetRow).toBe(g.survivor);
    expect(one.owner).toBe(ownerOfRow(HOTEL, g.survivor, '前台'));
    const other = one.owner === '小杨' ? '阿珍' : '小杨';
    expect(reminderText('zh-CN', one)).toMatch(new RegExp(`由 ${other} 共同服务`));
    expect(reminderText('en', one)).toMatch(new RegExp(`also cared for by: row \\d+ by ${other}`));
  });

  it('still reminds the other guest, alone on his row, to his own 前台', () => {
    expect(of(plan, '薛磊轩', 'birthday').map((r) => r.owner)).toEqual(['小杨']);
  });
});

// A US dental office's recall list: Jon Smith registered twice (a new patient number, his name in capitals,
// his e-mail's case), once under the hygienist and once under the dentist. Sarah Lee tells the dates month first.
const DENTAL = [
  ['Patient #', 'Patient Name', 'DOB', 'Cell', 'Email', 'Next Recall Due', 'Provider'],
  ['11005', 'Jon Smith', '12/03/1980', '(415) 555-0142', 'jon.smith@example.com', '11/28/2024', 'Hyg. Amy'],
  ['11017', 'Sarah Lee', '04/23/1975', '(415) 555-0177', 'sarah.lee@example.com', '12/20/2024', 'Dr. Nguyen'],
  ['11090', 'JON SMITH', '12/03/1980', '415-555-0142', 'Jon.Smith@example.com', '11/28/2024', 'Dr. Patel'],
];

describe('a patient registered twice under two providers, not merged yet: one recall, one birthday', () => {
  const plan = planWith(DENTAL);
  const g = groupWith(plan, 2);

  it('finds him typed twice', () => {
    expect(g.rows).toEqual([2, 4]);
    expect(g.confidence).not.toBe('review');
  });

  it.each(['birthday', 'followUp'])('gives his %s one reminder, to the provider of the kept row, naming the other provider', (kind) => {
    const list = of(plan, 'J', kind).filter((r) => /smith/i.test(r.customer));
    expect(list).toHaveLength(1);
    const [one] = list;
    expect(one.owner).toBe(ownerOfRow(DENTAL, g.survivor, 'Provider'));
    const other = one.owner === 'Hyg. Amy' ? 'Dr. Patel' : 'Hyg. Amy';
    expect(one.heldBy?.map((h) => h.owner)).toEqual([other]);
    expect(reminderText('en', one)).toContain(other);
  });

  it('gives each provider no second copy of the other\'s reminder', () => {
    const owners = plan.reminders.reminders.filter((r) => /smith/i.test(r.customer)).map((r) => r.owner);
    expect(new Set(owners).size).toBe(1);
  });

  it('reminds him the same once --merge has made the two rows one, still naming the other provider', () => {
    const merged = planWith(DENTAL, ['exact', 'likely']);
    const list = merged.reminders.reminders.filter((r) => /smith/i.test(r.customer) && r.kind === 'birthday');
    const kept = ownerOfRow(DENTAL, g.survivor, 'Provider');
    const other = kept === 'Hyg. Amy' ? 'Dr. Patel' : 'Hyg. Amy';
    expect(list.map((r) => r.owner)).toEqual([kept]);
    expect(list[0].alsoCaredBy).toEqual([other]);
    expect(reminderText('en', list[0])).toContain(`(also cared for by ${other}, whose row was merged into this one)`);
    expect(reminderText('zh-CN', list[0])).toContain(`（也由 ${other} 跟进，其行已合并到本行）`);
  });
});

// A 4S dealer: 张伟's two cars, each looked after by its own 服务顾问, both due for service the same week.
const DEALER = [
  ['客户姓名', '手机', '车架号', '车牌号', '车型', '保养到期', '服务顾问'],
  ['张伟', '13800138000', 'LVGBE40K8KP123456', '粤B12345', '别克GL8', '2024-12-05', '周海涛'],
  ['张伟', '13800138000', 'LFV2A21K5M4012345', '粤B6F789', '宝来', '2024-12-05', '吴敏'],
];

describe('two things of one customer stay two reminders', () => {
  it('reminds each car\'s service to its own 服务顾问', () => {
    const plan = planWith(DEALER);
    expect(of(plan, '张伟', 'contract').map((r) => [r.sheetRow, r.owner]).sort()).toEqual([[2, '周海涛'], [3, '吴敏']]);
  });
});

// Two 王芳 of one shop: other phones, other birthdays. Two people, each her own birthday.
const LOOKALIKES = [
  ['姓名', '手机', '生日', '负责人'],
  ['王芳', '13911112222', '1990-12-03', '李娜'],
  ['王芳', '13655556666', '1985-12-05', '王磊'],
];

describe('two people who merely look alike', () => {
  it('each keep their own birthday reminder, to their own rep', () => {
    const plan = planWith(LOOKALIKES);
    expect(of(plan, '王芳', 'birthday').map((r) => [r.sheetRow, r.owner])).toEqual([[2, '李娜'], [3, '王磊']]);
  });
});

// An estate's fee list: 陈静's flat 2-101 typed again by another 管家 (her name with a space, a full-width
// phone, the 600 she owes and a note written only there); 何丽 looks after both her flats.
const ESTATE = [
  ['楼栋', '房号', '业主姓名', '手机', '物业费到期', '欠费(元)', '管家', '备注'],
  ['2栋', '2-101', '陈静', '13922223333', '2024-12-20', '', '何丽', ''],
  ['3栋', '3-302', '周强', '13600001111', '2025-03-31', '', '唐军', ''],
  ['5栋', '5-202', '陈静', '13922223333', '2025-01-15', '', '何丽', ''],
  ['2栋', '2-101', '陈 静', '１３９２２２２３３３３', '2024-12-20', '600', '罗斌', '11月已电话催缴'],
];

describe('a thing typed twice by a second carer is kept on the row of the customer\'s main carer', () => {
  const plan = planWith(ESTATE);
  const g = plan.duplicates.groups.find((x) => x.rows.join() === '2,5')!;

  it('keeps 何丽\'s row of 2-101, though 罗斌\'s copy holds one more value: 何丽 holds two of 陈静\'s three rows', () => {
    expect(g.survivor).toBe(2);
  });

  it('says why that row is kept, in both languages', () => {
    expect(g.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('保留第 2 行：何丽 负责该客户 3 行中的 2 行，是主要负责人');
    expect(g.reasons.map((r) => t('en', r.code, r.params))).toContain("kept row 2: 何丽 holds 2 of the customer's 3 rows (the main carer)");
  });

  it('reminds the fee of 2-101 once, to 何丽, naming 罗斌', () => {
    const fees = of(plan, '陈静', 'contract').filter((r) => r.due === '2024-12-20');
    expect(fees.map((r) => r.owner)).toEqual(['何丽']);
    expect(reminderText('zh-CN', fees[0])).toContain('罗斌');
  });

  it('--merge keeps row 2, loses nothing (the 600 owed comes over) and keeps 罗斌 in the merged values', () => {
    const merged = planWith(ESTATE, ['exact', 'likely']);
    expect(merged.merge!.removeRows).toEqual([5]);
    const owed = merged.merge!.edits.filter((e) => e.sheetRow === 2 && e.col === 5).map((e) => cellText(e.after));
    expect(owed).toEqual(['600']);
    expect(merged.merge!.mergedColumn!.values.map((c) => cellText(c)).join(' ')).toMatch(/罗斌/);
    const fee = of(merged, '陈静', 'contract').filter((r) => r.due === '2024-12-20');
    expect(fee.map((r) => [r.owner, r.alsoCaredBy])).toEqual([['何丽', ['罗斌']]]);
  });
});

// A vet's sheet: 李娜's 豆豆 typed again by a third doctor (with a note), and her cat 咪咪 with its own doctor.
const VET = [
  ['主人', '手机', '宠物名', '品种', '宠物生日', '疫苗到期', '主治医生', '备注'],
  ['李娜', '13711112222', '豆豆', '柯基', '2022-12-06', '2024-12-05', '孙医生', ''],
  ['李娜', '13711112222', '咪咪', '英短', '2023-05-01', '2025-03-10', '林医生', ''],
  ['李 娜', '137 1111 2222', '豆豆', '柯基', '2022/12/6', '2024-12-05', '钱医生', '怕生，需主人陪同'],
];

describe('where each carer holds as many of the customer\'s rows, the row typed first is kept', () => {
  it('keeps 孙医生\'s row of 豆豆 (row 2) over 钱医生\'s fuller copy, and says so', () => {
    const plan = planWith(VET);
    const g = plan.duplicates.groups.find((x) => x.rows.join() === '2,4')!;
    expect(g.survivor).toBe(2);
    expect(g.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('保留第 2 行（孙医生）：各负责人所持该客户的行数相同，保留先录入的一行');
    expect(g.reasons.map((r) => t('en', r.code, r.params))).toContain('kept row 2 (孙医生): each carer holds as many of the customer\'s rows, so the row typed first is kept');
    expect(of(plan, '李娜', 'contract').filter((r) => r.due === '2024-12-05').map((r) => r.owner)).toEqual(['孙医生']);
  });

  it('reads the earlier 建档日期 before the sheet\'s order when the owner rule is off', () => {
    const dated = [
      [...VET[0], '建档日期'],
      [...VET[1], '2024-03-02'],
      [...VET[2], '2023-06-01'],
      [...VET[3], '2023-01-15'],
    ];
    const plan = planWith(dated, [], { dedupe: { ...DEFAULT_SETTINGS.dedupe, ownerRule: 'none' } });
    const g = plan.duplicates.groups.find((x) => x.rows.join() === '2,4')!;
    expect(g.survivor).toBe(4);
    expect(g.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('保留第 4 行（钱医生，2023-01-15 创建）：各负责人所持该客户的行数相同，保留创建最早的一行');
    expect(g.reasons.map((r) => t('en', r.code, r.params))).toContain('kept row 4 (钱医生, created 2023-01-15): each carer holds as many of the customer\'s rows, so the earliest created is kept');
  });
});
