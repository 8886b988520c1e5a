/**
 * The run's own marks from an earlier run, on cells it no longer flags: a rerun on a cleaned file
 * left the yellow fill and the note 警告: "lixiuying807@126.cm"疑似拼写错误 on E18 long after the user
 * had typed 126.com, and an issue that changed got its new text under the stale one. The run now
 * takes its own issue lines out of the notes before it marks the cells again, and the fill with them.
 *
 * Its own lines are told by their form only: a severity (警告 / warning …), ": ", and a message of
 * the core's catalog as a whole line, with the suggestion line written under it. The user's own
 * note text stays as he wrote it, and so does the 原值 line of a value the run changed (it is the
 * only record of the original). A fill is taken away only from a cell whose note held the run's own
 * issue text and only when it is exactly the fill the run gives an issue: a colour the user chose
 * stays.
 */
import type ExcelJS from 'exceljs';
import { LANGS, messageTemplates } from '../../shared';
import { say } from '../messages';
import { escapeRegExp } from '../../shared/text/reg-exp';
import { templateSource, templateWords } from '../../shared/i18n/template-pattern';

const SEVERITIES = ['error', 'warning', 'info'] as const;

let ownLine: RegExp | undefined;
let suggestionStarts: string[] = [];
let wasStarts: string[] = [];


/** A catalog message as a pattern of its whole text; null for one with too little text of its own to tell it (a bare "{value}"). */
function messageSource(template: string): string | null {
  const literal = templateWords(template).reduce((n, part) => n + part.trim().length, 0);
  return literal >= 2 ? templateSource(template, '.*?') : null;
}

/** An issue line as the run writes it, in either language (the earlier run may have been in the other one). */
function ownIssueLine(): RegExp {
  if (ownLine) return ownLine;
  const severities = LANGS.flatMap((lang) => SEVERITIES.map((s) => escapeRegExp(say(lang, `severity.${s}`))));
  const bodies = [...new Set(LANGS.flatMap((lang) => messageTemplates(lang)))].map(messageSource).filter((p): p is string => p !== null);
  suggestionStarts = LANGS.map((lang) => say(lang, 'cli.xlsx.suggestion', { value: '' }));
  wasStarts = LANGS.map((lang) => say(lang, 'cli.xlsx.was', { value: '' }));
  ownLine = new RegExp(`^(?:${severities.join('|')}): (?:${bodies.join('|')})$`);
  return ownLine;
}

/**
 * `text` without the run's own issue lines (and the suggestion under each), and without the blank
 * line the run put before them; null when it held none.
 */
export function withoutOwnIssues(text: string): string | null {
  return ownIssues(text)?.rest ?? null;
}

/** The run's own issue lines in `text` (each with its suggestion line), and the text without them; null when it holds none. */
export function ownIssues(text: string): { rest: string; lines: string[] } | null {
  if (!text.includes(': ')) return null;
  const re = ownIssueLine();
  const lines = text.split('\n');
  const drop = lines.map(() => false);
  let any = false;
  for (let i = 0; i < lines.length; i++) {
    if (!re.test(lines[i])) continue;
    drop[i] = any = true;
    while (i + 1 < lines.length && suggestionStarts.some((s) => lines[i + 1].startsWith(s))) drop[++i] = true;
  }
  if (!any) return null;
  const out: string[] = [];
  const removed = lines.filter((_, i) => drop[i]);
  for (let i = 0; i < lines.length; ) {
    if (!drop[i]) {
      out.push(lines[i++]);
      continue;
    }
    let j = i;
    while (j < lines.length && drop[j]) j++;
    const nextBlank = j < lines.length && lines[j] === '';
    // The run wrote its lines a blank line below the note's text: that gap goes with them.
    if ((j === lines.length || nextBlank) && out.length > 0 && out[out.length - 1] === '') out.pop();
    else if (out.length === 0 && nextBlank) j++;
    i = j;
  }
  return { rest: out.join('\n'), lines: removed };
}

