/** Reading the few attributes and texts we need from an .xlsx part's XML without a parser. */

/** The value of attribute `name` (a regular-expression fragment, e.g. `(?:\\w+:)?id`) in a start tag, unescaped; null when absent. */
export function xmlAttribute(tag: string, name: string): string | null {
  const raw = tag.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`))?.slice(1).find((v) => v !== undefined);
  return raw === undefined ? null : unescapeXml(raw);
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(\w+));/gi, (whole, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    return ENTITIES[name as string] ?? whole;
  });
}
