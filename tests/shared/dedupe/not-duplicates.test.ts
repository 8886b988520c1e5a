import { marksMovedByMerge } from '../../../shared/dedupe/not-duplicates';
import { rowFingerprint } from '../../../shared/dedupe/fingerprint';
import { t } from '../../../shared/i18n';
import { records, type RowSpec } from './helpers';

describe('what a merge tells of the "not duplicates" marks it changes', () => {
  // 张伟 of 星辰科技 (row 2) was marked apart from 张伟 of 蓝海贸易 (row 3); row 4 is row 2 typed again with his e-mail.
  const sheet: RowSpec[] = [
    { name: '张伟', mobile: '13812345678', company: '北京星辰科技有限公司' },
    { name: '张伟', mobile: '13912345678', company: '上海蓝海贸易有限公司' },
    { name: '张伟', mobile: '13812345678', company: '北京星辰科技有限公司', email: 'zhangwei@xingchen.com' },
  ];
  const before = records(sheet);
  const mark = [rowFingerprint(before[0]), rowFingerprint(before[1])];

  it('a marked row archived into another: the kept row\'s fingerprint, to put in its place', () => {
    const after = [before[1], before[2]];
    const [said] = marksMovedByMerge([mark], before, after, [{ sheetRow: 2, survivorRow: 4 }]);
    const now = rowFingerprint(before[2]);
    expect(said).toEqual({ code: 'dedupe.markMerged', severity: 'warning', params: { rows: '2', old: mark[0], kept: 4, new: now } });
    expect(t('en', said.code, said.params)).toContain(`put ${now} in that mark in place of ${mark[0]}`);
    expect(t('zh-CN', said.code, said.params)).toContain(`把该标记里的 ${mark[0]} 换成 ${now}`);
  });

  it('a marked row kept, whose empty e-mail the merge fills: its new fingerprint', () => {
    const filled = records([sheet[2], sheet[1], sheet[2]]).map((r, i) => ({ ...r, sheetRow: [2, 3, 4][i] }));
    const [said] = marksMovedByMerge([mark], before, [filled[0], filled[1]], [{ sheetRow: 4, survivorRow: 2 }]);
    expect(said).toEqual({ code: 'dedupe.markFilled', severity: 'warning', params: { rows: '2', old: mark[0], kept: 2, new: rowFingerprint(filled[0]) } });
    expect(t('zh-CN', said.code, said.params)).toContain('第2行（' + mark[0] + '）被保留，并从并入它的行补全了身份信息');
  });

  it('nothing when the kept row is the marked row as it was, or no mark names the merged rows', () => {
    const copy = records([sheet[0], sheet[1], sheet[0]]);
    expect(marksMovedByMerge([mark], copy, [copy[0], copy[1]], [{ sheetRow: 4, survivorRow: 2 }])).toEqual([]);
    expect(marksMovedByMerge([[mark[1], 'fp00000000000000']], before, [before[1], before[2]], [{ sheetRow: 2, survivorRow: 4 }])).toEqual([]);
    expect(marksMovedByMerge([], before, [before[1], before[2]], [{ sheetRow: 2, survivorRow: 4 }])).toEqual([]);
  });
});
