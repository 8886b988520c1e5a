import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { decodeCsv, guessDelimiter, readCsv, readCsvFile } from '../../../cli/io/read-csv';
import { decodeWindows1252 } from '../../../cli/io/windows-1252';
import { CliError } from '../../../cli/errors';
import { say } from '../../../cli/messages';
import { fixture } from '../helpers';

const bytesOf = (s: string) => new TextEncoder().encode(s);
const values = (rows: { kind: string; value?: unknown }[][]) => rows.map((r) => r.map((c) => (c.kind === 'empty' ? '' : c.value)));

describe('readCsv: encodings (PITFALLS C2)', () => {
  const utf8 = readCsv(readFileSync(fixture('customers-utf8.csv')), 'customers-utf8.csv');

  it.each([
    ['customers-utf8-bom.csv', 'UTF-8 with BOM, as Excel saves "CSV UTF-8"'],
    ['customers-gbk.csv', 'GBK, as Chinese Excel saves plain "CSV" (made with iconv -t GBK)'],
  ])('%s gives the same grid as the UTF-8 file (%s)', (name) => {
    const other = readCsv(readFileSync(fixture(name)), name);
    expect(other.cells).toEqual(utf8.cells);
  });

  it('names the sheet after the file and anchors it at A1', () => {
    expect(utf8).toMatchObject({ sheetName: 'customers-utf8', firstRow: 1, firstCol: 1 });
  });

  it('strips the BOM from the first header', () => {
    const bom = readCsv(readFileSync(fixture('customers-utf8-bom.csv')), 'x.csv');
    expect(bom.cells[0][0]).toEqual({ kind: 'text', value: '客户编号' });
  });

  it.each([
    [1, 0, '00123', 'leading zeros of an ID survive (no dynamicTyping, PITFALLS C3)'],
    [2, 6, '广东省深圳市南山区\n科技园南路88号', 'a quoted multi-line address stays one cell'],
    [2, 5, '深圳市腾达贸易有限公司（南山分公司）', 'full-width brackets decode from GBK'],
    [1, 8, '￥12,800.00', 'a quoted amount with a comma stays one cell'],
    [3, 2, '１３７００１３８０００', 'full-width digits are left to the core'],
    [4, 11, '=HYPERLINK("http://example.com")', 'a formula-looking value is plain text'],
    [8, 11, '110101199003071234', 'an 18-digit ID is text, not a float'],
    [2, 2, '+86 139 1234 5678', 'a leading + is kept'],
  ])('row %i col %i is %j (%s)', (r, c, expected) => {
    expect(utf8.cells[r][c]).toEqual({ kind: 'text', value: expected });
  });

  it('reads empty fields as empty cells', () => {
    expect(utf8.cells[3][3]).toEqual({ kind: 'empty' });
    expect(utf8.cells).toHaveLength(9);
  });

  it.each([
    ['utf-16le', [0xff, 0xfe], 'Excel "Unicode text"'],
    ['utf-16be', [0xfe, 0xff], 'big-endian with BOM'],
  ])('decodes %s with a BOM (%s)', (encoding, bom) => {
    const body = '姓名\t手机\r\n张伟\t13812345678\r\n';
    const units = Array.from(body).map((ch) => ch.charCodeAt(0));
    const bytes = new Uint8Array(2 + units.length * 2);
    bytes.set(bom, 0);
    units.forEach((u, i) => {
      const [hi, lo] = [u >> 8, u & 0xff];
      bytes.set(encoding === 'utf-16le' ? [lo, hi] : [hi, lo], 2 + i * 2);
    });
    expect(values(readCsv(bytes, 'u.txt').cells)).toEqual([['姓名', '手机'], ['张伟', '13812345678']]);
  });

  it('reads a UTF-8 file with a BOM as UTF-8 even with one bad byte, and counts what it could not read', () => {
    // "CSV UTF-8" from Excel, with one Latin-1 é (0xE9) pasted in on line 2: the rest must not turn into GB18030 mojibake.
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('Name,Mobile,Notes\r\nJosé Wang,13812345678,Caf'), 0xe9, ...bytesOf('\r\n张三,13912345678,老客户 VIP\r\n')]);
    const { grid, notes } = readCsvFile(bytes, 'customers.csv');
    expect(values(grid.cells)).toEqual([['Name', 'Mobile', 'Notes'], ['José Wang', '13812345678', 'Caf\uFFFD'], ['张三', '13912345678', '老客户 VIP']]);
    expect(notes).toEqual([{ key: 'cli.note.undecodable', params: { count: 1, line: 2 } }]);
  });

  it('has no note for a file it reads whole, even one holding a real U+FFFD', () => {
    expect(readCsvFile(bytesOf('\uFEFF姓名,备注\n张三,\uFFFD\n'), 'a.csv').notes).toEqual([]);
    expect(readCsvFile(readFileSync(fixture('customers-gbk.csv')), 'gbk.csv').notes).toEqual([]);
  });

  it('falls back to GB18030 only when the bytes are not UTF-8', () => {
    expect(decodeCsv(bytesOf('张伟'))).toBe('张伟');
    expect(decodeCsv(new Uint8Array([0xd5, 0xc5, 0xce, 0xb0]))).toBe('张伟');
  });
});

