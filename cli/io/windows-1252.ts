/**
 * Windows-1252, what Excel writes for "CSV (Comma delimited)" on a UK, US or European PC. Node 20's
 * TextDecoder('windows-1252') decodes it as ISO-8859-1 (nodejs/node#56542): byte 80 comes out as a
 * control character, not €, and so do the curly quotes and dashes Word and Outlook paste into a
 * sheet. Bytes 80–9F are read here by the WHATWG index (encoding.spec.whatwg.org,
 * index-windows-1252.txt); every other byte is the code point of the same number.
 */
const HIGH_CONTROLS = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Bytes Windows-1252 leaves undefined (the index maps them to themselves): a file holding one was not written in it. */
export const UNDEFINED_1252: ReadonlySet<number> = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let from = 0; from < bytes.length; from += CHUNK) {
    const units = Array.from(bytes.subarray(from, from + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? HIGH_CONTROLS[b - 0x80] : b));
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}
