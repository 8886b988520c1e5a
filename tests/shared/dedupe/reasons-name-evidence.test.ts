/**
 * Every level of the default comparisons that adds to a pair's score names a reason, so a group's
 * 重复依据 / groups[].reasons says all that made it likely (tester h62: a birthday one keystroke off
 * took two 王伟 from 0.667 to 0.97 and was said nowhere). An organisation's own name is the one
 * exception: the company comparison reads the same name and says it.
 */
import { DEFAULT_DEDUPE_SETTINGS } from '../../../shared/dedupe/settings';
import { t } from '../../../shared/i18n';

const SAID_BY_COMPANY = new Set(['organisation']);

describe('the default comparisons', () => {
  const raising = DEFAULT_DEDUPE_SETTINGS.comparisons
    .filter((c) => !SAID_BY_COMPANY.has(c.id))
    .flatMap((c) => c.levels.filter((l) => l.weight > 0).map((l) => [`${c.id}.${l.id}`, l.reason] as const));

  it.each(raising)('name a reason for %s, in zh-CN and en', (_level, reason) => {
    expect(reason).toBeDefined();
    expect(t('zh-CN', reason!)).not.toBe(t('en', reason!));
  });
});