describe('readCsv: Big5, as Excel saves "CSV" in Taiwan and Hong Kong', () => {
  const utf8 = readCsv(readFileSync(fixture('customers-tw-utf8.csv')), 'customers-tw-utf8.csv');

  it('gives the same grid as the UTF-8 file, with no note', () => {
    const { grid, notes } = readCsvFile(readFileSync(fixture('customers-tw-big5.csv')), 'customers-tw-big5.csv');
    expect(grid.cells).toEqual(utf8.cells);
    expect(grid.cells[0][0]).toEqual({ kind: 'text', value: '公司名稱' });
    expect(notes).toEqual([]);
  });

  it.each([
    [[0xc1, 0x70, 0xb5, 0xb8, 0xa4, 0x48], '聯絡人', 'a Taiwan header'],
    [[0xa5, 0x78, 0xa5, 0x5f], '台北', 'trail bytes below 0x80, which GBK keeps for rare characters'],
    [[0xd5, 0xc5, 0xce, 0xb0], '张伟', 'GBK stays GBK'],
    [[0xb9, 0xe3, 0xd6, 0xdd, 0xb5, 0xe7, 0xc6, 0xf7], '广州电器', 'GBK, whose bytes are valid Big5 too'],
  ])('%j reads as %j (%s)', (bytes, expected) => {
    expect(decodeCsv(new Uint8Array(bytes))).toBe(expected);
  });

  it('reads a few characters common in both as GBK: 陳國華 alone is too short to tell', () => {
    expect(decodeCsv(new Uint8Array([0xb3, 0xaf, 0xb0, 0xea, 0xb5, 0xd8]))).not.toBe('陳國華');
    // With his city beside him the file tells.
    expect(decodeCsv(new Uint8Array([0xb3, 0xaf, 0xb0, 0xea, 0xb5, 0xd8, 0x2c, 0xa5, 0x78, 0xa5, 0x5f]))).toBe('陳國華,台北');
  });

  it('refuses a file that reads cleanly in none, in the user\'s language, rather than cleaning nonsense', () => {
    // A GBK export cut off in the middle of a character (张伟 then half of 王): no encoding reads it whole.
    const cut = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x0d, 0x0a, 0xd5, 0xc5, 0xce, 0xb0, 0xcd]);
    let thrown: unknown;
    try {
      readCsvFile(cut, 'export.csv');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).key).toBe('cli.csvEncoding');
    expect(say('zh-CN', 'cli.csvEncoding', { path: 'export.csv' })).toContain('另存为“CSV UTF-8（逗号分隔）”');
    expect(say('en', 'cli.csvEncoding', { path: 'export.csv' })).toContain('save it as "CSV UTF-8 (Comma delimited)"');
    // The message names every encoding it tried, Western European too.
    expect(say('en', 'cli.csvEncoding', { path: 'export.csv' })).toContain('Windows-1252');
    expect(say('zh-CN', 'cli.csvEncoding', { path: 'export.csv' })).toContain('Windows-1252');
  });
});

