import { defaultOutput, langFlag, outputKind, parseCliArgs } from '../../cli/args';
import { CliError } from '../../cli/errors';

describe('parseCliArgs', () => {
  it('reads every option, in any order, with = or a space', () => {
    expect(parseCliArgs(['clean', '--sheet', '客户', 'a.xlsx', '--out=b.csv', '--json', 'r.json', '-c', 's.json', '--today', '2024-02-29', '--lang', 'en', '-q'])).toEqual({
      command: 'clean', input: 'a.xlsx', sheet: '客户', out: 'b.csv', json: 'r.json', config: 's.json', today: '2024-02-29', lang: 'en', quiet: true, merge: [],
    });
  });

  it.each([
    [[], [], 'nothing is merged unless asked'],
    [['--merge'], ['exact', 'likely'], 'exact and likely groups'],
    [['--merge-review'], ['exact', 'likely', 'review'], 'review groups only on the extra flag, which implies --merge'],
    [['--merge', '--merge-review'], ['exact', 'likely', 'review'], 'both flags together'],
  ])('%j merges %j (%s)', (flags, merge) => {
    expect(parseCliArgs(['clean', 'a.csv', ...flags])).toMatchObject({ merge });
  });

  it('asks for help with -h or --help, whatever else is there', () => {
    expect(parseCliArgs(['clean', 'a.csv', '-h'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
  });

  it.each([
    [['clean', 'a.csv', '--today', '2023-02-29'], 'cli.badToday', 'not a leap year'],
    [['clean', 'a.csv', '--today', '20240101'], 'cli.badToday', 'needs dashes'],
    [['clean', 'a.csv', '--lang', 'zh'], 'cli.badLang', 'only zh-CN and en'],
    [['clean', 'a.csv', '--out', 'a.xls'], 'cli.badOut', 'old .xls is not written'],
    [['clean', 'a.csv', '--sheet'], 'cli.badArgs', 'an option without its value'],
    [['clean', 'a.csv', '--verbose'], 'cli.badArgs', 'an unknown option'],
    [['check', 'a.csv'], 'cli.unknownCommand', 'the command is clean'],
  ])('%j is a usage error %s (%s)', (argv, key) => {
    let error: unknown;
    try {
      parseCliArgs(argv);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect(error).toMatchObject({ key, exitCode: 2 });
  });
});

describe('output paths', () => {
  it.each([
    ['customers.csv', 'customers.cleaned.xlsx'],
    ['data/客户名单.xlsx', 'data/客户名单.cleaned.xlsx'],
    ['/abs/dir/a.b.csv', '/abs/dir/a.b.cleaned.xlsx'],
  ])('the default output of %s is %s', (input, expected) => {
    expect(defaultOutput(input)).toBe(expected);
  });

  it.each([
    ['out.xlsx', 'xlsx'], ['OUT.XLSX', 'xlsx'], ['out.csv', 'csv'], ['out.xls', null], ['out', null],
  ])('%s is written as %s', (file, kind) => {
    expect(outputKind(file)).toBe(kind);
  });

  it('finds --lang before anything is checked, so usage errors speak it', () => {
    expect(langFlag(['clean', '--bad', '--lang', 'zh-CN'])).toBe('zh-CN');
    expect(langFlag(['--lang=en'])).toBe('en');
    expect(langFlag(['--lang', 'fr'])).toBeUndefined();
  });
});
