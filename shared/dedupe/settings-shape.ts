/**
 * Checks the shape of the dedupe settings a user wrote, before they are laid over the defaults:
 * every key known (a misspelt `tresholds` would otherwise be ignored and the default used), lists
 * where lists go (a lone "most-recent" is not read letter by letter), numbers written as numbers.
 * What the values mean (known matchers, thresholds in 0–1) is validate-settings.ts's to check.
 */
import type { SheetProblem } from '../plan/issue';
import { DEFAULT_DEDUPE_SETTINGS } from './settings';

type Shape =
  /** `example`: the number shown when the value is no number at all. */
  | { kind: 'number'; example: number }
  | { kind: 'list'; example: string; item?: Shape }
  /** `keys`: the keys it may hold; `values`: a map from any name (a comparison, a keyer) to these. */
  | { kind: 'object'; example: string; keys?: Readonly<Record<string, Shape>>; values?: Shape }
  | { kind: 'any' };

const num = (example: number): Shape => ({ kind: 'number', example });
const D = DEFAULT_DEDUPE_SETTINGS;
const ANY: Shape = { kind: 'any' };
const NAMES = (example: string): Shape => ({ kind: 'list', example });

const LEVEL: Shape = {
  kind: 'object',
  example: '{"id": "exact", "when": "name-exact", "weight": 7}',
  keys: { id: ANY, when: ANY, threshold: num(0.9), weight: num(7), reason: ANY, equal: ANY, strong: ANY, veto: ANY, doubt: ANY, unsure: ANY, identity: ANY },
};

const DEDUPE: Shape = {
  kind: 'object',
  example: '{}',
  keys: {
    thresholds: { kind: 'object', example: '{"likely": 0.95, "review": 0.6}', keys: { likely: num(D.thresholds.likely), review: num(D.thresholds.review), differ: num(D.thresholds.differ), apart: num(D.thresholds.apart) } },
    prior: num(D.prior),
    weights: { kind: 'object', example: '{"company": 0.5}', values: num(0.5) },
    comparisons: {
      kind: 'list',
      example: '[{"id": "name", "feature": "name", "levels": […]}]',
      item: {
        kind: 'object',
        example: '{"id": "name", "feature": "name", "levels": […]}',
        keys: { id: ANY, feature: ANY, levels: { kind: 'list', example: '[{"id": "missing", "when": "missing", "weight": 0}, …]', item: LEVEL } },
      },
    },
    caps: {
      kind: 'list',
      example: '[{"id": "workplace", "comparisons": ["company", "address"], "max": 7}]',
      item: { kind: 'object', example: '{"id": "workplace", "comparisons": ["company", "address"], "max": 7}', keys: { id: ANY, comparisons: NAMES('["company", "address"]'), max: num(7) } },
    },
    blocking: {
      kind: 'object',
      example: '{"keys": ["phone", "email"]}',
      keys: { keys: NAMES('["phone", "email"]'), maxBlockSize: num(D.blocking.maxBlockSize), maxBlockSizeFor: { kind: 'object', example: '{"name-pinyin": 8}', values: num(8) } },
    },
    maxGroupSize: num(D.maxGroupSize),
    minAgreement: num(D.minAgreement),
    survivor: NAMES(JSON.stringify(D.survivor)),
    ownerRule: ANY,
    keepApartBy: NAMES('["industry"]'),
  },
};

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function shown(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

const problem = (code: SheetProblem['code'], params: Record<string, string | number>): SheetProblem => ({ code, severity: 'error', params });

/** Every place where the user's `dedupe` document has an unknown key or a value of the wrong kind. */
export function checkDedupeShape(input: unknown): SheetProblem[] {
  return check(input, DEDUPE, '');
}

function check(value: unknown, shape: Shape, setting: string): SheetProblem[] {
  const path = setting === '' ? 'dedupe' : `dedupe.${setting}`;
  switch (shape.kind) {
    case 'any':
      return [];
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return [];
      // "0.9" in quotes is a text to JSON: say so, with the number it meant as the example.
      return [problem('dedupe.settings.notNumber', { setting, path, value: shown(value), example: typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? String(Number(value)) : String(shape.example) })];
    case 'list':
      if (!Array.isArray(value)) {
        // A lone name is what a list of one was meant to be: show it in brackets.
        const example = typeof value === 'string' ? JSON.stringify([value]) : shape.example;
        return [problem('dedupe.settings.notList', { setting, path, value: shown(value), example })];
      }
      return shape.item ? value.flatMap((v, i) => check(v, shape.item as Shape, `${setting}[${i}]`)) : [];
    case 'object': {
      if (!isObject(value)) return [problem('dedupe.settings.notObject', { setting, path, value: shown(value), example: shape.example })];
      const { keys, values } = shape;
      return Object.entries(value).flatMap(([key, v]) => {
        const sub = setting === '' ? key : `${setting}.${key}`;
        if (values) return check(v, values, sub);
        if (!keys) return [];
        const known = Object.keys(keys);
        if (!Object.prototype.hasOwnProperty.call(keys, key)) return [problem('dedupe.settings.unknownKey', { setting: sub, path: `dedupe.${sub}`, key, known: known.join(', ') })];
        return check(v, keys[key], sub);
      });
    }
  }
}
