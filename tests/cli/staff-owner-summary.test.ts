/**
 * A sheet that names no sales rep is held by its staff (tester h71 finding 8): the summary says which
 * column it read as the owner and why, and the reminders go to each instructor or 老师, not to
 * "Unassigned". A sheet with a rep column says nothing of the kind.
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../shared';
import { readCsv } from '../../cli/io/read-csv';
import { summaryText } from '../../cli/summary';

function planOfCsv(lines: string[], language: 'en' | 'zh-CN'): Plan {
  const out = run(readCsv(new TextEncoder().encode(lines.join('\n')), 'c.csv'), { settings: { ...DEFAULT_SETTINGS, language }, today: '2026-12-04' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('the owner read from a staff column', () => {
  const studio = [
    'First Name,Last Name,Mobile Phone,Expiry Date,Classes Remaining,Instructor,Notes',
    'Sarah,Mitchell,(415) 555-0134,2026-12-09,8,Emma Clarke,',
    'Chris,Lee,(415) 555-0178,2027-03-01,2,Jake Romero,',
    'Olivia,Brown,(415) 555-0190,2027-05-20,12,Priya Shah,',
    'Daniel,Garcia,(415) 555-0111,2026-12-20,6,Emma Clarke,prefers evening classes',
  ];

  it('is said on the summary, and each instructor gets his own members\' reminders', () => {
    const plan = planOfCsv(studio, 'en');
    const lines = summaryText({ plan, lang: 'en', input: 'clients.csv', output: 'clients.xlsx' }).split('\n');
    expect(lines).toContain('  Owner read from "Instructor": no column names a sales rep, so each customer\'s reminders go to the staff member who looks after him (map another in settings headers.overrides)');
    const owners = new Set(plan.reminders.reminders.map((r) => r.owner));
    expect(owners.has('')).toBe(false);
    expect(owners).toEqual(new Set(['Emma Clarke', 'Jake Romero']));
  });

  it('says so in Chinese of a music school\'s 老师', () => {
    const school = [
      '学员姓名,家长电话,乐器,老师,剩余课时,备注',
      '王子涵,13812345678,钢琴,陈老师,2,',
      '李沐阳,13987654321,古筝,Anna老师,10,',
      '周小雨,13700001111,小提琴,刘老师,1,',
    ];
    const plan = planOfCsv(school, 'zh-CN');
    const lines = summaryText({ plan, lang: 'zh-CN', input: '学员.csv', output: '学员.xlsx' }).split('\n');
    expect(lines).toContain('  负责人取自“老师”：表中没有销售/负责人列，每位客户的提醒发给照顾他的员工（可在设置 headers.overrides 中改指定）');
    expect(plan.reminders.reminders.map((r) => r.owner).sort()).toEqual(['刘老师', '陈老师']);
  });

  it('is not said where a rep\'s column holds the customers', () => {
    const withRep = studio.map((l, i) => l + (i === 0 ? ',Sales Rep' : ',Ann Lee'));
    const plan = planOfCsv(withRep, 'en');
    expect(summaryText({ plan, lang: 'en', input: 'clients.csv', output: 'clients.xlsx' })).not.toContain('Owner read from');
    expect(new Set(plan.reminders.reminders.map((r) => r.owner))).toEqual(new Set(['Ann Lee']));
  });
});
