/** Classification: rules as data → lifecycle, activity, value tier, VIP and user labels per row. */
export { classify, type ClassifyResult, type ClassifiedRow, type RowLabels, type LegendEntry } from './classify';
export { DEFAULT_CLASSIFY_SETTINGS, resolveClassifySettings, type ClassifySettings, type CustomRule, type PresetRef, type RuleSet } from './settings';
export { lifecycleByPurchase, activityByRecency, tierByAmount, tierByRfm, vipByRule } from './creators';
export { PRESET_NAMES } from './presets';
export { CONDITION_OPS, type Condition, type ConditionOp, type LeafCondition } from './condition';
export type { Level } from './levels';
export { labelText, DIMENSION_LABELS, BUILTIN_DIMENSIONS, type BuiltinDimension, type LocalText } from './labels';
export { reasonText, messageText, fieldText, type Reason } from './reason';
export { computeRfm, quintileScores, type RfmScores, type RfmSummary, type RfmBand } from './rfm';
export { computeWhatIf, type WhatIf, type WhatIfDimension, type WhatIfTransition } from './what-if';
export { readExistingLabel, readLabelWord } from './existing-labels';
export type { SettingsError } from './settings-error';
