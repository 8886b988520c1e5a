/** Default settings: what a user gets before changing anything. */
import type { Settings } from './types';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: 'zh-CN',
  headers: { row: null, overrides: {}, minConfidence: 0.6 },
  phone: { defaultRegion: 'CN', format: 'national' },
  amount: { currency: 'CNY' },
  dates: { ambiguous: 'flag' },
  normalize: { skipFields: [] },
  validation: { disabledRules: [], requiredFields: ['name'] },
}) as Settings;
