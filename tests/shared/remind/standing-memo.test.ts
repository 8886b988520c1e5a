/**
 * A status column repeats a few texts down 100,000 rows (正常, 黑名单, 已流失, 作废（重复录入）), and a run
 * reads them in several stages: the classes (whether the record was voided, what the row's standing
 * is), the what-if (which cells say something other than a class), the merge (a copy's 黑名单, a
 * retired copy), the reminders. A run reads each distinct text once (RunMemos), outside a run afresh,
 * with the same answer either way.
 */
import { readStandingText, voidsRecord } from '../../../shared/remind/standing';
import { runMemos, withRunMemos } from '../../../shared/text/run-memos';

const TEXTS = ['正常', '黑名单', '黑名單', '已流失（2024.3）', 'VIP, 黑名单', '流失 预警', '未 流失', 'Do not contact', 'Please do not call', 'Closed Lost', '作废', '已作废', '作废（重复录入）', '作废申请中', 'Void', 'Void check received', '差点作废，已恢复', ''];

describe('the standing a status text states, read once per run', () => {
  it('is remembered by the run, whatever stage asks, and let go with it', () => {
    withRunMemos(() => {
      expect(readStandingText('黑名单')).toBe('doNotContact');
      expect(readStandingText('黑名单', true)).toBeNull();
      expect(voidsRecord('作废（重复录入）')).toBe(true);
      expect(voidsRecord('作废申请中')).toBe(false);
      const memos = runMemos()!;
      expect(memos.standings.get('黑名单')?.any).toBe('doNotContact');
      expect(memos.standingsPassingOver.get('黑名单')?.any).toBeNull();
      expect(memos.voided.get('作废（重复录入）')).toBe(true);
      expect(memos.voided.get('作废申请中')).toBe(false);
    });
    expect(runMemos()).toBeNull();
  });

  it('answers the same inside a run, asked once or again, as outside one', () => {
    const asked = () => TEXTS.flatMap((t) => [readStandingText(t), readStandingText(t, true), voidsRecord(t)]);
    const outside = asked();
    expect(withRunMemos(() => [asked(), asked()])).toEqual([outside, outside]);
    expect(outside.slice(0, 9)).toEqual([null, null, false, 'doNotContact', null, false, 'doNotContact', null, false]);
  });
});
