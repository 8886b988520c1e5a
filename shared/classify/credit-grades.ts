/**
 * A credit rating as an ERP's 信用等级 or a ledger's Credit Rating writes it (AAA, AA+, BBB-, CCC),
 * read as a tier on a ladder of three: AAA and AA high, A and BBB medium (the lower rungs of
 * investment grade), BB and below low. A single letter (A, B, C) is a rung of that ladder only in a
 * column that also writes the rating's letters doubled or tripled: in an A/B/C column A is the top
 * grade (existing-labels.ts reads it so).
 */
const GRADE = /^(aaa|aa|a|bbb|bb|b|ccc|cc|c|d)\s*[+-]?$/u;
/** A grade only a credit rating writes: letters doubled or tripled (AA, BBB-), never a lone A, B or C. */
const RATING_ONLY = /^(aaa|aa|bbb|bb|ccc|cc)\s*[+-]?$/u;

const LADDER: Readonly<Record<string, string>> = {
  aaa: 'high', aa: 'high', a: 'medium', bbb: 'medium', bb: 'low', b: 'low', ccc: 'low', cc: 'low', c: 'low', d: 'low',
};

/** The tier a folded grade names: any rung in a rating column (`ladder`), else only a rating's own grades. */
export function creditGrade(folded: string, ladder: boolean): string | null {
  const m = (ladder ? GRADE : RATING_ONLY).exec(folded);
  return m ? LADDER[m[1]] : null;
}

/** Whether a folded cell is a grade only a credit rating writes (AAA, BB+): its column is a rating's. */
export const isRatingGrade = (folded: string): boolean => RATING_ONLY.test(folded);
