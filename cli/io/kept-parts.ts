/**
 * Parts of the input that exceljs 4.4 drops or mangles, kept aside on reading and put back, as the
 * user made them, into the file exceljs wrote:
 * - each sheet's data validation (prepare-xlsx.ts lifts it out before exceljs reads it);
 * - the workbook's defined names: exceljs makes every sheet-scoped name (localSheetId) a workbook
 *   name, so two sheets' 本表区域 collapse into one pointing at the last sheet, and it rewrites ranges
 *   ($A$1:$G$6 → $A1:$G6); we write the input's names back, each scope moved to its sheet's new place;
 * - workbook structure protection and a sheet's protectedRanges (editable ranges), which exceljs
 *   has no model for;
 * - drop-down lists from another sheet and sparklines (Excel 2010's x14 extensions in the sheet's
 *   extLst), which exceljs skips;
 * - an active filter's criteria and sort (exceljs writes the filter's range only, while the rows the
 *   filter hid stay hidden, so the user would see rows missing with no filter to say why);
 * - links to other workbooks (external-links.ts);
 * - notes' authors, sizes and "always show" (note-looks.ts);
 * - a sheet's ignoredErrors (the green triangles the user silenced), with the run's own "number
 *   stored as text" entry for the columns it writes as text (ignored-errors.ts);
 * - links to a place in the workbook (`location="明细!A1"`, no relationship), which exceljs drops on
 *   reading: readXlsx gives the cells a '#明细!A1' link, which exceljs writes as an external
 *   relationship with `location="#明细!A1"`; here it becomes the in-workbook link Excel writes;
 * - a table column's formulas, a calculated column's and a totals row's own (table-columns.ts);
 * - Excel 2010 conditional formats exceljs cannot model, a rule reading another sheet (x14-formats.ts).
 */
import type ExcelJS from 'exceljs';
import { externalLinksOf, withExternalLinks, type ExternalLinks } from './external-links';
import type { PreparedXlsx } from './prepare-xlsx';
import { noteLooks, noteParts, withNoteLooks, type NoteLook } from './note-looks';
import { cellsEnd, sheetParts } from './sheet-parts';
import { inSchemaOrder, insertChild, joinTail, outOfOrder, sheetTail } from './sheet-children';
import { keepRecalcOnOpen } from './recalc-on-open';
import { rowShift, type Gone, shiftExt, shiftFormatExt, shiftFormulasElsewhere, shiftFormulaXml, shiftProtectedRanges, shiftSortState, shiftValidations } from './kept-rows';
import { rezip, zipEntry } from './zip-entries';
import { columnFormulaParts } from './table-columns';
import { shiftIgnoredErrors, withNumbersAsText } from './ignored-errors';
import { xmlAttribute as attribute } from './xml-text';
import { formatBlocks, withFormatBlocks } from './x14-formats';

export interface SheetKept {
  /** Its `<dataValidations>` element. */
  validations?: string;
  /** Its `<protectedRanges>` element. */
  protectedRanges?: string;
  /** Its filter's criteria and sort: the inside of `<autoFilter>`, and a `<sortState>` beside it. */
  filterInside?: string;
  sortState?: string;
  /** `<ext>` elements of its extLst that exceljs does not write (x14 data validations, sparklines). */
  exts: string[];
  /**
   * Its x14 conditional formatting ext (a data bar's Excel 2010 look): exceljs reads it, yet writes
   * it again only for rules it made itself, leaving the rule's `<x14:id>` pointing at nothing.
   */
  cfExt?: string;
  /** Its Excel 2010 conditional formats exceljs cannot model, as one `<ext>` (x14-formats.ts). */
  x14Formats?: string;
  /** The namespace declarations of its root element, for the prefixes those parts use. */
  namespaces: Map<string, string>;
  /** Its `<ignoredErrors>` element. */
  ignoredErrors?: string;
  /** Ranges of the output where the run wrote numbers as text, for Excel not to flag (ignored-errors.ts). */
  numbersAsText?: string[];
  /** Its notes' authors and boxes (note-looks.ts). */
  notes?: NoteLook[];
  /** Whether it has links to a place in the workbook, which exceljs writes as '#…' relationships. */
  placeLinks: boolean;
}

