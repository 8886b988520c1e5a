/**
 * Links to other workbooks (`=[1]Sheet1!A1`, a name 汇率 = `[1]Sheet1!$A$1`): the formulas count
 * their files by the workbook's `<externalReferences>`, each a part under xl/externalLinks/ holding
 * the other file's path and its last values. exceljs 4.4 keeps the formulas but drops those parts,
 * which leaves formulas Excel can neither update nor resolve. We carry the parts over as they are.
 */
import { zipEntry, zipEntryNames } from './zip-entries';
import { xmlAttribute as attribute } from './xml-text';

export interface ExternalLinks {
  /** The workbook's `<externalReferences>` element. */
  element: string;
  /** Its relationships (id → type and target, as in xl/_rels/workbook.xml.rels). */
  rels: { id: string; type: string; target: string }[];
  /** Every file under xl/externalLinks/, by archive path. */
  files: Map<string, Buffer>;
  /** Their content types' `<Override>` elements. */
  overrides: string[];
}

/** The input's links to other workbooks, or undefined when it has none. */
export function externalLinksOf(xlsx: Uint8Array, book: string): ExternalLinks | undefined {
  const element = /<externalReferences\b[\s\S]*?<\/externalReferences>/.exec(book)?.[0];
  if (!element) return undefined;
  const ids = new Set((element.match(/<externalReference\b[^>]*>/g) ?? []).map((tag) => attribute(tag, '(?:\\w+:)?id')));
  const bookRels = zipEntry(xlsx, 'xl/_rels/workbook.xml.rels')?.toString('utf8') ?? '';
  const rels = (bookRels.match(/<Relationship\b[^>]*>/g) ?? [])
    .map((tag) => ({ id: attribute(tag, 'Id') ?? '', type: attribute(tag, 'Type') ?? '', target: attribute(tag, 'Target') ?? '' }))
    .filter((rel) => ids.has(rel.id));
  const files = new Map<string, Buffer>();
  for (const name of zipEntryNames(xlsx)) {
    const data = name.startsWith('xl/externalLinks/') && !name.endsWith('/') ? zipEntry(xlsx, name) : null;
    if (data) files.set(name, data);
  }
  const types = zipEntry(xlsx, '[Content_Types].xml')?.toString('utf8') ?? '';
  const overrides = (types.match(/<Override\b[^>]*>/g) ?? []).filter((tag) => (attribute(tag, 'PartName') ?? '').startsWith('/xl/externalLinks/'));
  return { element, rels, files, overrides };
}

/**
 * The written workbook's parts with the links put back: each relationship under a fresh id, the
 * element after `<sheets>` (where the schema puts it), the parts and their content types.
 */
export function withExternalLinks(links: ExternalLinks, book: string, bookRels: string, types: string): { book: string; bookRels: string; types: string } {
  let element = links.element;
  let rels = '';
  links.rels.forEach((rel, i) => {
    const id = `rIdSkExternal${i + 1}`;
    element = element.replace(new RegExp(`(r:id=")${rel.id}(")`), `$1${id}$2`);
    rels += `<Relationship Id="${id}" Type="${escape(rel.type)}" Target="${escape(rel.target)}"/>`;
  });
  const missing = links.overrides.filter((tag) => !types.includes(`PartName="${attribute(tag, 'PartName')}"`));
  return {
    book: book.replace(/<\/sheets>/, `</sheets>${element}`),
    bookRels: bookRels.replace(/<\/Relationships>/, `${rels}</Relationships>`),
    types: types.replace(/<\/Types>/, `${missing.join('')}</Types>`),
  };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
