/**
 * A wedding planner's or a banquet hall's sheet: one row per booking, its event day (婚期, Event Date) the thing
 * the row is. One couple has one wedding day: the same day on two rows of one customer is one booking typed twice
 * (two planners each took the call), whatever day each signed it up; two days are two bookings (tester h70 9, h71 1).
 */
import { DEFAULT_SETTINGS, run, t } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

const HEAD = ['新郎', '新郎电话', '新娘', '新娘电话', '婚期', '婚礼酒店', '套餐', '合同金额', '策划师', '签约日期', '备注'];
// 李静 came alone first (Lily typed her in on 05-18); the couple signed with 小雅 two days later.
const BRIDE_FIRST = ['', '', '李静', '139 1111 0001', '2026.12.6', '香格里拉', '金玉良缘', '38800', 'Lily', '2024-05-18', '新娘先来咨询的'];
const COUPLE = ['张伟', '13811110001', '李静', '13911110001', '2026-12-06', '香格里拉', '金玉良缘套餐', '38800', '小雅', '2024-05-20', ''];

const groupsOf = (plan: ReturnType<typeof planOf>) => plan.duplicates.groups.map((g) => [g.rows, g.confidence, g.records === true]);
const reasonCodes = (plan: ReturnType<typeof planOf>) => plan.duplicates.groups.flatMap((g) => g.reasons.map((r) => r.code));

describe('bookings told by their event day', () => {
  it('one wedding day on both rows is one booking typed twice: likely, its two sign-up days no second contract', () => {
    const plan = planOf([HEAD, COUPLE, BRIDE_FIRST]);
    expect(groupsOf(plan)).toEqual([[[2, 3], 'likely', false]]);
    expect(reasonCodes(plan)).toContain('dedupe.reason.oneEvent');
    expect(reasonCodes(plan)).not.toContain('dedupe.reason.twoRecords');
    const reason = plan.duplicates.groups[0].reasons.find((r) => r.code === 'dedupe.reason.oneEvent')!;
    expect(t('zh-CN', reason.code, reason.params)).toBe('婚期相同（2026-12-06）：同一场预订录了两次，签约日期不同不算两份合同');
    expect(t('en', reason.code, reason.params)).toBe('same 婚期 (2026-12-06): one booking typed twice; a different sign-up date is no second contract');
  });

  it('--merge folds the copy into one booking, counted once', () => {
    const out = run(gridOf([HEAD, COUPLE, BRIDE_FIRST]), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.plan.merge?.removeRows).toEqual([3]);
  });

  it('two wedding days of one couple are two bookings, each kept', () => {
    const plan = planOf([HEAD, COUPLE, ['张伟', '13811110001', '李静', '13911110001', '2027-10-01', '万豪', '金玉良缘套餐', '38800', '小雅', '2024-05-20', '二婚宴']]);
    expect(groupsOf(plan)).toEqual([[[2, 3], 'review', true]]);
    expect(reasonCodes(plan)).toContain('dedupe.reason.otherDays');
  });

  it('an English planner\'s Event Date reads the same way', () => {
    const plan = planOf([
      ['Client', 'Email', 'Event Date', 'Venue', 'Contract Signed', 'Coordinator'],
      ['Emily Carter', 'emily.carter@gmail.com', '2026-12-06', 'The Grand', '2024-05-20', 'Sophie'],
      ['Emily Carter', 'Emily.Carter@gmail.com', '2026-12-06', 'The Grand', '2024-05-18', 'Hannah'],
    ]);
    expect(groupsOf(plan)).toEqual([[[2, 3], 'likely', false]]);
  });

  it('one name on one wedding day, a copy\'s phone cut to 1.39123E+10, is still offered for review (h71 1), never merged on that alone', () => {
    const head = ['新郎', '新娘', '联系电话', '婚期', '婚礼酒店', '合同金额', '策划师', '签约日期'];
    const rows = [
      head,
      ['陈浩然', '林思思', '13912345678', '2026年12月12日', '万豪', '¥88,800', '小周', '2024-03-18'],
      ['赵一鸣', '孙悦', '13600001111', '2026-12-06', '希尔顿', '52000', '阿杰', '2024-04-02'],
      ['陈浩然', '林思思', '1.39123E+10', '2026/12/12', '万豪', '88800', '阿杰', '2024-05-02'],
    ];
    expect(groupsOf(planOf(rows))).toEqual([[[2, 4], 'review', false]]);
    // Another couple of that name on another day is no one's copy.
    expect(groupsOf(planOf(rows.map((r, i) => (i === 3 ? [...r.slice(0, 3), '2027-05-01', ...r.slice(4)] : r))))).toEqual([]);
  });

  it('without an event-day column two sign-up days are still two contracts', () => {
    const plan = planOf([HEAD.filter((h) => h !== '婚期'), COUPLE.filter((_, i) => i !== 4), BRIDE_FIRST.filter((_, i) => i !== 4)]);
    expect(groupsOf(plan)).toEqual([[[2, 3], 'review', true]]);
    expect(reasonCodes(plan)).toContain('dedupe.reason.twoRecords');
  });
});
