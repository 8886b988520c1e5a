/**
 * A "not duplicates" mark on two rows alike in every column the run reads (tester h63, 3): a 医美
 * client's two stored-value cards differ only in 储值卡余额 and 疗程项目, which no field reads, so both
 * rows have one fingerprint and the mark names it twice. The mark holds; and where the rows it names
 * have since become alike in every column, the run says it cannot tell them apart and merges nothing.
 */
import { run, resolveSettings, t, type Plan } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

const HEAD = ['顾客姓名', '手机号', '生日', '储值卡余额', '疗程项目', '累计消费', '美容师'];
const SHEET = [
  HEAD,
  ['胡晶', '13627080605', '1991-06-15', '12500', '皮秒', '51800', '小雅'],
  ['孙思雨', '13947168145', '1994-10-13', '17800', '小气泡', '14800', '小雅'],
  ['胡晶', '13627080605', '1991-06-15', '3400', '热玛吉', '51800', '小雅'],
];

const merged = (rows: string[][], input: object): Plan => {
  const settings = resolveSettings(input);
  if (!settings.ok) throw new Error('settings');
  const out = run(gridOf(rows), { settings: settings.settings, today: TODAY, merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
};

describe('a mark naming one fingerprint twice, on rows that differ only in columns the run does not read', () => {
  const found = planOf(SHEET);
  const fingerprints = found.duplicates.groups[0].fingerprints;

  it('the two cards share one fingerprint, as the tester saw', () => {
    expect(found.duplicates.groups.map((g) => g.rows)).toEqual([[2, 4]]);
    expect(new Set(fingerprints).size).toBe(1);
  });

  it('keeps them apart, says so, and --merge archives neither', () => {
    const marks = { notDuplicates: [fingerprints] };
    const kept = planOf(SHEET, marks);
    expect(kept.duplicates.groups).toEqual([]);
    expect(kept.problems.map((p) => p.code)).toContain('dedupe.marksKeptApart');
    expect(merged(SHEET, marks).merge?.removeRows ?? []).toEqual([]);
  });

  it('says it can no longer tell which rows it means once they are alike in every column, and --merge leaves them', () => {
    const edited = [HEAD, SHEET[1], SHEET[2], ['胡晶', '13627080605', '1991-06-15', '12500', '皮秒', '51800', '小雅']];
    const marks = { notDuplicates: [fingerprints] };
    const plan = planOf(edited, marks);
    expect(plan.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 4], 'review']]);
    const reason = plan.duplicates.groups[0].reasons.find((r) => r.code === 'dedupe.reason.markCannotTell')!;
    expect(t('zh-CN', reason.code, reason.params)).toContain(`你的 notDuplicates 标记两次列出 ${fingerprints[0]}，但带这个指纹的行现在各列完全相同`);
    expect(t('en', reason.code, reason.params)).toContain('it can no longer tell which two rows it means');
    expect(merged(edited, marks).merge?.removeRows ?? []).toEqual([]);
  });

  it('without a mark, a row pasted twice is still merged', () => {
    const pasted = [HEAD, SHEET[1], SHEET[2], SHEET[1]];
    expect(merged(pasted, {}).merge?.removeRows).toEqual([4]);
  });
});
