/**
 * American Soundex (R. C. Russell, 1918; the rules as the US National Archives state them:
 * H and W do not separate equal codes, vowels do). Only for Latin-letter names; a name without
 * Latin letters has no code.
 */
const CODES: Record<string, string> = {
  b: '1', f: '1', p: '1', v: '1',
  c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3',
  l: '4',
  m: '5', n: '5',
  r: '6',
};

export function soundex(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z]/g, '');
  if (s === '') return '';
  let out = s[0].toUpperCase();
  let last = CODES[s[0]] ?? '';
  for (let i = 1; i < s.length && out.length < 4; i++) {
    const c = s[i];
    const code = CODES[c];
    if (code) {
      if (code !== last) out += code;
      last = code;
    } else if (c !== 'h' && c !== 'w') {
      last = '';
    }
  }
  return out.padEnd(4, '0');
}
