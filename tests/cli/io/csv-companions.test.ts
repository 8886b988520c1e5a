import { companionPath } from '../../../cli/io/csv-companions';

describe('companionPath: the files next to a CSV output', () => {
  it.each([
    ['out/clean.csv', 'archive', 'out/clean.archive.csv', 'same folder, same base name'],
    ['客户名单.CSV', 'reminders', '客户名单.reminders.csv', 'any case of the extension'],
    ['../exports/2024.06.clean.csv', 'archive', '../exports/2024.06.clean.archive.csv', 'only the last extension goes'],
    ['C:\\data\\clean.csv', 'reminders', 'C:\\data\\clean.reminders.csv', 'a Windows path stays as written'],
  ] as const)('%s → %s: %s', (out, kind, expected, _why) => {
    expect(companionPath(out, kind)).toBe(expected);
  });
});
