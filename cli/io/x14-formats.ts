/**
 * Excel 2010 conditional formats exceljs 4.4 cannot model, kept aside and put back as the user made
 * them. Excel writes a rule that reads another sheet (=COUNTIF(黑名单!$A:$A,$A2)>0, =$E2>目标!$B$1)
 * only into the sheet's extLst (x14:conditionalFormatting, with its formula in xm:f); exceljs reads
 * such a rule into its model without the formula and then stops writing the workbook ("Cannot read
 * properties of undefined"), so every run over such a sheet failed. Data bars and icon sets, whose
 * Excel 2010 look exceljs reads and writes itself, stay with exceljs (kept-parts.ts's cfExt).
 */
import { xmlAttribute as attribute } from './xml-text';

export const CF_EXT_URI = '{78C0D931-6437-407D-A8EE-F0AAD7539E65}';
/** The rule types exceljs models in that extension. */
const MODELLED = new Set(['dataBar', 'iconSet']);

const EXT = /<((?:\w+:)?)ext\b[^>]*>[\s\S]*?<\/\1ext>/g;
const BLOCK = /<(\w+:)?conditionalFormatting\b[^>]*>[\s\S]*?<\/\1conditionalFormatting>/g;
const RULE = /<(\w+:)?cfRule\b[^>]*?(?:\/>|>[\s\S]*?<\/\1cfRule>)/g;

/**
 * The sheet's x14 conditional formats of rules exceljs does not model, as one `<ext>` of their own
 * (each format declaring the prefixes it uses), and the sheet without them; null when it has none.
 */
export function liftX14Formats(xml: string): { ext: string; rest: string } | null {
  const root = /<(?:\w+:)?worksheet\b[^>]*>/.exec(xml)?.[0] ?? '';
  const lifted: string[] = [];
  let listPrefix = 'x14:';
  const seen = new Map<string, string>();
  const rest = xml.replace(EXT, (ext) => {
    const open = /^<[^>]*>/.exec(ext)![0];
    if ((attribute(open, 'uri') ?? '').toUpperCase() !== CF_EXT_URI) return ext;
    const list = /<(\w+:)?conditionalFormattings\b[^>]*>/.exec(ext);
    listPrefix = list?.[1] ?? '';
    const declared = namespacesOf(root + open + (list?.[0] ?? ''));
    for (const [p, uri] of declared) seen.set(p, uri);
    let liftedHere = false;
    const kept = ext.replace(BLOCK, (block) => {
      const rules = block.match(RULE) ?? [];
      const others = rules.filter((rule) => !MODELLED.has(attribute(/^<[^>]*>/.exec(rule)![0], 'type') ?? ''));
      if (others.length === 0) return block;
      liftedHere = true;
      const modelled = rules.filter((r) => !others.includes(r));
      lifted.push(selfContained(modelled.reduce((b, rule) => b.replace(rule, ''), block), declared));
      return modelled.length === 0 ? '' : others.reduce((b, rule) => b.replace(rule, ''), block);
    });
    if (!liftedHere) return ext;
    return /<(\w+:)?conditionalFormatting\b/.test(kept) ? kept : '';
  });
  if (lifted.length === 0) return null;
  const ext = `<ext${declaration(listPrefix, seen)} uri="${CF_EXT_URI}"><${listPrefix}conditionalFormattings>${lifted.join('')}</${listPrefix}conditionalFormattings></ext>`;
  // An extLst left empty is no valid element.
  return { ext, rest: rest.replace(/<((?:\w+:)?)extLst\b[^>]*>\s*<\/\1extLst>/, '') };
}

/** The formats (`<x14:conditionalFormatting>` elements) of a lifted ext, each declaring its prefixes. */
export function formatBlocks(ext: string): string[] {
  return ext.match(BLOCK) ?? [];
}

/** A conditional-formatting extension (exceljs's data bars, or the input's) with `blocks` added to its list; null when it has no list. */
export function withFormatBlocks(ext: string, blocks: readonly string[]): string | null {
  const close = /<\/(\w+:)?conditionalFormattings>/.exec(ext);
  if (!close) return null;
  return ext.slice(0, close.index) + blocks.join('') + ext.slice(close.index);
}

function namespacesOf(tags: string): Map<string, string> {
  return new Map([...tags.matchAll(/xmlns:(\w+)\s*=\s*"([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

const declaration = (prefix: string, declared: ReadonlyMap<string, string>) => {
  const p = prefix.replace(/:$/, '');
  return p && declared.has(p) ? ` xmlns:${p}="${declared.get(p)}"` : '';
};

/** `block` with a declaration on its root for each prefix it uses and does not declare itself. */
function selfContained(block: string, declared: ReadonlyMap<string, string>): string {
  const own = namespacesOf(block);
  const used = new Set([...block.matchAll(/<\/?(\w+):|\s(\w+):\w+\s*=/g)].map((m) => m[1] ?? m[2]).filter((p) => p !== 'xmlns'));
  const missing = [...used].filter((p) => !own.has(p) && declared.has(p));
  if (missing.length === 0) return block;
  return block.replace(/^<([\w:]+)/, `<$1${missing.map((p) => ` xmlns:${p}="${declared.get(p)}"`).join('')}`);
}
