/**
 * A Hong Kong tutoring centre's enrolments: one row per course a child takes. One child's two courses,
 * enrolled on two days (報名日期), are two records to keep, not one child typed twice.
 */
import { resolveSettings, run, t } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

// The tester's hk_tutor.csv, its dates moved before helpers' TODAY (2024-12-01).
const ENROLMENTS = [
  ['學生姓名', '家長姓名', '家長電話', '學生電話', '出生日期', '學校', '課程', '報名日期', '學費到期', '學費(HKD)', '導師'],
  ['陳俊軒', '陳太', '9123 4567', '6123 4567', '2012-12-12', '喇沙小學', 'P6 數學', '2024-09-01', '2024-12-31', '$3,200', 'Miss Lee'],
  ['陳俊軒', '陳太太', '91234567', '', '2012-12-12', '喇沙小學', 'P6 英文', '2024-09-15', '2024-12-31', '$2,800', 'Mr Wong'],
  ['陳俊熙', '陳太', '9123 4567', '', '2015-04-03', '喇沙小學', 'P3 數學', '2024-09-01', '2024-12-31', '$2,400', 'Miss Lee'],
  ['李詠琪', '李先生', '9876 5432', '5432 1098', '2010-12-05', '聖保祿', 'F2 中文', '2024-09-01', '2024-12-02', '$3,600', 'Mr Wong'],
];

describe('a tutoring centre\'s enrolments, one course a row', () => {
  const plan = planOf(ENROLMENTS, { phone: { defaultRegion: 'HK' } });

  it('reads 報名日期 as when the child became a customer', () => {
    expect(plan.columns.find((c) => c.header === '報名日期')?.field).toBe('createdAt');
  });

  it('calls 陳俊軒\'s two courses one child\'s two records: review, never merged, not even by --merge-review', () => {
    const [g] = plan.duplicates.groups;
    expect(g.rows).toEqual([2, 3]);
    expect([g.confidence, g.records]).toEqual(['review', true]);
    expect(g.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('報名日期不同：可能是同一客户的两次到访或预订（入住、配送、出行、体检、预约、报名），不宜合并');
    const settings = resolveSettings({ phone: { defaultRegion: 'HK' } });
    if (!settings.ok) throw new Error('settings');
    const merged = run(gridOf(ENROLMENTS), { settings: settings.settings, today: TODAY, merge: ['exact', 'likely', 'review'] });
    expect(merged.ok && merged.plan.merge?.removeRows).toEqual([]);
  });

  it('still merges one enrolment typed twice (same course, same day)', () => {
    const twice = [...ENROLMENTS.slice(0, 2), ENROLMENTS[1].map((v, i) => (i === 6 ? 'P6 數學' : i === 7 ? '2024-09-01' : v))];
    const p = planOf(twice, { phone: { defaultRegion: 'HK' } });
    expect(p.duplicates.groups.map((g) => [g.rows, g.records ?? false])).toEqual([[[2, 3], false]]);
  });
});

describe('event words in traditional characters', () => {
  // A Macau hotel's guests, one row a stay, dated by the day they left.
  const STAYS = [
    ['客人', '手機', '離店日期', '房型'],
    ['何美玲', '+853 6612 3457', '2024-03-02', '大床房'],
    ['何美玲', '+853 6612 3457', '2024-05-20', '大床房'],
  ];
  it('離店日期 is a stay\'s day, as 离店日期 is', () => {
    const [g] = planOf(STAYS).duplicates.groups;
    expect(g.records).toBe(true);
  });
});
