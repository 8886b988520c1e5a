#!/usr/bin/env node
/** `sheet-keeper clean`: parse the arguments, read the sheet, run the core, write the results. */
import { promises as fs, statSync } from 'node:fs';
import { totalmem } from 'node:os';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { findAcrossSheets, keepHandSetClasses, messageText, remindersAcross, resolveSettings, runDetailed, type AcrossSheetsResult, type Lang, type Plan, type RunOptions, type SheetProblem } from '../shared';
import { defaultOutput, fileIn, inputArg, langFlag, outputKind, parseCliArgs, type CleanArgs } from './args';
import { CliError, errorDetail } from './errors';
import { archivedDays, COMPANION_KINDS, companionPath } from './io/csv-companions';
import { planHeap, RELAUNCH_ENV, type HeapPlan } from './heap';
import { jsonReport, reportPieces, stageJsonReport } from './io/json-report';
import { commitStaged, discardStaged, type StagedFile } from './io/write-file';
import { langLeftOpen, localeLang, pickLang, sheetLang, sheetWordsLang } from './lang';
import { LANGS } from '../shared/i18n/define';
import { loadInput, type LoadedInput } from './load-input';
import { readConfig } from './read-config';
import { say, sayOut, terminalParams } from './messages';
import { terminalText } from './terminal-text';
import { summaryText } from './summary';
import { readHiddenSheets } from './hidden-sheets';
import { refuseUnwritable, refuseUnwritableInput, writeOutput, type Written } from './write-output';
import { placePlan } from './io/place-plan';
import { countedForCsv, retypesAsWritten } from './retyped-as-written';
import { dayIn } from '../shared/settings/time-zone';
import { relaunch } from './relaunch';
import { clockTime, withMergeTime } from './merge-time';
import { cleanUpOnStop, signalExitCode, type StopLine } from './stop-signals';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Readonly<Record<string, string | undefined>>;
  /** Folder relative paths are read from. */
  cwd: string;
  /** The clock, only for the default `--today`. */
  now(): Date;
  /**
   * Machine-readable text for stdout (`--json -`), written as is, never escaped for the terminal;
   * resolves when the pipe has taken it. Without it, `stdout` takes it.
   */
  data?(text: string): Promise<void>;
  /** The host found the run may need more memory than Node has here (heap.ts): said before reading, unless --quiet. */
  heapTight?: { needMb: number; haveMb: number };
  /** Hears the language the run speaks, each time it is chosen: the host's line on Ctrl-C speaks it too. */
  language?(lang: Lang): void;
}

export function processIo(): CliIo {
  // A reader that stops early (`--json - | head`) closes the pipe: the write's callback says so and the
  // run says it in a line (cli.cannotWrite); without a listener Node would throw its stack trace too.
  process.stdout.on('error', () => undefined);
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    data: (s) =>
      new Promise<void>((resolve, reject) => {
        // A pipe that is full is waited for, not filled into memory: a report can be 150 MB.
        process.stdout.write(s, (err) => (err ? reject(err) : resolve()));
      }),
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
  };
}