export interface KeptParts {
  sheets: Map<string, SheetKept>;
  /** The input's `<definedNames>` element and its sheets' names in order (what localSheetId counts). */
  definedNames?: { element: string; sheetNames: string[] };
  workbookProtection?: string;
  /**
   * The input's `<calcPr>` attributes other than calcId and fullCalcOnLoad (calcMode="manual",
   * iterate="1", iterateCount …), as written: exceljs writes calcPr with calcId and fullCalcOnLoad only,
   * so a workbook a user keeps in manual calculation, or with a deliberate circular formula computed
   * iteratively, came back automatic and warning of the circle.
   */
  calcAttributes?: string;
  externalLinks?: ExternalLinks;
  /** Notes the run copied to another sheet (a merge's archive), by the sheet they went to. */
  movedNotes?: Map<string, { from: { sheet: string; row: number; col: number }; row: number; col: number }[]>;
}

const kept = new WeakMap<ExcelJS.Workbook, KeptParts>();

/** The extension uri of x14 conditional formatting. */
const CF_EXT = '{78C0D931-6437-407D-A8EE-F0AAD7539E65}';
/** x14 data validations (lists from another sheet) and sparkline groups, by their extension uri. */
const KEPT_EXTS = /^\{(?:CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF|05C60535-1F16-4fd2-B633-F4F36F0B64E0)\}$/i;

/**
 * What of the input to put back when the workbook read from it is written. `prepared`: what
 * prepareXlsx took out of the input, and each sheet's XML outside its cells, where all of it is.
 */
