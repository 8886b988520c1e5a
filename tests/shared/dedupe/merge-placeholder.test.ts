import { planMerge } from '../../../shared/dedupe/merge';
import { cellText } from '../../../shared/table/cell';
import type { FieldId } from '../../../shared/schema/fields';
import type { DuplicateGroup } from '../../../shared/dedupe/types';
import { table } from './helpers';

// The row a merge keeps often says "no value" in so many words where a copy has the value: 王芳's first
// record has 手机 无 and 邮箱 N/A, the record typed later at the shop has her mobile and e-mail. The kept row
// kept 无 and N/A, her mobile lived only in the merge note, and the phone key, reminders and exports lost it.
// A placeholder is filled as an empty cell is; the placeholder itself is listed in the note, so nothing is lost.
const FIELDS: FieldId[] = ['name', 'mobile', 'email', 'address', 'company'];
const HEADERS = ['姓名', '手机', '邮箱', '地址', '公司'];
const group = (rows: number[], survivor: number): DuplicateGroup =>
  ({ id: 'G1', rows, fingerprints: rows.map(String), score: 1, reasons: [], confidence: 'likely', survivor, fields: [], conflicts: [] });

describe('a merge fills the kept row\'s placeholder (无, N/A, -, 暂无, 不详) from a copy\'s real value', () => {
  it.each([
    ['无', '13912345678'],
    ['N/A', '13912345678'],
    ['-', '13912345678'],
    ['暂无', '13912345678'],
    ['手机不详', '13912345678'],
  ])('手机 %s takes %s, the placeholder listed in the note', (placeholder, real) => {
    const { table: t, fieldCols } = table(FIELDS, [
      { name: '王芳', mobile: placeholder, email: 'wangfang@163.com', address: '杭州市西湖区文三路1号' },
      { name: '王芳', mobile: real, email: 'wangfang@163.com', address: '杭州市西湖区文三路1号' },
    ], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'zh-CN', today: '2026-12-01' });
    const mobile = plan.edits.find((e) => e.field === 'mobile');
    expect(mobile && [cellText(mobile.before), cellText(mobile.after), mobile.reason]).toEqual([placeholder, real, 'dedupe.fix.fill']);
    // Nothing is lost: the kept row's own placeholder is listed with the merged values.
    expect(cellText(plan.mergedColumn!.values[0])).toContain(`手机: ${placeholder}（第2行）`);
    expect(plan.stats.cellsFilled).toBe(1);
  });

  it('fills every placeholder of the kept row, each from the copy that has the value', () => {
    const { table: t, fieldCols } = table(FIELDS, [
      { name: 'Sarah Miller', mobile: '(415) 555-0142', email: 'N/A', address: 'n/a', company: 'Miller Dental Group' },
      { name: 'Sarah Miller', mobile: '(415) 555-0142', email: 'sarah.miller@millerdental.com', address: '' },
      { name: 'Sally Miller', mobile: '(415) 555-0142', email: '', address: '500 Market St, San Francisco, CA 94105' },
    ], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3, 4], 2)], { language: 'en', today: '2026-12-01' });
    expect(plan.edits.filter((e) => e.field === 'email' || e.field === 'address').map((e) => [e.field, cellText(e.before), cellText(e.after)])).toEqual([
      ['email', 'N/A', 'sarah.miller@millerdental.com'],
      ['address', 'n/a', '500 Market St, San Francisco, CA 94105'],
    ]);
    const note = cellText(plan.mergedColumn!.values[0]);
    expect(note).toContain('邮箱: N/A (row 2)');
    expect(note).toContain('地址: n/a (row 2)');
  });

  it('a placeholder on every row leaves the kept row as it is', () => {
    const { table: t, fieldCols } = table(FIELDS, [
      { name: '王芳', mobile: '13912345678', email: '无' },
      { name: '王芳', mobile: '13912345678', email: 'N/A' },
    ], HEADERS);
    const plan = planMerge(t, fieldCols, [group([2, 3], 2)], { language: 'zh-CN' });
    expect(plan.edits).toEqual([]);
  });
});
