/** A pet shop's or a vet's sheet: one row per pet, its owner the customer; an owner with two pets has two rows. */
import { DEFAULT_SETTINGS, dueWhat, reminderKindText, reminderText, run, t } from '../../../shared';
import { gridOf, planOf, TODAY } from './helpers';

// The tester's pet shop: 王建国 has two dogs (豆豆, 球球), 赵敏 two corgis (Lucky, Coco), 吴芳 two
// (小白, 小黑); 李梅's 咪咪 and 孙丽's Kitty were typed twice. The pets' birthdays are not the owners'.
const SHEET = [
  ['主人姓名', '手机', '宠物名', '品种', '宠物生日', '疫苗到期', '下次驱虫', '会员余额', '最近消费', '消费金额', '备注'],
  ['王建国', '13812345678', '豆豆', '金毛', '2021-12-08', '2026-06-20', '2026-06-25', '1200', '2024-05-30', '3580', '两只狗'],
  ['王建国', '138 1234 5678', '球球', '泰迪', '2023.3.2', '2026-09-01', '2026-07-01', '1200', '2024-05-30', '860', ''],
  ['李梅', '13900001111', '咪咪', '英短', '2020/6/16', '2026-06-17', '', '300', '2024-01-10', '12000', '猫粮常客'],
  ['李梅', '13900001111', '咪咪', '英短', '2020/6/16', '2026-06-17', '', '300', '2024-01-10', '12000', ''],
  ['赵敏', '13733334444', 'Lucky', '柯基', '2024-02-14', '2026-08-08', '2026-06-30', '800', '2024-03-15', '2600', ''],
  ['赵敏', '13733334444', 'Coco', '柯基', '2024-02-14', '2026-08-08', '2026-06-30', '800', '2024-03-15', '900', '同窝两只'],
  ['孙丽', '13344445555', 'Kitty', '美短', '2023-01-05', '2026-06-19', '', '500', '2024-06-12', '1600', ''],
  ['孙丽', '13344445555', 'kitty', '美短', '2023-01-05', '2026-06-19', '', '500', '2024-06-12', '1600', '重复录入'],
  ['吴芳', '13511112222', '小白', '萨摩耶', '2020-07-01', '2026-07-01', '2026-07-01', '150', '2024-04-22', '5400', ''],
  ['吴芳', '13511112222', '', '萨摩耶', '2020-07-01', '2026-07-01', '2026-07-01', '150', '2024-04-22', '5400', ''],
];

const groupOf = (plan: ReturnType<typeof planOf>, row: number) => plan.duplicates.groups.find((g) => g.rows.includes(row))!;

