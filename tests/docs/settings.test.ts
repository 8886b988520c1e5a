/**
 * The settings reference (docs/settings.md), the README's settings recipes and the example settings
 * files (examples/settings-*.json) are what a team lead copies into his --config file. Every example
 * there must be settings the run accepts, the example files must fit the sample sheets they are for,
 * and every setting the run reads must be named in the reference, so a new one cannot ship undocumented.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { resolveSettings } from '../../shared/settings/resolve';
import { duplicateKeys } from '../../shared/settings/duplicate-keys';
import { DEFAULT_SETTINGS } from '../../shared/settings/defaults';
import { SETTINGS_SCHEMA } from '../../shared/settings/schema';
import { messageText } from '../../shared/classify/reason';
import { PRESETS } from '../../shared/classify/presets';
import { CONDITION_OPS } from '../../shared/classify/condition';
import { BASE_DERIVED } from '../../shared/classify/derived-fields';
import { BUILTIN_DIMENSIONS, DIMENSION_LABELS } from '../../shared/classify/labels';
import { DEFAULT_REMIND_SETTINGS } from '../../shared/remind/settings';
import { STANDINGS } from '../../shared/remind/standing';
import { DEFAULT_DEDUPE_SETTINGS } from '../../shared/dedupe/settings';
import { KEYERS } from '../../shared/dedupe/keyers';
import { MATCHERS } from '../../shared/dedupe/matchers';
import { FEATURES } from '../../shared/dedupe/profile';
import { SURVIVOR_RULES } from '../../shared/dedupe/survivor';
import { OWNER_RULES } from '../../shared/dedupe/owner-rule';
import { FIELDS } from '../../shared/schema/fields';
import { DEFAULT_RULES, ERROR_CELL_RULE_ID, REQUIRED_RULE_ID, STAND_IN_RULE_ID } from '../../shared/validate/rules';
import { run } from '../../shared/plan/build';
import type { Plan } from '../../shared/plan/types';
import type { MessageKey } from '../../shared/i18n';
import { loadInput } from '../../cli/load-input';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const REFERENCE = read('docs/settings.md');

/** The ```json blocks of a Markdown text (```jsonc and other fences are not settings). */
function jsonBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

const EXAMPLE_FILES = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.json')).map((f) => `examples/${f}`);

/** Every settings example a user may copy, named by where it stands. */
const EXAMPLES: [string, string][] = [
  ...jsonBlocks(REFERENCE).map((text, i): [string, string] => [`docs/settings.md, json block ${i + 1}`, text]),
  ...jsonBlocks(read('README.md')).map((text, i): [string, string] => [`README.md, json block ${i + 1}`, text]),
  ...EXAMPLE_FILES.map((file): [string, string] => [file, read(file)]),
];

/** What the run would tell the user about these settings, in English, or [] when it takes them. */
function mistakes(text: string): string[] {
  const twice = duplicateKeys(text);
  if (twice.length > 0) return [`keys written twice: ${twice.join(', ')}`];
  const outcome = resolveSettings(JSON.parse(text));
  return outcome.ok ? [] : outcome.errors.map((e) => messageText('en', e.code as MessageKey, e.params));
}

describe('every settings example in docs/settings.md, README.md and examples/ is settings the run accepts', () => {
  it('finds the examples: one for each top-level setting in the reference, and both example files', () => {
    const shown = new Set(jsonBlocks(REFERENCE).flatMap((text) => Object.keys(JSON.parse(text) as object)));
    expect(Object.keys(DEFAULT_SETTINGS).filter((key) => !shown.has(key))).toEqual([]);
    expect(EXAMPLE_FILES).toEqual(expect.arrayContaining(['examples/settings-en.json', 'examples/settings-zh.json']));
  });

  it.each(EXAMPLES)('%s', (_where, text) => {
    expect(mistakes(text)).toEqual([]);
  });

  it('would catch a broken example: a misspelt key, a shown name for a class id, a key written twice', () => {
    expect(mistakes('{ "remind": { "contract": { "step": [30, 7] } } }')).toEqual([expect.stringContaining('Unknown setting "step"')]);
    expect(mistakes('{ "remind": { "highValueDormant": { "tiers": ["高价值"] } } }')).toEqual([expect.stringContaining('"高价值"')]);
    expect(mistakes('{ "remind": {}, "remind": {} }')).toEqual(['keys written twice: remind']);
  });
});