/** Runs the command line and returns the exit code: 0 done, 1 unusable input or settings, 2 wrong usage. */
export async function main(argv: readonly string[], given: CliIo = processIo()): Promise<number> {
  const io = terminalIo(given);
  let lang: Lang = langFlag(argv) ?? localeLang(io.env);
  // The sheet's words chose the language (a C locale): an error said after that speaks it already.
  let sheetChose = false;
  let config: unknown;
  try {
    const args = parseCliArgs(argv, fileIn(io.cwd));
    if (args.command === 'help') {
      io.stdout(say(lang, 'cli.usage') + '\n');
      return 0;
    }
    config =
      args.config === undefined
        ? undefined
        : await readConfig(path.resolve(io.cwd, args.config), args.config).catch(async (err: unknown) => {
            // Nothing chose the language (a C locale) and the file that might have is unreadable:
            // its mistake is said in the sheet's language, as a settings mistake found later is.
            if (err instanceof CliError && langLeftOpen(args.lang, undefined, io.env)) {
              const peek = await loadInput(path.resolve(io.cwd, args.input), args.sheet, args.input).catch(() => undefined);
              if (peek) {
                lang = sheetLang(peek.grid);
                sheetChose = true;
              }
            }
            throw err;
          });
    lang = pickLang(args.lang, config, io.env);
    io.language?.(lang);
    // The sheet may choose the language (a C locale): messages after reading it speak it too.
    return await clean(args, config, lang, io, (chosen) => {
      lang = chosen;
      sheetChose = true;
      io.language?.(chosen);
    });
  } catch (err) {
    if (err instanceof CliError) {
      // Refused before the sheet was read, and nothing chose the language (a server's C locale): the
      // sheet's words choose it, as they do for the rest of the run; a sheet that cannot be read
      // leaves it unknown, and the refusal is said in both languages, as the reading line is.
      const langs = !sheetChose && langLeftOpen(langFlag(argv), config, io.env) ? await inputLangs(argv, io) : [lang];
      io.stderr(langs.map((l) => sayOut(l, err.key, err.params)).join('\n') + '\n');
      if (err.exitCode === 2) io.stderr(langs.map((l) => '\n' + say(l, 'cli.usage') + '\n').join(''));
      return err.exitCode;
    }
    io.stderr(say(lang, 'cli.unexpected', { detail: errorDetail(err) }) + '\n');
    return 1;
  }
}

/** The language of the sheet the command line names (inputArg), or both when it names none or it cannot be read. */
async function inputLangs(argv: readonly string[], io: CliIo): Promise<readonly Lang[]> {
  const input = inputArg(argv);
  const peek = input === undefined ? undefined : await loadInput(path.resolve(io.cwd, input), undefined, input).catch(() => undefined);
  const words = peek === undefined ? undefined : sheetWordsLang(peek.grid);
  return words === undefined ? LANGS : [words];
}

/**
 * Whatever is printed passes here: a control that reached a message some other way than sayOut's
 * parameters (a settings error quoting the file) is escaped too, never sent to the terminal.
 */
function terminalIo(io: CliIo): CliIo {
  // The report on stdout is JSON, its strings escaped by JSON: passed on as is, or it would not parse.
  const data = io.data ? io.data.bind(io) : async (s: string) => io.stdout(s);
  return { ...io, stdout: (s) => io.stdout(terminalText(s)), stderr: (s) => io.stderr(terminalText(s)), data };
}

