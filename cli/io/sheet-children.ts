/**
 * A worksheet's XML from the end of its cells on, as its top-level elements (the worksheet's direct
 * children), so parts are put beside them and never inside one: a data bar's `<cfRule>` holds an
 * `<extLst>` of its own, and a search for the first `<extLst>` finds that one, not the worksheet's.
 */

/** The worksheet's elements in schema order (ECMA-376 Part 1, CT_Worksheet). */
export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols',
  'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState',
  'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations',
  'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks',
  'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing',
  'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
];

export interface SheetChild {
  /** Its local name (no prefix). */
  tag: string;
  /** The element whole, with any text or comments before it. */
  xml: string;
}

export interface SheetTail {
  /** What comes before the first child: the end of the cells (`</sheetData>`), or the XML up to the root's start tag. */
  head: string;
  children: SheetChild[];
  /** The root's end tag and what follows it. */
  end: string;
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([\w.:-]+)(?:"[^"]*"|'[^']*'|[^>"'])*?(\/?)>/g;

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** The tail split into the worksheet's direct children; null when it is not XML we can follow. */
export function sheetTail(xml: string): SheetTail | null {
  TOKEN.lastIndex = 0;
  let head = '';
  let from = 0;
  const first = /^\s*(?:<\/(?:\w+:)?sheetData\s*>|<(?:\w+:)?sheetData\b[^>]*\/>)/.exec(xml);
  if (first) {
    head = first[0];
    from = head.length;
  } else {
    const root = /<(?:\w+:)?worksheet\b(?:"[^"]*"|'[^']*'|[^>"'])*>/.exec(xml);
    if (!root) return null;
    from = root.index + root[0].length;
    head = xml.slice(0, from);
  }
  const children: SheetChild[] = [];
  let depth = 0;
  let start = from;
  let tag = '';
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    const [whole, close, name, selfClose] = m;
    if (name === undefined) continue;
    if (depth === 0) {
      if (close) {
        if (local(name) !== 'worksheet') return null;
        return { head, children, end: xml.slice(m.index) };
      }
      tag = local(name);
      if (selfClose) {
        children.push({ tag, xml: xml.slice(start, m.index + whole.length) });
        start = m.index + whole.length;
      } else depth = 1;
      continue;
    }
    if (close) depth--;
    else if (!selfClose) depth++;
    if (depth === 0) {
      children.push({ tag, xml: xml.slice(start, m.index + whole.length) });
      start = m.index + whole.length;
    }
  }
  return null;
}

export function joinTail(tail: SheetTail): string {
  return tail.head + tail.children.map((c) => c.xml).join('') + tail.end;
}

const rank = (tag: string) => WORKSHEET_ORDER.indexOf(tag);

/** `element` (whose local name is `tag`) put among the children where the schema has it. */
export function insertChild(tail: SheetTail, tag: string, element: string): void {
  const at = tail.children.findIndex((c) => rank(c.tag) > rank(tag));
  tail.children.splice(at < 0 ? tail.children.length : at, 0, { tag, xml: element });
}

/** The children in schema order (a stable sort; one the schema does not name stays after the one before it). */
export function inSchemaOrder(tail: SheetTail): boolean {
  let last = -1;
  const keyed = tail.children.map((c, i) => {
    const r = rank(c.tag);
    if (r >= 0) last = r;
    return { c, r: r >= 0 ? r : last, i };
  });
  const sorted = [...keyed].sort((a, b) => a.r - b.r || a.i - b.i);
  if (sorted.every((k, i) => k === keyed[i])) return false;
  tail.children = sorted.map((k) => k.c);
  return true;
}

/** Whether the tail's top-level elements are out of schema order (checked without changing them). */
export function outOfOrder(tail: SheetTail): boolean {
  const ranks = tail.children.map((c) => rank(c.tag)).filter((r) => r >= 0);
  return ranks.some((r, i) => i > 0 && r < ranks[i - 1]);
}