describe('readCsv: Windows-1252, as Excel saves plain "CSV (Comma delimited)" on a UK, US or European PC', () => {
  const cp1252 = (text: string) => new Uint8Array(Array.from(text, (ch) => ({ '£': 0xa3, '€': 0x80, é: 0xe9, è: 0xe8, ü: 0xfc, ß: 0xdf, ö: 0xf6 } as Record<string, number>)[ch] ?? ch.charCodeAt(0)));

  it('reads a UK client list whose only non-ASCII character is the pound sign (byte A3)', () => {
    const bytes = cp1252('Client,Fee Earner,Annual Fee\r\nHartley & Sons Ltd,J. Reid,"£12,500.00"\r\nOakwood Dental,S. Patel,£950\r\n');
    const { grid, notes } = readCsvFile(bytes, 'clients.csv');
    expect(values(grid.cells)).toEqual([['Client', 'Fee Earner', 'Annual Fee'], ['Hartley & Sons Ltd', 'J. Reid', '£12,500.00'], ['Oakwood Dental', 'S. Patel', '£950']]);
    expect(notes).toEqual([{ key: 'cli.note.windows1252', params: {} }]);
  });

  it('reads a European semicolon export with accents, sharp s and the euro sign (byte 80)', () => {
    const bytes = cp1252('Nom;Ville;Chiffre\r\nRenée Dubois;Orléans;12 450,00 €\r\nJürgen Groß;München;3.200,50 €\r\nHélène Müller;Köln;980 €\r\n');
    expect(values(readCsv(bytes, 'kunden.csv').cells)).toEqual([
      ['Nom', 'Ville', 'Chiffre'],
      ['Renée Dubois', 'Orléans', '12 450,00 €'],
      ['Jürgen Groß', 'München', '3.200,50 €'],
      ['Hélène Müller', 'Köln', '980 €'],
    ]);
  });

  it('never takes a Chinese file for one: GBK and Big5 still read as before', () => {
    expect(decodeCsv(new Uint8Array([0xd5, 0xc5, 0xce, 0xb0]))).toBe('张伟');
    expect(decodeCsv(new Uint8Array([0xa5, 0x78, 0xa5, 0x5f]))).toBe('台北');
    expect(readCsvFile(readFileSync(fixture('customers-gbk.csv')), 'gbk.csv').notes).toEqual([]);
  });

  it('says in both languages that the file was read as Windows-1252 and the output is UTF-8', () => {
    expect(say('en', 'cli.note.windows1252', { path: 'clients.csv' })).toContain('Windows-1252');
    expect(say('zh-CN', 'cli.note.windows1252', { path: 'clients.csv' })).toContain('Windows-1252');
    expect(say('en', 'cli.note.windows1252', { path: 'clients.csv' })).toContain('UTF-8');
  });
});

