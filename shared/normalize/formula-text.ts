/**
 * Text that reads as a spreadsheet formula (=HYPERLINK("http://…","x"), @SUM(1+1), +A1, -2+3): no
 * name a person has. The name and company cleaners leave it as typed: proper-casing or stripping
 * its first character would rewrite what someone wrote (perhaps to attack, perhaps to compute), and
 * the writers keep it text either way. A name among strays (-李四-, ,张三) is still tidied.
 */
const FORMULA_TEXT = /^\s*(?:[=+@]|-(?=\s*[\d(=+\-@]|.*[()+*/^&!=<>|]))/u;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_TEXT.test(text);
}
