/** Default settings: what a user gets before changing anything. */
import type { Settings } from './types';
import { DEFAULT_DEDUPE_SETTINGS } from '../dedupe/settings';
import { DEFAULT_CLASSIFY_SETTINGS } from '../classify/settings';
import { DEFAULT_REMIND_SETTINGS } from '../remind/settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: 'zh-CN',
  headers: { row: null, overrides: {}, minConfidence: 0.6 },
  phone: { defaultRegion: 'CN', format: 'national' },
  amount: { currency: 'CNY' },
  dates: { ambiguous: 'flag' },
  normalize: { skipFields: [] },
  // No requiredFields: unset, a name is required, softly (validate/rules.ts DEFAULT_REQUIRED).
  validation: { disabledRules: [] },
  dedupe: DEFAULT_DEDUPE_SETTINGS,
  notDuplicates: [],
  classify: DEFAULT_CLASSIFY_SETTINGS,
  remind: DEFAULT_REMIND_SETTINGS,
  output: { csvTextMark: 'excel' },
}) as Settings;