describe('the example settings files fit the sample sheets they are written for', () => {
  const cases = [
    ['examples/settings-zh.json', 'examples/customers-zh.csv'],
    ['examples/settings-en.json', 'examples/customers-en.csv'],
  ] as const;
  const plans = new Map<string, Plan>();
  beforeAll(async () => {
    for (const [config, sheet] of cases) {
      const resolved = resolveSettings(JSON.parse(read(config)));
      if (!resolved.ok) throw new Error(`${config} is not valid settings`);
      const loaded = await loadInput(path.join(ROOT, sheet));
      // The day the samples are drawn around (examples/README.md).
      const outcome = run(loaded.grid, { settings: resolved.settings, today: '2024-12-01', dateSystem: loaded.dateSystem });
      if (!outcome.ok) throw new Error(`${sheet} did not run: ${outcome.problem.code}`);
      plans.set(config, outcome.plan);
    }
  }, 60_000);

  it.each(cases)('%s runs on %s without a warning about the settings', (config) => {
    const settingsWarnings: string[] = ['classify.ruleFieldMissing', 'headers.overrideUnused', 'remind.needsClass'];
    expect((plans.get(config) as Plan).problems.filter((p) => settingsWarnings.includes(p.code))).toEqual([]);
  });

  it.each(cases)('every class of the own rules in %s is given to some customer of %s', (config) => {
    const custom = (JSON.parse(read(config)) as { classify: { custom: { id: string; levels: { id: string }[] }[] } }).classify.custom;
    expect(custom.length).toBeGreaterThan(0);
    const given = new Set((plans.get(config) as Plan).classification.rows.flatMap((row) => Object.entries(row.labels.custom).map(([rule, id]) => `${rule}:${id}`)));
    const written = custom.flatMap((rule) => rule.levels.map((level) => `${rule.id}:${level.id}`));
    expect(written.filter((id) => !given.has(id))).toEqual([]);
  });
});

describe('docs/settings.md names every setting the run reads', () => {
  /** Every key path of an object value, down to `depth` levels (`phone`, `phone.format`). */
  const paths = (value: unknown, depth: number, prefix = ''): string[] => {
    if (depth === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return [];
    return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
      const at = prefix === '' ? key : `${prefix}.${key}`;
      return [at, ...paths(v, depth - 1, at)];
    });
  };
  /** The names the reference leaves out: a name counts as named in code type, bare (`tier`) or as a JSON text (`"first-row"`). */
  const unnamed = (names: readonly string[]) => names.filter((name) => !REFERENCE.includes(`\`${name}\``) && !REFERENCE.includes(`\`"${name}"\``));

  it('every top-level and second-level key of the defaults, by its path (`classify.tier`, `remind.stale`)', () => {
    expect(unnamed(paths(DEFAULT_SETTINGS, 2))).toEqual([]);
  });

  it('the keys without a default that the schema allows (`amount.unit`, `dates.timeZone` …)', () => {
    expect(unnamed(paths(SETTINGS_SCHEMA.properties, 1).flatMap((section) => Object.keys(SETTINGS_SCHEMA.properties?.[section]?.properties ?? {}).map((key) => `${section}.${key}`)))).toEqual([]);
  });

  it('each reminder rule\'s keys, and the dedupe thresholds and blocking keys', () => {
    expect(unnamed(paths({ remind: DEFAULT_REMIND_SETTINGS }, 3))).toEqual([]);
    expect(unnamed(paths({ dedupe: { thresholds: DEFAULT_DEDUPE_SETTINGS.thresholds, blocking: DEFAULT_DEDUPE_SETTINGS.blocking } }, 3))).toEqual([]);
  });

  it('the classification presets and their parameters, operators, computed values and class ids', () => {
    expect(unnamed(Object.keys(PRESETS))).toEqual([]);
    expect(unnamed(Object.values(PRESETS).flatMap((preset) => Object.keys(preset.params)))).toEqual([]);
    expect(unnamed(CONDITION_OPS)).toEqual([]);
    expect(unnamed([...BASE_DERIVED, ...BUILTIN_DIMENSIONS.map((d) => `@${d}`), '@custom.<id>'])).toEqual([]);
    expect(unnamed(BUILTIN_DIMENSIONS.flatMap((d) => DIMENSION_LABELS[d]))).toEqual([]);
  });

  it('the field ids, validation rule ids, standings, and the dedupe names a setting may hold', () => {
    expect(unnamed(FIELDS.map((f) => f.id))).toEqual([]);
    expect(unnamed([...DEFAULT_RULES.map((r) => r.id), REQUIRED_RULE_ID, ERROR_CELL_RULE_ID, STAND_IN_RULE_ID])).toEqual([]);
    expect(unnamed(STANDINGS)).toEqual([]);
    expect(unnamed([...Object.keys(KEYERS), ...Object.keys(MATCHERS), ...FEATURES, ...SURVIVOR_RULES, ...OWNER_RULES])).toEqual([]);
    expect(unnamed(DEFAULT_DEDUPE_SETTINGS.comparisons.map((c) => c.id))).toEqual([]);
  });
});
