/**
 * A text as a regular expression that matches exactly it: the catalog's message templates and the
 * notes' fixed words are read back as patterns (noted-values.ts, typed-over.ts, the CLI's stale notes),
 * and a 备注 of "(VIP)" or a separator "；" must match itself, not act as a pattern.
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