/** `--json -`: the report goes to stdout, as `curl -o -` and `jq` users expect, and the summary to stderr. */
export const STDOUT_PATH = '-';
/** Paths that name stdout itself (`--json /dev/stdout | jq`): as `-`, or the summary would follow the report into jq. */
const STDOUT_NAMES: ReadonlySet<string> = new Set(['/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** The settings document names `section.key`. */
function sets(config: unknown, section: string, key: string): boolean {
  const part = config !== null && typeof config === 'object' ? (config as Record<string, unknown>)[section] : undefined;
  return part !== null && typeof part === 'object' && (part as Record<string, unknown>)[key] !== undefined;
}

async function clean(args: CleanArgs, config: unknown, chosenLang: Lang, io: CliIo, setLang: (lang: Lang) => void): Promise<number> {
  let lang = chosenLang;
  const langOpen = langLeftOpen(args.lang, config, io.env);
  // Paths are shown (summary, report) as the user wrote them; files are opened by absolute path.
  const outShown = args.out ?? defaultOutput(args.input);
  const input = path.resolve(io.cwd, args.input);
  const out = path.resolve(io.cwd, outShown);
  const toStdout = args.json === STDOUT_PATH || (args.json !== undefined && STDOUT_NAMES.has(path.resolve(io.cwd, args.json)));
  const json = args.json === undefined || toStdout ? undefined : path.resolve(io.cwd, args.json);
  if (await sameFile(out, input)) throw new CliError('cli.outIsInput', { path: outShown }, 2);
  if (args.json !== undefined && json !== undefined && (await sameFile(json, input))) throw new CliError('cli.jsonIsInput', { path: args.json }, 2);
  // The report written last over the cleaned file (or its archive) would leave only the JSON.
  if (args.json !== undefined && json !== undefined && (await sameFile(json, out))) throw new CliError('cli.jsonIsOutput', { path: args.json }, 2);
  if (outputKind(out) === 'csv') {
    for (const kind of COMPANION_KINDS) {
      if (await sameFile(companionPath(out, kind), input)) throw new CliError('cli.companionIsInput', { path: companionPath(outShown, kind) }, 2);
      if (args.json !== undefined && json !== undefined && (await sameFile(json, companionPath(out, kind)))) {
        throw new CliError(`cli.jsonIsCompanion.${kind}`, { path: args.json, out: outShown }, 2);
      }
    }
  }

  const resolved = resolveSettings(config);
  if (!resolved.ok) {
    // Nothing chose the language (a C locale): the sheet's words choose it for the settings' mistakes too.
    if (langOpen) {
      const peek = await loadInput(input, args.sheet, args.input).catch(() => undefined);
      if (peek) setLang((lang = sheetLang(peek.grid)));
    }
    // messageText, not say(): a settings error's `expected` names a catalog text (classify.expect.*), shown in `lang`.
    for (const e of resolved.errors) io.stderr(messageText(lang, e.code, e.params) + '\n');
    return 1;
  }
  // The day the team is on: the settings' time zone, else this machine's.
  const zone = resolved.settings.dates.timeZone;
  const today = args.today ?? (zone === undefined ? localDate(io.now()) : dayIn(io.now(), zone));
  // A sheet of no words (an empty workbook) leaves the language unknown still: said in both, as the reading line.
  let spoken: readonly Lang[] = [lang];
  const progress = (key: string, params: Record<string, string | number>) => {
    if (!args.quiet) io.stderr(spoken.map((l) => sayOut(l, key, params)).join(' / ') + '\n');
  };

  // Before the sheet is read its language is not known when nothing chose one: say it in both.
  const tight = io.heapTight;
  if (tight && !args.quiet) {
    const warning = (l: Lang) => sayOut(l, 'cli.heapTight', { need: tight.needMb, have: tight.haveMb });
    io.stderr((langOpen ? LANGS.map(warning).join('\n') : warning(lang)) + '\n');
  }
  if (langOpen && !args.quiet) io.stderr(LANGS.map((l) => sayOut(l, 'cli.progress.reading', { file: args.input })).join(' / ') + '\n');
  else progress('cli.progress.reading', { file: args.input });
  const loaded = await loadInput(input, args.sheet, args.input).catch(async (err: unknown) => {
    // An unknown --sheet is refused in the workbook's language too: the words of the sheet a run
    // would have cleaned by default decide it, as they would the run's.
    if (langOpen && err instanceof CliError && err.key === 'cli.unknownSheet') {
      const fallback = await loadInput(input, undefined, args.input).catch(() => undefined);
      if (fallback) setLang(sheetLang(fallback.grid));
    }
    throw err;
  });
  if (langOpen) {
    const words = sheetWordsLang(loaded.grid);
    lang = words ?? 'en';
    spoken = words === undefined ? LANGS : [lang];
    // Left open, a refusal thrown later (main's catch) is said in both too.
    if (words !== undefined) setLang(lang);
  }
  progress('cli.progress.read', { rows: loaded.grid.cells.length, sheet: loaded.grid.sheetName });
  // What the sheet as read cannot be written as is refused now, not after a clean of many minutes.
  refuseUnwritableInput(out, loaded, args.merge.length > 0);
  const settings = { ...resolved.settings, language: lang };

  progress('cli.progress.cleaning', {});
  // What the settings file leaves unset, the sheet's own numbers and amounts may say (a US sheet).
  const guess = { region: !sets(config, 'phone', 'defaultRegion'), currency: !sets(config, 'amount', 'currency') };
  // The rows an earlier run of this merge archived into the CSV archive: the plan cites them by their line's day.
  const archivedOn = outputKind(out) === 'csv' && args.merge.length > 0 ? await archivedDays(out, loaded.grid, settings) : undefined;
  // A workbook of a tab per rep (王磊, 刘洋): a tab without an owner column stands for its rep (tab-owner.ts).
  const customerTabs = 1 + (loaded.otherTables?.length ?? 0);
  const outcome = planWithAcross(loaded, { settings, today, dateSystem: loaded.dateSystem, merge: args.merge, guess, customerTabs, ...(archivedOn ? { archivedOn } : {}) }, () => progress('cli.progress.across', {}));
  if (!outcome.ok) {
    // A rule's column checked against the sheet is a settings mistake: said as one (its texts in the run's language).
    const { code, params } = outcome.problem;
    const said = (l: Lang) => (code.startsWith('classify.settings.') ? messageText(l, code, terminalParams(params ?? {})) : sayOut(l, code, params));
    io.stderr(spoken.map(said).join('\n') + '\n');
    return 1;
  }
  const { across } = outcome;
  // A hidden tab of customers is left uncleaned, but a contract ending there this week must not go unseen.
  const hidden = readHiddenSheets(loaded, { settings, today, dateSystem: loaded.dateSystem, guess, customerTabs }, across);
  // The merge's time (merge-time.ts): the run's day with the clock's time in the same time zone, when the run is for the clock's day.
  const now = io.now();
  const timed = withMergeTime(outcome.plan, today, { day: zone === undefined ? localDate(now) : dayIn(now, zone), time: clockTime(now, zone) });
  // A class the user set by hand since the last run (现有客户 → 流失客户) stays his: the record beside the sheet tells it.
  // Where the columns go is only asked for against a record: a first run has no earlier cell to read (writing places them again).
  const placed = loaded.classMemory ? placePlan(loaded.grid, timed) : undefined;
  const plan = keepHandSetClasses(loaded.grid, timed, placed?.addedCols ?? [], new Set(placed?.appendedCols ?? []), loaded.classMemory);

  // A refusal before "Writing …": nothing is written, so nothing is said to be.
  refuseUnwritable(out, loaded, plan);
  progress('cli.progress.writing', { file: outShown, rows: plan.rows.length });
  // The cleaned files and the JSON report are all made first, then moved in as one (commitStaged): a
  // report that cannot be written (its folder read-only, a file where its folder should be) fails the
  // run with nothing written, not after the cleaned files and a --merge's archive were moved in. A
  // script that sees the exit code then knows nothing changed, and can run the same command again.
  const staged: StagedFile[] = [];
  // Into a CSV, a date or number read from text and written back as the same text changed nothing: not counted (retyped-as-written.ts).
  const asWritten = outputKind(out) === 'csv' ? retypesAsWritten(plan) : 0;
  const counted = countedForCsv(plan, asWritten);
  let written: Omit<Written, 'archiveAt' | 'alreadyArchived' | 'problems' | 'formulasRewritten'>;
  // `--json -`: the report goes down stdout once the files are in (what went down a pipe cannot be taken back).
  let stdoutReport: ReturnType<typeof jsonReport> | undefined;
  try {
    let archiveAt: string | undefined;
    let alreadyArchived: number[] | undefined;
    let problems: Written['problems'];
    let formulasRewritten: Written['formulasRewritten'];
    ({ archiveAt, alreadyArchived, problems, formulasRewritten, ...written } = await guardWrite(out, outShown, () => writeOutput(out, outShown, loaded, plan, lang, today, across, staged, hidden, settings.output.csvTextMark)));
    if (args.json !== undefined) {
      const report = jsonReport({ plan: counted, input: args.input, output: outShown, today, lang, archive: archiveAt, alreadyArchived, across, hidden, problems, formulasRewritten });
      if (json !== undefined) await guardWrite(json, args.json, async () => void staged.push(await stageJsonReport(json, report, loaded.mode)));
      else stdoutReport = report;
    }
  } catch (err) {
    await discardStaged(staged);
    throw err;
  }
  await commitStaged(staged).catch((err: unknown) => {
    // The file whose move failed: fs.rename's error names its target.
    const atJson = args.json !== undefined && json !== undefined && (err as { dest?: unknown }).dest === json;
    throw writeError(err, atJson ? args.json! : outShown);
  });
  if (stdoutReport) {
    await writeReportPieces(reportPieces(stdoutReport), io.data!).catch((err: unknown) => {
      throw new CliError('cli.cannotWrite', { path: say(lang, 'cli.stdoutName'), detail: errorDetail(err) });
    });
  }
  // The input's text marks are not written again into a CSV for re-import: its note says so.
  const forReimport = outputKind(out) === 'csv' && settings.output.csvTextMark === 'none';
  const readNotes = (loaded.notes ?? []).map((n) => (forReimport && n.key === 'cli.note.textMarks' ? { ...n, key: 'cli.note.textMarksNone' as const } : n));
  const notes = [...readNotes, ...(written.notes ?? [])];
  const summary = summaryText({ plan: counted, lang, ...(asWritten > 0 ? { retypedAsWritten: asWritten } : {}), input: args.input, output: outShown, json: toStdout ? say(lang, 'cli.stdoutName') : args.json, otherTables: loaded.otherTables, hiddenTables: loaded.hiddenTables, hidden, across, ...written, notes });
  // With the report on stdout, the summary for the person goes where the progress lines go.
  if (toStdout) io.stderr(summary);
  else io.stdout(summary);
  return 0;
}

/**
 * The run's plan and, for a workbook with one tab per sales rep, the customers found in more than
 * one tab (撞单 no single sheet shows). The cleaned sheet the check reuses is let go before writing:
 * a big sheet's two tables are not held while the output is written.
 */
function planWithAcross(
  loaded: LoadedInput,
  options: RunOptions,
  announce: () => void,
): { ok: true; plan: Plan; across?: AcrossSheetsResult } | { ok: false; problem: SheetProblem } {
  const outcome = runDetailed(loaded.grid, options);
  if (!outcome.ok) return outcome;
  if (!loaded.otherGrids || !loaded.otherTables || loaded.otherTables.length === 0) return { ok: true, plan: outcome.plan };
  announce();
  try {
    const across = findAcrossSheets([outcome.cleaned, ...loaded.otherGrids()], options);
    // Marks naming another tab's rows are that tab's: no word that this sheet's marks no longer match.
    const marked = across.marksElsewhere
      ? { ...outcome.plan, problems: outcome.plan.problems.filter((p) => p.code !== 'dedupe.notDuplicatesNoneHere') }
      : outcome.plan;
    // A reminder of a customer another rep's tab holds too names that tab's row (撞单 across sheets).
    const plan = remindersAcross(marked, across);
    return { ok: true, plan, across };
  } catch {
    // The check of the other tabs is extra: a tab it cannot read must not cost the sheet's own run.
    return { ok: true, plan: outcome.plan, across: { groups: [], rollUps: [], skipped: loaded.otherTables } };
  }
}

/** The report's pieces to stdout in writes of about a megabyte, each waited for. */
async function writeReportPieces(pieces: Iterable<string>, data: (text: string) => Promise<void>): Promise<void> {
  let chunk: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    chunk.push(piece);
    size += piece.length;
    if (size >= 1 << 20) {
      await data(chunk.join(''));
      chunk = [];
      size = 0;
    }
  }
  if (size > 0) await data(chunk.join(''));
}

/** Creates the folder if needed and turns a file-system failure into a clear message. */
async function guardWrite<T>(file: string, shown: string, write: () => Promise<T>): Promise<T> {
  try {
    await makeFolder(path.dirname(file));
    return await write();
  } catch (err) {
    throw writeError(err, shown);
  }
}

/** A file system's error writing `shown` as the user's message; any other error as it is. */
function writeError(err: unknown, shown: string): unknown {
  if (err instanceof CliError) return err;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('E')) return new CliError('cli.cannotWrite', { path: shown, detail: errorDetail(err) });
  return err;
}

