/**
 * Where a =HYPERLINK formula leads, read without a spreadsheet: what a merged-away row's link keeps in
 * the archive sheet (archive-sheet.ts). An .xlsx stores a formula's shown text ("map", "Open"), never
 * the target Excel computes, so the archive's copy of =HYPERLINK("https://maps.google.com/?q="&
 * SUBSTITUTE(C45," ","+"),"map") was the word "map" and the link was lost (tester h69 #14). The
 * target is worked out of the row's own values for the few text functions such links are built with
 * (& and CONCATENATE / CONCAT, SUBSTITUTE, TRIM, LOWER, UPPER, ENCODEURL); any other function, a
 * range, a name or another sheet's cell is not guessed at: null, and the formula stays in the note.
 */

/** A cell's value as a formula reads it; undefined when it holds none a link could be built of (an error, a date). */
export type ValueAt = (row: number, col: number) => string | number | undefined;

/** A =HYPERLINK formula's target and whether it reads any cell, or null when the formula is no HYPERLINK or its target cannot be told. */
export interface LinkFormula {
  /** The link's target (https://…, mailto:…). */
  target: string;
  /** The formula reads no cell, name or other sheet: written as it is, it gives the same link anywhere. */
  literal: boolean;
}

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'ref'; row: number; col: number }
  | { kind: 'name'; value: string }
  | { kind: 'punct'; value: string };

const TOKEN = /\s*(?:"((?:[^"]|"")*)"|(\d+(?:\.\d+)?)(?![\w$])|(\$?[A-Za-z]{1,3}\$?\d+)(?![\w(!:])|([A-Za-z_][\w.]*)|([&(),:!'+\-*/^=<>%{}]))/y;

function tokens(text: string): Token[] | null {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m) return null;
    if (m[1] !== undefined) out.push({ kind: 'string', value: m[1].replace(/""/g, '"') });
    else if (m[2] !== undefined) out.push({ kind: 'number', value: Number(m[2]) });
    else if (m[3] !== undefined) out.push({ kind: 'ref', ...refOf(m[3]) });
    else if (m[4] !== undefined) out.push({ kind: 'name', value: m[4].toUpperCase() });
    else out.push({ kind: 'punct', value: m[5] });
  }
  return out;
}

function refOf(ref: string): { row: number; col: number } {
  const [, letters, digits] = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(ref)!;
  const col = [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(digits), col };
}

/** The text functions a link is built with, each of its evaluated arguments; any other is not read. */
const FUNCTIONS: Readonly<Record<string, (args: string[]) => string | null>> = {
  CONCATENATE: (args) => args.join(''),
  CONCAT: (args) => args.join(''),
  SUBSTITUTE: ([text, old, by, nth]) => {
    if (text === undefined || old === undefined || by === undefined) return null;
    if (old === '') return text;
    if (nth === undefined) return text.split(old).join(by);
    const n = Number(nth);
    if (!Number.isInteger(n) || n < 1) return null;
    let at = -1;
    for (let i = 0; i < n; i++) {
      at = text.indexOf(old, at + 1);
      if (at < 0) return text;
    }
    return text.slice(0, at) + by + text.slice(at + old.length);
  },
  // Excel's TRIM also folds runs of spaces inside the text.
  TRIM: ([text]) => (text === undefined ? null : text.trim().replace(/ {2,}/g, ' ')),
  LOWER: ([text]) => (text === undefined ? null : text.toLowerCase()),
  UPPER: ([text]) => (text === undefined ? null : text.toUpperCase()),
  ENCODEURL: ([text]) => (text === undefined ? null : encodeURIComponent(text)),
};

/** The text a number gives where a formula joins it to text (52, 0.5). */
const numberAsText = (n: number): string => (Number.isFinite(n) ? String(n) : '');

class Reader {
  private at = 0;
  reads = false;
  constructor(private readonly list: Token[], private readonly valueAt: ValueAt) {}

  done(): boolean {
    return this.at >= this.list.length;
  }

  private peek(): Token | undefined {
    return this.list[this.at];
  }

  private punct(value: string): boolean {
    const t = this.peek();
    if (t?.kind === 'punct' && t.value === value) {
      this.at++;
      return true;
    }
    return false;
  }

  /** A text expression: terms joined by &. */
  expr(): string | null {
    let out = this.term();
    while (out !== null && this.punct('&')) {
      const next = this.term();
      out = next === null ? null : out + next;
    }
    return out;
  }

  private term(): string | null {
    const t = this.list[this.at++];
    if (t === undefined) return null;
    if (t.kind === 'string') return t.value;
    if (t.kind === 'number') return numberAsText(t.value);
    if (t.kind === 'ref') {
      this.reads = true;
      // A range (A1:B2) or a reference of another sheet is no value of the row.
      const next = this.peek();
      if (next?.kind === 'punct' && (next.value === ':' || next.value === '!')) return null;
      const v = this.valueAt(t.row, t.col);
      return v === undefined ? null : typeof v === 'number' ? numberAsText(v) : v;
    }
    if (t.kind === 'punct' && t.value === '(') {
      const inner = this.expr();
      return inner !== null && this.punct(')') ? inner : null;
    }
    if (t.kind === 'name' && this.punct('(')) {
      const fn = FUNCTIONS[t.value.replace(/^_XLFN\./, '')];
      if (fn === undefined) return null;
      const args: string[] = [];
      if (!this.punct(')')) {
        do {
          const arg = this.expr();
          if (arg === null) return null;
          args.push(arg);
        } while (this.punct(','));
        if (!this.punct(')')) return null;
      }
      return fn(args);
    }
    // A defined name, TRUE, a sheet name: not read.
    this.reads = true;
    return null;
  }

  /** The arguments of the HYPERLINK call the formula is: its link location read, the rest passed over. */
  hyperlink(): string | null {
    const name = this.list[this.at++];
    if (name?.kind !== 'name' || name.value.replace(/^_XLFN\./, '') !== 'HYPERLINK' || !this.punct('(')) return null;
    const target = this.expr();
    if (target === null) return null;
    // The friendly name is the cell's shown value, which the sheet saved; only whether it reads a cell counts.
    let depth = 0;
    while (this.at < this.list.length) {
      const t = this.list[this.at++];
      if (t.kind === 'ref' || (t.kind === 'name' && !(this.peek()?.kind === 'punct' && (this.peek() as { value: string }).value === '('))) this.reads = true;
      if (t.kind === 'punct' && t.value === '(') depth++;
      if (t.kind === 'punct' && t.value === ')') {
        if (depth === 0) return this.done() ? target : null;
        depth--;
      }
    }
    return null;
  }
}

/**
 * The target of `formula` (=HYPERLINK(link, name), the = optional), reading a cell's value with
 * `valueAt`; null when the formula is no HYPERLINK alone or its target cannot be read.
 */
export function hyperlinkTarget(formula: string, valueAt: ValueAt): LinkFormula | null {
  const list = tokens(formula.replace(/^\s*=/, ''));
  if (list === null) return null;
  const reader = new Reader(list, valueAt);
  const target = reader.hyperlink();
  if (target === null || target.trim() === '') return null;
  return { target: target.trim(), literal: !reader.reads };
}