describe('readCsv: the apostrophe our CSV writer puts before a formula trigger is taken off (PITFALLS C1)', () => {
  const cellsOf = (line: string) => values(readCsv(bytesOf(`\uFEFF姓名,手机,备注\r\n${line}\r\n`), 'clean.csv').cells)[1];

  it.each([
    [`张伟,"'+86 139 1234 5678",`, ['张伟', '+86 139 1234 5678', ''], 'an international phone is the phone again, not a "fix" on every rerun'],
    [`张伟,13812345678,"'-重要客户"`, ['张伟', '13812345678', '-重要客户'], 'a note starting with a dash'],
    [`张伟,13812345678,"'=先打电话"`, ['张伟', '13812345678', '=先打电话'], 'a note starting with ='],
    [`张伟,13812345678,"'@王芳 展会名片"`, ['张伟', '13812345678', '@王芳 展会名片'], 'a mention'],
    [`张伟,13812345678,"'\t缩进"`, ['张伟', '13812345678', '\t缩进'], 'a leading TAB'],
    [`张伟,13812345678,"'\n第二行"`, ['张伟', '13812345678', '\n第二行'], 'a leading line break'],
  ])('%s → %j: %s', (line, expected) => {
    expect(cellsOf(line)).toEqual(expected);
  });

  it.each([
    [`张伟,13812345678,'老客户`, "'老客户", 'the user\'s own apostrophe before other text'],
    [`张伟,13812345678,'-5`, "'-5", 'the writer never escapes a negative number, so this apostrophe is the user\'s'],
    [`张伟,13812345678,'--`, "'--", 'nor a run of dashes'],
    [`张伟,13812345678,''=1`, "''=1", 'two apostrophes: only one could be ours, and ours is never followed by another'],
    [`张伟,13812345678,O'Brien`, "O'Brien", 'an apostrophe inside a name'],
  ])('%s keeps %j: %s', (line, expected) => {
    expect(cellsOf(line)[2]).toBe(expected);
  });
});

describe('readCsvFile: Excel\'s text mark before digits (Shopify\'s \'02134, \'6253817348274)', () => {
  const { grid, notes, marks } = readCsvFile(bytesOf([
    'Customer ID,First Name,Default Address Zip,Phone,Note',
    "'6253817348274,Emily,'02134,'+16175550142,'VIP",
    ",Noah,06103,,'12 boxes",
  ].join('\r\n')), 'customers_export.csv');

  it('reads the digits it marks, and remembers where it stood for a CSV output', () => {
    expect(values(grid.cells)[1]).toEqual(['6253817348274', 'Emily', '02134', '+16175550142', "'VIP"]);
    expect([...marks]).toEqual([['2:1', 'apostrophe'], ['2:3', 'apostrophe']]);
  });

  it('leaves an apostrophe before anything but digits alone, and marks nothing the input did not', () => {
    expect(values(grid.cells)[2]).toEqual(['', 'Noah', '06103', '', "'12 boxes"]);
  });

  it('says how many values it read so, in both languages, naming no value', () => {
    expect(notes).toEqual([{ key: 'cli.note.textMarks', params: { count: 2 } }]);
    expect(say('en', 'cli.note.textMarks', { count: 2, path: 'customers_export.csv' })).toContain("Excel's text mark");
    expect(say('zh-CN', 'cli.note.textMarks', { count: 2, path: 'customers_export.csv' })).toContain('文本标记');
  });
});

describe('readCsvFile: a value written as a formula of its text (Square\'s ="98052", bank exports\' ="6222…")', () => {
  // square_customers.csv (h49): Square writes some phones and postal codes as ="…", so that Excel
  // keeps their zeros; the value is the text Excel shows.
  const { grid, notes, marks } = readCsvFile(bytesOf([
    'Reference ID,First Name,Surname,Phone Number,Postal Code,Memo',
    ',Ava,Lopez,"=""2065550190""","=""01002""",Allergic to nuts',
    ',Grace,Kim,+12065550147,98101,"=""VIP"" since 2023"',
  ].join('\r\n')), 'export-20250610.csv');

  it('reads the text it shows, and remembers where the file wrapped it so, for a CSV output', () => {
    expect(values(grid.cells)[1]).toEqual(['', 'Ava', 'Lopez', '2065550190', '01002', 'Allergic to nuts']);
    expect([...marks]).toEqual([['2:4', 'formula'], ['2:5', 'formula']]);
  });

  it('leaves text that only looks like one alone (a memo quoting ="VIP")', () => {
    expect(values(grid.cells)[2][5]).toBe('="VIP" since 2023');
  });

  it('says nothing of the apostrophe mark, which the file does not use', () => {
    expect(notes).toEqual([]);
  });
});

