/** The command line's arguments, checked: `clean <input> [--sheet] [--out] [--json] [--config] [--today] [--merge] [--merge-review] [--lang]`. */
import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { parseIso, type Confidence, type Lang } from '../shared';
import { CliError } from './errors';
import { isLang } from './lang';

export interface CleanArgs {
  command: 'clean';
  input: string;
  sheet?: string;
  /** Output file as given (resolved later against the input); undefined means `<input>.cleaned.xlsx`. */
  out?: string;
  json?: string;
  config?: string;
  today?: string;
  lang?: Lang;
  quiet: boolean;
  /**
   * Confidences of the duplicate groups to merge: --merge gives exact and likely, --merge-review adds
   * review (PITFALLS D3: fuzzy groups only on an explicit extra flag); empty: nothing is merged.
   */
  merge: Confidence[];
}

export type Args = { command: 'help' } | CleanArgs;

const OPTIONS = {
  sheet: { type: 'string' },
  out: { type: 'string', short: 'o' },
  json: { type: 'string' },
  config: { type: 'string', short: 'c' },
  today: { type: 'string' },
  lang: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  merge: { type: 'boolean' },
  'merge-review': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Throws a CliError with exit code 2 for anything wrong with the command line itself. */
export function parseCliArgs(argv: readonly string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError('cli.badArgs', { detail: (err as Error).message }, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  const [command, input, ...extra] = positionals;
  if (command === undefined) throw new CliError('cli.missingInput', {}, 2);
  if (command !== 'clean') throw new CliError('cli.unknownCommand', { command }, 2);
  if (input === undefined) throw new CliError('cli.missingInput', {}, 2);
  if (extra.length > 0) throw new CliError('cli.extraArgs', { extra: extra.join(' ') }, 2);
  if (values.lang !== undefined && !isLang(values.lang)) throw new CliError('cli.badLang', { value: values.lang }, 2);
  if (values.today !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(values.today) && parseIso(values.today))) {
    throw new CliError('cli.badToday', { value: values.today }, 2);
  }
  if (values.out !== undefined && outputKind(values.out) === null) throw new CliError('cli.badOut', { value: values.out }, 2);
  return {
    command: 'clean',
    input,
    sheet: values.sheet,
    out: values.out,
    json: values.json,
    config: values.config,
    today: values.today,
    lang: values.lang as Lang | undefined,
    quiet: values.quiet ?? false,
    merge: values['merge-review'] ? ['exact', 'likely', 'review'] : values.merge ? ['exact', 'likely'] : [],
  };
}

export function outputKind(file: string): 'xlsx' | 'csv' | null {
  const ext = path.extname(file).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : null;
}

/** `<input dir>/<base>.cleaned.xlsx`. */
export function defaultOutput(input: string): string {
  const { dir, name } = path.parse(input);
  return path.join(dir, `${name}.cleaned.xlsx`);
}

/** The language a `--lang` flag asks for, looked up before anything else can fail (for usage messages). */
export function langFlag(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (isLang(v)) return v;
  }
  return undefined;
}
