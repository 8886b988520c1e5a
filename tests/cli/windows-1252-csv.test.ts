/**
 * A client list saved by Excel on a UK or European PC as plain "CSV (Comma delimited)": Windows-1252,
 * where £ is the single byte A3 and € is 80. Refused before as "not UTF-8, garbled as GBK or Big5", so
 * every Western user of Excel had to re-save his file first.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** The text as Windows-1252 bytes (the characters used here only). */
const cp1252 = (text: string) => Buffer.from(Array.from(text, (ch) => ({ '£': 0xa3, '€': 0x80, é: 0xe9, ö: 0xf6 } as Record<string, number>)[ch] ?? ch.charCodeAt(0)));

const ukClients = [
  'Client,Contact,Phone,Email,Annual Fee,Date of Birth',
  'Hartley Joinery Ltd,Ian Hartley,01632 960123,ian@hartleyjoinery.co.uk,"£4,800.00",03/12/1968',
  'Oakwood Dental,Dr. Fiona Reid,0113 496 0456,fiona@oakwooddental.co.uk,"£12,500.00",07/12/1975',
  'Café Rösti,Renée Blanc,07700 900555,renee@caferosti.co.uk,£950,05/12/1980',
  '',
].join('\r\n');

describe('a UK client list saved by Excel as "CSV (Comma delimited)" (Windows-1252)', () => {
  it('is cleaned: pounds read as GBP, accents kept, and the output CSV is UTF-8 with a BOM', async () => {
    writeFileSync(path.join(dir, 'clients.csv'), cp1252(ukClients));
    const io = captureIo(dir);
    const code = await main(['clean', 'clients.csv', '--today', '2026-12-01', '--out', 'out.csv', '--json', 'report.json', '--lang', 'en'], io);
    expect(io.err).not.toContain('encoded');
    expect(code).toBe(0);
    const out = readFileSync(path.join(dir, 'out.csv'), 'utf8');
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out).toContain('Café Rösti,Renée Blanc');
    expect(out).not.toContain('\uFFFD');
    expect(io.out).toContain('Amounts are read in GBP');
    expect(io.out).toContain('it was read as Windows-1252 (Western European)');
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as { reminders: { kind: string }[] };
    expect(report.reminders.filter((r) => r.kind === 'birthday')).toHaveLength(3);
  });

  it('says so in Chinese for a Chinese run', async () => {
    writeFileSync(path.join(dir, 'clients.csv'), cp1252(ukClients));
    const io = captureIo(dir);
    expect(await main(['clean', 'clients.csv', '--today', '2026-12-01', '--out', 'out.csv', '--lang', 'zh-CN'], io)).toBe(0);
    expect(io.out).toContain('已按 Windows-1252（西欧）读取');
  });
});
