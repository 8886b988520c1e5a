/**
 * The committed sample files, declared as data: what `npm run examples` writes into examples/ and
 * what tests/examples/samples.test.ts checks is still in step with the generator.
 */
import { generateCustomers, sheetRows, sheetToXlsx, toCsv, truthRows, type GenerateOptions } from './generator';

export interface SampleSpec {
  /** Base name: writes <name>.csv, <name>.truth.csv and, with `xlsx`, <name>.xlsx. */
  name: string;
  options: GenerateOptions;
  /** UTF-8 with a BOM, so Excel opens the Chinese file correctly (PITFALLS C2). */
  bom: boolean;
  xlsx?: { sheetName: string; linkHeader: string; linkText: string };
}

export const SAMPLES: readonly SampleSpec[] = [
  {
    name: 'customers-zh',
    options: { seed: 20241201, rows: 400, lang: 'zh', duplicateRate: 0.15, messRate: 0.3 },
    bom: true,
    xlsx: { sheetName: '客户名单', linkHeader: '邮件链接', linkText: '发邮件' },
  },
  {
    name: 'customers-en',
    options: { seed: 20241202, rows: 300, lang: 'en', duplicateRate: 0.15, messRate: 0.3 },
    bom: false,
  },
];

/** Every sample file's name and bytes (CSV as UTF-8 text). */
export async function buildSamples(specs: readonly SampleSpec[] = SAMPLES): Promise<Map<string, string | Uint8Array>> {
  const files = new Map<string, string | Uint8Array>();
  for (const spec of specs) {
    const sheet = generateCustomers(spec.options);
    files.set(`${spec.name}.csv`, toCsv(sheetRows(sheet), { bom: spec.bom }));
    files.set(`${spec.name}.truth.csv`, toCsv(truthRows(sheet)));
    if (spec.xlsx) files.set(`${spec.name}.xlsx`, await sheetToXlsx(sheet, { seed: spec.options.seed, ...spec.xlsx }));
  }
  return files;
}
