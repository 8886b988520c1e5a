/**
 * A text as a regular expression that matches exactly it: the catalog's message templates (read back
 * by i18n/template-pattern.ts) and the notes' separators are read as patterns, and a 备注 of "(VIP)"
 * or a separator "；" must match itself, not act as a pattern.
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