/**
 * `mkdir -p`, a level at a time. Node's recursive mkdir never returns for a folder under /proc or
 * /sys (the kernel answers ENOENT however often it is asked): `--out /proc/nope/x.xlsx` hung the run.
 * Here a level whose parent is there and still cannot be made is an error the user is told of.
 */
export async function makeFolder(dir: string): Promise<void> {
  try {
    await fs.mkdir(dir);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'EEXIST') {
      // A file in the way is said by the write that follows (ENOTDIR), with the path.
      return;
    }
    const parent = path.dirname(dir);
    if (code !== 'ENOENT' || parent === dir) throw err;
    await makeFolder(parent);
    try {
      await fs.mkdir(dir);
    } catch (again) {
      if ((again as { code?: unknown }).code !== 'EEXIST') throw again;
    }
  }
}

/** Same file on disk (also through links or a case-insensitive file system), or the same path when `a` does not exist yet. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Today on the machine's calendar: the CLI is the host, and the host decides what "today" is. */
function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The heap this run wants (heap.ts), from the arguments and the input file's size; 'enough' when unsure. */
function heapPlanFor(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string): HeapPlan {
  try {
    const args = parseCliArgs(argv, fileIn(cwd));
    if (args.command !== 'clean') return { kind: 'enough' };
    const input = path.resolve(cwd, args.input);
    const inputKind = outputKind(input);
    if (inputKind === null) return { kind: 'enough' };
    return planHeap({
      inputBytes: statSync(input).size,
      inputKind,
      outputKind: outputKind(args.out ?? defaultOutput(args.input)) ?? 'xlsx',
      heapLimitBytes: getHeapStatistics().heap_size_limit,
      totalMemBytes: totalmem(),
      nodeFlags: [...process.execArgv, env.NODE_OPTIONS ?? ''].join(' '),
      relaunched: env[RELAUNCH_ENV] === '1',
    });
  } catch {
    // Wrong arguments or a missing file: main says so in words.
    return { kind: 'enough' };
  }
}

