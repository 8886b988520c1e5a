/**
 * The settings schema, declared as data in a JSON Schema subset (draft 2020-12 keywords: type,
 * properties, additionalProperties, items, enum, minimum, maximum, pattern, propertyNames), so the
 * same document can be published for editors and checked here without a schema compiler (code
 * generation such as Ajv's is not allowed in every host's content security policy).
 */
import { FIELDS } from '../schema/fields';

/** The `found` of a key the schema does not know (a misspelt one). */
export const UNKNOWN_KEY = '(unknown key)';

export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null' | ('string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array')[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  enum?: readonly (string | number | boolean | null)[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

const fieldIds = FIELDS.map((f) => f.id);

/** Registered schemas of the other stages' settings (dedupe, classify, remind) plug in here. */
export const SETTINGS_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'Sheet Keeper settings (one document per workbook).',
  additionalProperties: false,
  properties: {
    language: { type: 'string', enum: ['zh-CN', 'en'], description: 'Language of messages and added headers.' },
    headers: {
      type: 'object',
      additionalProperties: false,
      properties: {
        row: { type: ['integer', 'null'], minimum: 1, description: 'Sheet row of the header; null finds it.' },
        overrides: {
          type: 'object',
          description: 'Header text → field id, or "ignore".',
          additionalProperties: { type: 'string', enum: [...fieldIds, 'ignore'] },
        },
        minConfidence: { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    phone: {
      type: 'object',
      additionalProperties: false,
      properties: {
        defaultRegion: { type: 'string', pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2 region, e.g. CN.' },
        format: { type: 'string', enum: ['national', 'international', 'e164'] },
      },
    },
    amount: {
      type: 'object',
      additionalProperties: false,
      properties: {
        currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. CNY.' },
        decimalSeparator: { type: 'string', enum: ['.', ','], description: 'Decimal mark; unset: a column\'s own amounts decide, else ".".' },
        unit: { type: 'integer', minimum: 0, maximum: 12, description: 'Power of ten amounts are written in (4: 万元, 3: thousands); unset: each amount column\'s header decides, else 0.' },
      },
    },
    dates: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ambiguous: { type: 'string', enum: ['flag', 'month-first', 'day-first'] },
        era: { type: 'string', enum: ['roc', 'gregorian'], description: 'Two-digit years written first: 民國 (roc) or in the century (gregorian); unset: the sheet\'s dates decide.' },
        timeZone: { type: 'string', description: 'IANA time zone of the day a run is for (Asia/Shanghai); unset: the host\'s.' },
      },
    },
    normalize: {
      type: 'object',
      additionalProperties: false,
      properties: {
        skipFields: { type: 'array', items: { type: 'string', enum: fieldIds } },
        genderStyle: { type: 'string', enum: ['zh', 'letter', 'word'], description: 'How gender is written (男/女, M/F, Male/Female); unset: the column\'s commonest way.' },
      },
    },
    validation: {
      type: 'object',
      additionalProperties: false,
      properties: {
        disabledRules: { type: 'array', items: { type: 'string' } },
        requiredFields: { type: 'array', items: { type: 'string', enum: fieldIds } },
      },
    },
    // The stages' own documents are checked by their resolvers (named registries, ordered levels),
    // which know their matchers, presets and rules; here only their shape as objects. Their keys are
    // documented for users in docs/settings.md (tests/docs/settings.test.ts keeps it complete).
    dedupe: { type: 'object', description: 'Duplicate finding: thresholds, prior, weights, comparisons, caps, blocking, maxGroupSize, minAgreement, survivor, ownerRule, keepApartBy (docs/settings.md#dedupe).' },
    notDuplicates: {
      type: 'array',
      description: 'Groups of row fingerprints marked "not duplicates".',
      items: { type: 'array', items: { type: 'string' } },
    },
    classify: { type: 'object', description: 'Classification: lifecycle, activity, tier, vip (a preset, levels, or null) and custom rules (docs/settings.md#classify).' },
    remind: { type: 'object', description: 'Reminder rules birthday, anniversary, contract, followUp, appointment, stale, highValueDormant (with winBack for lost key customers), remaining, each with its switch and day counts or threshold (docs/settings.md#remind).' },
    output: {
      type: 'object',
      additionalProperties: false,
      properties: {
        csvTextMark: { type: 'string', enum: ['excel', 'none'], description: 'How a CSV output marks text: "excel" (an apostrophe before + - = @ values, and the zeros an export marked) or "none" (as cleaned, for re-import; = and @ keep it).' },
      },
    },
  },
};

export interface SchemaViolation {
  /** JSON-pointer-like path of the offending value, e.g. `phone.format`. */
  path: string;
  /** What was expected, in schema words (an enum list, a type, a range). */
  expected: string;
  /** The value found, shortened. */
  found: string;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function show(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}

/** Every place where `value` breaks `schema` (empty when it conforms). */
export function checkSchema(value: unknown, schema: JsonSchema, path = ''): SchemaViolation[] {
  const out: SchemaViolation[] = [];
  const here = path || '(root)';
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = typeOf(value);
    const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
    if (!ok) return [{ path: here, expected: types.join(' | '), found: show(value) }];
  }
  if (schema.enum && !schema.enum.includes(value as string)) {
    out.push({ path: here, expected: schema.enum.map((e) => JSON.stringify(e)).join(', '), found: show(value) });
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) out.push({ path: here, expected: `>= ${schema.minimum}`, found: show(value) });
    if (schema.maximum !== undefined && value > schema.maximum) out.push({ path: here, expected: `<= ${schema.maximum}`, found: show(value) });
  }
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
    out.push({ path: here, expected: `/${schema.pattern}/`, found: show(value) });
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => out.push(...checkSchema(item, schema.items!, `${path}[${i}]`)));
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const sub = path ? `${path}.${key}` : key;
      const prop = schema.properties?.[key];
      if (prop) out.push(...checkSchema(v, prop, sub));
      else if (schema.additionalProperties === false) {
        out.push({ path: sub, expected: Object.keys(schema.properties ?? {}).join(', ') || '(nothing)', found: UNKNOWN_KEY });
      } else if (typeof schema.additionalProperties === 'object') {
        out.push(...checkSchema(v, schema.additionalProperties, sub));
      }
    }
  }
  return out;
}
