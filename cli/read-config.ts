/** Reads the settings file (--config): its encoding, its JSON, and the mistakes an editor lets through. */
import { CliError, errorDetail } from './errors';
import { decodeCsv } from './io/read-csv';
import { readBytes } from './load-input';
import { duplicateKeys } from '../shared/settings/duplicate-keys';

export async function readConfig(file: string, shown: string): Promise<unknown> {
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file, shown);
  } catch (err) {
    // Said as the settings file's, not as a sheet's.
    if (err instanceof CliError && err.key === 'cli.unreadable') throw new CliError('cli.configUnreadable', err.params);
    if (err instanceof CliError && err.key === 'cli.notFound') throw new CliError('cli.configNotFound', err.params);
    if (err instanceof CliError && err.key === 'cli.isDirectory') throw new CliError('cli.configIsFolder', err.params);
    throw err;
  }
  const text = configText(bytes, shown);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch (err) {
    throw jsonError(text, err, shown);
  }
  // JSON.parse keeps the last of a key written twice: the first block would silently do nothing.
  const twice = duplicateKeys(text);
  if (twice.length > 0) throw new CliError('cli.configDuplicateKey', { path: shown, keys: twice.join(', ') });
  // The settings read null as "no settings" (a workbook that stores none): a file saying null means
  // something else, and running on the defaults would hide that it is ignored.
  if (parsed === null) throw new CliError('cli.configNull', { path: shown });
  return parsed;
}

/**
 * The file's text in whatever encoding its editor saved it, as a CSV's is read: Notepad on Chinese
 * Windows saves "ANSI" (GBK), and read as UTF-8 every Chinese word of it (a rule on 行业, a level's
 * label) would be mojibake that silently never matches. A file that reads cleanly in none is refused.
 */
function configText(bytes: Uint8Array, shown: string): string {
  try {
    return decodeCsv(bytes).replace(/^\uFEFF/, '');
  } catch (err) {
    if (err instanceof CliError && err.key === 'cli.csvEncoding') throw new CliError('cli.configEncoding', { path: shown });
    throw err;
  }
}

/**
 * Punctuation a Chinese input method types where JSON needs the ASCII mark: a hint on comments and
 * trailing commas would not help someone whose only mistake is [60，30，7].
 */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  '，': ',',
  '、': ',',
  '：': ':',
  '“': '"',
  '”': '"',
  '‘': '"',
  '’': '"',
  '「': '"',
  '」': '"',
  '［': '[',
  '］': ']',
  '【': '[',
  '】': ']',
  '｛': '{',
  '｝': '}',
  '；': ',',
};

function jsonError(text: string, err: unknown, shown: string): CliError {
  const at = jsonErrorAt(text, err);
  if (at === null) return new CliError('cli.configNotJson', { path: shown, detail: errorDetail(err) });
  const ascii = FULL_WIDTH[text[at.offset]];
  if (ascii !== undefined) return new CliError('cli.configFullWidth', { path: shown, line: at.line, column: at.column, char: text[at.offset], ascii });
  return new CliError('cli.configNotJsonAt', { path: shown, line: at.line, column: at.column, detail: errorDetail(err) });
}

/**
 * The line and column of a JSON.parse error's "position N", counted as an editor does (from 1). V8
 * names no position for an unexpected '/' (a comment on the first line, `// 我们的设置`, or after a
 * colon): there the first comment outside a string is the place. Nor, on Node 20, for a ']' or '}'
 * after a trailing comma (`"Unexpected token ']', ..." ] },` with a snippet only): there the first
 * such comma is, the one to delete.
 */
function jsonErrorAt(text: string, err: unknown): { offset: number; line: number; column: number } | null {
  const message = err instanceof Error ? err.message : String(err);
  const m = /position (\d+)/.exec(message);
  const offset = m ? +m[1]
    : /^Unexpected token '\/'/.test(message) ? firstComment(text)
      : /^Unexpected token '[\]}]'/.test(message) ? firstTrailingComma(text) : null;
  if (offset === null) return null;
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { offset, line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Where the first comma outside a string that only whitespace separates from a ']' or '}' stands, or null. */
function firstTrailingComma(text: string): number | null {
  let inString = false;
  let comma: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      comma = null;
    } else if (c === ',') comma = i;
    else if ((c === ']' || c === '}') && comma !== null) return comma;
    else if (!/\s/.test(c)) comma = null;
  }
  return null;
}

/** Where the first // or /* outside a string begins (a URL's // in "https://…" is no comment), or null. */
function firstComment(text: string): number | null {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return i;
  }
  return null;
}
