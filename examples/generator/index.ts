/** The sample generator's surface: seeded messy customer sheets with truth, and their CSV/xlsx forms. */
export { generateCustomers, DEFAULT_AS_OF } from './customers';
export type { GenerateOptions, GeneratedSheet, RowRole, SampleLang } from './types';
export { sheetRows, firstDataRow, truthRows } from './layout';
export { toCsv } from './csv';
export { sheetToXlsx, columnLetter, type XlsxOptions } from './xlsx';
export { Rng, mulberry32, deriveSeed } from './rng';
