/** The duplicate finder's public surface: find groups, plan merges, fingerprints, settings. */
export { findDuplicates } from './find-duplicates';
export { planMerge, EXCEL_CELL_LIMIT, type MergeOptions } from './merge';
export { rowFingerprint, cyrb53 } from './fingerprint';
export {
  DEFAULT_DEDUPE_SETTINGS,
  DEFAULT_COMPARISONS,
  type DedupeSettings,
  type ComparisonDef,
  type ComparisonLevel,
  type EvidenceCap,
  type SurvivorRule,
} from './settings';
export { resolveDedupeSettings, validateDedupeSettings, type DedupeSettingsInput } from './validate-settings';
export { MATCHERS } from './matchers';
export { KEYERS } from './keyers';
export type {
  Confidence,
  Reason,
  FieldChoice,
  Conflict,
  DuplicateGroup,
  DedupeStats,
  DedupeResult,
  DedupeOptions,
  ArchivedRow,
  MergePlan,
} from './types';