describe('a pet shop\'s sheet', () => {
  const plan = planOf(SHEET);

  it('reads the owner as the customer and the pet\'s name as its own field; the pet\'s birthday is no one\'s, its vaccine falls due', () => {
    expect(plan.columns.map((c) => c.field)).toEqual(['name', 'mobile', 'petName', null, null, 'contractEnd', null, null, 'lastPurchase', 'amount', 'notes']);
    expect(plan.columns.find((c) => c.field === 'petName')?.write).toBe('text');
  });

  it('greets no owner on his dog\'s birthday', () => {
    expect(plan.reminders.reminders.filter((r) => r.kind === 'birthday')).toEqual([]);
  });

  it('reminds once of an owner whose two pets nobody has asked after (one customer, two pets)', () => {
    const quiet = planOf([
      ['主人姓名', '手机', '宠物名', '最近联系'],
      ['赵敏', '13733334444', 'Lucky', '2024-03-01'],
      ['赵敏', '13733334444', 'Coco', '2024-03-01'],
    ]);
    expect(quiet.duplicates.groups.map((g) => [g.rows, g.confidence, g.records])).toEqual([[[2, 3], 'review', true]]);
    expect(quiet.reminders.reminders.map((r) => [r.kind, r.sheetRow, r.alsoRows])).toEqual([['stale', 2, [3]]]);
  });

  it('reminds of a vaccine falling due by its own name, not as a contract', () => {
    const due = planOf([SHEET[0], ['王建国', '13812345678', '豆豆', '金毛', '2021-12-08', '2024-12-10', '', '1200', '2024-05-30', '3580', '']]);
    const texts = (lang: 'zh-CN' | 'en') => due.reminders.reminders.filter((r) => r.kind === 'contract').map((r) => reminderText(lang, r));
    expect(texts('zh-CN')).toEqual(['疫苗 2024-12-10 到期，还有 9 天（提前 30 天提醒）']);
    // The sheet's own word, quoted in an English run; a vaccine falls due, it does not end.
    expect(texts('en')).toEqual(['"疫苗" due on 2024-12-10, in 9 days (30-day reminder)']);
  });

  it('counts and labels the vaccines falling due as vaccines, not as contracts ending', () => {
    const due = planOf([SHEET[0], ['王建国', '13812345678', '豆豆', '金毛', '2021-12-08', '2024-12-10', '', '1200', '2024-05-30', '3580', '']]);
    const { reminders } = due.reminders;
    expect(reminders.map((r) => reminderKindText('zh-CN', r.kind, dueWhat(reminders)))).toEqual(['疫苗即将到期']);
    expect(reminders.map((r) => reminderKindText('en', r.kind, dueWhat(reminders)))).toEqual(['"疫苗" due']);
    const series = due.report.sections.find((s) => s.id === 'reminders')!.series;
    expect(series.filter((s) => s.id === 'contract' || s.id === 'contractExpired').map((s) => [s.label, s.count])).toEqual([['疫苗即将到期', 1], ['疫苗已到期', 0]]);
  });

  it('offers one owner\'s two pets for review only, saying why', () => {
    for (const row of [2, 6]) {
      const g = groupOf(plan, row);
      expect([g.rows, g.confidence]).toEqual([[row, row + 1], 'review']);
      expect(g.reasons.map((r) => t('zh-CN', r.code, r.params))).toContain('宠物名不同：可能是同一主人的两只宠物，不宜合并');
      expect(g.reasons.map((r) => t('en', r.code, r.params))).toContain('different pet names: likely one owner\'s two pets, keep apart?');
    }
  });

  it('finds the same pet typed twice (Kitty / kitty) as a duplicate, and a blank pet name is no evidence against', () => {
    for (const row of [4, 8, 10]) {
      const g = groupOf(plan, row);
      expect(g.confidence).not.toBe('review');
      expect(g.reasons.map((r) => r.code)).not.toContain('dedupe.reason.twoPets');
    }
  });

  it('--merge (exact and likely) keeps both pets of each owner and folds only the pets typed twice', () => {
    const out = run(gridOf(SHEET), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely'] });
    if (!out.ok) throw new Error(out.problem.code);
    // 孙丽's second row says it is the copy (重复录入): the first row survives, the note stays in the merged values (h71 7).
    expect(out.plan.merge?.removeRows).toEqual([5, 9, 11]);
  });

  it('--merge-review (review groups too) still keeps both pets of each owner: one customer\'s records are never merged', () => {
    const out = run(gridOf(SHEET), { settings: DEFAULT_SETTINGS, today: TODAY, merge: ['exact', 'likely', 'review'] });
    if (!out.ok) throw new Error(out.problem.code);
    expect(out.plan.merge?.removeRows).toEqual([5, 9, 11]);
  });

  it('a vet\'s English sheet: Owner Name is the customer, Pet DOB no birthday of his, two pets kept apart', () => {
    const vet = planOf([
      ['Owner Name', 'Phone', 'Email', 'Pet Name', 'Species', 'Breed', 'Pet DOB', 'Vaccination Due', 'Last Visit', 'Total Spent', 'Notes'],
      ['Sarah Johnson', '(415) 555-0132', 'sarah.j@gmail.com', 'Buddy', 'Dog', 'Golden Retriever', '12/05/2019', '07/01/2026', '05/02/2024', '$1,840.00', ''],
      ['Sarah Johnson', '(415) 555-0132', 'sarah.j@gmail.com', 'Milo', 'Cat', 'Tabby', '12/05/2019', '09/15/2026', '05/02/2024', '$420.00', 'adopted same day'],
      ['Mike Chen', '(415) 555-0177', 'mike.chen@yahoo.com', 'Rocky', 'Dog', 'Boxer', '03/10/2020', '06/20/2026', '01/15/2024', '$2,310.50', ''],
    ], { phone: { defaultRegion: 'US' } });
    expect(vet.columns.map((c) => c.field)).toEqual(['name', 'phone', 'email', 'petName', null, null, null, 'contractEnd', 'lastContact', 'amount', 'notes']);
    expect(vet.reminders.reminders.filter((r) => r.kind === 'birthday')).toEqual([]);
    expect(vet.duplicates.groups.map((g) => [g.rows, g.confidence])).toEqual([[[2, 3], 'review']]);
    expect(vet.duplicates.groups[0].reasons).toContainEqual({ code: 'dedupe.reason.twoPets', evidence: 'against' });
  });
});
