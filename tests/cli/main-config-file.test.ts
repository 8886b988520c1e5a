/**
 * The settings file as a team lead's editor leaves it: saved as "ANSI" (GBK) by Notepad on Chinese
 * Windows, or typed with a Chinese input method's punctuation.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, fixture, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  copyFileSync(fixture('customers-utf8.csv'), path.join(dir, 'customers.csv'));
});
afterEach(() => cleanup());

/** A Chinese run (--lang zh-CN), or with `env` and no --lang, one whose locale decides. */
const run = async (config: string, env?: Record<string, string>) => {
  const io = captureIo(dir, env);
  const lang = env === undefined ? ['--lang', 'zh-CN'] : [];
  const code = await main(['clean', 'customers.csv', '--config', config, '--out', 'out.csv', '--json', 'report.json', ...lang], io);
  return { code, io };
};
const report = () => JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { columns: unknown; classification: unknown };

describe('a settings file saved as GBK', () => {
  it('is read as the same settings as its UTF-8 copy: its Chinese rule values match and its labels head the added column', async () => {
    copyFileSync(fixture('settings-team-utf8.json'), path.join(dir, 'utf8.json'));
    copyFileSync(fixture('settings-team-gbk.json'), path.join(dir, 'gbk.json'));
    expect((await run('utf8.json')).code).toBe(0);
    const fromUtf8 = { report: report(), sheet: readFileSync(path.join(dir, 'out.csv'), 'utf8') };
    expect(fromUtf8.sheet).toContain('小组');
    expect(fromUtf8.sheet).toContain('北方组');
    expect((await run('gbk.json')).code).toBe(0);
    expect({ report: report(), sheet: readFileSync(path.join(dir, 'out.csv'), 'utf8') }).toEqual(fromUtf8);
  });

  it('is refused, naming the file and how to save it, when it reads cleanly in no encoding', async () => {
    // Bytes valid in none of UTF-8, GB18030, Big5 and Windows-1252 (a lead byte with nothing after it,
    // and one Windows-1252 leaves undefined; a lone D6 is Ö there).
    writeFileSync(path.join(dir, 'broken.json'), Buffer.concat([Buffer.from('{ "language": "'), Buffer.from([0x81]), Buffer.from('" }')]));
    const { code, io } = await run('broken.json');
    expect(code).toBe(1);
    expect(io.err).toContain('设置文件“broken.json”');
    expect(io.err).toContain('另存为 UTF-8');
  });
});

describe('full-width punctuation in the settings file', () => {
  it('names the full-width comma at the reported column and the comma to write instead', async () => {
    writeFileSync(path.join(dir, 'steps.json'), '{ "remind": { "contract": { "steps": [60，30，7] } } }');
    const { code, io } = await run('steps.json');
    expect(code).toBe(1);
    expect(io.err).toContain('第 1 行第 41 列');
    expect(io.err).toContain('， 是全角（中文）标点，JSON 要写半角的 ,');
    expect(io.err).not.toContain('注释');
  });

  it('names a curly quote, in English for an English run', async () => {
    writeFileSync(path.join(dir, 'quotes.json'), '{ “remind”: { "birthday": { "daysAhead": 15 } } }');
    const io = captureIo(dir);
    expect(await main(['clean', 'customers.csv', '--config', 'quotes.json', '--lang', 'en'], io)).toBe(1);
    expect(io.err).toContain('line 1, column 3: “ there is a full-width (Chinese) punctuation mark, and JSON needs the plain "');
  });

  it('is said in the sheet’s language when nothing chose one (a server’s C locale)', async () => {
    writeFileSync(path.join(dir, 'steps.json'), '{ "remind": { "contract": { "steps": [60，30，7] } } }');
    const { code, io } = await run('steps.json', { LANG: 'C.UTF-8' });
    expect(code).toBe(1);
    expect(io.err).toMatch(/^设置文件“steps.json”第 1 行第 41 列/);
  });
});

describe('a comma after the last item of the settings file', () => {
  // The team lead's custom rules, the last rule and the list each closed with a comma, as a
  // JavaScript editor leaves them. Node 20's JSON.parse names no position here, only a snippet.
  const RULES = [
    '{',
    '  "classify": {',
    '    "custom": [',
    '      { "id": "team", "label": { "zh-CN": "组别", "en": "Team" },',
    '        "levels": [ { "id": "a", "label": { "zh-CN": "A组", "en": "Team A" }, "when": { "field": "owner", "op": "in", "value": ["阿珍", "阿强"] } } ] },',
    '    ],',
    '  },',
    '}',
  ].join('\n');

  it('is named by its line and column, with the hint that JSON takes none there', async () => {
    writeFileSync(path.join(dir, 'rules.json'), RULES);
    const { code, io } = await run('rules.json');
    expect(code).toBe(1);
    expect(io.err).toContain('设置文件“rules.json”第 5 行第 147 列');
    expect(io.err).toContain('最后一项后面也不能有逗号');
  });

  it('in English too, on a comma before a closing brace', async () => {
    writeFileSync(path.join(dir, 'days.json'), '{\n  "remind": {\n    "birthday": { "daysAhead": 15, }\n  }\n}');
    const io = captureIo(dir);
    expect(await main(['clean', 'customers.csv', '--config', 'days.json', '--lang', 'en'], io)).toBe(1);
    expect(io.err).toContain('line 3, column');
    expect(io.err).toContain('no comma after the last item');
  });
});
