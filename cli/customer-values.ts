/**
 * The summary's lines for the merge's notes that carry a customer's own values (his two totals, his
 * old and new number, a balance on an archived row): one line per kind and column, counting the
 * customers and naming the first few by their rows, never the values (README: the summary prints no
 * customer's data). Each note in full is in the JSON report's problems. A 60,000-row sheet printed
 * 113 such lines, each with two customers' amounts (tester h62).
 */
import type { Lang, SheetProblem } from '../shared';
import { sayOut as say, type CliMessageKey } from './messages';

/** Customers named by their rows on one line; the JSON report names every one. */
const MAX_CUSTOMERS = 3;

/** The notes whose text holds a customer's values, by what the summary says of them instead. */
const KINDS: ReadonlyArray<{ codes: readonly string[]; what: CliMessageKey }> = [
  { codes: ['dedupe.totals.larger.merged', 'dedupe.totals.larger.proposed'], what: 'cli.summary.values.larger' },
  { codes: ['dedupe.totals.sum.merged', 'dedupe.totals.sum.proposed'], what: 'cli.summary.values.sum' },
  { codes: ['dedupe.newerPhone.merged', 'dedupe.newerPhone.proposed', 'dedupe.newerPhone.saidMerged', 'dedupe.newerPhone.saidProposed'], what: 'cli.summary.values.newerPhone' },
  { codes: ['dedupe.newerContact.merged', 'dedupe.newerContact.proposed'], what: 'cli.summary.values.newerContact' },
  { codes: ['dedupe.newerPhone.keptMerged', 'dedupe.newerPhone.keptProposed'], what: 'cli.summary.values.olderKept' },
  { codes: ['dedupe.newerPhone.recordKeptMerged', 'dedupe.newerPhone.recordKeptProposed'], what: 'cli.summary.values.recordKept' },
  { codes: ['dedupe.balanceElsewhere'], what: 'cli.summary.values.balance' },
  { codes: ['dedupe.owedElsewhere'], what: 'cli.summary.values.owed' },
];

const kindOf = new Map<string, CliMessageKey>(KINDS.flatMap((k) => k.codes.map((c) => [c, k.what] as const)));

/** Whether the summary says this problem by counts and rows only (customerValueLines), not in its words. */
export const holdsCustomerValues = (p: SheetProblem): boolean => kindOf.has(p.code);

/** The rows of one customer a note names: the kept row first, then the others. */
function rowsOf(p: SheetProblem): string {
  const params = p.params ?? {};
  const others = params.others !== undefined ? String(params.others) : params.row !== undefined ? String(params.row) : '';
  return [String(params.survivor ?? ''), ...others.split(/,\s*/)].filter((r) => r !== '').join(' / ');
}

export function customerValueLines(problems: readonly SheetProblem[], lang: Lang, json: string | undefined): string[] {
  const byKind = new Map<string, { what: CliMessageKey; header: string; rows: string[] }>();
  for (const p of problems) {
    const what = kindOf.get(p.code);
    if (what === undefined) continue;
    const header = String(p.params?.header ?? '');
    const key = `${what}\u0000${header}`;
    let kind = byKind.get(key);
    if (!kind) byKind.set(key, (kind = { what, header, rows: [] }));
    kind.rows.push(rowsOf(p));
  }
  const where = json ? say(lang, 'cli.summary.values.inJson', { path: json }) : say(lang, 'cli.summary.values.askJson');
  return [...byKind.values()].map(({ what, header, rows }) => {
    const named = rows.slice(0, MAX_CUSTOMERS).map((r) => say(lang, 'cli.summary.values.rows', { rows: r }));
    const shown = named.join(say(lang, 'cli.summary.sep')) + (rows.length > MAX_CUSTOMERS ? say(lang, 'cli.summary.values.more', { count: rows.length - MAX_CUSTOMERS }) : '');
    return say(lang, 'cli.summary.values', { what: say(lang, what, { count: rows.length, header }), rows: shown, where });
  });
}