export function keepParts(workbook: ExcelJS.Workbook, xlsx: Uint8Array, prepared: Pick<PreparedXlsx, 'validations' | 'outsideCells'> & Partial<Pick<PreparedXlsx, 'x14Formats'>>): void {
  const sheets = new Map<string, SheetKept>();
  const { validations, outsideCells } = prepared;
  for (const { name, path, relsPath } of sheetParts(xlsx)) {
    const outside = outsideCells.get(name);
    if (outside === undefined) continue;
    const { root, tail } = outside;
    const namespaces = namespacesOf(root);
    const plain = (element: string) => unprefixed(element, mainPrefix(namespaces));
    const rels = zipEntry(xlsx, relsPath)?.toString('utf8') ?? '';
    const sheet: SheetKept = { exts: [], namespaces, placeLinks: /<(?:\w+:)?hyperlink\b[^>]*\slocation\s*=/.test(tail) || /\sTarget="#/.test(rels) };
    const validation = validations.get(name);
    if (validation !== undefined) sheet.validations = plain(validation);
    const formats = prepared.x14Formats?.get(name);
    if (formats !== undefined) sheet.x14Formats = formats;
    const ranges = elementOf(tail, 'protectedRanges');
    if (ranges) sheet.protectedRanges = plain(ranges);
    const filter = elementOf(tail, 'autoFilter');
    const inside = filter?.match(/^<[^>]*[^/]>([\s\S]*)<\/[^>]+>$/)?.[1];
    if (inside && inside.trim() !== '') sheet.filterInside = plain(inside);
    const ignored = elementOf(tail, 'ignoredErrors');
    if (ignored) sheet.ignoredErrors = plain(ignored);
    const sort = elementOf(filter ? tail.replace(filter, '') : tail, 'sortState');
    if (sort) sheet.sortState = plain(sort);
    for (const ext of tail.match(/<(\w+:)?ext\b[^>]*>[\s\S]*?<\/\1ext>/g) ?? []) {
      const uri = attribute(ext.match(/^<[^>]*>/)![0], 'uri');
      if (uri !== null && KEPT_EXTS.test(uri)) sheet.exts.push(ext);
      if (uri !== null && uri.toUpperCase() === CF_EXT) sheet.cfExt = ext;
    }
    const notes = noteParts(xlsx, path, relsPath);
    const comments = notes.comments === undefined ? undefined : zipEntry(xlsx, notes.comments)?.toString('utf8');
    const vml = notes.vml === undefined ? undefined : zipEntry(xlsx, notes.vml)?.toString('utf8');
    if (comments !== undefined && vml !== undefined) sheet.notes = noteLooks(comments, vml);
    if (sheet.validations || sheet.protectedRanges || sheet.filterInside || sheet.sortState || sheet.ignoredErrors || sheet.exts.length > 0 || sheet.cfExt || sheet.x14Formats || sheet.notes?.length || sheet.placeLinks) sheets.set(name, sheet);
  }
  const book = zipEntry(xlsx, 'xl/workbook.xml')?.toString('utf8') ?? '';
  keepRecalcOnOpen(workbook, book);
  const bookPrefix = mainPrefix(namespacesOf(book.match(/<(?:\w+:)?workbook\b[^>]*>/)?.[0] ?? ''));
  const names = elementOf(book, 'definedNames');
  const protection = elementOf(book, 'workbookProtection');
  const calcAttributes = calcAttributesOf(book);
  const out: KeptParts = { sheets };
  if (calcAttributes) out.calcAttributes = calcAttributes;
  if (names) out.definedNames = { element: unprefixed(names, bookPrefix), sheetNames: sheetNamesOf(book) };
  if (protection) out.workbookProtection = unprefixed(protection, bookPrefix);
  // Written by Excel and LibreOffice unprefixed; a prefixed workbook's links are left to exceljs.
  const links = bookPrefix ? undefined : externalLinksOf(xlsx, book);
  if (links) out.externalLinks = links;
  if (sheets.size > 0 || names || protection || links || calcAttributes) kept.set(workbook, out);
}

/**
 * The kept parts of `sheet` moved with the rows a merge removed from it (input rows), as Excel moves
 * references when rows are deleted: the drop-downs, editable ranges, sort, Excel 2010 drop-downs and
 * sparklines, every defined name on it, and the other sheets' drop-downs, sparklines and data bars reading it. How many references were left with no row at all (left
 * out, or #REF! in a formula: `refs`), for the summary.
 */
export function moveKeptRows(workbook: ExcelJS.Workbook, sheetName: string, removed: readonly number[]): Gone {
  const gone: Gone = { count: 0, refs: 0 };
  const parts = kept.get(workbook);
  if (!parts || removed.length === 0) return gone;
  const shift = rowShift(removed);
  const sheet = parts.sheets.get(sheetName);
  if (sheet) {
    if (sheet.validations !== undefined) sheet.validations = shiftValidations(sheet.validations, sheetName, shift, gone) ?? '';
    if (sheet.protectedRanges !== undefined) sheet.protectedRanges = shiftProtectedRanges(sheet.protectedRanges, shift, gone) ?? undefined;
    if (sheet.filterInside !== undefined) sheet.filterInside = shiftSortState(sheet.filterInside, shift, gone);
    if (sheet.sortState !== undefined) sheet.sortState = shiftSortState(sheet.sortState, shift, gone) || undefined;
    sheet.exts = sheet.exts.map((ext) => shiftExt(ext, sheetName, shift, gone)).filter((ext): ext is string => ext !== null);
    if (sheet.cfExt !== undefined) sheet.cfExt = shiftFormatExt(sheet.cfExt, sheetName, shift, gone) ?? undefined;
    if (sheet.x14Formats !== undefined) sheet.x14Formats = shiftFormatExt(sheet.x14Formats, sheetName, shift, gone) ?? undefined;
    if (sheet.ignoredErrors !== undefined) sheet.ignoredErrors = shiftIgnoredErrors(sheet.ignoredErrors, shift);
  }
  // Other sheets' drop-downs, sparklines and data bars that read the sheet (跟进记录's list of 客户!$C$3:$C$10).
  for (const [name, other] of parts.sheets) {
    if (name === sheetName) continue;
    if (other.validations) other.validations = shiftFormulasElsewhere(other.validations, sheetName, shift, gone);
    other.exts = other.exts.map((ext) => shiftFormulasElsewhere(ext, sheetName, shift, gone));
    if (other.cfExt !== undefined) other.cfExt = shiftFormulasElsewhere(other.cfExt, sheetName, shift, gone);
    if (other.x14Formats !== undefined) other.x14Formats = shiftFormulasElsewhere(other.x14Formats, sheetName, shift, gone);
  }
  if (parts.definedNames) {
    const { element } = parts.definedNames;
    parts.definedNames.element = element.replace(/(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g, (_, open: string, f: string, close: string) => open + shiftFormulaXml(f, sheetName, false, shift, gone) + close);
  }
  return gone;
}

/** A defined name of the input as kept: its name, the sheet it is scoped to (none: the workbook's), its formula as XML holds it. */
export interface KeptName {
  name: string;
  scope?: string;
  xml: string;
}

/** The input's defined names (exceljs's own lose their scope), for a merge to check before it moves them. */
export function keptNames(workbook: ExcelJS.Workbook): KeptName[] {
  const names = kept.get(workbook)?.definedNames;
  if (!names) return [];
  return [...names.element.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => {
    const local = attribute(`<x${m[1]}>`, 'localSheetId');
    const scope = local === null ? undefined : names.sheetNames[Number(local)];
    return { name: attribute(`<x${m[1]}>`, 'name') ?? '', ...(scope !== undefined ? { scope } : {}), xml: m[2] };
  });
}

/** Each sheet's kept Excel 2010 parts: its `<ext>` elements (drop-downs, sparklines) and its lifted conditional formats, by sheet name. */
export function keptExtensions(workbook: ExcelJS.Workbook): Map<string, { exts: readonly string[]; x14Formats?: string }> {
  const out = new Map<string, { exts: readonly string[]; x14Formats?: string }>();
  for (const [name, sheet] of kept.get(workbook)?.sheets ?? []) {
    if (sheet.exts.length > 0 || sheet.x14Formats) out.set(name, { exts: sheet.exts, ...(sheet.x14Formats ? { x14Formats: sheet.x14Formats } : {}) });
  }
  return out;
}

/** Each sheet's kept `<dataValidations>` element (its drop-downs), by sheet name. */
export function keptValidations(workbook: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, sheet] of kept.get(workbook)?.sheets ?? []) if (sheet.validations) out.set(name, sheet.validations);
  return out;
}

