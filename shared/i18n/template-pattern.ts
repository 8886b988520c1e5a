/**
 * A catalog message read back as a pattern. What an earlier run wrote into a cell is the catalog's
 * text with its parameters filled in (李娜 的待办跟进：2026-12-10（第3行）, merged into row 40 (group G1, …)),
 * and a rerun reads it back from the template, so a reworded message is still found: the merged-values
 * note's items (dedupe/noted-values.ts, open-follow-ups.ts), the run's own columns (plan/typed-over.ts),
 * the issue lines of a cell's note (cli/io/stale-notes.ts) and an earlier archive's reasons
 * (cli/io/archive-rows.ts). The fixed words match only themselves: a template's （）, ( ), `.`, `+` or `?`
 * is text, not pattern. Placeholders are found as `format` finds them, `{days|# day|# days}` one of them.
 */
import { parseTemplate } from './define';
import { escapeRegExp } from '../text/reg-exp';

/** The pattern a placeholder reads as, or the pattern for each placeholder by its name. */
export type SlotSource = string | ((name: string) => string);

/**
 * The template as a pattern's source, to be joined with others (a whole catalog in one alternation):
 * its fixed words escaped, each placeholder replaced by `slot` as given (an atom or a group, no group
 * of the template's own, so that many templates fit in one pattern).
 */
export function templateSource(template: string, slot: SlotSource): string {
  const of = typeof slot === 'string' ? () => slot : slot;
  return parseTemplate(template).map((part) => (typeof part === 'string' ? escapeRegExp(part) : of(part.name))).join('');
}

/** The template's fixed words, between its placeholders, in order: what tells its messages from the user's text. */
export function templateWords(template: string): string[] {
  return parseTemplate(template).filter((part): part is string => typeof part === 'string');
}

/** The template's parameters, in the order written. */
export function templateParams(template: string): string[] {
  return parseTemplate(template).flatMap((part) => (typeof part === 'string' ? [] : [part.name]));
}

/**
 * The whole text of one message of `template`: each parameter of `captures` caught as the named group
 * of its name (`m.groups.owner`) matching its pattern, each of `read` matched by its pattern and not
 * kept; a parameter written twice reads the same text both times. Patterns for parameters the template lacks are ignored (one reader serves an item with and
 * without its merge day). A parameter in neither throws: matched as text, its braces would never be
 * found in a cell, and the reader would silently miss every such message.
 */
export function templatePattern(template: string, captures: Readonly<Record<string, string>>, read: Readonly<Record<string, string>> = {}): RegExp {
  const has = (o: Readonly<Record<string, string>>, name: string) => Object.prototype.hasOwnProperty.call(o, name);
  const caught = new Set<string>();
  const source = templateSource(template, (name) => {
    if (has(captures, name)) {
      // A parameter written twice ("{field}" at … headed "{field}") was filled with one value: the same text again.
      if (caught.has(name)) return `\\k<${name}>`;
      caught.add(name);
      return `(?<${name}>${captures[name]})`;
    }
    if (has(read, name)) return `(?:${read[name]})`;
    throw new Error(`templatePattern: "${template}" has {${name}}, for which the reader gives no pattern`);
  });
  return new RegExp(`^${source}$`);
}
