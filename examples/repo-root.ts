/** Finds the repository root from compiled (dist/…) or source locations alike: the folder whose package.json is sheet-keeper's. */
import * as fs from 'node:fs';
import * as path from 'node:path';

export function repoRoot(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'sheet-keeper') return dir;
      } catch {
        // An unreadable package.json is not ours; keep walking up.
      }
    }
    if (path.dirname(dir) === dir) throw new Error(`repoRoot: no sheet-keeper package.json above ${from}`);
  }
}
