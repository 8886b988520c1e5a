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
    [['clean', 'a.csv', '--sheet'], 'cli.missingValue', 'an option without its value'],
    [['clean', 'a.csv', '--verbose'], 'cli.unknownOption', 'an unknown option'],
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

describe('argument mistakes, named by kind (never Node\'s English text)', () => {
  const refusal = (argv: string[]): unknown => {
    try {
      parseCliArgs(argv);
    } catch (e) {
      return e;
    }
    return undefined;
  };

  it.each<[string[], string, Record<string, string>, string]>([
    [['clean', 'a.csv', '--bogus'], 'cli.unknownOption', { option: '--bogus' }, 'nothing like it: the options are listed'],
    [['clean', 'a.csv', '-x'], 'cli.unknownOption', { option: '-x' }, 'an unknown short option'],
    [['clean', 'a.csv', '--ouput', 'b.xlsx'], 'cli.unknownOptionClose', { option: '--ouput', closest: '--out' }, 'a typo'],
    [['clean', 'a.csv', '--output', 'b.xlsx'], 'cli.unknownOptionClose', { option: '--output', closest: '--out' }, 'the longer word other tools use'],
    [['clean', 'a.csv', '--merge-reveiw'], 'cli.unknownOptionClose', { option: '--merge-reveiw', closest: '--merge-review' }, 'two letters swapped'],
    [['clean', 'a.csv', '--config-file', 's.json'], 'cli.unknownOptionClose', { option: '--config-file', closest: '--config' }, 'a longer name'],
    [['clean', 'a.csv', '--out'], 'cli.missingValue', { option: '--out' }, 'the value left off at the end'],
    [['clean', 'a.csv', '-o'], 'cli.missingValue', { option: '--out' }, 'the short form, named by its long one'],
    [['clean', 'a.csv', '--json='], 'cli.missingValue', { option: '--json' }, '"=" and nothing after it: no value either'],
    [['clean', 'a.csv', '--sheet='], 'cli.missingValue', { option: '--sheet' }, 'no sheet is named ""'],
    [['clean', 'a.csv', '--json', ''], 'cli.missingValue', { option: '--json' }, 'an empty argument ("$REPORT" unset)'],
    [['clean', 'a.csv', '--out', '--json', 'r.json'], 'cli.missingValueOption', { option: '--out', next: '--json' }, 'an option where the value was due'],
    [['clean', 'a.csv', '--merge=yes'], 'cli.flagValue', { option: '--merge', value: 'yes' }, 'a switch given a value'],
    [['clean', 'a.csv', '--quiet=false'], 'cli.flagValue', { option: '--quiet', value: 'false' }, 'a switch cannot be turned off by a value'],
    [['clean', '-dash'], 'cli.unknownOptionWord', { option: '-dash' }, 'a word after one dash, no file here: named whole, not as its first letter -d'],
    [['clean', 'a.csv', '-verbose'], 'cli.unknownOptionWord', { option: '-verbose' }, 'another tool\'s option written with one dash'],
    [['clean', '-客户名单'], 'cli.unknownOptionWord', { option: '-客户名单' }, 'a Chinese word after a dash, no file of that name here'],
    [['clean', 'a.csv', '-qx'], 'cli.unknownOptionWord', { option: '-qx' }, 'a known letter and an unknown one'],
    [['clean', 'a.csv', '-json', 'r.json'], 'cli.unknownOptionClose', { option: '-json', closest: '--json' }, 'a long option written with one dash'],
    [['clean', 'a.csv', '-out', 'x.xlsx'], 'cli.unknownOptionClose', { option: '-out', closest: '--out' }, '--out with one dash, not -o and an output "ut"'],
    [['clean', 'a.csv', '-config=s.json'], 'cli.unknownOptionClose', { option: '-config', closest: '--config' }, 'nor -c and a settings file "onfig=s.json"'],
    [['clean', 'a.csv', '-o=x.csv'], 'cli.shortOptionEquals', { typed: '-o=x.csv', short: '-o', option: '--out', value: 'x.csv' }, 'a short option keeps the "=" in its value: the output would be "=x.csv"'],
    [['clean', 'a.csv', '-c=settings.json'], 'cli.shortOptionEquals', { typed: '-c=settings.json', short: '-c', option: '--config', value: 'settings.json' }, 'so does -c'],
    [['clean', 'a.csv', '-qo=x.csv'], 'cli.shortOptionEquals', { typed: '-o=x.csv', short: '-o', option: '--out', value: 'x.csv' }, 'after a switch too'],
    [['clean', 'a.csv', '-o='], 'cli.missingValue', { option: '--out' }, '"-o=" gives no value, as "--out=" does'],
  ])('%j is refused as %s %j (%s)', (argv, key, params) => {
    expect(refusal(argv)).toMatchObject({ key, params, exitCode: 2 });
  });

  it('reads every argument after -- as a file, as POSIX tools do', () => {
    expect(parseCliArgs(['clean', '--', '-dash.csv'])).toMatchObject({ input: '-dash.csv' });
    expect(parseCliArgs(['clean', '--lang', 'en', '--', '--客户.xlsx'])).toMatchObject({ input: '--客户.xlsx', lang: 'en' });
  });

  it.each<[string[], string[], string, Record<string, string>]>([
    [['clean', '-dash.csv'], [], 'cli.unknownOptionFile', { option: '-dash.csv' }],
    [['clean', '-客户名单'], ['-客户名单'], 'cli.unknownOptionFile', { option: '-客户名单' }],
    [['clean', '-omg.xlsx'], ['-omg.xlsx'], 'cli.optionsLikeFile', { option: '-omg.xlsx', name: '--out' }],
    [['clean', '-cfg.csv'], ['-cfg.csv'], 'cli.optionsLikeFile', { option: '-cfg.csv', name: '--config' }],
  ])('%j with files %j is refused as %s, naming the whole argument', (argv, files, key, params) => {
    const isFile = (arg: string) => files.includes(arg);
    let error: unknown;
    try {
      parseCliArgs(argv, isFile);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ key, params, exitCode: 2 });
  });

  it('reads options as options when no file is named like them', () => {
    expect(parseCliArgs(['clean', 'a.csv', '-omg.xlsx'], () => false)).toMatchObject({ input: 'a.csv', out: 'mg.xlsx' });
    expect(refusal(['clean', 'a.csv', '--ouput=b.xlsx'])).toMatchObject({ key: 'cli.unknownOptionClose', params: { closest: '--out' } });
  });

  it('takes "-" as a value (--json - is standard output) and a dash value written with =', () => {
    expect(parseCliArgs(['clean', 'a.csv', '--json', '-'])).toMatchObject({ json: '-' });
    expect(parseCliArgs(['clean', 'a.csv', '--sheet=-2024-'])).toMatchObject({ sheet: '-2024-' });
    expect(parseCliArgs(['clean', 'a.csv', '-qo', 'b.csv'])).toMatchObject({ quiet: true, out: 'b.csv' });
  });
});

