/**
 * The same merge run again on a later day: rows whose archive lines an earlier run of it wrote are
 * cited in the kept row's 合并记录 by that line's day, the day a person finds them under, not by
 * today's merge, which writes no line for them (the host says which rows its archive holds).
 */
import { planMerge } from '../../../shared/dedupe/merge';
import { cellText } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';
import type { DuplicateGroup } from '../../../shared/dedupe/types';
import { table, type RowSpec } from './helpers';

const FIELDS: FieldId[] = ['name', 'mobile', 'company', 'owner', 'city'];
const HEADERS = ['姓名', '手机', '公司', '负责人', '城市'];
const ROWS: RowSpec[] = [
  { name: '张伟', mobile: '13812345678', company: '星辰科技', owner: '李四', city: '杭州' },
  { name: '刘洋', mobile: '13900001111', city: '上海' },
  { name: '张伟', mobile: '13812345678', company: '北京星辰科技有限公司', owner: '王五', city: '杭州' },
  { name: '刘洋', mobile: '13900001111', city: '上海市浦东新区' },
];
const groups: DuplicateGroup[] = [
  { id: 'G1', rows: [2, 4], fingerprints: ['2', '4'], score: 1, reasons: [], confidence: 'exact', survivor: 2, fields: [], conflicts: [] },
  { id: 'G2', rows: [3, 5], fingerprints: ['3', '5'], score: 1, reasons: [], confidence: 'exact', survivor: 3, fields: [], conflicts: [] },
];

describe('planMerge citing the day an earlier run archived a row', () => {
  const { table: t, fieldCols } = table(FIELDS, ROWS, HEADERS);
  const notes = (lang: 'zh-CN' | 'en', archivedOn?: ReadonlyMap<number, string | null>) => {
    const plan = planMerge(t, fieldCols, groups, { language: lang, today: '2026-12-04', ...(archivedOn ? { archivedOn } : {}) });
    return plan.mergedColumn!.values.map((c) => cellText(c)).filter((n) => n !== '');
  };

  it.each([
    ['a row archived on 2026-12-02 is cited with that day, a row archived now with today', new Map([[4, '2026-12-02']]), [
      '公司: 北京星辰科技有限公司（2026-12-02 原第4行）；负责人: 王五（2026-12-02 原第4行）',
      '城市: 上海市浦东新区（2026-12-04 原第5行）',
    ]],
    ['a line written before the archive had a day column is cited by its row alone', new Map<number, string | null>([[5, null]]), [
      '公司: 北京星辰科技有限公司（2026-12-04 原第4行）；负责人: 王五（2026-12-04 原第4行）',
      '城市: 上海市浦东新区（第5行）',
    ]],
    ['a row the archive holds from today is cited as today\'s', new Map([[4, '2026-12-04']]), [
      '公司: 北京星辰科技有限公司（2026-12-04 原第4行）；负责人: 王五（2026-12-04 原第4行）',
      '城市: 上海市浦东新区（2026-12-04 原第5行）',
    ]],
    ['no archive: every row is today\'s', undefined, [
      '公司: 北京星辰科技有限公司（2026-12-04 原第4行）；负责人: 王五（2026-12-04 原第4行）',
      '城市: 上海市浦东新区（2026-12-04 原第5行）',
    ]],
  ])('%s', (_why, archivedOn, expected) => {
    expect(notes('zh-CN', archivedOn)).toEqual(expected);
  });

  it('says it in English too', () => {
    expect(notes('en', new Map<number, string | null>([[4, '2026-12-02'], [5, null]]))).toEqual([
      '公司: 北京星辰科技有限公司 (row 4 as of 2026-12-02); 负责人: 王五 (row 4 as of 2026-12-02)',
      '城市: 上海市浦东新区 (row 5)',
    ]);
  });

  it('the archive lines themselves still carry today\'s day: the host, not the plan, leaves out those it holds', () => {
    const plan = planMerge(t, fieldCols, groups, { language: 'zh-CN', today: '2026-12-04', archivedOn: new Map([[4, '2026-12-02']]) });
    expect(plan.mergedOn).toBe('2026-12-04');
    expect(plan.archive.map((a) => a.sheetRow)).toEqual([4, 5]);
  });
});