/**
 * Ranges of `sheetName` (output rows) where the run wrote numbers as text: Excel is told not to flag
 * them (ignored-errors.ts), beside whatever the user silenced.
 */
export function ignoreNumbersAsText(workbook: ExcelJS.Workbook, sheetName: string, ranges: readonly string[]): void {
  if (ranges.length === 0) return;
  let parts = kept.get(workbook);
  if (!parts) kept.set(workbook, (parts = { sheets: new Map() }));
  let sheet = parts.sheets.get(sheetName);
  if (!sheet) parts.sheets.set(sheetName, (sheet = { exts: [], namespaces: new Map(), placeLinks: false }));
  sheet.numbersAsText = [...ranges];
}

/**
 * A note the run copied from a cell of `fromSheet` to a cell of `toSheet` (rows and columns 1-based):
 * it gets the input note's author, size and "always show" there too.
 */
export function noteMoved(workbook: ExcelJS.Workbook, fromSheet: string, from: { row: number; col: number }, toSheet: string, to: { row: number; col: number }): void {
  const parts = kept.get(workbook);
  if (!parts?.sheets.get(fromSheet)?.notes?.length) return;
  parts.movedNotes ??= new Map();
  const list = parts.movedNotes.get(toSheet) ?? [];
  list.push({ from: { sheet: fromSheet, ...from }, ...to });
  parts.movedNotes.set(toSheet, list);
}

/** The input's note looks for the notes the run copied to `sheet`, placed where they now are. */
function movedLooks(parts: KeptParts, sheet: string): NoteLook[] {
  const out: NoteLook[] = [];
  for (const { from, row, col } of parts.movedNotes?.get(sheet) ?? []) {
    const look = parts.sheets.get(from.sheet)?.notes?.find((n) => n.row === from.row - 1 && n.col === from.col - 1);
    if (look) out.push({ ...look, row: row - 1, col: col - 1, anchor: undefined, sizeOnly: true });
  }
  return out;
}

