/** The README tells a user only what the repository does. */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCliArgs } from '../../cli/args';
import { DEAL_HEADERS } from '../../shared/plan/deal-list';

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

describe('README on a CRM\'s deals export', () => {
  /** The README's paragraph on deals exports, from its bold lead to the next paragraph. */
  const section = (): string => {
    const at = README.indexOf('**Deal exports.**');
    return at < 0 ? '' : README.slice(at, README.indexOf('\n\n', at));
  };

  it('names every header that makes a sheet one (deal-list.ts DEAL_HEADERS)', () => {
    for (const header of DEAL_HEADERS) expect(section().toLowerCase()).toContain(header);
  });

  it('says what counts as spending, what a lost and an open deal do, and how the JSON report marks it', () => {
    const text = section();
    for (const stage of ['Closed won', '赢单', 'Closed lost', '输单']) expect(text).toContain(stage);
    expect(text).toMatch(/close date|预计成交日期/i);
    expect(text).toContain('"deals": true');
  });
});
