/** The README tells a user only what the repository does. */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCliArgs } from '../../cli/args';

const ROOT = path.join(__dirname, '..', '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('offers no host that is not in the repository as a way round a refusal, and says the hosts are to come', () => {
    if (!existsSync(path.join(ROOT, 'addin'))) expect(README).not.toMatch(/in Excel with the add-in/);
    if (!existsSync(path.join(ROOT, 'addin')) || !existsSync(path.join(ROOT, 'apps-script'))) expect(README).toMatch(/still to come/);
  });

  it('names in its synopsis each short option the command takes', () => {
    for (const [short, long] of [['-o', '--out'], ['-c', '--config'], ['-q', '--quiet'], ['-h', '--help']]) {
      expect(() => parseCliArgs(short === '-h' || short === '-q' ? ['clean', 'a.csv', short] : ['clean', 'a.csv', short, 'x.csv'])).not.toThrow();
      expect(README).toContain(`${short}|${long}`);
    }
  });

  it('says where the report\'s region table comes from: provinces, or the city column when it is fuller', () => {
    expect(README).toMatch(/按省份[^|]*按城市/);
  });
});
