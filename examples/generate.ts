/** `npm run examples`: writes the sample sheets and their truth files into examples/ (byte-identical on every run). */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './repo-root';
import { buildSamples } from './samples';

async function main(): Promise<void> {
  const dir = path.join(repoRoot(), 'examples');
  const files = await buildSamples();
  for (const [name, content] of files) {
    const target = path.join(dir, name);
    if (typeof content === 'string') fs.writeFileSync(target, content, 'utf8');
    else fs.writeFileSync(target, content);
    const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
    process.stdout.write(`wrote ${path.relative(process.cwd(), target)} (${size.toLocaleString('en-US')} bytes)\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
