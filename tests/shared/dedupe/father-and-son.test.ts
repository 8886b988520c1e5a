/**
 * A father and his son who share a name and a home phone are two customers. Two birthdays that
 * differ by more than a slip say so, with their year or without (a Mailchimp audience keeps
 * MM/DD alone), and two mailboxes that differ only by a generation suffix (tom.reed@ / tom.reed.jr@)
 * say so too: such a pair is at most offered for review, never merged unasked (tester h69, 1: the
 * father was archived into his son's row).
 */
import { DEFAULT_SETTINGS, run, t, type Plan, type Settings } from '../../../shared';
import type { EmailKey } from '../../../shared/dedupe/keys/email';
import { twoGenerations } from '../../../shared/dedupe/keys/generation-mail';

const US: Settings = { ...DEFAULT_SETTINGS, phone: { ...DEFAULT_SETTINGS.phone, defaultRegion: 'US' } };
const HEADER = ['Email Address', 'First Name', 'Last Name', 'Phone Number', 'Birthday', 'NOTES'];

function plan(rows: string[][]): Plan {
  const grid = { sheetName: 'audience', firstRow: 1, firstCol: 1, cells: [HEADER, ...rows].map((r) => r.map((v) => (v === '' ? { kind: 'empty' as const } : { kind: 'text' as const, value: v }))) };
  const out = run(grid, { settings: US, today: '2026-12-04', merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const verdicts = (p: Plan) => p.duplicates.groups.map((g) => [g.rows, g.confidence]);
const reasons = (p: Plan, lang: 'en' | 'zh-CN') => p.duplicates.groups.flatMap((g) => g.reasons.map((r) => t(lang, r.code)));

describe('a father and son on one home phone (a Mailchimp audience)', () => {
  const FATHER = ['tom.reed@comcast.net', 'Tom', 'Reed', '(608) 555-0101', '12/04', ''];
  const SON = ['tom.reed.jr@comcast.net', 'Tom', 'Reed', '(608) 555-0101', '06/19', 'Son of Tom Reed, same house'];

  it('offers them for review at most, and archives neither', () => {
    const p = plan([FATHER, SON]);
    expect(verdicts(p).filter(([, c]) => c !== 'review')).toEqual([]);
    expect(p.merge?.removeRows ?? []).toEqual([]);
  });

  it('keeps them apart on the birthdays alone (month and day, no year), on one household mailbox', () => {
    const p = plan([['thereeds@comcast.net', ...FATHER.slice(1)], ['thereeds@comcast.net', ...SON.slice(1)]]);
    expect(verdicts(p).filter(([, c]) => c !== 'review')).toEqual([]);
    expect(reasons(p, 'en')).toContain('different birthdays');
  });

  it('keeps them apart on the mailboxes alone, no birthday given, and says why in en and zh-CN', () => {
    const p = plan([[...FATHER.slice(0, 4), '', ''], [...SON.slice(0, 4), '', '']]);
    expect(verdicts(p).filter(([, c]) => c !== 'review')).toEqual([]);
    expect(reasons(p, 'en')).toContain('e-mails of two generations (one ends in Jr or Sr)');
    expect(reasons(p, 'zh-CN')).toContain('邮箱分属两代人（一个以 Jr 或 Sr 结尾）');
  });

  it('treats tom.reed.sr@ and tom.reed.jr@, and tomreedjr@ beside tomreed@, the same way', () => {
    for (const [a, b] of [['tom.reed.sr@comcast.net', 'tom.reed.jr@comcast.net'], ['tomreed@aol.com', 'tomreedjr@aol.com'], ['tom_reed@yahoo.com', 'tom_reed_junior@yahoo.com']]) {
      const p = plan([[a, ...FATHER.slice(1, 4), '', ''], [b, ...SON.slice(1, 4), '', '']]);
      expect(verdicts(p).filter(([, c]) => c !== 'review')).toEqual([]);
    }
  });
});

describe('one customer typed twice is still merged', () => {
  it('merges Katie Morgan with one mailbox and one birthday, and a birthday one keystroke off (12/07 / 12/17)', () => {
    const katie = ['katie.morgan@gmail.com', 'Katie', 'Morgan', '(217) 555-0134', '12/07', ''];
    expect(verdicts(plan([katie, [...katie.slice(0, 4), '12/07', '']]))).toEqual([[[2, 3], expect.stringMatching(/exact|likely/)]]);
    expect(verdicts(plan([katie, [...katie.slice(0, 4), '12/17', '']]))).toEqual([[[2, 3], 'likely']]);
  });

  it('reads a generation suffix only where it is one: after a separator, or jr / junior joined to a name', () => {
    const key = (address: string): EmailKey => ({ written: address, address, folded: address, local: address.split('@')[0], domain: address.split('@')[1] });
    const apart = (a: string, b: string) => twoGenerations(key(a), key(b));
    expect(apart('tom.reed@comcast.net', 'tom.reed.jr@comcast.net')).toBe(true);
    expect(apart('tomreed@aol.com', 'tomreedjr@aol.com')).toBe(true);
    expect(apart('bill.turner.sr@gmail.com', 'bill.turner.ii@gmail.com')).toBe(true);
    // Names that merely end in those letters, and one mailbox typed twice.
    expect(apart('dennis@aol.com', 'dennisr@aol.com')).toBe(false);
    expect(apart('davii@aol.com', 'dav@aol.com')).toBe(false);
    expect(apart('tom.reed.jr@comcast.net', 'tomreedjr@comcast.net')).toBe(false);
  });
});