describe('output paths', () => {
  it.each([
    ['customers.csv', 'customers.cleaned.xlsx'],
    ['data/客户名单.xlsx', 'data/客户名单.cleaned.xlsx'],
    ['/abs/dir/a.b.csv', '/abs/dir/a.b.cleaned.xlsx'],
    // Last week's output cleaned again: the next number, not 客户名单.cleaned.cleaned.xlsx, never the input itself,
    // and never back to an older name: 客户名单.cleaned.xlsx is the workbook the user keeps, his notes on 提醒 in it.
    ['data/客户名单.cleaned.xlsx', 'data/客户名单.cleaned (2).xlsx'],
    ['data/客户名单.cleaned (2).xlsx', 'data/客户名单.cleaned (3).xlsx'],
    ['data/客户名单.cleaned (9).xlsx', 'data/客户名单.cleaned (10).xlsx'],
    ['data/Customers.Cleaned.XLSX', 'data/Customers.Cleaned (2).xlsx'],
    // A CSV saved from that workbook, or the browser's second download of it, writes beside it, not over it.
    ['data/客户名单.cleaned.csv', 'data/客户名单.cleaned (2).xlsx'],
    ['data/客户名单.cleaned (1).xlsx', 'data/客户名单.cleaned (2).xlsx'],
    ['data/客户名单.cleaned.xlsm', 'data/客户名单.cleaned (2).xlsx'],
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

  it('takes the last --lang given, as every option given twice takes its last value', () => {
    expect(langFlag(['clean', 'a.csv', '--lang', 'en', '--lang', 'zh-CN'])).toBe('zh-CN');
    expect(langFlag(['clean', 'a.csv', '--lang=zh-CN', '--lang=en'])).toBe('en');
    expect(parseCliArgs(['clean', 'a.csv', '--lang', 'en', '--lang', 'zh-CN'])).toMatchObject({ lang: 'zh-CN' });
    expect(parseCliArgs(['clean', 'a.csv', '--out', 'a.xlsx', '--out', 'b.csv', '--today', '2024-01-01', '--today', '2024-06-01'])).toMatchObject({ out: 'b.csv', today: '2024-06-01' });
    // After --, "--lang" is a file's name.
    expect(langFlag(['clean', '--lang', 'en', '--', '--lang', 'zh-CN'])).toBe('en');
  });
});
