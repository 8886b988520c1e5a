/**
 * A balance typed with its currency sign ($85.00) on the row a merge archives is warned of, as the
 * summary promises ("a merge warns of a balance left on an archived row"), on a sheet that has no
 * amount column to tell the run its currency: the sign says it (tester h69, 2: a dental practice's
 * recall list, where patient 11090's $85.00 went to the archive and the kept row kept $0.00, unsaid).
 */
import { DEFAULT_SETTINGS, run, type Plan } from '../../../shared';
import { t } from '../../../shared/i18n';
import { gridOf } from './helpers';

function mergedPlan(rows: string[][]): Plan {
  const out = run(gridOf(rows, 'Recall'), { settings: DEFAULT_SETTINGS, today: '2026-12-04', merge: ['exact', 'likely'] });
  if (!out.ok) throw new Error(out.problem.code);
  return out.plan;
}
const said = (plan: Plan, lang: 'zh-CN' | 'en') =>
  plan.problems.filter((p) => p.code === 'dedupe.balanceElsewhere' || p.code === 'dedupe.owedElsewhere').map((p) => t(lang, p.code, p.params));

describe('a US recall list: the balance left on the archived patient is said', () => {
  const RECALL = [
    ['Patient #', 'Last Name', 'First Name', 'DOB', 'Cell Phone', 'Email', 'Next Recall Due', 'Provider', 'Balance'],
    ['10423', 'Griffin', 'Lily', '11/28/2014', '(701) 723-1461', 'lilygriffin@gmail.com', '04/17/2027', 'Dr. Patel', '$333.00'],
    ['11005', 'Smith', 'Jon', '12/06/1980', '(312) 555-0161', 'jon.smith@fastmail.com', '10/04/2026', 'Hyg. Amy', '$0.00'],
    ['11090', 'SMITH', 'JONATHAN', '12/06/1980', '312.555.0161', 'Jon.Smith@FastMail.com', '12/15/2026', 'Dr. Patel', '$85.00'],
    ['10871', 'Alvarez', 'Rosa', '03/05/1985', '(312) 555-0199', 'rosa.alvarez@yahoo.com', '01/20/2027', 'Hyg. Amy', '$40.00'],
  ];
  const plan = mergedPlan(RECALL);

  it('merges Jon and Jonathan Smith, keeping one row', () => {
    expect(plan.merge?.removeRows).toHaveLength(1);
  });

  it('names the $85.00 the archived row holds and the kept $0.00, in en and zh-CN', () => {
    const kept = plan.merge!.archive[0].survivorRow;
    const gone = plan.merge!.archive[0].sheetRow;
    const [en] = said(plan, 'en');
    expect(en).toContain(`row ${gone}`);
    expect(en).toContain(`row ${kept}`);
    const [keptValue, goneValue] = kept === 3 ? ['$0.00', '$85.00'] : ['$85.00', '$0.00'];
    expect(en).toContain(`"Balance" of ${goneValue} (the kept row: ${keptValue})`);
    expect(said(plan, 'zh-CN')[0]).toContain(`“Balance”为 ${goneValue}（保留行为 ${keptValue}）`);
  });

  it('says nothing when the archived row holds the same balance as the kept one', () => {
    const same = RECALL.map((r, i) => (i === 3 ? [...r.slice(0, 8), '$0.00'] : r));
    expect(said(mergedPlan(same), 'en')).toEqual([]);
  });
});
