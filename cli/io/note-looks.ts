/**
 * How the input's notes (comments) look, which exceljs 4.4 does not write back: it names every
 * note's author "Author", draws every note at one size and hides every one, so a note the user set
 * to always show (右键 › 显示批注) or made bigger comes back hidden and small. We read each note's
 * author, box (VML style and anchor) and "always show" from the input and give them back to the note
 * in the written file, found by its column and its text (which the run only appends to, after a blank
 * line), so a note that moved up with its row after a merge keeps its look too.
 */
import { relTargets } from './sheet-parts';
import { zipEntry } from './zip-entries';
import { unescapeXml, xmlAttribute as attribute } from './xml-text';

export interface NoteLook {
  /** 0-based, as VML counts them. */
  row: number;
  col: number;
  text: string;
  author?: string;
  /** The note box's VML style (its size, position and visibility) and anchor (cells it spans). */
  style?: string;
  anchor?: string;
  visible: boolean;
  /**
   * Only the box's size is the input's (a note the merge moved to the archive sheet): its place in
   * the input (style margins, anchor) is the other sheet's.
   */
  sizeOnly?: boolean;
}

const COMMENTS = /\/relationships\/comments$/;
const VML = /\/relationships\/vmlDrawing$/;

/** The sheet's comments and VML parts, found through its relationships. */
export function noteParts(xlsx: Uint8Array, sheetPath: string, relsPath: string): { comments?: string; vml?: string } {
  const rels = zipEntry(xlsx, relsPath)?.toString('utf8');
  if (rels === undefined) return {};
  const out: { comments?: string; vml?: string } = {};
  for (const { type, target } of relTargets(rels, sheetPath.slice(0, sheetPath.lastIndexOf('/') + 1)).values()) {
    if (COMMENTS.test(type)) out.comments = target;
    else if (VML.test(type)) out.vml ??= target;
  }
  return out;
}

/** Each note of the input sheet with its author and box. */
export function noteLooks(comments: string, vml: string): NoteLook[] {
  const authors = (comments.match(/<(?:\w+:)?author>([\s\S]*?)<\/(?:\w+:)?author>/g) ?? []).map((a) => unescapeXml(a.replace(/<[^>]+>/g, '')));
  const boxes = new Map(shapesOf(vml).map((s) => [`${s.row}:${s.col}`, s]));
  return commentsOf(comments).map(({ row, col, text, authorId }) => {
    const box = boxes.get(`${row}:${col}`);
    const author = authorId === null ? undefined : authors[Number(authorId)];
    return { row, col, text, ...(author ? { author } : {}), ...(box ? { style: box.style, anchor: box.anchor } : {}), visible: box?.visible ?? false };
  });
}

