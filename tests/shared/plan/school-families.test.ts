/**
 * A training school's roster: one row per child, the phone and address the parent's. Twins and
 * siblings share them, and often a name that sounds alike (周子琪 / 周子齐, 刘思远 / 刘思源); they are
 * each a customer. A child typed twice with one character mistyped (郑雨桐 / 郑雨同) must still be found.
 */
import { resolveSettings, run, t } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

// After the testers' school-students.xlsx and school-siblings-mini.csv (TODAY is 2024-12-01).
const HEAD = ['学号', '学员姓名', '性别', '出生日期', '家长姓名', '家长电话', '家庭住址', '课程顾问', '报名日期', '课包到期', '状态'];
const ROSTER = [
  HEAD,
  // 2–3: a sister and a brother three years apart, homophone names.
  ['XS1313', '周子琪', '女', '2013-04-04', '周勇', '18274651229', '深圳市南山区前海路944号华侨城5栋5B', '刘佳', '2024-02-13', '2025-12-13', '在读'],
  ['XS1314', '周子齐', '男', '2016-10-10', '周勇', '18274651229', '深圳市南山区前海路944号华侨城5栋5B', '陈晓', '2023-01-22', '2026-02-13', '在读'],
  // 4–5: twin boys, homophone names, one birthday (next week), two 课程顾问, enrolled on two days.
  ['XS1309', '刘思远', '男', '2015-12-05', '刘涛', '15389300775', '深圳市南山区科苑路552号蔚蓝海岸5栋13C', '陈晓', '2024-08-20', '2025-02-07', '在读'],
  ['XS1310', '刘思源', '男', '2015-12-05', '刘涛', '15389300775', '深圳市南山区科苑路552号蔚蓝海岸5栋13C', '周敏', '2024-06-04', '2025-09-14', '在读'],
  // 6–7: sisters four years apart, same sound (黄可欣 / 黄可心).
  ['XS1315', '黄可欣', '女', '2012-06-01', '钱丽', '18132205998', '杭州市西湖区学院路84号翠苑一区29幢362', '刘佳', '2024-06-15', '2025-11-07', '在读'],
  ['XS1316', '黄可心', '女', '2016-02-14', '钱丽', '18132205998', '杭州市西湖区学院路84号翠苑一区29幢362', '周敏', '2023-11-12', '2025-05-08', '在读'],
  // 8–9: one girl enrolled twice, her name mistyped once (郑雨桐 / 郑雨同), given a second 学号.
  ['XS1324', '郑雨桐', '女', '2015-12-12', '郑华', '15855370008', '深圳市南山区科苑路515号海月花园12栋10A', '陈晓', '2024-10-01', '', '试听'],
  ['XS1325', '郑雨同', '女', '2015-12-12', '郑华', '15855370008', '深圳市南山区科苑路515号海月花园12栋10A', '陈晓', '2024-04-20', '2025-08-29', '在读'],
  // 10–11: twins, a girl and a boy (张子涵 / 张子轩).
  ['XS1301', '张子涵', '女', '2017-05-12', '刘敏', '18040152359', '深圳市南山区后海大道2383号蔚蓝海岸7栋1A', '陈晓', '2024-05-05', '2025-09-24', '在读'],
  ['XS1302', '张子轩', '男', '2017-05-12', '刘敏', '18040152359', '深圳市南山区后海大道2383号蔚蓝海岸7栋1A', '刘佳', '2024-08-17', '2025-11-18', '在读'],
  ['XS1001', '曹书瑶', '女', '2016-08-26', '梁建华', '13915349195', '杭州市西湖区学院路188号金色海岸17幢2165', '周敏', '2023-12-10', '2025-11-22', '在读'],
];

const groupOf = (plan: ReturnType<typeof planOf>, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row));
const zh = (g: NonNullable<ReturnType<typeof groupOf>>) => g.reasons.map((r) => t('zh-CN', r.code, r.params));

describe('a school roster with a parent\'s phone: twins and siblings are each a customer', () => {
  const plan = planOf(ROSTER);

  it('never calls a brother and sister \'likely\': two sexes and two birthdays say a family, kept apart and said so', () => {
    const g = groupOf(plan, 2)!;
    expect([g.rows, g.confidence, g.family]).toEqual([[2, 3], 'review', true]);
    expect(zh(g)).toContain('像是共用电话的一家人（双胞胎、兄弟姐妹、父母与子女？）：各自保留，不合并');
    expect(g.reasons.map((r) => t('en', r.code, r.params))).toContain('members of one family sharing a phone (twins, siblings, parent and child?): each kept, not merged');
  });

  it('sisters four years apart with names of one sound, and boy/girl twins, are a family too', () => {
    expect([groupOf(plan, 6)?.confidence, groupOf(plan, 6)?.family]).toEqual(['review', true]);
    expect([groupOf(plan, 10)?.confidence, groupOf(plan, 10)?.family]).toEqual(['review', true]);
  });

  it('offers twins whose names sound alike (刘思远 / 刘思源) for review only, with no 撞单 and no "two bookings" of one customer', () => {
    const g = groupOf(plan, 4)!;
    expect([g.rows, g.confidence]).toEqual([[4, 5], 'review']);
    expect(g.ownerConflict).toBeUndefined();
    expect(g.records).toBeUndefined();
    expect(g.reasons.map((r) => r.code)).not.toContain('dedupe.reason.otherDays');
  });

  it('still finds the girl typed twice with a mistyped character (郑雨桐 / 郑雨同), for review', () => {
    const g = groupOf(plan, 8)!;
    expect([g.rows, g.confidence, g.family]).toEqual([[8, 9], 'review', undefined]);
  });

  it('greets both twins on their birthday: neither is counted as the other\'s copy', () => {
    const birthdays = plan.reminders.reminders.filter((r) => r.kind === 'birthday').map((r) => r.sheetRow).sort();
    expect(birthdays).toEqual([4, 5]);
  });

  it('--merge (and even a merge of the review groups) archives no child of a family', () => {
    const settings = resolveSettings({});
    if (!settings.ok) throw new Error('settings');
    const likely = run(gridOf(ROSTER), { settings: settings.settings, today: TODAY, merge: ['exact', 'likely'] });
    expect(likely.ok && likely.plan.merge?.removeRows).toEqual([]);
    const all = run(gridOf(ROSTER), { settings: settings.settings, today: TODAY, merge: ['exact', 'likely', 'review'] });
    const removed = all.ok ? all.plan.merge?.removeRows ?? [] : [];
    for (const row of [2, 3, 6, 7, 10, 11]) expect(removed).not.toContain(row);
  });

  it('without a parent column the same two adults on one phone and one birthday stay as before', () => {
    // A customer list of adults: 郑雨桐 / 郑雨同 on one mobile with one birthday is one customer mistyped.
    const adults = planOf([
      ['姓名', '手机', '生日'],
      ['郑雨桐', '15855370008', '1985-12-12'],
      ['郑雨同', '15855370008', '1985-12-12'],
    ]);
    expect(adults.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'likely']]);
  });
});
