/**
 * What a remark's leading word stops (remind/remark-words.ts), as a front desk, a 4S 服务顾问, a 物业 管家,
 * a 驾校 and a vet type it in 备注 (tester h68 findings 7, 8, 12, 15, 18, 19): a blacklisted guest is not
 * greeted; an insurance moved elsewhere stops only the insurance reminder; a flat sold stops its row; a
 * paused student is not asked to renew; a pet that died is no longer reminded, its owner no churned
 * customer. Each row says in its issues what was stopped and why, and the summary names the true column.
 */
import { reminderText, t, type Lang, type Plan } from '../../../shared';
import { remarkSays } from '../../../shared/remind/remark-words';
import { planOf } from '../plan/helpers';

// TODAY is 2024-12-01.
const remindedRows = (plan: Plan, kind?: string) => plan.reminders.reminders.filter((r) => kind === undefined || r.kind === kind).map((r) => r.sheetRow).sort((a, b) => a - b);
const issueText = (lang: Lang, issue: Plan['issues'][number]) => t(lang, issue.code, issue.params);
const notesIssue = (plan: Plan, row: number) => plan.issues.find((i) => i.sheetRow === row && i.field === 'notes');
const lifecycleOf = (plan: Plan, row: number) => plan.classification.rows.find((r) => r.sheetRow === row)?.labels.lifecycle;

describe('what a remark\'s leading word says', () => {
  const text = (value: string) => ({ kind: 'text' as const, value });
  it.each<[string, string | null, string]>([
    ['黑名单：损坏家具未赔偿', 'doNotContact', 'a blacklisted guest, the reason after it'],
    ['请勿联系', 'doNotContact', 'asked not to be called'],
    ['Do not contact', 'doNotContact', 'in English'],
    ['Blacklisted - damaged the room', 'doNotContact', 'an English front desk'],
    ['退学，费用已退', 'left', 'a leaving word, as before'],
    ['去别家了', 'left', 'a lost phrase, as before'],
    ['休学', 'paused', 'a student on a pause'],
    ['停课中（出国半年）', 'paused', 'a pause with its reason'],
    ['On hold', null, 'On hold alone says as often a payment held: no pause'],
    ['已卖房，新业主未登记', 'moved', 'the owner sold the flat'],
    ['已搬走', 'moved', 'moved away'],
    ['Moved away', 'moved', 'in English'],
    ['House sold', 'moved', 'in English'],
    ['已转保', 'policyMoved', 'the insurance went to another insurer'],
    ['续保战败，去了人保', 'policyMoved', 'a 续保 lost'],
    ['Switched insurer', 'policyMoved', 'in English'],
    ['已故（宠物）', 'subjectGone', 'the bracket names the pet'],
    ['狗狗已去世', 'subjectGone', 'the pet, in a sentence\'s first part'],
    ['已故', 'doNotContact', 'the customer himself, where no pet is named'],
    ['差点退学，已挽回', null, 'a leaving word inside a longer part says nothing'],
    ['喜欢靠窗的房间', null, 'an ordinary remark'],
  ])('%j → %s (%s)', (remark, expected) => {
    expect(remarkSays(text(remark))).toBe(expected);
  });

  it('reads a bare 已故 on the row of a pet as the pet\'s', () => {
    expect(remarkSays(text('已故'), text('豆豆'))).toBe('subjectGone');
  });
});

describe('a 民宿 guest list whose 备注 blacklists a guest (h68 #7)', () => {
  const plan = planOf([
    ['客人姓名', '手机', '生日', '下次跟进', '前台', '备注'],
    ['魏鹏英', '13912345601', '1990-12-03', '2024-12-01', '小杨', '黑名单：损坏家具未赔偿'],
    ['赵雅琪', '13912345602', '1992-12-04', '', '小杨', '常客，喜欢安静'],
  ]);

  it('sends him no greeting and no follow-up, and greets the other guest', () => {
    expect(remindedRows(plan)).toEqual([3]);
    expect(plan.reminders.silenced.doNotContact).toBe(2);
  });

  it('says on his 备注 cell what was stopped and why, in both languages', () => {
    const issue = notesIssue(plan, 2)!;
    expect(issue.code).toBe('rule.noteSaysDoNotContact');
    expect(issueText('zh-CN', issue)).toBe('备注“黑名单：损坏家具未赔偿”说明不再联系这位客户（黑名单、请勿联系）：不再提醒生日、跟进、续费、到期和长期未联系；若可以联系，请改写备注。');
    expect(issueText('en', issue)).toBe('The remark "黑名单：损坏家具未赔偿" says not to contact this customer (blacklisted, do not contact): no birthday, follow-up, renewal, expiry or long-silence reminders; if he may be contacted, reword the remark.');
  });

  it('names 备注 as the column that said so, not the status, type or tags column (h68 #18)', () => {
    expect(plan.reminders.silencedFrom).toEqual(['notes']);
  });
});

