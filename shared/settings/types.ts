/** The settings document: one JSON object per workbook (or a --config file), validated by settings/schema.ts. */
import type { FieldId } from '../schema/fields';
import type { Lang } from '../i18n/define';
import type { DedupeSettings } from '../dedupe/settings';
import type { ClassifySettings } from '../classify/settings';
import type { RemindSettings } from '../remind/settings';
import type { GenderStyle } from '../normalize/gender';

export type PhoneFormat = 'national' | 'international' | 'e164';
export type AmbiguousDatePolicy = 'flag' | 'month-first' | 'day-first';

export interface Settings {
  /** Language of messages and added column headers. */
  language: Lang;
  headers: {
    /** Sheet row (1-based) of the header row; null finds it. */
    row: number | null;
    /** Header text (as in the sheet) → field id, or "ignore" to leave a column unmapped. */
    overrides: Record<string, FieldId | 'ignore'>;
    /** Below this confidence (0–1) a header is left unmapped. */
    minConfidence: number;
  };
  phone: {
    /** ISO 3166-1 alpha-2 region for numbers written without a country code. */
    defaultRegion: string;
    /** How a valid number is written back: national (138 1234 5678 / 010 1234 5678), international (+86 138 1234 5678) or e164 (+8613812345678). */
    format: PhoneFormat;
  };
  amount: {
    /** ISO 4217 code of the sheet's currency: its markers (¥, 元, RMB for CNY; $ for USD …) are removed when amounts become numbers; other currencies are flagged, never silently converted. */
    currency: string;
    /**
     * The decimal mark: '.' (12,800.50) or ',' (12.800,50, as most of Europe writes). Unset: '.',
     * unless a column's own amounts show the comma (12,50 and 1.234,50, never 3456.5).
     */
    decimalSeparator?: '.' | ',';
    /**
     * The power of ten amounts are written in: 4 for a column headed 金额（万元）, 3 for Revenue ($K).
     * Unset: worked out per column from its header. The sheet keeps its unit (12万 there is written
     * 12); classification, reminders and the report count the amounts in whole currency units.
     */
    unit?: number;
  };
  dates: {
    /** What to do with 03/05/2024, which can be 5 March or 3 May: flag it, or read it month-first or day-first. */
    ambiguous: AmbiguousDatePolicy;
    /**
     * `roc`: two-digit years written first (75/03/08, 71年12月3日) are 民國 years (1986, 1982);
     * `gregorian`: never. Unset: a date column with 民國 dates said so (民國75年, 115/12/20), or a
     * sheet of such columns or read for Taiwan, reads them as 民國 years; else in the century.
     */
    era?: 'roc' | 'gregorian';
    /**
     * The IANA time zone whose calendar day a run is for when the host is not told the day
     * (Asia/Shanghai); unset: the host's own (the CLI's machine, the spreadsheet's time zone).
     */
    timeZone?: string;
  };
  normalize: {
    /** Fields whose values are never changed (still validated). */
    skipFields: FieldId[];
    /**
     * How gender is written: 男 / 女 ('zh'), M / F ('letter'), Male / Female ('word'). Unset: the
     * gender column's own commonest way, worked out from its values.
     */
    genderStyle?: GenderStyle;
  };
  validation: {
    /** Rule ids switched off. */
    disabledRules: string[];
    /**
     * Fields that must not be empty. Unset: the default (validate/rules.ts DEFAULT_REQUIRED, a name),
     * where a row of no name that holds an e-mail or a phone is a warning; a field the user lists
     * here is an error, as he asked.
     */
    requiredFields?: FieldId[];
  };
  /** Duplicate finding: thresholds, comparison levels, weights, blocking keys, survivor rule (dedupe/settings.ts). */
  dedupe: DedupeSettings;
  /** Groups of row fingerprints a user marked "not duplicates"; they stay apart on every later run. */
  notDuplicates: string[][];
  /** Lifecycle, activity, value tier, VIP and the user's own rules (classify/settings.ts). */
  classify: ClassifySettings;
  /** Reminder rules and their day counts (remind/settings.ts). */
  remind: RemindSettings;
  output: {
    /**
     * How a CSV the host writes marks text: `excel` puts Excel's apostrophe before a value a
     * spreadsheet would run as a formula or read as a number ('+44 …, '02134); `none` writes the values
     * as cleaned, for a file going back into Google Contacts, Mailchimp, Shopify or HubSpot, whose
     * importers keep the apostrophe; a value starting with = or @ keeps it even then.
     */
    csvTextMark: 'excel' | 'none';
  };
}

/** A partial settings document as a user writes it: any subset, deep. */
export type SettingsInput = {
  [K in keyof Settings]?: Settings[K] extends Record<string, unknown> ? Partial<Settings[K]> : Settings[K];
};
