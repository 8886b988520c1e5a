/**
 * Mobiles one keystroke apart. Two numbers whose last digits differ (13812345678 / 13812345679) are
 * as often two numbers of one batch (a company's 连号 for its staff, a family's 亲情号) as one number
 * mistyped: no reason to take two rows for one customer. Two digits swapped (…5678 / …5687) is how a
 * number is mistyped, and a batch seldom gives it: a slip, a little for the match.
 */
import { comparePair, compileSettings } from '../../../shared/dedupe/compare';
import { findDuplicates } from '../../../shared/dedupe/find-duplicates';
import { buildProfile } from '../../../shared/dedupe/profile';
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { t } from '../../../shared/i18n';
import { reasonTexts } from '../../../shared/dedupe/reason-text';
import { records, type RowSpec } from './helpers';

const compiled = compileSettings(DEFAULT_DEDUPE_SETTINGS);

function mobileLevel(a: string, b: string): { level: string; weight: number } {
  const ctx = { defaultRegion: 'CN', phoneCache: new Map() };
  const [pa, pb] = records([{ mobile: a }, { mobile: b }]).map((r, i) => buildProfile(r, i, ctx));
  const hit = comparePair(pa, pb, compiled).hits.find((h) => h.comparison === 'mobile')!;
  return { level: hit.level, weight: hit.weight };
}

const groupsOf = (rows: RowSpec[]) => findDuplicates(records(rows), DEFAULT_DEDUPE_SETTINGS, { defaultRegion: 'CN' }).groups;

describe('how much two mobiles one keystroke apart weigh', () => {
  it.each<[string, string, string, string]>([
    ['13812345678', '13812345679', 'batch', 'the last digit: a company\'s or a family\'s consecutive numbers'],
    ['13812345678', '13812345688', 'batch', 'the tens digit: still within one batch of a hundred'],
    ['13812345678', '13812345687', 'swapped', 'the last two digits swapped: how a number is mistyped'],
    ['13812345678', '13182345678', 'swapped', 'two digits of the prefix swapped'],
    ['13812345678', '13812845678', 'typo', 'one digit in the middle: no batch gives it'],
  ])('%s / %s → %s (%s)', (a, b, level) => {
    expect(mobileLevel(a, b).level).toBe(level);
  });

  it('weighs the end of a batch neither for nor against, and a swap as a slip', () => {
    expect(mobileLevel('13812345678', '13812345679').weight).toBe(0);
    expect(mobileLevel('13812345678', '13812345687').weight).toBeGreaterThan(0);
  });
});

describe('rows whose mobiles are one digit apart at the end', () => {
  // Two 张伟 of one firm with two numbers of its batch, or one 张伟 whose number was mistyped once.
  const rows: RowSpec[] = [
    { name: '张伟', company: '杭州星辰科技有限公司', mobile: '13812345678', owner: '王芳' },
    { name: '张伟', company: '星辰科技', mobile: '13812345679', owner: '王芳' },
  ];

  it('are offered for review, never as likely (a merge would take them unasked)', () => {
    expect(groupsOf(rows).map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review']]);
  });

  it('say why: the numbers are near, which one firm\'s or family\'s numbers often are, and not "one digit apart" as a reason for', () => {
    const [g] = groupsOf(rows);
    expect(reasonTexts('zh-CN', g.reasons)).toEqual(['姓名相同', '公司相同（忽略有限公司等后缀和地名）', '✗ 电话号码只差末尾一两位数字：同一批号码（公司、家人）也常如此，不能说明是同一人']);
    expect(reasonTexts('en', g.reasons)).toContain(
      '✗ phone numbers differ in one of their last two digits: one company\'s or family\'s batch of numbers often does, so it says nothing of one person',
    );
    expect(g.reasons.filter((r) => r.evidence === 'for').map((r) => r.code)).not.toContain('dedupe.reason.phone.typo');
  });

  it('still make a likely pair when two digits were swapped: a slip, said as one', () => {
    const [g] = groupsOf([rows[0], { ...rows[1], mobile: '13812345687' }]);
    expect([g.rows, g.confidence]).toEqual([[2, 3], 'likely']);
    expect(g.reasons.filter((r) => r.evidence === 'for').map((r) => t('zh-CN', r.code, r.params))).toContain('电话号码有两位数字颠倒（像是录入时的笔误）');
  });

  it('keep colleagues of two names on one batch apart', () => {
    expect(
      groupsOf([
        { name: '李娜', company: '杭州星辰科技有限公司', mobile: '13812345678', address: '杭州市西湖区文三路90号' },
        { name: '刘洋', company: '杭州星辰科技有限公司', mobile: '13812345679', address: '杭州市西湖区文三路90号' },
      ]),
    ).toEqual([]);
  });
});