describe('a 4S sheet whose 备注 says the insurance moved to another insurer (h68 #8)', () => {
  const plan = planOf([
    ['车主', '手机', '车牌号', '购车日期', '保养到期', '保险到期', '服务顾问', '备注'],
    ['刘洋', '13812340004', '粤B42345', '2024-03-01', '2024-12-05', '2024-12-10', '周海涛', '已转保'],
    ['陈静', '13812340005', '粤B52345', '2024-03-02', '2024-12-06', '2024-12-11', '周海涛', ''],
  ]);

  it('keeps reminding the car\'s maintenance and stops only its insurance', () => {
    const texts = plan.reminders.reminders.filter((r) => r.sheetRow === 2).map((r) => reminderText('zh-CN', r));
    expect(texts).toEqual([expect.stringMatching(/^保养 2024-12-05 到期/)]);
    expect(remindedRows(plan)).toEqual([2, 3, 3]);
  });

  it('keeps the owner a customer, not churned', () => {
    expect(lifecycleOf(plan, 2)).toBe(lifecycleOf(plan, 3));
    expect(lifecycleOf(plan, 2)).not.toBe('churned');
  });

  it('says only the insurance reminder stopped', () => {
    const issue = notesIssue(plan, 2)!;
    expect(issue.code).toBe('rule.noteSaysPolicyMoved');
    expect(issueText('zh-CN', issue)).toBe('备注“已转保”说明保险已转到别家：不再提醒保险到期；其他到期（如保养、年检）照常提醒，客户仍是客户。');
  });

  it('stops every reminder of a policy list whose only business is the policy, as before', () => {
    const agent = planOf([
      ['车主', '手机', '保险到期', '销售顾问', '备注'],
      ['刘洋', '13812340004', '2024-12-08', '小周', '已转保'],
    ]);
    expect(remindedRows(agent)).toEqual([]);
    expect(agent.reminders.silenced.ended).toBe(1);
  });
});

describe('a 物业 owner list whose 备注 says the flat was sold (h68 #12)', () => {
  const plan = planOf([
    ['业主', '联系电话', '物业费到期', '管家', '备注'],
    ['戴志', '13812345671', '2024-12-09', '何丽', '已卖房，新业主未登记'],
    ['唐敏', '13812345672', '2024-12-09', '何丽', ''],
  ]);

  it('sends the former owner no fee reminder, and says why', () => {
    expect(remindedRows(plan)).toEqual([3]);
    const issue = notesIssue(plan, 2)!;
    expect(issue.code).toBe('rule.noteSaysMoved');
    expect(issueText('zh-CN', issue)).toBe('备注“已卖房，新业主未登记”说明客户已卖房或搬走：这一行不再提醒续费、到期和长期未联系；请登记新的客户。');
    expect(issueText('en', issue)).toBe('The remark "已卖房，新业主未登记" says the customer sold up or moved away: this row gets no renewal, expiry or long-silence reminders; enter the new customer.');
  });
});

describe('a 驾校 roster whose 备注 says a student paused (h68 #15, #24)', () => {
  const plan = planOf([
    ['学员', '手机', '科目', '剩余课时', '教练', '考试日期', '备注'],
    ['冯磊', '13812345681', '科目二', '1', '小冯', '', '休学'],
    ['钱多', '13812345682', '科目三', '0', '老钱', '', ''],
    ['周全', '13812345683', '科目二', '2', '老周', '', ''],
  ]);

  it('asks nobody to renew for the paused student, and says why', () => {
    expect(remindedRows(plan)).toEqual([3, 4]);
    const issue = notesIssue(plan, 2)!;
    expect(issue.code).toBe('rule.noteSaysPaused');
    expect(issueText('zh-CN', issue)).toBe('备注“休学”说明客户暂停中（休学、停课、停卡）：暂停期间不提醒续费、到期、课时和长期未联系；生日和跟进照常。');
  });

  it('says a driving student\'s lessons ran low or out, not that he is to renew a 科目', () => {
    const texts = plan.reminders.reminders.map((r) => reminderText('zh-CN', r)).sort();
    expect(texts).toEqual(['剩余课时 0，课时已用完', '剩余课时 2，课时快用完了']);
    expect(plan.reminders.reminders.map((r) => reminderText('en', r)).sort()).toEqual(['"剩余课时" 0: lessons used up', '"剩余课时" 2: lessons running low']);
  });

  it('still asks a 教培 family to renew', () => {
    const school = planOf([
      ['学员', '家长电话', '课程', '剩余课时', '课程顾问'],
      ['王小明', '13812345691', '少儿英语', '2', '周老师'],
    ]);
    expect(school.reminders.reminders.map((r) => reminderText('zh-CN', r))).toEqual(['剩余课时 2，该续费了']);
  });
});

describe('a vet\'s sheet whose 备注 says the pet died (h68 #19)', () => {
  const plan = planOf([
    ['主人', '手机', '宠物名', '疫苗到期', '最近就诊', '主治医生', '累计消费', '备注'],
    ['王芳', '13712340001', '旺财', '2024-12-07', '2024-09-01', '孙医生', '3200', '已故（宠物）'],
    ['李娜', '13712340002', '豆豆', '2024-12-08', '2024-09-02', '孙医生', '3300', ''],
  ]);

  it('reminds nothing of the pet, and keeps its owner a customer', () => {
    expect(remindedRows(plan)).toEqual([3]);
    expect(lifecycleOf(plan, 2)).not.toBe('churned');
  });

  it('says the pet died, not that the owner left', () => {
    const issue = notesIssue(plan, 2)!;
    expect(issue.code).toBe('rule.noteSaysSubjectGone');
    expect(issueText('zh-CN', issue)).toBe('备注“已故（宠物）”说明这一行的宠物或物品已不在（如宠物已故）：这一行不再提醒到期和长期未联系；主人仍是客户，生日和跟进照常。');
    expect(plan.reminders.silencedFrom).toEqual(['notes']);
  });
});
