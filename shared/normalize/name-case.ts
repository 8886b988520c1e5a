/**
 * Proper case for names typed ALL CAPS or all lower case: JOHN O'NEILL → John O'Neill,
 * mary-jane smith → Mary-Jane Smith, MCDONALD → McDonald, LUDWIG VAN BEETHOVEN → Ludwig van
 * Beethoven. Rules after Lingua::EN::NameCase (Mark Summerfield,
 * https://metacpan.org/pod/Lingua::EN::NameCase), including its list of Mac- names that are not
 * Mac + name (Machado, Mackie …).
 */

/** Particles written in lower case inside a name (not as its first word). */
const PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'della', 'dos', 'das', 'du', 'la', 'le',
  'ter', 'ten', 'bin', 'binti', 'ibn', 'af', 'av',
]);
const ROMAN = /^(?:ii|iii|iv|vi|vii|viii|ix|xi|xii|xiii)$/;
const MAC_EXCEPTIONS: ReadonlySet<string> = new Set([
  'macevicius', 'machado', 'machar', 'machin', 'machlin', 'macias', 'maciulis', 'mackie', 'mackle',
  'macklin', 'mackmin', 'macquarie', 'macomber', 'macin', 'mackintosh', 'macken', 'machen',
  'machiel', 'maciol', 'mackell', 'macklem', 'mackrell', 'maclin', 'mackey', 'mackley', 'machell',
  'machon', 'macon', 'mack', 'macy', 'macey',
]);

/**
 * Case changes that keep one character per character (ß → SS would not) and survive a round trip
 * (ς → Σ → σ would not), so that cleaning a cleaned name changes nothing.
 */
const lower1 = (c: string) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c);
const upper1 = (c: string) => {
  const u = c.toUpperCase();
  return u.length === c.length && lower1(u) === c ? u : c;
};
const lower = (s: string) => Array.from(s, lower1).join('');
const capitalize = (s: string) => {
  const [first = '', ...rest] = Array.from(s);
  return upper1(first) + rest.join('');
};

/** Whether a name is typed in one case only (and so says nothing about how it should look). */
export function isSingleCase(s: string): boolean {
  const upper = /\p{Lu}/u.test(s);
  const lowerCase = /\p{Ll}/u.test(s);
  return upper !== lowerCase;
}

function casePart(part: string): string {
  if (ROMAN.test(part)) return part.toUpperCase();
  if (/^mc\p{L}/u.test(part)) return 'Mc' + capitalize(part.slice(2));
  if (/^mac\p{L}{3,}$/u.test(part) && !/[aciozj]$/.test(part) && !MAC_EXCEPTIONS.has(part)) {
    return 'Mac' + capitalize(part.slice(3));
  }
  // O'Neill, D'Angelo: capitalize after the apostrophe as well.
  return part.split(/(?<=['’])/u).map(capitalize).join('');
}

function caseWord(word: string, first: boolean): string {
  if (!first && PARTICLES.has(word)) return word;
  return word.split('-').map(casePart).join('-');
}

/** Bracketed notes keep their case: JOHN SMITH (VIP) → John Smith (VIP). */
const BRACKETED = /(\([^()]*\))/u;

/** The part of a name whose case is judged and changed: everything outside brackets. */
export function outsideBrackets(s: string): string {
  // No bracket, nothing to take out (the split would give the name back whole).
  if (!s.includes('(')) return s;
  return s.split(BRACKETED).filter((_, i) => i % 2 === 0).join(' ');
}

/** Proper case of a name (apply only when `isSingleCase` of `outsideBrackets`). */
export function properCaseName(s: string): string {
  let first = true;
  return s.split(BRACKETED).map((segment, i) => {
    if (i % 2 === 1) return segment;
    return lower(segment).replace(/[\p{L}\p{M}'’-]+/gu, (word) => {
      const out = caseWord(word, first);
      first = false;
      return out;
    });
  }).join('');
}
