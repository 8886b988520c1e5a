/**
 * A run reads each row's fingerprint once: the duplicate finder keys its groups by it and the plan
 * keys every row's classes by it (rowKeys), over the same records. The answer is the fingerprint as
 * worked out afresh, also for a record a merge changed within the run.
 */
import * as phoneKeys from '../../../shared/dedupe/keys/phone';
import { rowFingerprint, rowFingerprints } from '../../../shared/dedupe/fingerprint';
import { withRunMemos } from '../../../shared/text/run-memos';
import { records } from './helpers';

describe('a row fingerprinted twice in one run', () => {
  const sheet = records([
    { name: '张伟', mobile: '138 1234 5678', company: '星辰科技有限公司', email: 'zhangwei@xingchen.cn' },
    { name: 'Robert Jones', phone: '(415) 555-0134', company: 'Acme Corp.', email: 'bob.jones@acme.com' },
    { name: '李娜', mobile: '13912345678', phone: '010-87654321 / 0755-2345678' },
  ]);
  const afresh = sheet.map(rowFingerprint);
  afterEach(() => jest.restoreAllMocks());

  it('reads its phones once, as the duplicate finder and the plan both ask, and gives the same fingerprint', () => {
    const read = jest.spyOn(phoneKeys, 'phoneDigits');
    const [first, second] = withRunMemos(() => [sheet.map(rowFingerprint), sheet.map(rowFingerprint)]);
    expect(first).toEqual(afresh);
    expect(second).toEqual(afresh);
    // 张伟's mobile, Robert's phone, 李娜's mobile and her phone cell: four phone cells, each read once.
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('a record a merge filled within the run (a new record of the same row) gets its own fingerprint', () => {
    const [zhang] = sheet;
    const filled = { ...zhang, fields: { ...zhang.fields, wechat: { kind: 'text' as const, value: 'zhangwei_1988' } } };
    const [before, after] = withRunMemos(() => [rowFingerprint(zhang), rowFingerprint(filled)]);
    expect(before).toBe(afresh[0]);
    expect(after).not.toBe(before);
    expect(after).toBe(rowFingerprint(filled));
  });

  it("the plan's every row (rowKeys) reads back the rows the finder fingerprinted and works out the others", () => {
    const read = jest.spyOn(phoneKeys, 'phoneDigits');
    // The finder grouped 张伟 alone; the plan then asks for all three rows.
    const all = withRunMemos(() => {
      rowFingerprint(sheet[0]);
      return rowFingerprints(sheet);
    });
    expect(all).toEqual(afresh);
    // 张伟's mobile once (by the finder), Robert's phone and 李娜's two phone cells by the plan.
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('outside a run nothing is kept: each call reads the row afresh', () => {
    const read = jest.spyOn(phoneKeys, 'phoneDigits');
    rowFingerprint(sheet[0]);
    rowFingerprint(sheet[0]);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
