/** Reasons as people read them. */
import { messageText } from '../../../shared/classify/reason';

describe('day counts in English reasons', () => {
  it('say 1 day, not 1 days', () => {
    expect(messageText('en', 'classify.reason.withinDays', { field: 'lastPurchase', days: 1, limit: 30 })).toBe('Last purchase 1 day ago ≤ 30 days');
    expect(messageText('en', 'classify.reason.olderThanDays', { field: 'lastPurchase', days: 400, limit: 1 })).toBe('Last purchase 400 days ago > 1 day');
  });
});