/** The line said when a stop signal ends a run that was writing its files (stop-signals.ts), in `lang()`. */
export function stopLine(lang: () => Lang): StopLine {
  return (signal, written) => say(lang(), written ? 'cli.interruptedWritten' : 'cli.interrupted', { signal });
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const heap = heapPlanFor(argv, process.env, process.cwd());
  if (heap.kind === 'relaunch') {
    // The same command in a Node with room for this sheet; it reports and exits as this one would.
    void relaunch([...process.execArgv, `--max-old-space-size=${heap.heapMb}`, __filename, ...argv], { ...process.env, [RELAUNCH_ENV]: '1' }).then((child) => {
      // Out of memory even so, V8 aborts the child (SIGABRT, or status 134 through a shell): say it in words.
      if (child.signal === 'SIGABRT' || child.status === 134) {
        const lang = langFlag(argv) ?? localeLang(process.env);
        process.stderr.write('\n' + say(lang, 'cli.outOfMemory', { heap: heap.heapMb }) + '\n');
      }
      process.exitCode = child.status ?? (child.signal ? signalExitCode(child.signal) : 1);
    });
  } else {
    // A stop while writing is said in the run's language (chosen by then: the files come after the sheet is read).
    let spoken: Lang = langFlag(argv) ?? localeLang(process.env);
    cleanUpOnStop(stopLine(() => spoken));
    // Said by the run, in the language it speaks (a C locale: the sheet's, not yet known) and not under --quiet.
    const io: CliIo = {
      ...processIo(),
      ...(heap.kind === 'tight' ? { heapTight: { needMb: heap.needMb, haveMb: heap.haveMb } } : {}),
      language: (lang) => (spoken = lang),
    };
    main(argv, io).then((code) => {
      process.exitCode = code;
    });
  }
}
