/**
 * Keys written twice in one object of a settings document ({"remind": {…}, …, "remind": {…}}). JSON.parse
 * keeps the last and drops the first without a word, so the user's first block would silently do
 * nothing. Read from the text, as the parsed value no longer shows it. Run on text JSON.parse accepted.
 */

/** The paths (remind, classify.tier) of keys an object holds more than once, in the order met. */
export function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  // One frame per open object or array: an object's keys so far, its path, and the key being read.
  const stack: { keys: Set<string> | null; path: string; key: string | null }[] = [];
  let i = 0;
  const readString = (): string => {
    let out = '';
    i++; // the opening quote
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') {
        const c = text[i + 1];
        if (c === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        out += ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c;
        i += 2;
        continue;
      }
      out += text[i++];
    }
    i++; // the closing quote
    return out;
  };
  const childPath = () => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    const part = top.keys ? top.key ?? '' : '[]';
    return top.path === '' ? part : top.keys ? `${top.path}.${part}` : `${top.path}${part}`;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      const top = stack[stack.length - 1];
      const s = readString();
      let j = i;
      while (j < text.length && /\s/.test(text[j])) j++;
      if (top?.keys && text[j] === ':') {
        const path = top.path === '' ? s : `${top.path}.${s}`;
        if (top.keys.has(s)) found.push(path);
        top.keys.add(s);
        top.key = s;
      }
      continue;
    }
    if (c === '{' || c === '[') stack.push({ keys: c === '{' ? new Set() : null, path: childPath(), key: null });
    else if (c === '}' || c === ']') stack.pop();
    i++;
  }
  return found;
}