/** The written file with the kept parts back in; `written` itself when there are none. */
export async function putKeptParts(written: Uint8Array, workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const parts = kept.get(workbook) ?? { sheets: new Map<string, SheetKept>() };
  const replaced = new Map<string, Buffer>();
  for (const [name, xml] of columnFormulaParts(written, workbook)) replaced.set(name, Buffer.from(xml, 'utf8'));
  for (const { name, path, relsPath } of sheetParts(written)) {
    const own = parts.sheets.get(name);
    const moved = movedLooks(parts, name);
    const sheet = own ?? (moved.length > 0 ? { exts: [], namespaces: new Map<string, string>(), placeLinks: false } : undefined);
    if (!sheet) {
      // exceljs writes a note's <legacyDrawing> after <tableParts> and <extLst> (exceljs#1369), which
      // Excel repairs or shows as an empty sheet: put in schema order. A big sheet's bytes are only
      // searched (its markup is ASCII) unless the order is wrong.
      const data = zipEntry(written, path);
      if (data === null) continue;
      const ascii = data.toString('latin1');
      const end = cellsEnd(ascii);
      const tail = sheetTail(end < 0 ? ascii : ascii.slice(end));
      if (!tail || !outOfOrder(tail)) continue;
    }
    // Only the sheets with something to put back or out of order are unpacked: the cleaned sheet may be huge.
    const xml = zipEntry(written, path)?.toString('utf8');
    if (xml === undefined) continue;
    const end = cellsEnd(xml);
    const tail = end < 0 ? xml : xml.slice(end);
    const out = sheet ? withSheetParts(sheet.placeLinks ? inWorkbookLinks(tail) : tail, sheet) : inOrder(tail);
    if (out !== tail) replaced.set(path, Buffer.from((end < 0 ? '' : xml.slice(0, end)) + out, 'utf8'));
    if (!sheet) continue;
    if (sheet.placeLinks) {
      // The '#…' relationships exceljs wrote for those links, now used by none.
      const rels = zipEntry(written, relsPath)?.toString('utf8');
      const used = new Set([...out.matchAll(/\s\w+:id="([^"]*)"/g)].map((m) => m[1]));
      const unused = rels?.replace(/<Relationship\b[^>]*\sTarget="#[^"]*"[^>]*\/>/g, (rel) => (used.has(attribute(rel, 'Id') ?? '') ? rel : ''));
      if (rels !== undefined && unused !== rels) replaced.set(relsPath, Buffer.from(unused!, 'utf8'));
    }
    const looks = [...(sheet.notes ?? []), ...moved];
    if (looks.length > 0) {
      const notes = noteParts(written, path, relsPath);
      const comments = notes.comments === undefined ? undefined : zipEntry(written, notes.comments)?.toString('utf8');
      const vml = notes.vml === undefined ? undefined : zipEntry(written, notes.vml)?.toString('utf8');
      if (comments === undefined || vml === undefined) continue;
      const looked = withNoteLooks(comments, vml, looks);
      if (looked.comments !== comments) replaced.set(notes.comments!, Buffer.from(looked.comments, 'utf8'));
      if (looked.vml !== vml) replaced.set(notes.vml!, Buffer.from(looked.vml, 'utf8'));
    }
  }
  if (parts.definedNames || parts.workbookProtection || parts.externalLinks || parts.calcAttributes) {
    const part = (name: string) => zipEntry(written, name)?.toString('utf8');
    let book = part('xl/workbook.xml');
    if (book !== undefined) book = withBookParts(book, parts);
    const bookRels = part('xl/_rels/workbook.xml.rels');
    const types = part('[Content_Types].xml');
    if (book !== undefined && parts.externalLinks && bookRels !== undefined && types !== undefined && !/<externalReferences\b/.test(book)) {
      const linked = withExternalLinks(parts.externalLinks, book, bookRels, types);
      book = linked.book;
      replaced.set('xl/_rels/workbook.xml.rels', Buffer.from(linked.bookRels, 'utf8'));
      replaced.set('[Content_Types].xml', Buffer.from(linked.types, 'utf8'));
      for (const [name, data] of parts.externalLinks.files) replaced.set(name, data);
    }
    if (book !== undefined) replaced.set('xl/workbook.xml', Buffer.from(book, 'utf8'));
  }
  return replaced.size > 0 ? rezip(written, replaced) : written;
}

/** A sheet exceljs wrote, from the end of its cells on, with its kept parts put back (exceljs's own versions of them replaced). */
export function withSheetParts(xml: string, sheet: SheetKept): string {
  const tail = sheetTail(xml);
  // Not XML we can follow: left as exceljs wrote it rather than put anything in the wrong place.
  if (!tail) return xml;
  const drop = (tag: string) => (tail.children = tail.children.filter((c) => c.tag !== tag));
  if (sheet.validations !== undefined) {
    drop('dataValidations');
    insertChild(tail, 'dataValidations', sheet.validations);
  }
  if (sheet.protectedRanges !== undefined) {
    drop('protectedRanges');
    insertChild(tail, 'protectedRanges', sheet.protectedRanges);
  }
  if (sheet.ignoredErrors !== undefined || sheet.numbersAsText?.length) {
    drop('ignoredErrors');
    const ignored = withNumbersAsText(sheet.ignoredErrors, sheet.numbersAsText ?? []);
    if (ignored !== undefined) insertChild(tail, 'ignoredErrors', ignored);
  }
  const filter = tail.children.find((c) => c.tag === 'autoFilter');
  if (filter && sheet.filterInside !== undefined) {
    // exceljs's range stands: after a merge the filter ends where the table now does.
    const inside = sheet.filterInside;
    filter.xml = filter.xml.replace(/<autoFilter\b([^>]*?)\s*\/>$/, (_, attrs: string) => `<autoFilter${attrs}>${inside}</autoFilter>`);
  }
  if (filter && sheet.sortState !== undefined && !tail.children.some((c) => c.tag === 'sortState')) insertChild(tail, 'sortState', sheet.sortState);
  const list = tail.children.find((c) => c.tag === 'extLst');
  const kept = [...sheet.exts];
  // The input's data bar looks, when exceljs wrote none and its rules still point at every one of them.
  if (sheet.cfExt !== undefined && !(list?.xml ?? '').toUpperCase().includes(CF_EXT)) {
    const written = new Set([...xml.matchAll(/<(?:\w+:)?id>([^<]*)<\/(?:\w+:)?id>/g)].map((m) => m[1]));
    const ids = [...sheet.cfExt.matchAll(/<(?:\w+:)?cfRule\b[^>]*\sid="([^"]*)"/g)].map((m) => m[1]);
    if (ids.length > 0 && ids.every((id) => written.has(id))) kept.unshift(sheet.cfExt);
  }
  if (sheet.x14Formats !== undefined) {
    // Into the one conditional-formatting extension going out (the data bars' one), else as its own.
    const blocks = formatBlocks(sheet.x14Formats);
    const at = kept.findIndex((ext) => extUri(ext) === CF_EXT);
    const written = list?.xml.match(/<(\w+:)?ext\b[^>]*>[\s\S]*?<\/\1ext>/g)?.find((ext) => extUri(ext) === CF_EXT);
    const joined = at >= 0 ? withFormatBlocks(kept[at], blocks) : written !== undefined ? withFormatBlocks(written, blocks) : null;
    if (at >= 0 && joined !== null) kept[at] = joined;
    else if (written !== undefined && joined !== null) list!.xml = list!.xml.replace(written, joined);
    else kept.push(sheet.x14Formats);
  }
  if (kept.length > 0) {
    const declared = namespacesOf(/<(?:\w+:)?worksheet\b[^>]*>/.exec(xml)?.[0] ?? '');
    const uris = new Set(kept.map(extUri));
    const exts = kept.map((ext) => declaring(ext, sheet.namespaces, declared)).join('');
    // Into the worksheet's own extLst, beside exceljs's (a data bar's x14 conditional formatting).
    if (list) {
      const own = (list.xml.match(/<(\w+:)?ext\b[^>]*\/>|<(\w+:)?ext\b[^>]*>[\s\S]*?<\/\2ext>/g) ?? []).filter((ext) => !uris.has(extUri(ext)));
      list.xml = list.xml.replace(/<((?:\w+:)?)extLst\b([^>]*?)\/?>[\s\S]*$/, (_, p: string, attrs: string) => `<${p}extLst${attrs}>${own.join('')}${exts}</${p}extLst>`);
    } else insertChild(tail, 'extLst', `<extLst>${exts}</extLst>`);
  }
  inSchemaOrder(tail);
  return joinTail(tail);
}

/** A sheet's XML from the end of its cells on, its elements in schema order. */
function inOrder(xml: string): string {
  const tail = sheetTail(xml);
  return tail && inSchemaOrder(tail) ? joinTail(tail) : xml;
}

const extUri = (ext: string) => (attribute(ext.match(/^<[^>]*>/)?.[0] ?? '', 'uri') ?? '').toUpperCase();

/** Links exceljs wrote for a '#Sheet!A1' target (a relationship plus `location="#…"`) as Excel's in-workbook links. */
function inWorkbookLinks(xml: string): string {
  return xml.replace(/<hyperlink\b[^>]*>/g, (tag) => {
    const location = attribute(tag, 'location');
    if (location === null || !location.startsWith('#')) return tag;
    return tag.replace(/\sr:id="[^"]*"/, '').replace(/\slocation="[^"]*"/, ` location="${escapeAttribute(location.slice(1))}"`);
  });
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The input's calcPr attributes exceljs does not write (see KeptParts.calcAttributes), or '' when none. */
function calcAttributesOf(book: string): string {
  const calcPr = /<(?:\w+:)?calcPr\b([^>]*?)\/?>/.exec(book)?.[1] ?? '';
  return (calcPr.match(/\s[\w:]+\s*=\s*("[^"]*"|'[^']*')/g) ?? []).filter((a) => !/^\s(?:calcId|fullCalcOnLoad)\s*=/.test(a)).join('');
}

/** The workbook part exceljs wrote, with the input's defined names, structure protection and calculation settings. */
function withBookParts(book: string, parts: KeptParts): string {
  let out = book;
  if (parts.calcAttributes) out = out.replace(/<((?:\w+:)?calcPr)\b([^>]*?)(\/?)>/, (_, tag: string, attrs: string, end: string) => `<${tag}${attrs}${parts.calcAttributes}${end}>`);
  if (parts.workbookProtection !== undefined && !/<workbookProtection\b/.test(out)) {
    out = out.replace(/<(bookViews|sheets)\b/, (m) => `${parts.workbookProtection}${m}`);
  }
  if (parts.definedNames) {
    const now = sheetNamesOf(out);
    const { element, sheetNames } = parts.definedNames;
    const names: string[] = [];
    for (const name of element.match(/<definedName\b[^>]*(?:\/>|>[\s\S]*?<\/definedName>)/g) ?? []) {
      const local = attribute(name, 'localSheetId');
      if (local === null) {
        names.push(name);
        continue;
      }
      // A name of a sheet the run removed (an earlier run's own sheet) goes with it.
      const at = now.indexOf(sheetNames[Number(local)]);
      if (at >= 0) names.push(name.replace(/\slocalSheetId="\d+"/, ` localSheetId="${at}"`));
    }
    const block = names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '';
    out = /<definedNames\b/.test(out)
      ? out.replace(/<definedNames\b(?:[^>]*\/>|[\s\S]*?<\/definedNames>)/, block)
      : out.replace(/<(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|<\/workbook>/, (m) => block + m);
  }
  return out;
}

function sheetNamesOf(book: string): string[] {
  return (book.match(/<(?:\w+:)?sheet\b[^>]*>/g) ?? []).map((tag) => attribute(tag, 'name') ?? '');
}

/** The first `tag` element of `xml` (any prefix), whole; undefined when absent. */
function elementOf(xml: string, tag: string): string | undefined {
  return new RegExp(`<((?:\\w+:)?)${tag}\\b(?:[^>]*?\\/>|[^>]*>[\\s\\S]*?<\\/\\1${tag}>)`).exec(xml)?.[0];
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** An element of the input without the prefix it gave the main namespace (exceljs writes that namespace as the default). */
function unprefixed(element: string, prefix: string | undefined): string {
  return prefix ? element.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1') : element;
}

/** The prefix a root element binds to the main namespace, if any (<x:worksheet xmlns:x="…main">). */
function mainPrefix(namespaces: ReadonlyMap<string, string>): string | undefined {
  return [...namespaces].find(([, uri]) => uri === MAIN_NS)?.[0];
}

function namespacesOf(tag: string): Map<string, string> {
  return new Map([...tag.matchAll(/xmlns:(\w+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** `ext` with a declaration for each prefix it uses that neither it nor the written sheet's root declares. */
function declaring(ext: string, input: ReadonlyMap<string, string>, written: ReadonlyMap<string, string>): string {
  const own = namespacesOf(ext);
  const used = new Set([...ext.matchAll(/<\/?(\w+):|\s(\w+):\w+\s*=/g)].map((m) => m[1] ?? m[2]).filter((p) => p !== 'xmlns'));
  const missing = [...used].filter((p) => !own.has(p) && !written.has(p) && input.has(p));
  if (missing.length === 0) return ext;
  const declarations = missing.map((p) => ` xmlns:${p}="${input.get(p)}"`).join('');
  return ext.replace(/^<([\w:]+)/, `<$1${declarations}`);
}
