/**
 * `npm run demo`: cleans the example sheet examples/customers-zh.csv into out/ (a cleaned .xlsx with
 * its issues, reminders and report sheets, and a JSON report) through the same `main` the command line
 * runs, and prints its summary: fixes, issues, the duplicate groups (merging them is the separate
 * `--merge` step the summary points to), reminders by kind and owner, customer types and the sheets written.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { main, processIo } from './main';

/** The repository root, whether this runs from cli/ (ts) or dist/cli/ (compiled). */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export async function demo(): Promise<number> {
  const root = repoRoot();
  const input = path.join('examples', 'customers-zh.csv');
  const io = { ...processIo(), cwd: root };
  if (!existsSync(path.join(root, input))) {
    io.stderr(`examples/customers-zh.csv is missing: run \`npm run examples\` first.\n`);
    return 1;
  }
  // The example sheet is generated "as of" 2024-12-01 (examples/generator DEFAULT_AS_OF); the demo runs
  // on that day, so its reminders and "date in the future" checks make sense and its output never varies.
  return main(
    ['clean', input, '--out', path.join('out', 'customers-zh.cleaned.xlsx'), '--json', path.join('out', 'customers-zh.report.json'), '--today', '2024-12-01', '--lang', 'zh-CN'],
    io,
  );
}

if (require.main === module) {
  demo().then((code) => {
    process.exitCode = code;
  });
}