/** Whether the note text still holds the run's 原值 line of a value it changed. */
function saysWas(text: string): boolean {
  ownIssueLine();
  return text.split('\n').some((line) => wasStarts.some((s) => line.startsWith(s)));
}

export function noteText(note: unknown): string {
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && Array.isArray((note as ExcelJS.Comment).texts)) {
    return ((note as ExcelJS.Comment).texts ?? []).map((t) => t.text).join('');
  }
  return '';
}

/**
 * Takes the run's own earlier issue lines out of the cell's note (and the note away when nothing
 * else is left), keeping the user's text and its formatting; returns the note text left, or null
 * when the note held none of them.
 */
export function clearOwnIssues(cell: ExcelJS.Cell): string | null {
  const note = cell.note as unknown;
  if (typeof note === 'string') {
    const left = withoutOwnIssues(note);
    if (left === null) return null;
    setNote(cell, left);
    return left;
  }
  if (!note || typeof note !== 'object' || !Array.isArray((note as ExcelJS.Comment).texts)) return null;
  // A note of runs (the user's bold 小王: heading): the run appended its text as runs of its own.
  const comment = note as ExcelJS.Comment;
  let changed = false;
  const texts = (comment.texts ?? []).flatMap((run) => {
    const left = withoutOwnIssues(run.text);
    if (left === null) return [run];
    changed = true;
    return left.trim() === '' ? [] : [{ ...run, text: left }];
  });
  if (!changed) return null;
  if (texts.length === 0) setNote(cell, '');
  else cell.note = { ...comment, texts };
  return noteText(cell.note);
}

function setNote(cell: ExcelJS.Cell, text: string): void {
  if (text.trim() === '') dropNote(cell);
  else cell.note = text;
}

/**
 * Takes a cell's note away. exceljs has no call for it (a note of nothing would show an empty box):
 * its own row code clears the cell's `_comment`, and a cell read from a file also keeps the note in
 * the model it was read from, which it writes back unless that goes too.
 */
function dropNote(cell: ExcelJS.Cell): void {
  const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  inner._comment = undefined;
  if (inner._value?.model && 'comment' in inner._value.model) delete inner._value.model.comment;
}

/**
 * The fill a cell keeps once its stale issue is gone: none when it is exactly the run's issue fill
 * (the run's green for a changed value when the note still says 原值), else the user's, untouched.
 */
export function clearOwnFill(cell: ExcelJS.Cell, left: string, issueFills: readonly string[], changedFill: ExcelJS.Fill, restyle: (cell: ExcelJS.Cell, key: string, patch: Partial<ExcelJS.Style>) => void): void {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return;
  const argb = fill.fgColor?.argb;
  if (argb === undefined || !issueFills.includes(argb.toUpperCase())) return;
  if (saysWas(left)) restyle(cell, `fill:${(changedFill as ExcelJS.FillPattern).fgColor?.argb}`, { fill: changedFill });
  else restyle(cell, 'fill:none', { fill: undefined });
}

/**
 * Whether the cell's fill is one the user chose (a rep's yellow for 重点客户, a green and red bold
 * mark): any fill but none and the run's own, which is one of `runFills` on a cell whose note
 * still says the run's words (an issue line or the 原值 line). Excel's own Bad and Neutral styles
 * share the run's red and yellow: without the run's words in the note, such a fill is the user's.
 */
export function usersOwnFill(cell: ExcelJS.Cell | undefined, runFills: readonly string[]): boolean {
  const fill = cell?.fill as ExcelJS.Fill | undefined;
  if (!cell || !fill) return false;
  if (fill.type === 'pattern' && fill.pattern === 'none') return false;
  const argb = fill.type === 'pattern' && fill.pattern === 'solid' ? fill.fgColor?.argb?.toUpperCase() : undefined;
  if (argb === undefined || !runFills.includes(argb)) return true;
  const text = noteText(cell.note);
  return ownIssues(text) === null && !saysWas(text);
}
