import JSZip from 'jszip';
import { refuseZipBomb } from '../../../cli/io/zip-bomb';
import { zipEntry } from '../../../cli/io/zip-entries';
import { CliError } from '../../../cli/errors';

/** A small archive whose central directory is then made to declare other sizes for `name`. */
async function zipDeclaring(name: string, sizes: { uncompressed?: number; compressed?: number }): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file(name, '<worksheet>' + '<row/>'.repeat(1000) + '</worksheet>');
  const bytes = Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  for (let p = 0; p + 46 <= bytes.length; p++) {
    if (bytes.readUInt32LE(p) !== 0x02014b50) continue;
    const nameLen = bytes.readUInt16LE(p + 28);
    if (bytes.toString('utf8', p + 46, p + 46 + nameLen) !== name) continue;
    if (sizes.compressed !== undefined) bytes.writeUInt32LE(sizes.compressed, p + 20);
    if (sizes.uncompressed !== undefined) bytes.writeUInt32LE(sizes.uncompressed, p + 24);
  }
  return bytes;
}

function refusal(zip: Uint8Array): { key: string; params: Record<string, unknown> } | null {
  try {
    refuseZipBomb(zip, 'bomb.xlsx');
    return null;
  } catch (err) {
    if (err instanceof CliError) return { key: err.key, params: err.params as Record<string, unknown> };
    throw err;
  }
}

describe('refuseZipBomb: a workbook that unpacks to more than a real one holds is refused before it is unpacked', () => {
  it('a sheet declaring 1.5 GB from a few hundred bytes (a zip bomb’s ratio)', async () => {
    const found = refusal(await zipDeclaring('xl/worksheets/sheet1.xml', { uncompressed: 1_572_866_784 }));
    expect(found?.key).toBe('cli.xlsxPacked');
    expect(found?.params).toMatchObject({ path: 'bomb.xlsx', part: 'xl/worksheets/sheet1.xml', size: 1500 });
  });

  it('parts that pack like XML but unpack to more than 2 GB in all', async () => {
    const found = refusal(await zipDeclaring('xl/worksheets/sheet1.xml', { uncompressed: 3_000_000_000, compressed: 300_000_000 }));
    expect(found).toEqual({ key: 'cli.xlsxTooBig', params: { path: 'bomb.xlsx', size: 2861, limit: 2048 } });
  });

  it.each([
    ['a sheet of 120 MB packed 10 times, as the bench’s 100,000 rows are', { uncompressed: 120_000_000, compressed: 12_000_000 }],
    ['a small part packed 1,000 times (styles, an empty sheet)', { uncompressed: 900_000, compressed: 900 }],
  ])('passes %s', async (_why, sizes) => {
    expect(refusal(await zipDeclaring('xl/worksheets/sheet1.xml', sizes))).toBeNull();
  });
});

describe('zipEntry: never unpacks past the size the directory declares', () => {
  it('reads a part whole when it is what it says', async () => {
    const zip = await zipDeclaring('xl/worksheets/sheet1.xml', {});
    expect(zipEntry(zip, 'xl/worksheets/sheet1.xml')?.toString('utf8')).toHaveLength(6000 + 23);
  });

  it('throws on a part that unpacks to more than it declares (a bomb hiding its size)', async () => {
    const zip = await zipDeclaring('xl/worksheets/sheet1.xml', { uncompressed: 100 });
    expect(() => zipEntry(zip, 'xl/worksheets/sheet1.xml')).toThrow(/larger than 100 bytes/);
  });
});
