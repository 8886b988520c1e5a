/**
 * A notDuplicates mark with a fingerprint mistyped or cut short (15 hex digits, a letter past f, no
 * leading fp, upper case) names no row, ever. It is refused as what it is, with the form a fingerprint
 * takes and where to copy it from, in zh-CN and en; it is not taken in and reported, run after run,
 * as "a row edited since" (notDuplicatesStale). Modelled on tester h61's bad_06_short_fp.json.
 */
import { messageText, resolveSettings } from '../../../shared';

function refused(input: unknown): { code: string; params?: Record<string, unknown> }[] {
  const r = resolveSettings(input);
  return r.ok ? [] : r.errors.map((e) => ({ code: e.code, params: e.params }));
}

describe('a malformed fingerprint in notDuplicates', () => {
  it.each([
    ['15 hex digits', 'fp14310523e7db7'],
    ['17 hex digits', 'fp118b1e6d015a890'],
    ['a letter past f', 'fp118b1e6d015g89'],
    ['no leading fp', '118b1e6d015a8912'],
    ['upper case', 'FP118B1E6D015A89'],
    ['spaces around it', ' fp118b1e6d015a89'],
  ])('is refused as such: %s', (_why, bad) => {
    const errors = refused({ notDuplicates: [['fp106636c4e479b8', bad]] });
    expect(errors).toEqual([{ code: 'settings.markMalformed', params: { path: 'notDuplicates[0][1]', found: JSON.stringify(bad), example: 'fp1ea01b7ff60d51' } }]);
  });

  it('is said in both languages with the form a fingerprint takes', () => {
    const outcome = resolveSettings({ notDuplicates: [['fp14310523e7db7', 'fp118b1e6d015a89']] });
    if (outcome.ok) throw new Error('the mark was taken');
    const [error] = outcome.errors;
    expect(messageText('en', error.code, error.params)).toBe(
      'Settings: "notDuplicates[0][0]" is "fp14310523e7db7", which is not a row fingerprint: a fingerprint is fp followed by 14 hex digits (0-9, a-f), such as fp1ea01b7ff60d51. Copy it whole from the group\'s "fingerprints" in the JSON report (--json).',
    );
    expect(messageText('zh-CN', error.code, error.params)).toBe(
      '设置项“notDuplicates[0][0]”写的是 "fp14310523e7db7"，这不是行指纹：指纹是 fp 加 14 位十六进制数字（0-9、a-f），例如 fp1ea01b7ff60d51。请从 JSON 报告（--json）中该组的 "fingerprints" 完整复制。',
    );
  });

  it('well-formed marks are taken as before', () => {
    const r = resolveSettings({ notDuplicates: [['fp106636c4e479b8', 'fp118b1e6d015a89'], ['fp1c5615e163a9e0', 'fp1c5615e163a9e0']] });
    expect(r.ok).toBe(true);
  });
});
