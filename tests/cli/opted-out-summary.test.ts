/** The summary says how many greetings it left out for contacts who opted out of e-mail (tester h71 finding 11), in both languages. */
import { DEFAULT_SETTINGS, run, type Plan } from '../../shared';
import { readCsv } from '../../cli/io/read-csv';
import { summaryText } from '../../cli/summary';

function planOfCsv(lines: string[]): Plan {
  const out = run(readCsv(new TextEncoder().encode(lines.join('\n')), 'contacts.csv'), { settings: { ...DEFAULT_SETTINGS, phone: { ...DEFAULT_SETTINGS.phone, defaultRegion: 'US' } }, today: '2026-12-04' });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}

describe('greetings left out for an Email Opt Out', () => {
  const plan = planOfCsv([
    'Contact Owner,First Name,Last Name,Phone,Lead Status,Date of Birth,Email Opt Out',
    'Sofia Ruiz,Ivy,Chen,(415) 555-0102,Contacted,1990-12-05,true',
    'Hannah Price,Ben,Carter,(415) 555-0101,Customer,1988-12-06,false',
  ]);

  it('counts them on the reminders, in English and in Chinese', () => {
    expect(summaryText({ plan, lang: 'en', input: 'contacts.csv', output: 'contacts.xlsx' }).split('\n'))
      .toContain('  not raised: 1 greeting (birthday, anniversary) to customers who opted out of e-mail (Email Opt Out); their follow-ups and renewals still are (remind.birthday.skipOptedOut)');
    expect(summaryText({ plan, lang: 'zh-CN', input: 'contacts.csv', output: 'contacts.xlsx' }).split('\n'))
      .toContain('  另有 1 条祝福提醒（生日、纪念日）未发：客户已退订邮件（Email Opt Out）；其跟进、续费提醒照常（见设置 remind.birthday.skipOptedOut）');
    expect(plan.reminders.reminders.map((r) => r.customer)).toEqual(['Ben Carter']);
  });
});
