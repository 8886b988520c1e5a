/**
 * A sheet whose headers were mostly not read (h58 07b: French headers, "1 of 14 columns" and "No
 * reminders are due" said quietly): the terminal, the Report sheet and the JSON say plainly how few
 * columns were read, which (listed once, not again inside the warning), and how to map them; a
 * European sheet's own words are read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../cli/main';
import { captureIo, tempDir } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const TURKISH = [
  'Soyadı;Adı;Şirket;Sabit Hat;Cep;Email;Şehir;Posta Kodu;Doğum Tarihi;Ciro',
  'Yılmaz;Mehmet;Yılmaz Ltd. Şti.;+90 212 123 45 67;+90 532 123 45 67;mehmet@yilmaz.com.tr;İstanbul;34000;03.12.1971;12.450,00 ₺',
].join('\n');

async function clean(csv: string, lang: 'zh-CN' | 'en') {
  writeFileSync(path.join(dir, 'in.csv'), '\uFEFF' + csv);
  const io = captureIo(dir);
  const code = await main(['clean', 'in.csv', '--today', '2026-12-01', '--out', 'out.xlsx', '--json', 'out.json', '--lang', lang], io);
  expect(code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'out.xlsx'));
  const report = wb.getWorksheet(lang === 'en' ? 'Report' : '报告')!;
  const reportText: string[] = [];
  report.eachRow((row) => reportText.push(String(row.getCell(1).value ?? '')));
  return { out: io.out, reportText, json: JSON.parse(readFileSync(path.join(dir, 'out.json'), 'utf8')) as { problems: { code: string; severity: string; message: string }[] } };
}

describe('a Turkish sheet, 1 of its 10 columns read', () => {
  /** How often the unread header Şirket is named in a text: its list is given once. */
  const named = (text: string) => text.split('Şirket').length - 1;

  it('is said in the terminal, on the Report sheet and in the JSON, in English, the unread headers listed once', async () => {
    const { out, reportText, json } = await clean(TURKISH, 'en');
    const said = 'Only 1 of 10 columns of "in" were recognised: the other 9, listed as not read,';
    expect(out).toContain(said);
    expect(out).toContain('{ "headers": { "overrides": { "Soyadı": "<field>" } } }');
    expect(out).toContain('Not read (kept as they are; map one in settings headers.overrides): "Soyadı", "Adı", "Şirket"');
    expect(named(out)).toBe(1);
    expect(reportText.some((line) => line.startsWith(said))).toBe(true);
    expect(reportText.some((line) => line.startsWith('Not read (kept as they are; map one in settings headers.overrides): "Soyadı", "Adı", "Şirket"'))).toBe(true);
    expect(named(reportText.join('\n'))).toBe(1);
    expect(json.problems.find((p) => p.code === 'headers.fewRead')?.message).toMatch(/^Only 1 of 10 columns/);
  });

  it('and in Chinese', async () => {
    const { out, reportText } = await clean(TURKISH, 'zh-CN');
    expect(out).toContain('“in”共 10 列，只识别了 1 列：其余 9 列（见“未识别的列”）');
    expect(out).toContain('未识别的列（原样保留；可在设置 headers.overrides 中指定）：“Soyadı”，“Adı”，“Şirket”');
    expect(named(out)).toBe(1);
    expect(reportText.some((line) => line.startsWith('“in”共 10 列，只识别了 1 列'))).toBe(true);
    expect(reportText.some((line) => line.startsWith('未识别的列（原样保留；可在设置 headers.overrides 中指定）：“Soyadı”'))).toBe(true);
    expect(named(reportText.join('\n'))).toBe(1);
  });
});

describe('the French sheet of h58 07b', () => {
  it('is read, 14 of 14 columns, with its birthdays and contract ends reminded', async () => {
    const csv = [
      "Nom;Prénom;Société;Téléphone;Portable;E-mail;Ville;Code postal;Pays;Date de naissance;Chiffre d'affaires;Dernier contact;Commercial;Fin de contrat",
      'Dupont;Françoise;Boulangerie Dupont SARL;+33 1 42 60 12 34;06 12 34 56 78;f.dupont@wanadoo.fr;Paris;75001;France;03.12.1971;12 450,00 €;14.11.2026;Émilie Roux;15.12.2026',
      'Martin;Luc;Garage Martin;+33 4 78 12 34 56;06 98 76 54 32;luc@garage-martin.fr;Lyon;69002;France;24.05.1980;8 300,00 €;20.11.2026;Émilie Roux;31.03.2027',
    ].join('\n');
    const { out, json } = await clean(csv, 'en');
    expect(out).toContain('Columns recognised: 14 of 14');
    expect(json.problems.map((p) => p.code)).not.toContain('headers.fewRead');
    expect(out).toMatch(/Reminders: 2 \(Birthday 1, Contract ending 1\)/);
  });
});