/** The written sheet's comments and VML parts with the input's authors and boxes given back. */
export function withNoteLooks(comments: string, vml: string, looks: readonly NoteLook[]): { comments: string; vml: string } {
  // By column and text: a note the run appended to starts with the user's text, then a blank line.
  const byText = new Map<string, NoteLook[]>();
  for (const look of looks) {
    const key = `${look.col}\u0000${look.text}`;
    const list = byText.get(key);
    if (list) list.push(look);
    else byText.set(key, [look]);
  }
  const matched = new Map<string, { look: NoteLook; shift: number }>();
  for (const { row, col, text } of commentsOf(comments)) {
    const ends = [text.length];
    for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 1)) ends.push(i);
    let best: NoteLook | undefined;
    let from: NoteLook[] | undefined;
    for (const end of ends) {
      const list = byText.get(`${col}\u0000${text.slice(0, end)}`);
      for (const look of list ?? []) {
        if (!best || Math.abs(look.row - row) < Math.abs(best.row - row)) {
          best = look;
          from = list;
        }
      }
    }
    if (!best || !from) continue;
    from.splice(from.indexOf(best), 1);
    matched.set(`${row}:${col}`, { look: best, shift: row - best.row });
  }
  // Even with none of the input's notes left (a merge archived their rows), the run's own notes are
  // the tool's, not exceljs's "Author".
  const authors: string[] = [];
  const authorId = (name: string) => {
    if (!authors.includes(name)) authors.push(name);
    return authors.indexOf(name);
  };
  const fallback = 'Sheet Keeper';
  const withAuthors = comments.replace(/<comment\b([^>]*)>/g, (tag, attrs: string) => {
    const at = cellOf(attribute(attrs, 'ref') ?? '');
    const name = (at && matched.get(`${at.row}:${at.col}`)?.look.author) || fallback;
    return tag.replace(/\sauthorId="\d+"/, ` authorId="${authorId(name)}"`);
  }).replace(/<authors>[\s\S]*?<\/authors>|<authors\/>/, () => `<authors>${authors.map((a) => `<author>${escapeText(a)}</author>`).join('')}</authors>`);
  const withBoxes = vml.replace(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g, (shape) => {
    const row = Number(/<x:Row>(\d+)<\/x:Row>/.exec(shape)?.[1]);
    const col = Number(/<x:Column>(\d+)<\/x:Column>/.exec(shape)?.[1]);
    const hit = matched.get(`${row}:${col}`);
    if (!hit) return shape;
    let out = shape;
    const { look, shift } = hit;
    if (look.sizeOnly) out = out.replace(/^(<v:shape\b[^>]*\sstyle=")([^"]*)(")/, (_, open: string, style: string, close: string) => open + escapeAttribute(withSize(unescapeXml(style), look.style ?? '', look.visible)) + close);
    else if (look.style) out = out.replace(/^(<v:shape\b[^>]*\sstyle=")[^"]*(")/, `$1${escapeAttribute(look.style)}$2`);
    if (look.anchor && !look.sizeOnly) out = out.replace(/<x:Anchor>[^<]*<\/x:Anchor>/, `<x:Anchor>${shifted(look.anchor, shift)}</x:Anchor>`);
    // Where Excel writes it: after the anchor.
    if (look.visible && !/<x:Visible\b/.test(out)) out = out.replace(/<\/x:Anchor>/, '</x:Anchor><x:Visible/>');
    return out;
  });
  return { comments: withAuthors, vml: withBoxes };
}

/** A VML style with the width and height of `from`, shown or hidden. */
function withSize(style: string, from: string, visible: boolean): string {
  const prop = (css: string, name: string) => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]*)`).exec(css)?.[1]?.trim();
  let out = style;
  for (const name of ['width', 'height']) {
    const value = prop(from, name);
    if (value !== undefined) out = out.replace(new RegExp(`(^|;)(\\s*${name}\\s*:)[^;]*`), `$1$2${value}`);
  }
  return out.replace(/visibility\s*:\s*\w+/, `visibility:${visible ? 'visible' : 'hidden'}`);
}

/** An anchor (left col, offset, top row, offset, right col, offset, bottom row, offset) moved down `rows`. */
function shifted(anchor: string, rows: number): string {
  const n = anchor.split(',').map((v) => v.trim());
  if (rows === 0 || n.length !== 8) return anchor;
  n[2] = String(Math.max(0, Number(n[2]) + rows));
  n[6] = String(Math.max(0, Number(n[6]) + rows));
  return n.join(', ');
}

function commentsOf(xml: string): { row: number; col: number; text: string; authorId: string | null }[] {
  const out: { row: number; col: number; text: string; authorId: string | null }[] = [];
  for (const [, attrs, body] of xml.matchAll(/<(?:\w+:)?comment\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?comment>/g)) {
    const at = cellOf(attribute(attrs, 'ref') ?? '');
    if (!at) continue;
    const text = Array.from(body.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(/<(?:\w+:)?t\b[^>]*(?<!\/)>([\s\S]*?)<\/(?:\w+:)?t>/g), (m) => unescapeXml(m[1])).join('');
    out.push({ ...at, text, authorId: attribute(attrs, 'authorId') });
  }
  return out;
}

function shapesOf(vml: string): { row: number; col: number; style?: string; anchor?: string; visible: boolean }[] {
  const out: { row: number; col: number; style?: string; anchor?: string; visible: boolean }[] = [];
  for (const [shape] of vml.matchAll(/<v:shape\b[^>]*>[\s\S]*?<\/v:shape>/g)) {
    if (!/ObjectType="Note"/.test(shape)) continue;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
    if (row === undefined || col === undefined) continue;
    const style = attribute(shape.match(/^<v:shape\b[^>]*>/)![0], 'style') ?? undefined;
    const anchor = /<x:Anchor>([^<]*)<\/x:Anchor>/.exec(shape)?.[1]?.trim();
    out.push({ row: Number(row), col: Number(col), style, anchor, visible: /<x:Visible\b/.test(shape) });
  }
  return out;
}

/** 'F4' → row 3, col 5 (0-based). */
function cellOf(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, col: col - 1 };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');