describe('readCsv: delimiters and layout', () => {
  it.each([
    ['comma', '姓名,手机,城市\n张伟,13812345678,北京\n'],
    ['semicolon (European Excel)', '姓名;手机;城市\n张伟;13812345678;北京\n'],
    ['tab', '姓名\t手机\t城市\n张伟\t13812345678\t北京\n'],
  ])('detects the %s delimiter', (_, csv) => {
    expect(values(readCsv(bytesOf(csv), 'a.csv').cells)).toEqual([['姓名', '手机', '城市'], ['张伟', '13812345678', '北京']]);
  });

  it('keeps blank lines as rows so row numbers match the sheet, and drops the final line break', () => {
    const grid = readCsv(bytesOf('客户名单\n\n姓名,手机\n张伟,138\n\n'), 'a.csv');
    expect(values(grid.cells)).toEqual([['客户名单'], [''], ['姓名', '手机'], ['张伟', '138']]);
  });

  it('keeps white space inside values (the core decides about it)', () => {
    expect(values(readCsv(bytesOf('a,b\n  张伟 ,x\n'), 'a.csv').cells)[1][0]).toBe('  张伟 ');
  });

  it('reads an empty file as an empty grid', () => {
    expect(readCsv(new Uint8Array(), 'empty.csv').cells).toEqual([]);
  });

  it('reads back any table papaparse writes (multi-line, quotes, commas, Chinese)', () => {
    const value = fc.stringMatching(/^[a-z0-9 ,"\n张伟李娜：，（）]{0,8}$/);
    const table = fc.integer({ min: 2, max: 4 }).chain((width) =>
      fc.array(fc.array(value, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })
        .filter((rows) => rows[rows.length - 1].some((v) => v !== '')),
    );
    fc.assert(
      fc.property(table, (rows) => {
        const csv = Papa.unparse(rows, { newline: '\r\n' });
        expect(values(readCsv(bytesOf(csv), 't.csv').cells)).toEqual(rows);
      }),
      { seed: 20240601, numRuns: 200 },
    );
  });
});

describe('readCsv: a CRLF file with lines of bare LF appended (a row added by a script to a cleaned out.csv)', () => {
  it('reads every line, a quoted last field before a bare LF included, and keeps a line break inside a quoted cell', () => {
    const text = '姓名,手机,备注\r\n张伟,13800138000,"老客户"\r\n李娜,13900139000,"第一行\r\n第二行"\r\n王芳,13700137000,"新增"\n赵强,13600136000,\n';
    const grid = readCsv(new TextEncoder().encode(text), 'out.csv');
    expect(grid.cells.map((row) => row.map((c) => (c.kind === 'text' ? c.value : '')))).toEqual([
      ['姓名', '手机', '备注'],
      ['张伟', '13800138000', '老客户'],
      ['李娜', '13900139000', '第一行\r\n第二行'],
      ['王芳', '13700137000', '新增'],
      ['赵强', '13600136000', ''],
    ]);
  });
});

describe('guessDelimiter', () => {
  it.each([
    ['姓名;手机\n张伟;138\n', ';', 'two columns and a final line break (papaparse alone says comma)'],
    ['客户名单\n\n姓名\t手机\n张伟\t138\n李娜\t139', '\t', 'a title line and a blank line above the header'],
    ['Name,Note\n"Li; Na","a;b;c"\n', ',', 'semicolons inside quotes do not count'],
    ['张伟\n李娜\n', ',', 'one column: comma, as a spreadsheet would assume'],
    ['金额;备注\n"1,5";x\n"2,75";y\n', ';', 'decimal commas in a semicolon file'],
  ])('%j → %j (%s)', (csv, expected) => {
    expect(guessDelimiter(csv)).toBe(expected);
  });
});

describe('readCsv: a quote that does not close its field is refused, never read as one huge cell', () => {
  // papaparse reads on from a bad quote to the end of the file and reports it only in `errors`.
  const csvError = (csv: string) => {
    try {
      readCsv(bytesOf(csv), '客户.csv');
    } catch (err) {
      return err as CliError;
    }
    throw new Error('readCsv accepted the file');
  };

  it.each([
    ['text after the closing quote (InvalidQuotes)', 2, 3, '备注', '姓名,手机,备注\r\n张三,13812345678,"VIP"老客户\r\n李四,13912345678,普通\r\n王五,13712345678,新客户\r\n'],
    ['a quote never closed (MissingQuotes)', 3, 3, 'Note', 'Name,Mobile,Note\nZhang San,13812345678,ok\nLi Si,13912345678,"no closing quote\nWang Wu,13712345678,new\n'],
    ['lines are counted in the file, past a quoted line break', 4, 2, '地址', '姓名,地址\n张三,"北京市\n朝阳区"\n李四,"上海"浦东\n'],
    ['a quoted comma before it is no field break', 2, 3, '邮箱', '姓名,地址,邮箱\n张三,"北京市,朝阳区","zs@qq.com"备用\n'],
    ['a semicolon file', 2, 2, 'Mobile', 'Name;Mobile\nZhang San;"138"12345678\n'],
  ])('%s: names line %i, its field %i and the column\'s header', (_, line, field, header, csv) => {
    const err = csvError(csv);
    expect(err).toBeInstanceOf(CliError);
    expect(err.key).toBe('cli.csvBadQuoteHeader');
    expect(err.params).toEqual({ line, field, header });
  });

  it('a bad quote on the first line names the field only', () => {
    const err = csvError('姓名,"备注\n张三,老客户\n');
    expect(err.key).toBe('cli.csvBadQuote');
    expect(err.params).toEqual({ line: 1, field: 2 });
  });

  it('says in zh-CN and en what to do, without the customer\'s name, phone or e-mail (they end up in cron mails and logs)', () => {
    const err = csvError('会员姓名,手机号,邮箱,备注\n王芳,13812345678,wangfang@163.com,"VIP"老客户\n');
    const params = { ...err.params, path: '会员.csv' };
    const zh = say('zh-CN', err.key, params);
    const en = say('en', err.key, params);
    expect(zh).toContain('“会员.csv”第 2 行第 4 个值（“备注”列）中有一个没有正确闭合的引号');
    expect(en).toContain('Line 2 of "会员.csv" has a quote (") that does not close its value, in field 4 of that line (column "备注").');
    for (const text of [zh, en]) for (const data of ['王芳', '13812345678', 'wangfang', 'VIP', '老客户']) expect(text).not.toContain(data);
  });

  it('still reads a quote inside an unquoted value and doubled quotes as Excel writes them', () => {
    const csv = '姓名,备注\n张三,他说"好"\n李四,"7"" 显示器"\n';
    expect(values(readCsv(bytesOf(csv), 'a.csv').cells)).toEqual([['姓名', '备注'], ['张三', '他说"好"'], ['李四', '7" 显示器']]);
  });
});

describe('decodeWindows1252: bytes 80–9F by the WHATWG index (Node 20 reads them as Latin-1)', () => {
  it.each([
    [[0x80], '€'],
    [[0x93, 0x56, 0x49, 0x50, 0x94], '\u201cVIP\u201d'],
    [[0x96, 0x20, 0x85], '\u2013 \u2026'],
    [[0x8a, 0x9a, 0x8e, 0x9e, 0x9f], 'ŠšŽžŸ'],
    [[0xa3, 0xe9, 0xdf, 0xff], '£éßÿ'],
  ])('%j reads as %j', (bytes, expected) => {
    expect(decodeWindows1252(new Uint8Array(bytes))).toBe(expected);
  });
});
