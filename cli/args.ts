/** The command line's arguments, checked: `clean <input> [--sheet] [--out] [--json] [--config] [--today] [--merge] [--merge-review] [--lang]`. */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as path from 'node:path';
import { parseIso, type Confidence, type Lang } from '../shared';
import { osaDistance } from '../shared/normalize/edit-distance';
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

/**
 * Throws a CliError with exit code 2 for anything wrong with the command line itself. `isFile` says
 * whether an argument names a file (main's: relative to the folder the command runs in), so that a
 * file whose name starts with a dash (`-客户.xlsx`), read as options, is refused naming the way to
 * give it (`./-客户.xlsx`, or `--` before it), not as an unknown option `-客`.
 */
export function parseCliArgs(argv: readonly string[], isFile: (arg: string) => boolean = () => false): Args {
  // Read leniently, then checked here token by token: Node's own messages are English only, quote
  // the option oddly and carry a line break; a user gets ours, in his language, naming what to type.
  // After `--` (POSIX's end of options) every argument is a file: `clean -- -dash.csv`.
  const parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
  for (const token of parsed.tokens) {
    if (token.kind === 'option') {
      refuseFileAsOption(token, argv[token.index], isFile);
      refuseOptionToken(token);
    }
  }
  const { positionals } = parsed;
  const values = parsed.values as OptionValues;
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

type OptionName = keyof typeof OPTIONS;
type OptionValues = { [K in OptionName]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

const isOption = (name: string): name is OptionName => Object.prototype.hasOwnProperty.call(OPTIONS, name);

/** An option token as parseArgs reads it: its name, as typed (`--out`, `-o`), and its value if any. */
interface OptionToken {
  name: string;
  /** Where in argv it was read. */
  index: number;
  rawName: string;
  value?: string;
  inlineValue?: boolean;
}

/**
 * `arg` is read as options, but is a file's name: an unknown one that is a file here or is named like
 * a sheet (`-dash.csv`, `-客户.xlsx`), or letters of real options that a file here is named (`-old.xlsx`:
 * `-o` and an output `ld.xlsx`). Said with the two ways to give such a file.
 */
function refuseFileAsOption(token: OptionToken, arg: string, isFile: (arg: string) => boolean): void {
  // `--out=x.csv` and `-o` alone are options however the folder's files are named.
  const letters = !arg.startsWith('--') && arg.length > 2;
  if (isOption(token.name) && !letters) return;
  // A long one (`--ouput=b.xlsx`) is a mistyped option whatever it ends in, unless a file is so named.
  if (!isOption(token.name) && (isFile(arg) || (letters && SHEET_NAME.test(arg)))) throw new CliError('cli.unknownOptionFile', { option: arg }, 2);
  if (isOption(token.name) && isFile(arg)) throw new CliError('cli.optionsLikeFile', { option: arg, name: `--${token.name}` }, 2);
  // `-out x.xlsx`, `-config=s.json`: a long option written with one dash reads as -o and its value
  // "ut", then x.xlsx as a second input ("only one input file"); it is the long option misspelt.
  const word = arg.slice(1).split('=')[0];
  if (letters && word.length > 1 && isOption(word)) throw new CliError('cli.unknownOptionClose', { option: `-${word}`, closest: `--${word}` }, 2);
  // Any other word after one dash (`-dash`, `-verbose`, `-客户名单`) is named whole, as typed: read as
  // letters it would be refused as its first unknown one (-d), which the user never wrote alone. A
  // long option written with one dash (`-json`) is named by the one it is.
  if (!isOption(token.name) && letters) {
    const closest = closestOption(arg);
    throw closest === undefined
      ? new CliError('cli.unknownOptionWord', { option: arg }, 2)
      : new CliError('cli.unknownOptionClose', { option: arg, closest }, 2);
  }
}

/** A name the command reads as a sheet file (README: .xlsx, .xlsm, .csv, .tsv, .txt). */
const SHEET_NAME = /\.(?:xlsx|xlsm|csv|tsv|txt)$/i;

/** `isFile` for parseCliArgs: `arg` is a file, relative to `cwd`. */
export function fileIn(cwd: string): (arg: string) => boolean {
  return (arg) => {
    try {
      return statSync(path.resolve(cwd, arg)).isFile();
    } catch {
      return false;
    }
  };
}

/**
 * An unknown option (naming the closest real one), a value missing (also when the next argument is
 * an option: `--out --json r.json`), or a switch given a value (`--merge=yes`): exit code 2.
 */
function refuseOptionToken(token: OptionToken): void {
  if (!isOption(token.name)) {
    const closest = closestOption(token.name);
    throw closest === undefined
      ? new CliError('cli.unknownOption', { option: token.rawName }, 2)
      : new CliError('cli.unknownOptionClose', { option: token.rawName, closest }, 2);
  }
  const option = `--${token.name}`;
  // `-o=x.csv`: a short option's value follows it whole, '=' included (POSIX getopt, Node's parseArgs),
  // so the run would write a file named "=x.csv". Refused with the two ways that say what was meant.
  if (token.inlineValue && !token.rawName.startsWith('--') && token.value?.startsWith('=') && OPTIONS[token.name].type === 'string') {
    const value = token.value.slice(1);
    if (value === '') throw new CliError('cli.missingValue', { option }, 2);
    throw new CliError('cli.shortOptionEquals', { typed: `${token.rawName}${token.value}`, short: token.rawName, option, value }, 2);
  }
  if (OPTIONS[token.name].type === 'boolean') {
    if (token.value !== undefined) throw new CliError('cli.flagValue', { option, value: token.value }, 2);
    return;
  }
  // `--json=` (a script's `--json=$REPORT` with the variable unset) gives no value as surely as
  // `--json` alone: the same usage error, not a run that fails later on a path of "" (exit 1).
  if (token.value === undefined || token.value === '') throw new CliError('cli.missingValue', { option }, 2);
  // `--json -` is a value (standard output); `--out --json` is an option where a value was due.
  if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-') {
    throw new CliError('cli.missingValueOption', { option, next: token.value }, 2);
  }
}

/** The real long option a mistyped one most likely meant (`--ouput`, `--output`, `--merge-reveiw`), if any is close. */
export function closestOption(typed: string): string | undefined {
  const name = typed.replace(/^-+/, '').toLowerCase();
  if (name.length === 0) return undefined;
  let best: { option: string; distance: number } | undefined;
  for (const option of Object.keys(OPTIONS)) {
    // `--output`, `--config-file`, `--lan`: one is the other with a little more, close whatever the
    // letters added; a typo of one letter in a longer name (`--merge-reveiw`) is closer still.
    const prefix = name.startsWith(option) || (name.length >= 3 && option.startsWith(name));
    const distance = Math.min(osaDistance(name, option), prefix ? 1.5 : Infinity);
    if (best === undefined || distance < best.distance) best = { option, distance };
  }
  // Two edits at most, and fewer than half the letters: `--bogus` is no `--json`.
  return best !== undefined && best.distance <= Math.min(2, Math.floor(name.length / 2)) ? `--${best.option}` : undefined;
}

export function outputKind(file: string): 'xlsx' | 'csv' | null {
  const ext = path.extname(file).toLowerCase();
  return ext === '.xlsx' ? 'xlsx' : ext === '.csv' ? 'csv' : null;
}

/**
 * `<input dir>/<name>.cleaned.xlsx`. Last week's output cleaned again gets the next number rather than
 * piling up (客户名单.cleaned.cleaned.xlsx): 客户名单.cleaned.xlsx or .csv gives 客户名单.cleaned (2).xlsx,
 * and that one 客户名单.cleaned (3).xlsx. Never back to an older name: 客户名单.cleaned.xlsx is the
 * workbook the user keeps (his notes on 提醒), so neither the CSV he saved from it nor a browser's
 * 客户名单.cleaned (1).xlsx may write over it, and the input itself is never the output.
 */
export function defaultOutput(input: string): string {
  const { dir, name } = path.parse(input);
  const numbered = /^(.+\.cleaned) \((\d+)\)$/i.exec(name);
  if (numbered) return path.join(dir, `${numbered[1]} (${Number(numbered[2]) + 1}).xlsx`);
  if (/\.cleaned$/i.test(name)) return path.join(dir, `${name} (2).xlsx`);
  return path.join(dir, `${name}.cleaned.xlsx`);
}

/**
 * The input file the command line names (`clean 客户.xlsx …`), read leniently: what a refusal of the
 * line itself (a wrong --today) may read the sheet's language from. Undefined when it names none.
 */
export function inputArg(argv: readonly string[]): string | undefined {
  try {
    const { positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: false });
    return positionals[0] === 'clean' ? positionals[1] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The language a `--lang` flag asks for, looked up before anything else can fail (for usage messages).
 * Given twice, the last one speaks, as the run does (parseArgs keeps an option's last value, --out's and
 * --today's too): `alias sk='sheet-keeper clean --lang zh-CN'` then `sk a.csv --lang en` is in English
 * throughout, its usage errors included. After `--` nothing is an option.
 */
export function langFlag(argv: readonly string[]): Lang | undefined {
  let lang: Lang | undefined;
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const a = argv[i];
    const v = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (isLang(v)) lang = v;
  }
  return lang;
}
